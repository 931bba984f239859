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
            if (PageRegions.IsBoilerplate(anchor))
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
}
