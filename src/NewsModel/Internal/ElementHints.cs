using AngleSharp.Dom;

namespace NewsModel.Internal;

/// <summary>What an element's class, id and attributes suggest it holds.</summary>
[Flags]
internal enum ElementHint
{
    None = 0,
    Byline = 1,
    Date = 2,
    Modified = 4,
    Breadcrumb = 8,
}

/// <summary>
/// Reads class names, ids and ARIA labels as hints ("byline", "publish-date", "breadcrumb"). Whether an element sits
/// in page furniture is <see cref="PageRegions"/>' business.
/// </summary>
internal static class ElementHints
{
    private static readonly string[] BylineKeys = ["byline", "author", "writer", "autor", "auteur", "firma", "reporter", "contributor", "journalist", "creator", "verfasser"];

    private static readonly HashSet<string> DateTokens = new(StringComparer.Ordinal)
    {
        "date", "dates", "datetime", "time", "timestamp", "published", "publish", "pubdate", "posted", "postdate", "dateline", "datum", "fecha",
        "data", "created", "publication", "publishdate", "publishedat", "publishedon", "pubtime",
    };

    private static readonly string[] DateSuffixes = ["date", "datum", "fecha", "timestamp", "pubtime"];

    private static readonly HashSet<string> DateDeny = new(StringComparer.Ordinal) { "validate", "candidate", "mandate", "update", "runtime", "lifetime", "readtime", "uptime" };

    private static readonly string[] ModifiedKeys = ["update", "modified", "aktualisiert", "edited", "revised", "lastmod"];

    private static readonly string[] BreadcrumbKeys = ["breadcrumb", "crumb", "brotkrume", "ariane"];

    public static ElementHint Classify(IElement element)
    {
        var hint = ElementHint.None;
        var className = element.GetAttribute("class");
        var id = element.Id;
        var itemprop = element.GetAttribute("itemprop");
        if (className is null && id is null && itemprop is null && element.LocalName is not ("time" or "nav" or "ol"))
        {
            return hint;
        }

        var text = string.Concat(className?.ToLowerInvariant(), " ", id?.ToLowerInvariant());
        if (itemprop is not null && itemprop.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            hint |= ElementHint.Byline;
        }

        if (ContainsAny(text, BylineKeys) && !text.Contains("author-bio", StringComparison.Ordinal) && !text.Contains("authorize", StringComparison.Ordinal))
        {
            hint |= ElementHint.Byline;
        }

        foreach (var token in Tokens(text))
        {
            if (DateDeny.Contains(token))
            {
                continue;
            }

            if (DateTokens.Contains(token) || DateSuffixes.Any(s => token.EndsWith(s, StringComparison.Ordinal)))
            {
                hint |= ElementHint.Date;
            }
        }

        if (ContainsAny(text, ModifiedKeys))
        {
            hint |= ElementHint.Modified;
        }

        var label = element.GetAttribute("aria-label");
        var itemtype = element.GetAttribute("itemtype");
        if (ContainsAny(text, BreadcrumbKeys)
            || (label is not null && ContainsAny(label.ToLowerInvariant(), BreadcrumbKeys))
            || (itemtype is not null && itemtype.Contains("BreadcrumbList", StringComparison.OrdinalIgnoreCase)))
        {
            hint |= ElementHint.Breadcrumb;
        }

        return hint;
    }

    /// <summary>Splits class and id text into lower-case words at hyphens, underscores, spaces and digits.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsAsciiLetterLower(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    private static bool ContainsAny(string text, string[] keys)
    {
        foreach (var key in keys)
        {
            if (text.Contains(key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
