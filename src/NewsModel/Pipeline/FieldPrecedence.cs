namespace NewsModel.Pipeline;

/// <summary>
/// The documented order of precedence of sources, per field (docs/precedence.md mirrors this table). A source
/// earlier in a field's list wins over a later one; a source not listed ranks below every listed one.
/// </summary>
internal static class FieldPrecedence
{
    /// <summary>The priority of a source not listed for the field.</summary>
    public const int Unlisted = 100;

    private const int Top = 1000;
    private const int Step = 10;

    private static readonly Dictionary<string, string[]> Order = new(StringComparer.Ordinal)
    {
        [ArticleFields.Headline.Name] = [ArticleSources.OpenGraphTitle, ArticleSources.H1, ArticleSources.Title],
        [ArticleFields.Description.Name] = [ArticleSources.OpenGraphDescription, ArticleSources.MetaDescription],
        [ArticleFields.CanonicalUrl.Name] = [ArticleSources.CanonicalLink, ArticleSources.OpenGraphUrl],
        [ArticleFields.Language.Name] = [ArticleSources.HtmlLang, ArticleSources.OpenGraphLocale],
        [ArticleFields.SiteName.Name] = [ArticleSources.OpenGraphSiteName],
        [ArticleFields.LeadImage.Name] = [ArticleSources.OpenGraphImage, ArticleSources.BodyFigure],
        [ArticleFields.NextPage.Name] = [ArticleSources.RelNext, ArticleSources.PaginationLink],
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
