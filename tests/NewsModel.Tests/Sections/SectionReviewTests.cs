using NewsModel.Extractors.Sections;

namespace NewsModel.Tests.Sections;

/// <summary>Regression tests for the section review's findings. All fixture text is invented.</summary>
public class SectionReviewTests
{
    private static readonly ArticleParserOptions Options = new() { ThrowOnExtractorFailure = true };

    private static readonly Uri ArticleUrl = new("https://www.lakeside-post.example/2024/05/14/ferry-timetable-changes/");

    private const string Headline = "Ferry timetable changes for the summer season";

    private const string Body =
        "<p>The lake ferry will run every forty minutes from June, the operator announced on Monday after a long consultation.</p>"
        + "<p>Passengers on the northern route had asked for later evening crossings, which the new timetable now includes.</p>";

    private static Article Parse(string beforeHeadline, string afterHeadline = "", string afterArticle = "", Uri? url = null, string head = "")
    {
        var html = $"""
            <html lang="en"><head><title>{Headline} | Lakeside Post</title><meta property="og:site_name" content="Lakeside Post">{head}</head>
            <body><header><a href="/">Lakeside Post</a></header>
            <main><article>{beforeHeadline}<h1>{Headline}</h1>{afterHeadline}{Body}</article>{afterArticle}</main></body></html>
            """;
        return ArticleParser.Parse(html, url ?? ArticleUrl, Options);
    }

    // 1. Three-letter language codes that are also section words.
    [Theory]
    [InlineData("/vie/2024/05/14/slug", "Vie")]
    [InlineData("/fin/markets/slug", "Fin › Markets")]
    [InlineData("/pol/slug", "Pol")]
    [InlineData("/est/slug", "Est")]
    [InlineData("/eng/news/slug", "News")]
    public void FromPath_SectionWordsAreNotLanguageCodes(string path, string expected)
    {
        Assert.Equal(expected, UrlSectionExtractor.FromPath(path)?.Path ?? string.Empty);
    }

    // 2. Real sections that are no catch-alls, and "People" as a section.
    [Theory]
    [InlineData("Stories", false)]
    [InlineData("General", false)]
    [InlineData("Divers", false)]
    [InlineData("Content", false)]
    [InlineData("Home", false)]
    [InlineData("post", true)]
    [InlineData("Front Page", true)]
    [InlineData("All", true)]
    [InlineData("Uncategorized", true)]
    [InlineData("Allgemein", true)]
    public void IsNotSection_KeepsRealSections(string name, bool expected)
    {
        Assert.Equal(expected, SectionWords.IsNotSection(name));
    }

    [Theory]
    [InlineData("https://www.lakeside-post.example/people/", false)]
    [InlineData("https://www.lakeside-post.example/personen/", false)]
    [InlineData("https://www.lakeside-post.example/unterhaltung/people/", false)]
    [InlineData("https://www.lakeside-post.example/category/person/jane-roe/", true)]
    [InlineData("https://www.lakeside-post.example/topic/ferries/", true)]
    public void IsTagPage_PeopleIsASection(string url, bool expected)
    {
        Assert.Equal(expected, SectionWords.IsTagPage(new Uri(url), topics: true));
    }

    // 3. Only id-like query parameters make a .html leaf a page script.
    [Theory]
    [InlineData("http://www.lakeside.example/sport/results.html?page=2", false)]
    [InlineData("http://www.lakeside.example/sport/results.html?v=3", false)]
    [InlineData("http://www.lakeside.example/sport/results.html?utm_id=12345", false)]
    [InlineData("http://www.lakeside.example/sport/results.html?pagenum=4", false)]
    [InlineData("http://www.lakeside.example/news/news_view.html?idx=8576", true)]
    [InlineData("http://www.lakeside.example/news/view.php?news_no=77", true)]
    [InlineData("http://www.lakeside.example/news/article.php?articleid=504", true)]
    public void ScriptTakesId_OnlyIdNames(string url, bool expected)
    {
        Assert.Equal(expected, UrlSectionExtractor.ScriptTakesId(new Uri(url)));
    }

    // 4. Link text confirms an address level only from a same-site link that is no tag page; 5. names fold without accents.
    private static string StoryLinks() =>
        "<ul class=\"more\">" + string.Concat(Enumerable.Range(0, 20).Select(i => $"<li><a href=\"/2024/05/{i:00}/story-{i}/\">Story {i}</a></li>")) + "</ul>";

    [Theory]
    [InlineData("""<a href="https://www.other-site.example/x/1">Ports</a>""", "")]
    [InlineData("""<a href="/tag/ports-and-harbours">Ports</a>""", "")]
    [InlineData("""<a href="/x/1">Ports</a>""", "Ports")]
    public void Parse_LinkTextConfirmsLevel_OnlySameSiteNonTag(string link, string expected)
    {
        var article = Parse(string.Empty, afterArticle: StoryLinks() + link, url: new Uri("https://www.lakeside-post.example/ports/ferry-timetable-changes"));

        Assert.Equal(expected, article.Section.Path);
    }

    [Fact]
    public void Parse_LinkTextWithAccentsConfirmsLevel()
    {
        var article = Parse(string.Empty, afterArticle: StoryLinks() + """<a href="/x/1">Économie</a>""", url: new Uri("https://www.lakeside-post.example/economie/ferry-timetable-changes"));

        Assert.Equal("Economie", article.Section.Path);
    }

    // 6. A sub-navigation above the headline: its current item, or nothing.
    [Theory]
    [InlineData("""<nav class="subnav"><ul><li><a href="/category/sport">Sport</a></li><li class="active"><a href="/category/sailing">Sailing</a></li><li><a href="/category/rowing">Rowing</a></li></ul></nav>""", "Sailing")]
    [InlineData("""<div class="subnav"><a href="/category/sport">Sport</a> <a href="/category/sailing" aria-current="page">Sailing</a> <a href="/category/rowing">Rowing</a></div>""", "Sailing")]
    [InlineData("""<nav class="subnav"><ul><li><a href="/category/sport">Sport</a></li><li><a href="/category/sailing">Sailing</a></li><li><a href="/category/rowing">Rowing</a></li></ul></nav>""", "")]
    public void Parse_SubNavigation_TakesCurrentItemOrNothing(string nav, string expected)
    {
        var article = Parse(nav);

        Assert.Equal(expected, article.SourceOf("section")?.Source == "dom:category" ? article.Section.Path : string.Empty);
    }

    // 7. A related article's kicker in the body is not this article's category.
    [Theory]
    [InlineData("""<aside><a class="story-kicker" href="/category/sport">Sport</a> <a href="/2024/05/01/regatta-results/">Regatta results are in</a></aside>""")]
    [InlineData("""<div class="also-read"><a class="story-kicker" href="/category/sport">Sport</a> <a href="/2024/05/01/regatta-results/">Regatta results are in</a></div>""")]
    [InlineData("""<div class="inline-story"><a class="story-kicker" href="/category/sport">Sport</a> <a href="/2024/05/01/regatta-results/">Regatta results are in</a></div>""")]
    public void Parse_RelatedKickerInBody_NotTaken(string related)
    {
        var article = Parse(string.Empty, afterHeadline: "<p>Short intro line.</p>" + related);

        Assert.NotEqual("dom:category", article.SourceOf("section")?.Source);
    }

    // 8. The rel="category" fallback stays in the headline's own article.
    [Fact]
    public void Parse_RelCategoryOfNextPost_NotTaken()
    {
        var next = """<article><h2>Gardeners prepare for the spring show</h2><p>Next post text.</p><footer><a rel="category tag" href="/category/gardening/">Gardening</a></footer></article>""";

        var article = Parse(string.Empty, afterArticle: next);

        Assert.NotEqual("dom:category", article.SourceOf("section")?.Source);
    }

    // 9. One source naming a specific section does not outrank two agreeing on a generic one.
    [Fact]
    public void Parse_GenericNameTwoSourcesAgreeOn_NotOutrankedByOne()
    {
        var head = """<meta property="article:section" content="News"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry timetable changes for the summer season","articleSection":"News"}</script>""";

        var article = Parse("""<div class="kicker"><a href="/category/sailing">Sailing</a></div>""", head: head);

        Assert.Equal("News", article.Section.Path);
    }
}

/// <summary>The category reader asks the shared article header which blocks are another story's; hand-written pages.</summary>
public class SectionArticleHeaderTests
{
    private static readonly Uri ArticleUrl = new("https://www.lakeside-post.example/2024/05/14/ferry-timetable-changes");

    private const string Body =
        "<p>The lake ferry will run every half hour from June, the operator said on Tuesday, after a winter of complaints from commuters.</p>"
        + "<p>Evening boats will stay hourly, and the first boat on Sundays will leave the pier at eight in the morning.</p>";

    private static Article Parse(string afterHeadline) =>
        TestPages.Parse(
            $"""<html lang="en"><head><title>Ferry timetable changes</title></head><body><main><article><h1>Ferry timetable changes</h1>{afterHeadline}{Body}</article></main></body></html>""",
            ArticleUrl);

    [Theory]
    // Teaser cards of other stories under the headline: their category links file those stories.
    [InlineData("""<div class="cards"><div class="card"><h3><a href="/2024/05/13/pier-repairs">Pier repairs start next week</a></h3><a href="/category/harbour">Harbour</a></div><div class="card"><h3><a href="/2024/05/12/new-boat">New boat named after the mayor</a></h3><a href="/category/boats">Boats</a></div></div>""", "")]
    // A list of other stories, each with its heading and category.
    [InlineData("""<ul><li><h3><a href="/2024/05/13/pier-repairs">Pier repairs start next week</a></h3><a href="/category/harbour">Harbour</a></li><li><h3><a href="/2024/05/12/new-boat">New boat named after the mayor</a></h3></li></ul>""", "")]
    // The article's own meta line.
    [InlineData("""<div class="meta"><a href="/category/transport">Transport</a></div>""", "Transport")]
    public void CategoryLinkUnderHeadline_OnlyTheArticlesOwn(string afterHeadline, string expected)
    {
        Assert.Equal(expected, Parse(afterHeadline).Section.Path);
    }
}
