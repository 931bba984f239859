using NewsModel.Extractors.Sections;

namespace NewsModel.Tests.Sections;

/// <summary>
/// Sections as news pages print and declare them: the category printed beside the headline, values that name no
/// section, address segments that are not sections, a declared value that the other sources outvote, and a trail's
/// closing tag pages. All fixture text is invented.
/// </summary>
public class SectionAuditTests
{
    private static readonly ArticleParserOptions Options = new() { ThrowOnExtractorFailure = true };

    private static readonly Uri ArticleUrl = new("https://www.harbourgazette.example/2024/05/14/cranes-return-to-the-east-quay/");

    private const string Headline = "Cranes return to the east quay after a long winter";

    private const string Body =
        "<p>The two gantry cranes that stood idle since November were switched on again on Tuesday morning, the port authority said.</p>"
        + "<p>Dock workers had waited for spare parts from the manufacturer for more than three months, delaying dozens of ships.</p>";

    private static Article Parse(string beforeHeadline, string afterHeadline = "", string head = "", Uri? url = null, string afterBody = "")
    {
        var html = $"""
            <html lang="en"><head><title>{Headline} | Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette">{head}</head>
            <body><header><a href="/">Harbour Gazette</a></header>
            <main><article>{beforeHeadline}<h1>{Headline}</h1>{afterHeadline}{Body}{afterBody}</article></main></body></html>
            """;
        return ArticleParser.Parse(html, url ?? ArticleUrl, Options);
    }

    private static string JsonLd(string section) =>
        $$"""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"{{Headline}}","articleSection":"{{section}}"}</script>""";

    // ---- 1. The category printed beside the headline ----

    public static TheoryData<string, string, string> PrintedCategories => new()
    {
        // A kicker under a category class, whose address says nothing.
        { """<div class="category"><a href="/z/20412">Shipping</a></div>""", "", "Shipping" },
        // A link classed as the section's own name or editorial desk ("section-name", "header-editoria").
        { """<a class="section-name" href="/z/20412">Shipping</a>""", "", "Shipping" },
        { """<div class="header-editoria"><a href="/z/20412">Shipping</a></div>""", "", "Shipping" },
        // A label block's "__section" element (section audit sc6); a BEM "category-…__link" element.
        { """<div class="post-label"><a class="post-label__section" href="/z/20412">Shipping</a> <span class="post-label__genre">Video</span></div>""", "", "Shipping" },
        { """<div class="category-header__name"><a class="category-header__link" href="/z/20412">Shipping</a></div>""", "", "Shipping" },

        // A kicker in a category folder of the address, with no class.
        { """<div class="x1"><a href="https://www.harbourgazette.example/c/ports"><span>Ports</span></a></div>""", "", "Ports" },

        // A kicker whose name spells its own address, in a one-link navigation element, and in camel case.
        { """<nav class="articleLabel"><ol><li><a href="/culture" title="Go to Culture">Culture</a></li></ol></nav>""", "", "Culture" },
        { """<div class="ArticleHeader_upper"><a href="/news/archive/harbourNews">Harbour News</a></div>""", "", "Harbour News" },

        // A theme's category list above the headline.
        { """<ul class="td-category"><li class="entry-category"><a href="/category/local-news/" rel="nofollow">Local News</a></li></ul>""", "", "Local News" },

        // "Filed under:" and its list, read from its first item although the last is met first.
        {
            """<div class="group-labels"><p class="sr-only">Filed under:</p><ul><li><a href="/leisure"><span>Leisure</span></a></li><li><a href="/tech"><span>Tech</span></a></li><li><a href="/tv"><span>TV Shows</span></a></li></ul></div>""",
            "", "Leisure"
        },

        // A labelled link in the byline line below the headline, even to a topic page.
        {
            "",
            """<div class="byline"><p class="meta">By <a rel="author" href="/staff/jane-roe/">Jane Roe</a> | <time datetime="2024-05-14">May 14, 2024</time> | Topic: <a href="/topic/logistics/">Logistics</a></p></div>""",
            "Logistics"
        },

        // A category list under the byline: its first entry.
        {
            "",
            """<div class="entry-byline"><span class="entry-author">Jane Roe</span></div><div class="entry-categories"><ul class="nav"><li><a href="/category/markets-policy/markets/"> Markets </a></li><li><a href="/category/policy/"> Policy </a></li></ul></div>""",
            "Markets"
        },

        // A meta line named for its comment count.
        {
            "",
            """<div class="date-comments"><p class="fl">14 May 2024</p><p class="fr"><a href="/category/ports/" rel="category tag">Ports</a>, <a href="/category/labour/" rel="category tag">Labour</a></p></div>""",
            "Ports"
        },

        // The first category of a WordPress list that names a section: not the catch-all, not the generic "Blog".
        {
            "",
            """<div class="entry-meta"><span class="meta-category"><a href="/category/all/" rel="category tag">All</a>, <a href="/category/blog/" rel="category tag">Blog</a>, <a href="/category/reviews/books/" rel="category tag">Books</a></span></div>""",
            "Books"
        },
    };

    [Theory]
    [MemberData(nameof(PrintedCategories))]
    public void Parse_CategoryBesideHeadline_IsTheSection(string beforeHeadline, string afterHeadline, string expected)
    {
        var article = Parse(beforeHeadline, afterHeadline);

        Assert.Equal(expected, article.Section.Path);
        Assert.Equal("dom:category", article.SourceOf("section")!.Source);
    }

    /// <summary>A page layout's "__section" block above the headline ("site-header__section") labels no section (review of sc6's rule).</summary>
    [Fact]
    public void Parse_LayoutSectionBlockAboveHeadline_NotACategory()
    {
        var article = Parse("""<div class="site-header__section"><a href="/z/20412">Weather</a></div>""", string.Empty);

        Assert.NotEqual("Weather", article.Section.Path);
    }

    [Fact]
    public void Parse_RelCategoryInEntryFooter_IsTheSection()
    {
        var footer = """<footer class="entry-footer"><p class="postinfo">Filed under: <a href="/category/ports/cranes/" rel="category tag">Cranes</a> | </p></footer>""";

        var article = Parse(string.Empty, afterBody: Body + Body + Body + footer);

        Assert.Equal("Cranes", article.Section.Path);
        Assert.Equal("dom:category", article.SourceOf("section")!.Source);
        Assert.Equal(new Uri("https://www.harbourgazette.example/category/ports/cranes/"), article.Section.Segments[0].Url);
    }

    [Fact]
    public void Parse_PrintedCategory_BeatsTheAddressButNotDeclaredNames()
    {
        var kicker = """<a href="/tech" class="article__category"> TECH </a>""";
        var url = new Uri("https://www.harbourgazette.example/news/cranes-return-to-the-east-quay-1255663");

        Assert.Equal("TECH", Parse(kicker, url: url).Section.Path);
        Assert.Equal("Ports", Parse(kicker, head: """<meta property="article:section" content="Ports">""", url: url).Section.Path);
    }

    public static TheoryData<string, string> NoCategories => new()
    {
        // Tags: rel="tag" alone, a /tag/ page however marked.
        { """<div class="kicker"><a href="/ships/" rel="tag">Ships</a></div>""", "" },
        { """<div class="category"><a href="/tag/ships/">Ships</a></div>""", "" },

        // A menu of category pages just above the headline.
        {
            """<ul class="menu"><li><a href="/category/a/">Alpha</a></li><li><a href="/category/b/">Beta</a></li><li><a href="/category/c/">Gamma</a></li><li><a href="/category/d/">Delta</a></li><li><a href="/category/e/">Epsilon</a></li><li><a href="/category/f/">Zeta</a></li><li><a href="/category/g/">Eta</a></li></ul>""",
            ""
        },

        // A trending list of names that spell their addresses.
        { """<h2>TRENDING:</h2><ul><li><a href="/person/jane-roe">Jane Roe</a></li><li><a href="/social/cranes">Cranes</a></li></ul>""", "" },

        // The author above the headline, a person's topic page as a kicker, a "see all" link.
        { """<div class="meta">Tips from <ul class="authors"><li><address><a href="/team/jane-roe">Jane Roe</a></address></li></ul></div>""", "" },
        { """<div class="eyebrow"><a href="/category/person/jane-roe">Jane Roe</a></div>""", "" },
        { """<p><b><a href="/category/cranes/">All stories about cranes</a></b></p>""", "" },

        // A teaser above the headline: its category label goes with its own title.
        { """<div class="story"><a class="category" href="/category/ports/">Ports</a><a href="/2024/05/13/other-story/">A ferry line adds a second daily crossing to the island</a></div>""", "" },

        // Links to no page: an empty path, the site's root written twice.
        { """<div class="category"><a href="https://www.harbourgazette.example//">Ports</a><a href="//">Quays</a></div>""", "" },

        // A category page linked from the running text, and a post's own permalink inside a container with a taxonomy class.
        { "", """<p>The crane operators, who last year joined the <a href="/category/unions/">dock unions</a> in a long dispute over night shifts, were back at work early.</p>""" },
        { "", """<div class="post category-ports"><h2 class="entry-title"><a href="/2024/05/13/east-quay/" rel="bookmark">East Quay</a></h2></div>""" },
    };

    [Theory]
    [MemberData(nameof(NoCategories))]
    public void Parse_LinksThatNameNoCategory_NoPrintedSection(string beforeHeadline, string afterHeadline)
    {
        var article = Parse(beforeHeadline, afterHeadline);

        Assert.NotEqual("dom:category", article.SourceOf("section")?.Source);
    }

    // ---- 2. Values that name no section, and generic ones ----

    [Theory]
    [InlineData("post")]
    [InlineData("articles")]
    [InlineData("Front Page")]
    [InlineData("All")]
    [InlineData("Uncategorized")]
    [InlineData("Allgemein")]
    [InlineData("Non classé")]
    [InlineData("Alle Blogposts")]
    public void Parse_DeclaredNonSection_YieldsToTheNextSource(string declared)
    {
        var kicker = """<div class="category"><a href="/z/77">Shipping</a></div>""";

        Assert.Equal("Shipping", Parse(kicker, head: JsonLd(declared)).Section.Path);
        Assert.True(Parse(string.Empty, head: JsonLd(declared)).Section.IsEmpty);
    }

    [Fact]
    public void Parse_ValueWrittenTwice_CountsOnce()
    {
        Assert.Equal("Ports", Parse(string.Empty, head: JsonLd("Ports - Ports")).Section.Path);
    }

    [Fact]
    public void Parse_GenericDeclaredName_YieldsToAnAddressThatContinuesIt()
    {
        var url = new Uri("https://www.harbourgazette.example/news/world/cranes-return-n1086531");

        var article = Parse(string.Empty, head: JsonLd("news"), url: url);

        Assert.Equal("News › World", article.Section.Path);
        Assert.Equal("url-path", article.SourceOf("section")!.Source);
    }

    [Fact]
    public void Parse_GenericDeclaredName_YieldsToAPrintedCategory()
    {
        var kicker = """<h2 class="unibrow"><a href="/us-news"><span>U.S. news</span></a></h2>""";

        Assert.Equal("U.S. news", Parse(kicker, head: JsonLd("International")).Section.Path);
    }

    [Theory]
    // The address's folder of the same generic word backs nothing: the printed kicker or article:section names the section.
    [InlineData("news", "News", """<div class="category"><a href="/science/">Science</a></div>""", "", "Science")]
    [InlineData("aktuelles", "Aktuelles", """<div class="category"><a href="/bildung/">Bildung</a></div>""", "", "Bildung")]
    [InlineData("news", "News", "", """<meta property="article:section" content="Transport">""", "Transport")]
    // The generic word in the page's own language yields as "News" does.
    [InlineData("ar/123", "أخبار", """<div class="category"><a href="/ar/politics/">سياسة</a></div>""", "", "سياسة")]
    [InlineData("fa/123", "اخبار", """<div class="category"><a href="/fa/economy/">اقتصاد</a></div>""", "", "اقتصاد")]
    [InlineData("uk/123", "Новини", """<div class="category"><a href="/uk/economy/">Економіка</a></div>""", "", "Економіка")]
    [InlineData("tr/123", "Son Dakika", """<div class="category"><a href="/tr/ekonomi/">Ekonomi</a></div>""", "", "Ekonomi")]
    public void Parse_GenericDeclaredName_AddressOfTheSameWordIsNoSupport(string folder, string declared, string kicker, string meta, string expected)
    {
        var url = new Uri($"https://www.harbourgazette.example/{folder}/2024/05/14/cranes-return");

        Assert.Equal(expected, Parse(kicker, head: JsonLd(declared) + meta, url: url).Section.Path);
    }

    [Fact]
    public void Parse_GenericDeclaredName_KeptWhenNothingMoreSpecific()
    {
        var url = new Uri("https://www.harbourgazette.example/politics/cranes-return");

        Assert.Equal("News", Parse(string.Empty, head: JsonLd("News"), url: url).Section.Path);
    }

    [Fact]
    public void Parse_GenericBreadcrumbLevelUnderASection_IsKept()
    {
        var trail = """<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/motorsport/">Motorsport</a></li><li><a href="/motorsport/news/">News</a></li></ol>""";
        var sentence = """<meta itemprop="articleSection" content="The drivers' form before the season. Today: the fastest rookie of the year, and the veteran's long lead.">""";

        Assert.Equal("Motorsport › News", Parse(trail, head: sentence).Section.Path);
    }

    [Fact]
    public void Parse_TrailOfCatchAllsOnly_NamesNoSection()
    {
        var links = """<div class="links"><a href="/ports/">Ports</a> / <a href="/quays/">Quays</a></div>""";
        var trail = """<nav class="path"><ul><li><a href="/">Home</a> / </li><li><a href="/category/uncategorized/">Uncategorized</a> / </li><li><a>Cranes return…</a></li></ul></nav>""";

        var article = Parse(links + trail);

        Assert.True(article.Section.IsEmpty, article.Section.Path);
    }

    [Fact]
    public void Parse_LineWithAnAuthorLink_IsNoTrail()
    {
        var meta = """<div class="top-bar"><a href="/author/jane/">Jane Roe</a> <b>06 PM | 18 May</b> <a href="/x/">&nbsp;</a></div>""";

        Assert.NotEqual("dom:breadcrumb", Parse(meta).SourceOf("section")?.Source);
    }

    [Theory]
    [InlineData("post", true)]
    [InlineData("Front Page", true)]
    [InlineData("Uncategorized", true)]
    [InlineData("Sin categoría", true)]
    [InlineData("Без рубрики", true)]
    [InlineData("All posts", true)]
    [InlineData("Toutes les actualités", true)]
    [InlineData("Featured", true)]
    [InlineData("Destacados", true)]
    [InlineData("Manşet", true)]
    [InlineData("Главное", true)]
    [InlineData("Politics", false)]
    [InlineData("All Blacks", false)]
    [InlineData("Home & Garden", false)]
    public void SectionWords_IsNotSection_Table(string name, bool expected)
    {
        Assert.Equal(expected, SectionWords.IsNotSection(name));
    }

    [Theory]
    [InlineData("news", true)]
    [InlineData("Aktuelles", true)]
    [InlineData("International", true)]
    [InlineData("US News", false)]
    [InlineData("Business News", false)]
    public void SectionWords_IsGeneric_Table(string name, bool expected)
    {
        Assert.Equal(expected, SectionWords.IsGeneric(name));
    }

    [Theory]
    [InlineData("News - News", "News")]
    [InlineData("Sport | sport", "Sport")]
    [InlineData("News - Politics", "News - Politics")]
    [InlineData("Ports", "Ports")]
    public void SectionWords_Undouble_Table(string name, string expected)
    {
        Assert.Equal(expected, SectionWords.Undouble(name));
    }

    // ---- 3. Address segments that are not sections ----

    [Theory]
    [InlineData("/eng/news/275221/", "News")]
    [InlineData("/rus/politics/slug", "Politics")]
    [InlineData("/posts/ports/slug", "Ports")]
    [InlineData("/uncategorized/slug", "")]
    public void FromPath_LanguageCodesAndCatchAlls_Skipped(string path, string expected)
    {
        Assert.Equal(expected, UrlSectionExtractor.FromPath(path)?.Path ?? string.Empty);
    }

    [Theory]
    [InlineData("http://www.harbour.example/news/news_view.html?idx=8576&page=1", true)]
    [InlineData("http://www.harbour.example/bbr/modules/news/article.php?storyid=504", true)]
    [InlineData("http://www.harbour.example/news/cranes-return-to-the-quay.html?utm_source=feed", false)]
    [InlineData("http://www.harbour.example/news/article123.html?id=5", false)]
    [InlineData("http://www.harbour.example/news/news_view.html", false)]
    [InlineData("http://www.harbour.example/news/story/8576", false)]
    public void ScriptTakesId_Table(string url, bool expected)
    {
        Assert.Equal(expected, UrlSectionExtractor.ScriptTakesId(new Uri(url)));
    }

    [Fact]
    public void Parse_PageScriptWithIdInQuery_NoAddressSection()
    {
        var article = Parse(string.Empty, url: new Uri("http://www.harbourgazette.example/news/news_view.html?idx=8576&page=1"));

        Assert.True(article.Section.IsEmpty, article.Section.Path);
    }

    /// <summary>A page with enough links that the address's levels must be confirmed by them.</summary>
    private static string Links(params string[] hrefs) =>
        "<ul class=\"related\">" + string.Concat(Enumerable.Range(0, 20).Select(i => $"<li><a href=\"/2024/05/{i:00}/story-{i}/\">Story {i}</a></li>"))
        + string.Concat(hrefs.Select(h => $"<li><a href=\"{h}\">x</a></li>")) + "</ul>";

    [Fact]
    public void Parse_PartnerFolderOnASyndicationHost_NoAddressSection()
    {
        var url = new Uri("https://wire.harbourgazette.example/eastbayherald/article/6486944b07/cranes-return-to-the-east-quay");
        var links = Links(
            "/eastbayherald/tags/ports",
            "/eastbayherald/tags/labour",
            "/eastbayherald/gallery/6486944b07/cranes-return-to-the-east-quay?id=1",
            "/eastbayherald/article/75388564aa/ferry-adds-crossing");

        Assert.True(Parse(string.Empty, afterBody: links, url: url).Section.IsEmpty);
    }

    [Theory]
    [InlineData("/news/world/")]
    [InlineData("/world")]
    [InlineData("/news/world/other-story-n1086000")]
    public void Parse_AddressLevelsTheSiteLinks_AreTheSection(string href)
    {
        var url = new Uri("https://www.harbourgazette.example/news/world/cranes-return-n1086531");

        Assert.Equal("News › World", Parse(string.Empty, afterBody: Links(href), url: url).Section.Path);
    }

    [Fact]
    public void Parse_AddressLevelNamedByALinkOrAnotherBranch_IsConfirmed()
    {
        var url = new Uri("https://www.harbourgazette.example/media-news/notices/14-05-2024");

        Assert.Equal("Media News › Notices", Parse(string.Empty, afterBody: Links("/media-news/publications/annual-report") + "<a href=\"/n\">Notices</a>", url: url).Section.Path);
        Assert.Equal("Media News", Parse(string.Empty, afterBody: Links("/media-news/publications/annual-report"), url: url).Section.Path);
    }

    [Fact]
    public void Parse_FewLinks_AddressLevelsTrusted()
    {
        var url = new Uri("https://www.harbourgazette.example/ports/cranes-return");

        Assert.Equal("Ports", Parse(string.Empty, url: url).Section.Path);
    }

    // ---- 4. A declared name outvoted by the sources that agree ----

    [Fact]
    public void Parse_JsonLdAgainstArticleSectionKickerAndAddress_TheyWin()
    {
        var url = new Uri("https://www.harbourgazette.example/leisure/2024/05/cranes-return-to-the-east-quay.html");
        var kicker = """<nav class="articleLabel"><ol><li><a href="/leisure">Leisure</a></li></ol></nav>""";

        var article = Parse(kicker, head: JsonLd("Life and Culture") + """<meta property="article:section" content="Leisure">""", url: url);

        Assert.Equal("Leisure", article.Section.Path);
        Assert.Equal("article:section", article.SourceOf("section")!.Source);
        Assert.Contains(article.SourceOf("section")!.Candidates, c => c.Source == "json-ld" && c.Value == "Life and Culture" && !c.Selected);
    }

    [Fact]
    public void Parse_JsonLdAgainstOneSource_JsonLdWins()
    {
        var url = new Uri("https://www.harbourgazette.example/leisure/2024/05/cranes-return-to-the-east-quay.html");

        Assert.Equal("Life and Culture", Parse(string.Empty, head: JsonLd("Life and Culture"), url: url).Section.Path);
    }

    [Fact]
    public void Parse_TrailAgainstAgreeingDeclaredNames_TrailWins()
    {
        var trail = """<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/consumer/">Consumer</a></li><li><a href="/consumer/earnings/">Earnings Report</a></li></ol>""";

        var article = Parse(trail, head: JsonLd("Daily") + """<meta name="section" content="Daily">""");

        Assert.Equal("Consumer › Earnings Report", article.Section.Path);
    }

    [Fact]
    public void Parse_GenericNamesAgreeing_DoNotOutvoteASpecificOne()
    {
        var url = new Uri("https://www.harbourgazette.example/news/cranes-return-to-the-east-quay");

        var article = Parse(string.Empty, head: """<meta property="article:section" content="Germany">""" + """<meta name="section" content="News">""", url: url);

        Assert.Equal("Germany", article.Section.Path);
    }

    // ---- 5. A trail's closing tag pages ----

    [Fact]
    public void Parse_JsonLdTrailClosingWithTopicPages_TopicsCut()
    {
        var trail = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[
            {"@type":"ListItem","position":1,"name":"Health","item":"https://www.harbourgazette.example/health"},
            {"@type":"ListItem","position":2,"name":"Cranes","item":"https://www.harbourgazette.example/topic/cranes"},
            {"@type":"ListItem","position":3,"name":"Quays","item":"https://www.harbourgazette.example/topic/quays"}]}</script>
            """;

        var article = Parse(string.Empty, head: trail);

        Assert.Equal("Health", article.Section.Path);
        Assert.Equal("json-ld:breadcrumb", article.SourceOf("section")!.Source);
    }

    [Fact]
    public void Parse_TrailOfTopicPagesOnly_Kept()
    {
        var trail = """<ul itemscope itemtype="http://schema.org/BreadcrumbList" class="flashline"><li><a href="/topics/consumer?mod=flashline">Consumer</a></li><li><a href="/topics/earnings-report?mod=flashline">Earnings Report</a></li></ul>""";

        Assert.Equal("Consumer › Earnings Report", Parse(trail, head: JsonLd("Daily")).Section.Path);
    }

    [Fact]
    public void Parse_PrintedTrailClosingWithATagPage_TagCut()
    {
        var trail = """<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/ports/">Ports</a></li><li><a href="/tags/cranes/">Cranes</a></li></ol>""";

        Assert.Equal("Ports", Parse(trail).Section.Path);
    }
}
