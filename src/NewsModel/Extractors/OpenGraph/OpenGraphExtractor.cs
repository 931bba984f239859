using System.Globalization;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.OpenGraph;

/// <summary>
/// Reads OpenGraph properties: <c>og:title</c> (site-name decorations removed), <c>og:description</c>,
/// <c>og:image</c> (with its alt, width and height), <c>og:site_name</c>, <c>og:url</c>, <c>og:locale</c>,
/// <c>og:updated_time</c>, and the article properties <c>article:published_time</c>, <c>article:modified_time</c>,
/// <c>article:section</c>, <c>article:tag</c> and <c>article:author</c> (names only: profile addresses are not names).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class OpenGraphExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public string Name => "open-graph";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        if (HeadlineCleaner.Clean(index.MetaContent("og:title"), SiteNames.Get(context)) is { } title)
        {
            context.Propose(ArticleFields.Headline, title, ArticleSources.OpenGraphTitle);
        }

        if (TextNormalizer.CollapseOrNull(index.MetaContent("og:description")) is { } description)
        {
            context.Propose(ArticleFields.Description, description, ArticleSources.OpenGraphDescription);
        }

        if (TextNormalizer.CollapseOrNull(index.MetaContent("og:site_name")) is { } siteName)
        {
            context.Propose(ArticleFields.SiteName, siteName, ArticleSources.OpenGraphSiteName);
        }

        if (context.ResolveUrl(index.MetaContent("og:url")) is { } url)
        {
            context.Propose(ArticleFields.CanonicalUrl, url, ArticleSources.OpenGraphUrl);
        }

        if (index.MetaContent("og:locale") is { } locale && LanguageTag.Normalize(locale) is { } language)
        {
            context.Propose(ArticleFields.Language, language, ArticleSources.OpenGraphLocale);
        }

        Proposals.Date(context, ArticleFields.Published, index.MetaContent("article:published_time"), ArticleSources.ArticlePublishedTime);
        Proposals.Date(context, ArticleFields.Modified, index.MetaContent("article:modified_time"), ArticleSources.ArticleModifiedTime);
        Proposals.Date(context, ArticleFields.Modified, index.MetaContent("og:updated_time"), ArticleSources.OpenGraphUpdatedTime);
        Proposals.Section(context, index.MetaContent("article:section"), ArticleSources.ArticleSection);

        var tags = TagList.From(index.MetaContents("article:tag"));
        if (tags.Count > 0)
        {
            context.Propose(ArticleFields.Tags, tags, ArticleSources.ArticleTag);
        }

        // article:author is specified as a profile address; many sites put the name there instead.
        Proposals.Authors(context, index.MetaContents("article:author"), ArticleSources.ArticleAuthor);

        var imageUrl = context.ResolveUrl(index.MetaContent("og:image:secure_url")) ?? context.ResolveUrl(index.MetaContent("og:image"))
            ?? context.ResolveUrl(index.MetaContent("og:image:url"));
        if (imageUrl is not null)
        {
            context.Propose(
                ArticleFields.LeadImage,
                new ArticleImage(imageUrl)
                {
                    Alt = TextNormalizer.CollapseOrNull(index.MetaContent("og:image:alt")),
                    Width = ParseDimension(index.MetaContent("og:image:width")),
                    Height = ParseDimension(index.MetaContent("og:image:height")),
                },
                ArticleSources.OpenGraphImage);
        }
    }

    private static int? ParseDimension(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 100_000 ? value : null;
}
