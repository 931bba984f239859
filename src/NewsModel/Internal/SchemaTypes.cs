namespace NewsModel.Internal;

/// <summary>The schema.org types that matter to articles, shared by the JSON-LD and microdata readers.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal static class SchemaTypes
{
    /// <summary>Types whose item is an article: the news, blog and report types and their kin.</summary>
    public static readonly IReadOnlySet<string> Article = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle",
        "BackgroundNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "Report",
        "ScholarlyArticle", "TechArticle", "SatiricalArticle", "AdvertiserContentArticle", "Recipe",
    };

    /// <summary>Types whose item is a web page.</summary>
    public static readonly IReadOnlySet<string> Page = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "WebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage", "QAPage", "FAQPage", "MediaGallery", "ContactPage",
    };

    /// <summary>The local name of a type written as an IRI or with a prefix ("https://schema.org/NewsArticle", "schema:NewsArticle" → "NewsArticle").</summary>
    public static string LocalName(string type)
    {
        var trimmed = type.Trim().TrimEnd('/');
        var cut = Math.Max(trimmed.LastIndexOf('/'), Math.Max(trimmed.LastIndexOf(':'), trimmed.LastIndexOf('#')));
        return cut >= 0 ? trimmed[(cut + 1)..] : trimmed;
    }

    /// <summary>Whether a type is an organization: any type ending in "Organization", or a corporation, NGO, business or brand.</summary>
    public static bool IsOrganization(string type) =>
        type.EndsWith("Organization", StringComparison.OrdinalIgnoreCase) || type is "Corporation" or "NGO" or "LocalBusiness" or "Brand";
}
