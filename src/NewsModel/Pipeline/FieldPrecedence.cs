namespace NewsModel.Pipeline;

/// <summary>
/// The documented order of precedence of sources, per field (docs/precedence.md mirrors this table). A source
/// earlier in a field's list wins over a later one; a source not listed ranks below every listed one.
/// </summary>
internal static class FieldPrecedence
{
    /// <summary>The priority of a source not listed for the field.</summary>
    public const int Unlisted = 100;

    /// <summary>The priority of weak evidence (the address's path), below every source that reads the page itself.</summary>
    public const int Weak = 50;

    /// <summary>
    /// The priority of a value that a combining extractor has confirmed by agreement between sources (a headline
    /// <c>&lt;h1&gt;</c> that another source repeats); it ranks above every listed source.
    /// </summary>
    public const int Confirmed = Top + Step;

    private const int Top = 1000;
    private const int Step = 10;

    private static readonly Dictionary<string, string[]> Order = new(StringComparer.Ordinal)
    {
        // A publisher profile's selectors were written for the site, so they outrank generic readers; its language and
        // name are defaults, so they rank below what the page itself states. Structured data written for machines
        // comes next, then social cards, then the document's own title and h1, then what is printed on the page,
        // then the address.
        [ArticleFields.Headline.Name] =
        [
            ArticleSources.PublisherProfile, ArticleSources.JsonLd, ArticleSources.OpenGraphTitle, ArticleSources.Microdata, ArticleSources.TwitterTitle, ArticleSources.H1,
            ArticleSources.Heading, ArticleSources.Title, ArticleSources.JsonLdName, ArticleSources.Parsely, ArticleSources.Sailthru, ArticleSources.DublinCore, ArticleSources.Citation,
        ],
        [ArticleFields.Description.Name] =
        [
            ArticleSources.OpenGraphDescription, ArticleSources.JsonLd, ArticleSources.MetaDescription, ArticleSources.TwitterDescription,
            ArticleSources.Microdata, ArticleSources.DublinCore, ArticleSources.Sailthru,
        ],
        [ArticleFields.CanonicalUrl.Name] = [ArticleSources.CanonicalLink, ArticleSources.OpenGraphUrl, ArticleSources.JsonLd],
        [ArticleFields.Byline.Name] =
        [
            ArticleSources.PublisherProfile, ArticleSources.JsonLd, ArticleSources.Microdata, ArticleSources.MetaAuthor, ArticleSources.ArticleAuthor,
            ArticleSources.Parsely, ArticleSources.Sailthru, ArticleSources.DublinCore, ArticleSources.Citation, ArticleSources.Microformat,
            ArticleSources.AuthorLink, ArticleSources.DomByline, ArticleSources.JsonLdWebPage, ArticleSources.BodySignature,
            ArticleSources.BodyDateline,
        ],
        [ArticleFields.Published.Name] =
        [
            ArticleSources.PublisherProfile, ArticleSources.JsonLd, ArticleSources.JsonLdWebPage, ArticleSources.ArticlePublishedTime,
            ArticleSources.Microdata, ArticleSources.Parsely, ArticleSources.Sailthru, ArticleSources.DublinCore, ArticleSources.Citation,
            ArticleSources.MetaDate, ArticleSources.TimeElement, ArticleSources.DomDate,
        ],
        [ArticleFields.Modified.Name] =
        [
            ArticleSources.PublisherProfile, ArticleSources.JsonLd, ArticleSources.JsonLdWebPage, ArticleSources.ArticleModifiedTime,
            ArticleSources.OpenGraphUpdatedTime, ArticleSources.Microdata, ArticleSources.DublinCore, ArticleSources.MetaModified,
            ArticleSources.TimeElement, ArticleSources.DomModified,
        ],
        [ArticleFields.Section.Name] =
        [
            ArticleSources.PublisherProfile, ArticleSources.JsonLdBreadcrumb, ArticleSources.DomBreadcrumb, ArticleSources.JsonLd,
            ArticleSources.ArticleSection, ArticleSources.Microdata, ArticleSources.Parsely, ArticleSources.MetaSection, ArticleSources.DomCategory,
        ],
        [ArticleFields.Tags.Name] =
        [
            ArticleSources.JsonLd, ArticleSources.ArticleTag, ArticleSources.MetaNewsKeywords, ArticleSources.Microdata, ArticleSources.Parsely,
            ArticleSources.Sailthru, ArticleSources.MetaKeywords, ArticleSources.Citation,
        ],
        [ArticleFields.Language.Name] =
        [
            ArticleSources.HtmlLang, ArticleSources.JsonLd, ArticleSources.OpenGraphLocale, ArticleSources.MetaLanguage, ArticleSources.Microdata,
            ArticleSources.DublinCore, ArticleSources.PublisherProfile,
        ],
        [ArticleFields.SiteName.Name] =
        [
            ArticleSources.OpenGraphSiteName, ArticleSources.JsonLdPublisher, ArticleSources.JsonLdWebSite, ArticleSources.MetaApplicationName,
            ArticleSources.PublisherProfile,
        ],
        [ArticleFields.LeadImage.Name] =
        [
            ArticleSources.OpenGraphImage, ArticleSources.JsonLd, ArticleSources.TwitterImage, ArticleSources.Microdata, ArticleSources.BodyFigure,
        ],
        [ArticleFields.NextPage.Name] = [ArticleSources.RelNext, ArticleSources.PaginationLink],
        [ArticleFields.Body.Name] = [ArticleSources.PublisherProfile],
        [ArticleFields.Alternates.Name] =
        [
            ArticleSources.CanonicalLink, ArticleSources.OpenGraphUrl, ArticleSources.PublisherProfile, ArticleSources.AlternateAddressNotice,
            ArticleSources.AmpHtmlLink, ArticleSources.AlternateLink,
        ],
    };

    public static int PriorityOf(ArticleField field, string source)
    {
        if (Order.TryGetValue(field.Name, out var sources))
        {
            var index = Array.IndexOf(sources, source);
            if (index >= 0)
            {
                return Top - (index * Step);
            }
        }

        return Unlisted;
    }

    /// <summary>The sources of a field in order of precedence, for documentation and tests.</summary>
    public static IReadOnlyList<string> SourcesOf(ArticleField field) =>
        Order.TryGetValue(field.Name, out var sources) ? sources : [];
}
