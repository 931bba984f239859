using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Sections;

/// <summary>
/// Reads the section path from the breadcrumb trail printed on the page: an element whose class, id, ARIA label or
/// microdata names a breadcrumb, or a short "News / Syria" trail of links just before the headline. The home link
/// and the article's own title are dropped.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class BreadcrumbExtractor : IArticleExtractor
{
    private const int MaxSegmentLength = 40;
    private const int MaxSegments = 6;

    private static readonly HashSet<string> HomeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "homepage", "home page", "start", "startseite", "accueil", "inicio", "portada", "início", "home page", "главная", "головна",
        "ana sayfa", "anasayfa", "الرئيسية", "خانه", "صفحه اصلی", "strona główna", "strona glowna", "forside", "etusivu", "hem", "voorpagina",
        "index", "news home", "front page",
    };

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

            taken = hinted.Element;
            if (Read(context, hinted.Element, headline) is { } section)
            {
                context.Propose(ArticleFields.Section, section, ArticleSources.DomBreadcrumb);
                return;
            }
        }

        // No marked trail: a short line of links separated by "/" or "›" just before the headline.
        foreach (var element in PageLayout.Of(context).Before)
        {
            if (ElementText.ShortOrNull(element, 80) is not { Length: >= 3 } text || !text.Any(c => Array.IndexOf(Separators, c) >= 0))
            {
                continue;
            }

            var links = element.QuerySelectorAll("a").ToArray();
            if (links.Length is >= 2 and <= MaxSegments && Read(context, element, headline) is { Segments.Count: >= 1 } section)
            {
                context.Propose(ArticleFields.Section, section, ArticleSources.DomBreadcrumb);
                return;
            }
        }
    }

    private static Section? Read(ExtractionContext context, IElement container, string? headline)
    {
        var items = new List<SectionSegment>();
        var listItems = container.QuerySelectorAll("li").ToArray();
        IEnumerable<IElement> parts = listItems.Length > 0 ? listItems : container.QuerySelectorAll("a, span:not(:has(a)), strong").Where(e => e.ParentElement?.LocalName != "a");
        foreach (var part in parts)
        {
            var anchor = part.LocalName == "a" ? part : part.QuerySelector("a");
            var name = TextNormalizer.Collapse(anchor?.TextContent ?? part.TextContent).Trim(Separators).Trim();
            if (name.Length == 0 || name.All(c => Array.IndexOf(Separators, c) >= 0 || char.IsWhiteSpace(c)))
            {
                continue;
            }

            if (name.Length > MaxSegmentLength || (headline is not null && string.Equals(name, headline, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (items.Count == 0 && HomeWords.Contains(name))
            {
                continue;
            }

            if (items.Count > 0 && string.Equals(items[^1].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            items.Add(new SectionSegment(name, anchor is null ? null : context.ResolveUrl(anchor.GetAttribute("href"))));
            if (items.Count == MaxSegments)
            {
                break;
            }
        }

        return items.Count == 0 ? null : new Section { Segments = items };
    }
}
