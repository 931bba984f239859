using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Sections;

/// <summary>
/// Reads the section path from the breadcrumb trail printed on the page: an element whose class, id, ARIA label,
/// microdata or RDFa names a breadcrumb (not one in a sidebar's widget), or a short "News / Syria" trail of links,
/// separated by printed separators, just before the headline (not a language switcher, nor a bar labelled
/// "Trending:"). <see cref="SectionTrail"/> drops the home link, the site's name and the article itself.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class BreadcrumbExtractor : IArticleExtractor
{
    private const int MaxSegmentLength = 40;
    private const int MaxSegments = 6;

    /// <summary>How long an unmarked line of links may be, without the headline closing it: a trail, not a paragraph.</summary>
    private const int MaxLineLength = 80;

    /// <summary>How many items of a marked trail are read: two trails printed one after the other, with their home links and leaves.</summary>
    private const int MaxTrailItems = 20;

    private static readonly char[] Separators = ['/', '›', '»', '>', '|', '·', '•', '\\', '→', '‹', '«'];

    /// <inheritdoc />
    public string Name => "breadcrumb";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headline = context.TryGetBest(ArticleFields.Headline, out var h) ? h : null;
        var layout = PageLayout.Of(context);
        IElement? taken = null;
        foreach (var hinted in context.Index.Hinted)
        {
            if ((hinted.Hint & ElementHint.Breadcrumb) == 0 || (taken is not null && taken.Contains(hinted.Element)))
            {
                continue;
            }

            // A theme's class on the page itself ("<body class='breadcrumbs-hidden'>") marks no trail; a trail in a
            // sidebar's widget is a shop's or a calendar's, not the article's.
            if (hinted.Element.LocalName is "body" or "html" or "main" || InFurniture(hinted.Element, layout.Headline))
            {
                continue;
            }

            taken = hinted.Element;
            if (Read(context, hinted.Element, headline, strict: false) is { } section)
            {
                ProposeUnlessEmpty(context, section);
                return;
            }

            // A marked trail printed as text without links or items ("<div class="breadcrumbs-text">Home → World → Europe</div>").
            if (hinted.Element.ChildElementCount == 0 && ElementText.Cache.Of(context).ShortOrNull(hinted.Element, MaxLineLength * 2) is { } plain
                && ReadText(context, plain, headline, labelled: false) is { } printed)
            {
                ProposeUnlessEmpty(context, printed);
                return;
            }
        }

        // No marked trail: a short line of links separated by "/" or "›" just before the headline, perhaps closed by the
        // headline itself ("Home » Opinion » Why the bypass matters").
        var texts = ElementText.Cache.Of(context);
        var language = SectionTrail.Language(context);
        foreach (var element in layout.Before)
        {
            if (texts.ShortOrNull(element, Math.Min(ElementText.Cache.CachedLength, MaxLineLength + (headline?.Length ?? 0))) is not { Length: >= 3 } text || !text.Any(c => Array.IndexOf(Separators, c) >= 0)
                || (text.Length > MaxLineLength && (headline is null || !text.Contains(headline, StringComparison.OrdinalIgnoreCase))))
            {
                continue;
            }

            var links = element.QuerySelectorAll("a").ToArray();
            if (links.Length is >= 2 and <= MaxSegments && SeparatesLinks(element) && !IsLanguageSwitch(links, language) && !IsLabelled(element)
                && Read(context, element, headline, strict: true) is { } section)
            {
                ProposeUnlessEmpty(context, section);
                return;
            }

            // "You are here: Home » Opinion » Columnists", printed as text without links: the label says it is the trail.
            if (links.Length == 0 && element.ChildElementCount == 0 && ReadText(context, text, headline, labelled: true) is { } printed)
            {
                ProposeUnlessEmpty(context, printed);
                return;
            }
        }
    }

    /// <summary>
    /// A trail printed as text without links ("Home » Opinion » Columnists"): its items between one kind of separator set
    /// apart by spaces, after a "You are here:" label (required when <paramref name="labelled"/>); null when the text is no
    /// such trail (one item, an item too long, or a label of another kind).
    /// </summary>
    private static Section? ReadText(ExtractionContext context, string text, string? headline, bool labelled)
    {
        var colon = text.AsSpan().IndexOfAny(':', '：');
        if (colon > 0 && SectionTrail.IsHereLabel(text[..colon]))
        {
            text = text[(colon + 1)..];
        }
        else if (labelled)
        {
            return null;
        }

        var separator = -1;
        for (var i = 1; i < text.Length - 1 && separator < 0; i++)
        {
            if (Array.IndexOf(Separators, text[i]) >= 0 && text[i - 1] == ' ' && text[i + 1] == ' ')
            {
                separator = i;
            }
        }

        if (separator < 0)
        {
            return null;
        }

        // Unlabelled, only a trail's own separators ("›", "»", ">", "→", "/"): a bar or a dot sets apart a meta line's parts
        // ("Posted by Jane Roe | 3 May 2024") as often.
        if (!labelled && text[separator] is '|' or '·' or '•')
        {
            return null;
        }

        var pieces = text.Split($" {text[separator]} ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (pieces.Length is < 2 or > MaxTrailItems || pieces.Any(p => p.Length > MaxSegmentLength && !string.Equals(p, headline, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return SectionTrail.Clean(context, [.. pieces.Select(p => new SectionSegment(p))], headline, strict: true);
    }

    /// <summary>
    /// Whether a marked trail sits in page furniture: an <c>aside</c>, a sidebar, a widget, comments or a related list
    /// ("aside.sidebar › div.widget-shop › ol.breadcrumb"), below any region that holds the headline. A <c>nav</c> is
    /// where trails live, and a footer is where many sites print the page's own trail again (or only there): neither
    /// counts.
    /// </summary>
    private static bool InFurniture(IElement trail, IElement? headline)
    {
        for (var e = trail; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (headline is not null && e.Contains(headline))
            {
                return false;
            }

            if (e.LocalName != "nav" && PageRegions.IsRegion(e, footers: false, comments: true, headline))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a line of links switches the page's language: its links are marked with the languages they lead to
    /// (<c>hreflang="de"</c>, <c>lang="fr"</c>), two different ones or one that is not the page's, as "Deutsch /
    /// Français" or "DE | FR | IT" are. A CMS that marks every link with the page's own language (Drupal's
    /// <c>hreflang="de"</c> on a German page) switches nothing.
    /// </summary>
    private static bool IsLanguageSwitch(IElement[] links, string? language)
    {
        string? first = null;
        foreach (var link in links)
        {
            if ((link.GetAttribute("hreflang") ?? link.GetAttribute("lang")) is not { Length: >= 2 } tag)
            {
                continue;
            }

            // "und", "zxx", "mul" and "x-default" name no language of their own.
            var primary = tag.Split('-', '_')[0].ToLowerInvariant();
            if (primary is "und" or "zxx" or "mul" or "x")
            {
                continue;
            }

            if ((language is not null && primary != language) || (first is not null && primary != first))
            {
                return true;
            }

            first = primary;
        }

        return false;
    }

    /// <summary>
    /// Whether the line opens with a label of its own ("Trending:", "Hot topics:"): a bar of links the site picks, not
    /// the article's trail. "You are here:" labels a trail.
    /// </summary>
    private static bool IsLabelled(IElement line)
    {
        var label = new System.Text.StringBuilder();
        foreach (var node in line.Descendants<IText>())
        {
            if (node.ParentElement?.Closest("a") is { } link && line.Contains(link))
            {
                break;
            }

            label.Append(node.Data);
        }

        var text = TextNormalizer.Collapse(label.ToString()).Trim();
        return (text.EndsWith(':') || text.EndsWith('：')) && !SectionTrail.IsHereLabel(text);
    }

    /// <summary>Proposes a trail's section; a trail of catch-alls only ("Home › Uncategorized") proposes none.</summary>
    private static void ProposeUnlessEmpty(ExtractionContext context, Section section)
    {
        if (!section.IsEmpty)
        {
            context.Propose(ArticleFields.Section, section, ArticleSources.DomBreadcrumb);
        }
    }

    /// <summary>
    /// Whether a separator is printed between the links rather than inside one: "Impressum | Kontakt" as one menu
    /// item does not make a menu a trail.
    /// </summary>
    private static bool SeparatesLinks(IElement element)
    {
        foreach (var node in element.Descendants<IText>())
        {
            // "<a>News</a> › <a>Syria</a>", or a separator leading or closing a link's own text ("<a> / Syria</a>"); a
            // slash inside a word ("Feste/Jubiläen") or inside a link's text ("Impressum | Kontakt") separates nothing.
            var text = node.Data.AsSpan().Trim();
            var inLink = node.ParentElement?.Closest("a") is not null;
            for (var i = 0; i < text.Length; i++)
            {
                if (Array.IndexOf(Separators, text[i]) >= 0 && (i == 0 || char.IsWhiteSpace(text[i - 1])) && (i == text.Length - 1 || char.IsWhiteSpace(text[i + 1]))
                    && (!inLink || i == 0 || i == text.Length - 1))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a trail's last item reads as the page's title cut short: three words or more, or a word of four letters or
    /// more that the headline holds.
    /// </summary>
    private static bool ReadsAsTitle(string name, string? headline)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 || (headline is not null && words.Any(w => w.Length >= 4 && headline.Split(' ').Any(h => h.Trim(',', '.', ':', '"').Equals(w, StringComparison.OrdinalIgnoreCase))));
    }

    /// <summary>Whether a trail's item is marked as the page being read (<c>aria-current="page"</c>, on it or inside it).</summary>
    private static bool IsCurrentPage(IElement part) =>
        string.Equals(part.GetAttribute("aria-current"), "page", StringComparison.OrdinalIgnoreCase)
        || part.QuerySelector("[aria-current='page']") is not null;

    private static Section? Read(ExtractionContext context, IElement container, string? headline, bool strict)
    {
        var items = new List<SectionSegment>();
        var lastIsCurrentPage = false;
        // The trail's own items, not the entries of a drop-down menu nested in one of them.
        var listItems = container.QuerySelectorAll("li").Where(li => li.ParentElement?.Closest("li") is not { } outer || !container.Contains(outer)).ToArray();
        IEnumerable<IElement> parts = listItems.Length > 0 ? listItems : container.QuerySelectorAll("a, span:not(:has(a)), strong").Where(e => e.ParentElement?.LocalName != "a");
        foreach (var part in parts)
        {
            var anchor = part.LocalName == "a" ? part : part.QuerySelector("a");
            var name = TextNormalizer.Collapse(anchor?.TextContent ?? part.TextContent).Trim(Separators).Trim();
            if (name.Length == 0 || name.All(c => Array.IndexOf(Separators, c) >= 0 || char.IsWhiteSpace(c)) || name.Length > MaxSegmentLength)
            {
                continue;
            }

            if (items.Count > 0 && string.Equals(items[^1].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            items.Add(new SectionSegment(name, anchor is null ? null : context.ResolveUrl(anchor.GetAttribute("href"))));
            lastIsCurrentPage = anchor is null && IsCurrentPage(part);
            if (items.Count == MaxTrailItems)
            {
                break;
            }
        }

        // A last item without a link that the trail marks as the current page is the article itself where it reads as its
        // title cut short ("Council tax" under "Council tax rise capped at three per cent": a word of four letters or more
        // shared with the headline, or three words or more); "Football" under "Striker signs new contract" is its section.
        if (lastIsCurrentPage && items.Count > 1 && ReadsAsTitle(items[^1].Name, headline))
        {
            items.RemoveAt(items.Count - 1);
        }

        return items.Count == 0 ? null : SectionTrail.Clean(context, items, headline, strict) is { } section
            ? section.IsEmpty ? section : section with { Segments = section.Segments.Take(MaxSegments).ToArray() }
            : null;
    }
}
