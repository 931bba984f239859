using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Sections;

/// <summary>
/// Reads the section path from the breadcrumb trail printed on the page: an element whose class, id, ARIA label or
/// microdata names a breadcrumb, or a short "News / Syria" trail of links, separated by printed separators, just
/// before the headline. <see cref="SectionTrail"/> drops the home link, the site's name and the article itself.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class BreadcrumbExtractor : IArticleExtractor
{
    private const int MaxSegmentLength = 40;
    private const int MaxSegments = 6;

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
        IElement? taken = null;
        foreach (var hinted in context.Index.Hinted)
        {
            if ((hinted.Hint & ElementHint.Breadcrumb) == 0 || (taken is not null && taken.Contains(hinted.Element)))
            {
                continue;
            }

            // A theme's class on the page itself ("<body class='breadcrumbs-hidden'>") marks no trail.
            if (hinted.Element.LocalName is "body" or "html" or "main")
            {
                continue;
            }

            taken = hinted.Element;
            if (Read(context, hinted.Element, headline, strict: false) is { } section)
            {
                ProposeUnlessEmpty(context, section);
                return;
            }
        }

        // No marked trail: a short line of links separated by "/" or "›" just before the headline.
        var texts = ElementText.Cache.Of(context);
        foreach (var element in PageLayout.Of(context).Before)
        {
            if (texts.ShortOrNull(element, 80) is not { Length: >= 3 } text || !text.Any(c => Array.IndexOf(Separators, c) >= 0))
            {
                continue;
            }

            var links = element.QuerySelectorAll("a").ToArray();
            if (links.Length is >= 2 and <= MaxSegments && SeparatesLinks(element) && Read(context, element, headline, strict: true) is { } section)
            {
                ProposeUnlessEmpty(context, section);
                return;
            }
        }
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

    private static Section? Read(ExtractionContext context, IElement container, string? headline, bool strict)
    {
        var items = new List<SectionSegment>();
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
            if (items.Count == MaxTrailItems)
            {
                break;
            }
        }

        return items.Count == 0 ? null : SectionTrail.Clean(context, items, headline, strict) is { } section
            ? section.IsEmpty ? section : section with { Segments = section.Segments.Take(MaxSegments).ToArray() }
            : null;
    }
}
