namespace NewsModel;

/// <summary>
/// The names of the sources built-in extractors record in provenance. User extractors may use their own names;
/// names are lower-case, with a colon before a detail ("meta:description").
/// </summary>
public static class ArticleSources
{
    /// <summary>The document's <c>&lt;title&gt;</c>.</summary>
    public const string Title = "title";

    /// <summary>The document's headline <c>&lt;h1&gt;</c>: the first one that is not the site's logo or navigation.</summary>
    public const string H1 = "h1";

    /// <summary>
    /// Another heading of the document (a later <c>&lt;h1&gt;</c>, or an <c>&lt;h2&gt;</c>) taken as the headline
    /// because another source repeats it, where the first <c>&lt;h1&gt;</c> is missing, the site's banner or unconfirmed.
    /// </summary>
    public const string Heading = "heading";

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

    /// <summary>The page's JSON-LD article node (<c>NewsArticle</c>, <c>BlogPosting</c>, ...).</summary>
    public const string JsonLd = "json-ld";

    /// <summary>The <c>name</c> of the JSON-LD article node, a weaker headline than its <c>headline</c>.</summary>
    public const string JsonLdName = "json-ld:name";

    /// <summary>The page's JSON-LD <c>WebPage</c> node, when no article node gives the value.</summary>
    public const string JsonLdWebPage = "json-ld:webpage";

    /// <summary>The <c>publisher</c> of the JSON-LD article node.</summary>
    public const string JsonLdPublisher = "json-ld:publisher";

    /// <summary>The JSON-LD <c>WebSite</c> node.</summary>
    public const string JsonLdWebSite = "json-ld:website";

    /// <summary>A JSON-LD <c>BreadcrumbList</c>.</summary>
    public const string JsonLdBreadcrumb = "json-ld:breadcrumb";

    /// <summary>OpenGraph <c>article:published_time</c>.</summary>
    public const string ArticlePublishedTime = "article:published_time";

    /// <summary>OpenGraph <c>article:modified_time</c>.</summary>
    public const string ArticleModifiedTime = "article:modified_time";

    /// <summary>OpenGraph <c>og:updated_time</c>.</summary>
    public const string OpenGraphUpdatedTime = "og:updated_time";

    /// <summary>OpenGraph <c>article:section</c>.</summary>
    public const string ArticleSection = "article:section";

    /// <summary>OpenGraph <c>article:tag</c>.</summary>
    public const string ArticleTag = "article:tag";

    /// <summary>OpenGraph <c>article:author</c>, when it holds names rather than profile addresses.</summary>
    public const string ArticleAuthor = "article:author";

    /// <summary>Twitter card <c>twitter:title</c>.</summary>
    public const string TwitterTitle = "twitter:title";

    /// <summary>Twitter card <c>twitter:description</c>.</summary>
    public const string TwitterDescription = "twitter:description";

    /// <summary>Twitter card <c>twitter:image</c>.</summary>
    public const string TwitterImage = "twitter:image";

    /// <summary>A <c>&lt;meta name="author"&gt;</c> tag.</summary>
    public const string MetaAuthor = "meta:author";

    /// <summary>A <c>&lt;meta name="keywords"&gt;</c> tag.</summary>
    public const string MetaKeywords = "meta:keywords";

    /// <summary>A <c>&lt;meta name="news_keywords"&gt;</c> tag.</summary>
    public const string MetaNewsKeywords = "meta:news_keywords";

    /// <summary>A common date meta tag (<c>pubdate</c>, <c>publish-date</c>, <c>date</c>, <c>article.published</c>, ...).</summary>
    public const string MetaDate = "meta:date";

    /// <summary>A common modification-date meta tag (<c>lastmod</c>, <c>last-modified</c>, <c>revised</c>, ...).</summary>
    public const string MetaModified = "meta:modified";

    /// <summary>A common section meta tag (<c>section</c>, <c>category</c>, ...).</summary>
    public const string MetaSection = "meta:section";

    /// <summary>A <c>content-language</c> or <c>language</c> meta tag.</summary>
    public const string MetaLanguage = "meta:language";

    /// <summary>A <c>&lt;meta name="application-name"&gt;</c> tag.</summary>
    public const string MetaApplicationName = "meta:application-name";

    /// <summary>Dublin Core meta tags (<c>DC.*</c>, <c>dcterms.*</c>).</summary>
    public const string DublinCore = "dc";

    /// <summary>Parse.ly meta tags (<c>parsely-*</c>).</summary>
    public const string Parsely = "parsely";

    /// <summary>Sailthru meta tags (<c>sailthru.*</c>).</summary>
    public const string Sailthru = "sailthru";

    /// <summary>Scholarly citation meta tags (<c>citation_*</c>).</summary>
    public const string Citation = "citation";

    /// <summary>Microdata (<c>itemprop</c>) in an article's item scope.</summary>
    public const string Microdata = "microdata";

    /// <summary>Microformats in the body: an hCard author (<c>class="author vcard"</c>).</summary>
    public const string Microformat = "microformat";

    /// <summary>A <c>&lt;time datetime&gt;</c> element in the article's header.</summary>
    public const string TimeElement = "time";

    /// <summary>A <c>rel="author"</c> link.</summary>
    public const string AuthorLink = "link:author";

    /// <summary>A <c>&lt;link rel="alternate"&gt;</c> (translations and feeds).</summary>
    public const string AlternateLink = "link:alternate";

    /// <summary>The page address the caller gave.</summary>
    public const string PageUrl = "page-url";

    /// <summary>The path of the article's address (canonical, else the page's): weak evidence of date and section.</summary>
    public const string UrlPath = "url-path";

    /// <summary>A byline printed on the page (an element hinted as byline or author, or a "By ..." line near the headline).</summary>
    public const string DomByline = "dom:byline";

    /// <summary>The writer's signature printed at the end of the body ("… (Jane Roe)", a last line "Jane Roe"), read only when nothing else credits the article.</summary>
    public const string BodySignature = "body:signature";

    /// <summary>A news agency credited in the dateline opening the body ("Hamburg (dpa) –"), read only when nothing else credits the article.</summary>
    public const string BodyDateline = "body:dateline";

    /// <summary>A publication date printed on the page near the headline.</summary>
    public const string DomDate = "dom:date";

    /// <summary>A modification date printed on the page ("Updated ...").</summary>
    public const string DomModified = "dom:modified";

    /// <summary>A breadcrumb trail printed on the page.</summary>
    public const string DomBreadcrumb = "dom:breadcrumb";

    /// <summary>
    /// A category printed beside the headline: a kicker linking to the section's page, a "Filed under:" link or a
    /// category link in the post's meta lines, a <c>rel="category"</c> link.
    /// </summary>
    public const string DomCategory = "dom:category";

    /// <summary>A <c>&lt;link rel="amphtml"&gt;</c>.</summary>
    public const string AmpHtmlLink = "link:amphtml";

    /// <summary>A notice on the page listing the site's other addresses ("can also be accessed at the following alternate addresses").</summary>
    public const string AlternateAddressNotice = "notice:alternate-addresses";

    /// <summary>A publisher profile: its selectors, hosts, URL pattern, language or time zone.</summary>
    public const string PublisherProfile = "profile";

    /// <summary>The article text found in the page's markup by the content extractor.</summary>
    public const string MainContent = "main-content";

    /// <summary>The first figure of the body.</summary>
    public const string BodyFigure = "body:figure";

    /// <summary>A <c>&lt;link rel="next"&gt;</c> in the head.</summary>
    public const string RelNext = "link:next";

    /// <summary>An <c>&lt;a rel="next"&gt;</c> pagination link in the page.</summary>
    public const string PaginationLink = "a:next";
}
