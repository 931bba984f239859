using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Links;

/// <summary>
/// Reads the page's links: <c>rel=canonical</c> (the canonical address), <c>rel=amphtml</c> (the AMP version),
/// <c>rel=alternate</c> with <c>hreflang</c> (translations) or a feed type (RSS, Atom, JSON Feed), and
/// <c>rel=author</c> anchors (author names with their profile pages).
/// </summary>
/// <remarks>Stateless and thread-safe. Uses the page index; the DOM is not walked again.</remarks>
public sealed class LinkExtractor : IArticleExtractor
{
    private static readonly string[] FeedTypes = ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/json+feed", "application/rdf+xml"];

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

        var page = context.PageUrl is { IsAbsoluteUri: true } url ? UrlNormalizer.Normalize(url) : null;
        foreach (var link in index.Links)
        {
            if (context.ResolveUrl(link.Href) is not { } address)
            {
                continue;
            }

            if (link.HasRel("amphtml"))
            {
                context.Propose(ArticleFields.Alternates, new AlternateMirror(address, MirrorKind.Amp) { Source = ArticleSources.AmpLink }, ArticleSources.AmpLink);
            }
            else if (link.HasRel("alternate") && FeedTypes.Contains(link.Type?.Trim(), StringComparer.OrdinalIgnoreCase))
            {
                context.Propose(
                    ArticleFields.Alternates,
                    new AlternateMirror(address, MirrorKind.Feed) { MediaType = link.Type!.Trim().ToLowerInvariant(), Source = ArticleSources.AlternateLink },
                    ArticleSources.AlternateLink);
            }
            else if (link.HasRel("alternate") && !string.IsNullOrWhiteSpace(link.HrefLang)
                && !link.HrefLang.Trim().Equals("x-default", StringComparison.OrdinalIgnoreCase)
                && (page is null || !UrlNormalizer.Normalize(address).Equals(page)))
            {
                context.Propose(
                    ArticleFields.Alternates,
                    new AlternateMirror(address, MirrorKind.Translation) { Language = LanguageTag.Normalize(link.HrefLang) ?? link.HrefLang.Trim(), Source = ArticleSources.AlternateLink },
                    ArticleSources.AlternateLink);
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
            context.Propose(ArticleFields.Byline, Byline.FromContributors(contributors), ArticleSources.AuthorLink);
        }
    }
}
