using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Html;

/// <summary>Reads the plain HTML head: <c>&lt;title&gt;</c>, meta description, canonical link and <c>&lt;html lang&gt;</c>.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class HtmlHeadExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public string Name => "html-head";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        if (index.Title is { } title)
        {
            context.Propose(ArticleFields.Headline, title, ArticleSources.Title);
        }

        if (TextNormalizer.CollapseOrNull(index.MetaContent("description")) is { } description)
        {
            context.Propose(ArticleFields.Description, description, ArticleSources.MetaDescription);
        }

        foreach (var link in index.LinksWithRel("canonical"))
        {
            if (context.ResolveUrl(link.Href) is { } canonical)
            {
                context.Propose(ArticleFields.CanonicalUrl, canonical, ArticleSources.CanonicalLink);
                break;
            }
        }

        if (index.HtmlLang is { } lang && LanguageTag.Normalize(lang) is { } normalized)
        {
            context.Propose(ArticleFields.Language, normalized, ArticleSources.HtmlLang);
        }
    }
}
