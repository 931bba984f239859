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

    /// <summary>The path of the article's address (canonical, else the page's): weak evidence of date and section.</summary>
    public const string UrlPath = "url-path";

    /// <summary>A byline printed on the page (an element hinted as byline or author, or a "By ..." line near the headline).</summary>
    public const string DomByline = "dom:byline";

    /// <summary>A publication date printed on the page near the headline.</summary>
    public const string DomDate = "dom:date";

    /// <summary>A modification date printed on the page ("Updated ...").</summary>
    public const string DomModified = "dom:modified";

    /// <summary>A breadcrumb trail printed on the page.</summary>
    public const string DomBreadcrumb = "dom:breadcrumb";

    /// <summary>A <c>&lt;link rel="amphtml"&gt;</c>.</summary>
    public const string AmpHtmlLink = "link:amphtml";

    /// <summary>A <c>&lt;link rel="alternate"&gt;</c> (translations with <c>hreflang</c>, feeds with <c>type</c>).</summary>
    public const string AlternateLink = "link:alternate";

    /// <summary>A notice on the page listing the site's other addresses ("can also be accessed at the following alternate addresses").</summary>
    public const string AlternateAddressNotice = "notice:alternate-addresses";

    /// <summary>A publisher profile: its selectors, hosts, URL pattern, language or time zone.</summary>
    public const string PublisherProfile = "profile";
}
