using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Meta;

/// <summary>
/// Reads the common meta tags and page-level declarations other than OpenGraph: <c>description</c>,
/// <c>author</c>, <c>keywords</c>, <c>news_keywords</c>, date tags (<c>pubdate</c>, <c>publish-date</c>,
/// <c>date</c>, <c>last-modified</c>, ...), <c>section</c>, <c>application-name</c>, Twitter cards
/// (<c>twitter:title</c>, <c>twitter:description</c>, <c>twitter:image</c>), Dublin Core (<c>DC.*</c>,
/// <c>dcterms.*</c>), Parse.ly (<c>parsely-*</c>), Sailthru (<c>sailthru.*</c>), scholarly citation tags
/// (<c>citation_*</c>), and the language from <c>&lt;html lang&gt;</c> and <c>content-language</c>.
/// </summary>
/// <remarks>Stateless and thread-safe. Within one source the first tag listed that has a value wins.</remarks>
public sealed class MetaTagExtractor : IArticleExtractor
{
    private static readonly string[] CommonPublished =
    [
        "article:published", "article.published", "article_date_original", "original-publish-date", "publish-date", "publish_date",
        "publishdate", "published-date", "published_date", "published_time", "publication_date", "pubdate", "datepublished", "created",
        "creation_date", "og:pubdate", "nv:date",
    ];

    private static readonly string[] CommonModified =
    [
        "article:modified", "article.updated", "last-modified", "lastmod", "last_modified", "modified", "revised", "updated", "datemodified",
    ];

    // Vendor-prefixed forms of the common names ("sw-pubdate", "cXenseParse:recs:publishtime").
    private static readonly string[] PublishedSuffixes = ["pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "published_time", "publishtime", "date_published"];

    private static readonly string[] DublinCorePublished = ["dcterms.issued", "dc.date.issued", "dcterms.created", "dc.date.created"];

    // Tags that name a date without saying which event it marks: content systems fill them with the page's last
    // change as often as with its publication, so they are weak evidence, below the date printed on the page.
    private static readonly string[] GenericDate = ["date"];

    private static readonly string[] GenericDublinCoreDates = ["dcterms.date", "dc.date"];

    private static readonly string[] DublinCoreModified = ["dcterms.modified", "dc.date.modified"];

    /// <inheritdoc />
    public string Name => "meta";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        var site = SiteNames.Get(context);

        // Headlines.
        ProposeHeadline(context, index.MetaContent("twitter:title"), ArticleSources.TwitterTitle, site);
        ProposeHeadline(context, First(index, "dc.title", "dcterms.title"), ArticleSources.DublinCore, site);
        ProposeHeadline(context, index.MetaContent("parsely-title"), ArticleSources.Parsely, site);
        ProposeHeadline(context, index.MetaContent("sailthru.title"), ArticleSources.Sailthru, site);
        ProposeHeadline(context, index.MetaContent("citation_title"), ArticleSources.Citation, site);

        // Descriptions.
        ProposeText(context, ArticleFields.Description, index.MetaContent("description"), ArticleSources.MetaDescription);
        ProposeText(context, ArticleFields.Description, index.MetaContent("twitter:description"), ArticleSources.TwitterDescription);
        ProposeText(context, ArticleFields.Description, First(index, "dc.description", "dcterms.description", "dcterms.abstract"), ArticleSources.DublinCore);
        ProposeText(context, ArticleFields.Description, index.MetaContent("sailthru.description"), ArticleSources.Sailthru);

        // Authors: every tag of the name counts, since sites repeat the tag for each author.
        Proposals.Authors(context, index.MetaContents("author"), ArticleSources.MetaAuthor, pageLevel: true);
        Proposals.Authors(context, index.MetaContents("dc.creator").Concat(index.MetaContents("dcterms.creator")), ArticleSources.DublinCore, pageLevel: true);
        Proposals.Authors(context, index.MetaContents("parsely-author"), ArticleSources.Parsely);
        Proposals.Authors(context, index.MetaContents("sailthru.author"), ArticleSources.Sailthru);
        Proposals.Authors(context, index.MetaContents("citation_author"), ArticleSources.Citation);
        Proposals.Authors(context, index.MetaContents("byl"), ArticleSources.MetaAuthor);

        // Dates.
        if (!ProposeFirstDate(context, ArticleFields.Published, index, CommonPublished, ArticleSources.MetaDate))
        {
            foreach (var meta in index.Metas)
            {
                var key = meta.Name ?? meta.Property;
                if (key is not null && PublishedSuffixes.Any(s => key.EndsWith(s, StringComparison.OrdinalIgnoreCase))
                    && !key.StartsWith("article:", StringComparison.OrdinalIgnoreCase) && !key.StartsWith("parsely", StringComparison.OrdinalIgnoreCase)
                    && Proposals.Date(context, ArticleFields.Published, meta.Content, ArticleSources.MetaDate))
                {
                    break;
                }
            }
        }
        ProposeFirstDate(context, ArticleFields.Published, index, DublinCorePublished, ArticleSources.DublinCore);
        _ = ProposeFirstDate(context, ArticleFields.Published, index, GenericDate, ArticleSources.MetaDate, FieldPrecedence.Weak)
            || ProposeFirstDate(context, ArticleFields.Published, index, GenericDublinCoreDates, ArticleSources.DublinCore, FieldPrecedence.Weak);

        ProposeFirstDate(context, ArticleFields.Published, index, ["parsely-pub-date"], ArticleSources.Parsely);
        ProposeFirstDate(context, ArticleFields.Published, index, ["sailthru.date"], ArticleSources.Sailthru);
        ProposeFirstDate(context, ArticleFields.Published, index, ["citation_publication_date", "citation_online_date", "citation_date"], ArticleSources.Citation);
        ProposeFirstDate(context, ArticleFields.Modified, index, CommonModified, ArticleSources.MetaModified);
        ProposeFirstDate(context, ArticleFields.Modified, index, DublinCoreModified, ArticleSources.DublinCore);
        foreach (var meta in index.Metas)
        {
            if (string.Equals(meta.HttpEquiv, "last-modified", StringComparison.OrdinalIgnoreCase)
                && Proposals.Date(context, ArticleFields.Modified, meta.Content, ArticleSources.MetaModified))
            {
                break;
            }
        }

        // Sections and tags.
        ProposeSection(context, First(index, "section", "article-section", "article.section"), ArticleSources.MetaSection);
        ProposeSection(context, index.MetaContent("parsely-section"), ArticleSources.Parsely);
        ProposeTags(context, index.MetaContents("news_keywords"), ArticleSources.MetaNewsKeywords);
        ProposeTags(context, index.MetaContents("keywords"), ArticleSources.MetaKeywords);
        ProposeTags(context, index.MetaContents("parsely-tags"), ArticleSources.Parsely);
        ProposeTags(context, index.MetaContents("sailthru.tags"), ArticleSources.Sailthru);
        ProposeTags(context, index.MetaContents("citation_keywords"), ArticleSources.Citation);

        // Site name, image and language.
        ProposeText(context, ArticleFields.SiteName, index.MetaContent("application-name"), ArticleSources.MetaApplicationName);
        if (context.ResolveUrl(First(index, "twitter:image", "twitter:image:src")) is { } image)
        {
            context.Propose(ArticleFields.LeadImage, new ArticleImage(image) { Alt = TextNormalizer.CollapseOrNull(index.MetaContent("twitter:image:alt")) }, ArticleSources.TwitterImage);
        }

        if (index.HtmlLang is { } lang && LanguageTag.Normalize(lang) is { } normalized)
        {
            context.Propose(ArticleFields.Language, normalized, ArticleSources.HtmlLang);
        }

        var declared = index.Metas.FirstOrDefault(m => string.Equals(m.HttpEquiv, "content-language", StringComparison.OrdinalIgnoreCase))?.Content
            ?? index.MetaContent("language") ?? index.MetaContent("content-language");
        if (LanguageTag.Normalize(declared?.Split(',')[0]) is { } language)
        {
            context.Propose(ArticleFields.Language, language, ArticleSources.MetaLanguage);
        }

        if (LanguageTag.Normalize(First(index, "dc.language", "dcterms.language")) is { } dcLanguage)
        {
            context.Propose(ArticleFields.Language, dcLanguage, ArticleSources.DublinCore);
        }
    }

    private static string? First(DocumentIndex index, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (index.MetaContent(key) is { } value)
            {
                return value;
            }
        }

        return null;
    }

    private static void ProposeHeadline(ExtractionContext context, string? text, string source, SiteNames site)
    {
        if (HeadlineCleaner.Clean(text, site) is { } headline)
        {
            context.Propose(ArticleFields.Headline, headline, source);
        }
    }

    private static void ProposeText(ExtractionContext context, ArticleField<string> field, string? text, string source)
    {
        if (TextNormalizer.CollapseOrNull(text) is { } value)
        {
            context.Propose(field, value, source);
        }
    }

    private static bool ProposeFirstDate(ExtractionContext context, ArticleField<ArticleDate> field, DocumentIndex index, string[] keys, string source, int? priority = null)
    {
        foreach (var key in keys)
        {
            if (Proposals.Date(context, field, index.MetaContent(key), source, priority))
            {
                return true;
            }
        }

        return false;
    }

    private static void ProposeSection(ExtractionContext context, string? text, string source)
    {
        Proposals.Section(context, text, source);
    }

    private static void ProposeTags(ExtractionContext context, IEnumerable<string> values, string source)
    {
        var tags = TagList.From(values);
        if (tags.Count > 0)
        {
            context.Propose(ArticleFields.Tags, tags, source);
        }
    }
}
