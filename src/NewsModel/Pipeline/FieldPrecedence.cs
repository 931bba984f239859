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

    private const int Top = 1000;
    private const int Step = 10;

    private static readonly Dictionary<string, string[]> Order = new(StringComparer.Ordinal)
    {
        // A publisher profile's selectors were written for the site, so they outrank generic readers; its language
        // and name are defaults, so they rank below what the page itself states.
        [ArticleFields.Headline.Name] = [ArticleSources.PublisherProfile, ArticleSources.OpenGraphTitle, ArticleSources.H1, ArticleSources.Title],
        [ArticleFields.Description.Name] = [ArticleSources.OpenGraphDescription, ArticleSources.MetaDescription],
        [ArticleFields.CanonicalUrl.Name] = [ArticleSources.CanonicalLink, ArticleSources.OpenGraphUrl],
        [ArticleFields.Byline.Name] = [ArticleSources.PublisherProfile],
        [ArticleFields.Published.Name] = [ArticleSources.PublisherProfile],
        [ArticleFields.Modified.Name] = [ArticleSources.PublisherProfile],
        [ArticleFields.Section.Name] = [ArticleSources.PublisherProfile],
        [ArticleFields.Body.Name] = [ArticleSources.PublisherProfile],
        [ArticleFields.Language.Name] = [ArticleSources.HtmlLang, ArticleSources.OpenGraphLocale, ArticleSources.PublisherProfile],
        [ArticleFields.SiteName.Name] = [ArticleSources.OpenGraphSiteName, ArticleSources.PublisherProfile],
        [ArticleFields.LeadImage.Name] = [ArticleSources.OpenGraphImage],
        [ArticleFields.Alternates.Name] = [ArticleSources.CanonicalLink, ArticleSources.OpenGraphUrl, ArticleSources.PublisherProfile, ArticleSources.AlternateAddressNotice, ArticleSources.AmpHtmlLink, ArticleSources.AlternateLink],
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
