using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Mirrors;

/// <summary>
/// Finds a notice that lists the site's other addresses ("Press TV's website can also be accessed at the following
/// alternate addresses:" followed by links) and returns the hosts it lists. Only links to another host's home page,
/// or whose text is that host's name, are candidates, and only when a notice phrase sits in the same small block
/// or just before it; so share buttons and partner links elsewhere on the page are not taken for mirrors.
/// </summary>
internal static class AlternateAddressNotice
{
    /// <summary>How far up from a link the notice may sit.</summary>
    private const int MaxLevels = 4;

    /// <summary>A block longer than this is a page region, not a notice.</summary>
    private const int MaxNoticeLength = 1500;

    /// <summary>
    /// Phrases of such notices, lower-case, without zero-width non-joiners (Persian writes them inside words).
    /// English, Persian, Arabic, French, Spanish, Portuguese, German, Russian and Turkish.
    /// </summary>
    private static readonly string[] Phrases =
    [
        "alternate address", "alternative address", "alternate domain", "alternative domain", "alternate url", "alternative url",
        "mirror site", "mirror address", "mirror domain", "can also be accessed at", "also accessible at", "also available at the following",
        "نشانیهای جایگزین", "آدرسهای جایگزین", "نشانی جایگزین", "آدرس جایگزین", "دامنه جایگزین", "دامنههای جایگزین",
        "العناوين البديلة", "عناوين بديلة", "الروابط البديلة", "روابط بديلة", "النطاقات البديلة", "المواقع البديلة", "عنوان بديل",
        "adresses alternatives", "adresse alternative", "adresses de remplacement", "site miroir", "sites miroirs",
        "direcciones alternativas", "dirección alternativa", "dominios alternativos", "sitio espejo", "sitios espejo",
        "endereços alternativos", "endereço alternativo", "site espelho",
        "alternative adressen", "alternativen adressen", "alternative domains", "spiegelseite", "spiegelserver",
        "альтернативные адреса", "альтернативный адрес", "зеркала сайта", "зеркало сайта", "зеркалам сайта",
        "alternatif adres", "alternatif alan ad",
    ];

    public static List<string> FindHosts(ExtractionContext context, string? ownHost)
    {
        var hosts = new List<string>();
        Dictionary<IElement, bool>? memo = null;
        foreach (var anchor in context.Index.Anchors)
        {
            if (context.ResolveUrl(anchor.Href) is not { } url)
            {
                continue;
            }

            var host = UrlNormalizer.NormalizeHost(url.IdnHost);
            if (string.Equals(host, ownHost, StringComparison.Ordinal) || hosts.Contains(host, StringComparer.Ordinal)
                || !(IsHomePage(url) || NamesHost(anchor.Element, host)))
            {
                continue;
            }

            memo ??= new Dictionary<IElement, bool>(ReferenceEqualityComparer.Instance);
            if (HasNoticeNearby(anchor.Element, memo))
            {
                hosts.Add(host);
            }
        }

        return hosts;
    }

    /// <summary>True when the text holds a notice phrase.</summary>
    internal static bool IsNotice(string text)
    {
        var folded = TextNormalizer.Collapse(text.Replace("\u200C", string.Empty, StringComparison.Ordinal)).ToLowerInvariant();
        foreach (var phrase in Phrases)
        {
            if (folded.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHomePage(Uri url) => url.AbsolutePath is "/" or "" && url.Query.Length <= 1;

    private static bool NamesHost(IElement anchor, string host)
    {
        var text = TextNormalizer.Collapse(anchor.TextContent).TrimEnd('/');
        if (text.Length == 0 || text.Length > 100)
        {
            return false;
        }

        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            text = text[(text.IndexOf("//", StringComparison.Ordinal) + 2)..];
        }

        return string.Equals(UrlNormalizer.NormalizeHost(text), host, StringComparison.Ordinal);
    }

    private static bool HasNoticeNearby(IElement anchor, Dictionary<IElement, bool> memo)
    {
        var level = 0;
        for (var element = anchor.ParentElement; element is not null && level < MaxLevels; element = element.ParentElement, level++)
        {
            if (!CheckBlock(element, memo, out var tooLong))
            {
                if (tooLong)
                {
                    return false;
                }
            }
            else
            {
                return true;
            }

            // The notice is often a heading or paragraph just before the list of links.
            var previous = element.PreviousElementSibling;
            for (var i = 0; previous is not null && i < 2; previous = previous.PreviousElementSibling, i++)
            {
                if (CheckBlock(previous, memo, out _))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool CheckBlock(IElement element, Dictionary<IElement, bool> memo, out bool tooLong)
    {
        tooLong = false;
        if (memo.TryGetValue(element, out var known))
        {
            return known;
        }

        var text = element.TextContent;
        if (text.Length > MaxNoticeLength)
        {
            tooLong = true;
            memo[element] = false;
            return false;
        }

        var result = IsNotice(text);
        memo[element] = result;
        return result;
    }
}
