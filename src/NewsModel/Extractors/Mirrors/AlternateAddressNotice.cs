using System.Text;
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
    private const int MaxNoticeLength = 1000;

    /// <summary>A block of more nodes than this is a page region too, however little text it has (icon grids, menus).</summary>
    private const int MaxNoticeNodes = 150;

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
        Scanner? scanner = null;
        foreach (var anchor in context.Index.Anchors)
        {
            // Pages hold hundreds of links; only absolute ones can name another host, and only those that look like a
            // home page or whose text looks like a host name are worth resolving.
            if (!MayNameAnotherSite(anchor) || context.ResolveUrl(anchor.Href) is not { } url)
            {
                continue;
            }

            var host = UrlNormalizer.NormalizeHost(url.IdnHost);
            if (string.Equals(host, ownHost, StringComparison.Ordinal) || hosts.Contains(host, StringComparer.Ordinal)
                || !(IsHomePage(url) || NamesHost(anchor.Element, host)))
            {
                continue;
            }

            scanner ??= new Scanner();
            if (scanner.HasNoticeNearby(anchor.Element))
            {
                hosts.Add(host);
            }
        }

        return hosts;
    }

    /// <summary>True when the text holds a notice phrase.</summary>
    internal static bool IsNotice(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        Fold(text, builder, ref pendingSpace);
        return ContainsPhrase(builder.ToString());
    }

    /// <summary>Appends text lower-cased, with runs of white space as one space and invisible joiners dropped.</summary>
    private static void Fold(string text, StringBuilder builder, ref bool pendingSpace)
    {
        foreach (var c in text)
        {
            if (TextNormalizer.IsSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (c is '\u200C' or '\u200D' or '\u00AD' or '\uFEFF')
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }
    }

    private static bool ContainsPhrase(string folded)
    {
        foreach (var phrase in Phrases)
        {
            if (folded.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayNameAnotherSite(AnchorTag anchor)
    {
        var href = anchor.Href.AsSpan().Trim();
        int start;
        if (href.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            start = 8;
        }
        else if (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            start = 7;
        }
        else if (href.StartsWith("//", StringComparison.Ordinal))
        {
            start = 2;
        }
        else
        {
            return false;
        }

        var rest = href[start..];
        var slash = rest.IndexOfAny('/', '?', '#');
        if (slash < 0 || (slash == rest.Length - 1 && rest[slash] == '/'))
        {
            return true;
        }

        // A deep link qualifies only when its text is a bare host name ("www.example.com").
        return anchor.Element.ChildNodes.Length == 1 && anchor.Element.FirstChild is AngleSharp.Dom.IText text
            && text.Data.Contains('.', StringComparison.Ordinal) && text.Data.AsSpan().Trim().IndexOfAny(' ', '\n') < 0;
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

    /// <summary>Checks the blocks around candidate links, reusing its buffers and remembering blocks already read.</summary>
    private sealed class Scanner
    {
        private readonly Dictionary<IElement, (bool Found, bool TooLong)> _memo = new(ReferenceEqualityComparer.Instance);
        private readonly StringBuilder _builder = new();
        private readonly Stack<INode> _stack = new();

        public bool HasNoticeNearby(IElement anchor)
        {
            var level = 0;
            for (var element = anchor.ParentElement; element is not null && level < MaxLevels; element = element.ParentElement, level++)
            {
                var found = Check(element, out var tooLong);
                if (found)
                {
                    return true;
                }

                if (tooLong)
                {
                    return false;
                }

                // The notice is often a heading or paragraph just before the list of links.
                var previous = element.PreviousElementSibling;
                for (var i = 0; previous is not null && i < 2; previous = previous.PreviousElementSibling, i++)
                {
                    if (Check(previous, out _))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private bool Check(IElement element, out bool tooLong)
        {
            tooLong = false;
            if (_memo.TryGetValue(element, out var known))
            {
                tooLong = known.TooLong;
                return known.Found;
            }

            var text = FoldedText(element);
            tooLong = text is null;
            var found = text is not null && ContainsPhrase(text);
            _memo[element] = (found, tooLong);
            return found;
        }

        /// <summary>The element's folded text, or null as soon as it passes <see cref="MaxNoticeLength"/>, so that an ancestor holding the whole page costs little.</summary>
        private string? FoldedText(IElement element)
        {
            _builder.Clear();
            _stack.Clear();
            _stack.Push(element);
            var pendingSpace = false;
            var visited = 0;
            while (_stack.Count > 0)
            {
                var node = _stack.Pop();
                if (++visited > MaxNoticeNodes)
                {
                    return null;
                }

                if (node is IText text)
                {
                    Fold(text.Data, _builder, ref pendingSpace);
                    if (_builder.Length > MaxNoticeLength)
                    {
                        return null;
                    }

                    continue;
                }

                if (node is IElement { LocalName: "script" or "style" or "template" })
                {
                    continue;
                }

                // Block boundaries separate words even where the markup has no white space.
                if (node is IElement { LocalName: not ("a" or "b" or "i" or "em" or "strong" or "span" or "small") })
                {
                    pendingSpace |= _builder.Length > 0;
                }

                for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
                {
                    _stack.Push(child);
                }
            }

            return _builder.ToString();
        }
    }
}
