using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Links;

/// <summary>
/// Reads the page's links: <c>rel=canonical</c> (the canonical address) and <c>rel=author</c> anchors (author names
/// with their profile pages). AMP, translation and feed links are read by the mirror-discovery extractor.
/// </summary>
/// <remarks>Stateless and thread-safe. Uses the page index; the DOM is not walked again.</remarks>
public sealed class LinkExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public string Name => "links";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        foreach (var link in index.LinksWithRel("canonical"))
        {
            if (context.ResolveUrl(link.Href) is { } canonical)
            {
                context.Propose(ArticleFields.CanonicalUrl, canonical, ArticleSources.CanonicalLink);
                break;
            }
        }

        ProposeAuthorAnchors(context, index.AuthorAnchors);
    }

    /// <summary>
    /// The byline's author links: the first <c>rel=author</c> anchor outside sidebars, footers and comments, and the
    /// anchors beside it (sharing its grandparent), as in "By <a>A</a> and <a>B</a>".
    /// </summary>
    private static void ProposeAuthorAnchors(ExtractionContext context, List<IElement> anchors)
    {
        var contributors = new List<Contributor>();
        IElement? group = null;
        foreach (var anchor in anchors)
        {
            if (PageRegions.IsBoilerplate(anchor) || IsTeaserCredit(anchor))
            {
                continue;
            }

            var container = anchor.ParentElement?.ParentElement;
            if (group is not null && !ReferenceEquals(container, group))
            {
                continue;
            }

            if (ContributorNames.Clean(anchor.TextContent) is { } name)
            {
                group ??= container;
                ContributorNames.AddDistinct(contributors, new Contributor(name) { ProfileUrl = context.ResolveUrl(anchor.GetAttribute("href")) });
            }
        }

        if (contributors.Count > 0)
        {
            Proposals.Byline(context, contributors, ArticleSources.AuthorLink);
        }
    }

    /// <summary>
    /// Whether an author link credits another article listed on the page: it sits in a list item that also links to another
    /// page by a title of three words or more ("<li><a href=/2024/10/bridge>Bridge: what commuters need to know</a> –
    /// <a rel=author>Petra Lang</a></li>" in a "more on this topic" list), whatever the list's class says.
    /// </summary>
    private static bool IsTeaserCredit(IElement anchor)
    {
        var item = anchor.Closest("li");
        if (item is null || item.QuerySelector("h1") is not null)
        {
            return false;
        }

        var href = anchor.GetAttribute("href");
        foreach (var link in item.QuerySelectorAll("a[href]"))
        {
            if (!ReferenceEquals(link, anchor) && link.GetAttribute("rel")?.Contains("author", StringComparison.OrdinalIgnoreCase) != true
                && link.GetAttribute("href") != href && TextNormalizer.Collapse(link.TextContent).Split(' ').Length >= 3)
            {
                return true;
            }
        }

        return false;
    }
}
