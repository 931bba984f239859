namespace NewsModel;

/// <summary>
/// The names of the sources built-in extractors record in provenance. User extractors may use their own names;
/// names are lower-case, with a colon before a detail ("meta:description").
/// </summary>
public static class ArticleSources
{
    /// <summary>The document's <c>&lt;title&gt;</c>.</summary>
    public const string Title = "title";

    /// <summary>The first <c>&lt;h1&gt;</c> of the document.</summary>
    public const string H1 = "h1";

    /// <summary>A <c>&lt;meta name="description"&gt;</c> tag.</summary>
    public const string MetaDescription = "meta:description";

    /// <summary>A <c>&lt;link rel="canonical"&gt;</c>.</summary>
    public const string CanonicalLink = "link:canonical";

    /// <summary>The <c>lang</c> attribute of <c>&lt;html&gt;</c>.</summary>
    public const string HtmlLang = "html:lang";

    /// <summary>OpenGraph <c>og:title</c>.</summary>
    public const string OpenGraphTitle = "og:title";

    /// <summary>OpenGraph <c>og:description</c>.</summary>
    public const string OpenGraphDescription = "og:description";

    /// <summary>OpenGraph <c>og:image</c> and its <c>og:image:*</c> properties.</summary>
    public const string OpenGraphImage = "og:image";

    /// <summary>OpenGraph <c>og:site_name</c>.</summary>
    public const string OpenGraphSiteName = "og:site_name";

    /// <summary>OpenGraph <c>og:url</c>.</summary>
    public const string OpenGraphUrl = "og:url";

    /// <summary>OpenGraph <c>og:locale</c>.</summary>
    public const string OpenGraphLocale = "og:locale";

    /// <summary>The page address the caller gave.</summary>
    public const string PageUrl = "page-url";

    /// <summary>The article text found in the page's markup by the content extractor.</summary>
    public const string MainContent = "main-content";

    /// <summary>The first figure of the body.</summary>
    public const string BodyFigure = "body:figure";

    /// <summary>A <c>&lt;link rel="next"&gt;</c> in the head.</summary>
    public const string RelNext = "link:next";

    /// <summary>An <c>&lt;a rel="next"&gt;</c> pagination link in the page.</summary>
    public const string PaginationLink = "a:next";
}
