namespace NewsModel.Tests.Extractors.Sections;

/// <summary>Breadcrumb trails as real pages print and declare them, and the lines of links that only look like one.</summary>
public class BreadcrumbTests
{
    private static readonly ArticleParserOptions Options = new() { ThrowOnExtractorFailure = true };

    private static readonly Uri PageUrl = new("https://www.harbourgazette.example/politik/ausland/hafen-streik-2024");

    private const string Body = "<p>Dockworkers stayed away from the container terminal for a third day on Tuesday, the union said.</p>";

    private static Article Parse(string head, string bodyStart, string headline = "Harbour strike enters third day")
    {
        var html = $"""
            <html lang="de"><head><title>{headline} | Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette">{head}</head>
            <body>{bodyStart}<article><h1>{headline}</h1>{Body}</article></body></html>
            """;
        return ArticleParser.Parse(html, PageUrl, Options);
    }

    public static TheoryData<string, string> PrintedTrails => new()
    {
        // A subdomain's root after the site's home is the section it serves; a host's name is none (section audit sc8).
        {
            """<div class="breadcrumbs"><a href="https://www.harbourgazette.example/">Beranda</a> &gt; <a href="https://regional.harbourgazette.example/">Regional</a> &gt; <a href="https://regional.harbourgazette.example/jawa-barat">Jawa Barat</a></div>""",
            "Regional › Jawa Barat"
        },
        {
            """<div class="breadcrumbs"><a href="https://www.harbourgazette.example/">Harbour Gazette</a> › <a href="https://blogi.harbourgazette.example/">Blogi</a> › <a href="https://blogi.harbourgazette.example/zza-kierownicy/">Zza kierownicy</a></div>""",
            "Blogi › Zza kierownicy"
        },
        {
            """<div class="breadcrumbs"><a href="https://www.harbourgazette.example/">Start</a> › <a href="https://wiadomosci.harbourgazette.example/">wiadomosci.harbourgazette.example</a> › <a href="https://wiadomosci.harbourgazette.example/polityka/">Polityka</a></div>""",
            "Polityka"
        },
        // An author's page in a trail is no level; a section before it stays (section audit sc3).
        {
            """<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/politik/">Politik</a> › <a href="/authors/lisa-brandt/">Lisa Brandt</a></nav>""",
            "Politik"
        },
        // "You are here:" labels, the home link, and the article itself closing the trail.
        {
            """<nav class="breadcrumb">Sie befinden sich hier: <a href="/">Startseite</a> › <a href="/politik/">Politik</a> › <a href="/politik/ausland/">Ausland</a> › <span>Harbour strike enters third day</span></nav>""",
            "Politik › Ausland"
        },
        {
            """<ul class="breadcrumbs"><li><a href="/start">Zur Startseite</a></li><li><a href="/politik/">Politik</a></li><li>Harbour strike enters th...</li></ul>""",
            "Politik"
        },
        // "Home & Garden" is a section, "Back to home" a link home.
        {
            """<ol class="breadcrumb"><li><a href="/zuhause/">Back to home</a></li><li><a href="/home-garden/">Home &amp; Garden</a></li><li><a href="/home-garden/kitchens/">Kitchens</a></li></ol>""",
            "Home & Garden › Kitchens"
        },
        // The site's root on another of its hosts, the host written out as the root's name, and the leaf without a link
        // that is most of the page's title ("Harbour strike enters third day | Harbour Gazette").
        {
            """<ol class="breadcrumb"><li><a href="https://shop.harbourgazette.example/">Shop</a></li><li><a href="/politik/">Politik</a></li></ol>""",
            "Politik"
        },
        {
            """<ol class="breadcrumb"><li><a href="/portal">www.harbourgazette.example</a></li><li><a href="/politik/">Politik</a></li><li><span>Harbour strike enters</span></li></ol>""",
            "Politik"
        },
        // A date archive's levels and a date in the middle of a trail are not sections.
        {
            """<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/politik/">Politik</a></li><li><a href="/2019/">2019</a></li><li><a href="/2019/05/">05</a></li><li>Harbour strike enters third day</li></ol>""",
            "Politik"
        },
        {
            """<ol class="breadcrumb"><li><a href="/politik/">Politik</a></li><li>14.05.2024</li><li><a href="/politik/hafen/">Hafen</a></li></ol>""",
            "Politik › Hafen"
        },
        // A leaf that links to its own section page is a section even when the headline starts with its words.
        {
            """<ol class="breadcrumb"><li><a href="/meinung/">Opinion</a></li><li><a href="/meinung/letters/">Letters to the Editor</a></li></ol>""",
            "Opinion › Letters to the Editor"
        },
        // "Home News" is a section; "Twitter Files" and "Back pain" are levels, not share or paging links.
        {
            """<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/home-news/">Home News</a></li><li><a href="/home-news/courts/">Courts</a></li></ol>""",
            "Home News › Courts"
        },
        {
            """<ol class="breadcrumb"><li><a href="/health/">Health</a></li><li><a href="/health/back-pain/">Back pain</a></li><li><a href="/x/">Twitter Files</a></li></ol>""",
            "Health › Back pain › Twitter Files"
        },
        // The site's own name as the root, an ellipsis for the levels left out.
        {
            """<ol class="breadcrumb"><li><a href="/portal/">Harbour Gazette</a></li><li><a href="/more/">...</a></li><li><a href="/politik/">Politik</a></li></ol>""",
            "Politik"
        },
        // A date closing the trail is the article's.
        {
            """<div class="breadcrumb"><a href="/kultur/">Kultur</a> / <span>01.05.2024</span></div>""",
            "Kultur"
        },
        // The entries of a drop-down menu nested in the trail's items are not levels of it.
        {
            """<ol class="breadcrumb"><li><a href="/politik/">Politik</a><ul class="dropdown-menu"><li><a href="/sport/">Sport</a></li><li><a href="/wetter/">Wetter</a></li></ul></li><li><a href="/politik/ausland/">Ausland</a></li></ol>""",
            "Politik › Ausland"
        },
        // Two trails one after the other (one for small screens): the last, from its home link, counts.
        {
            """<ul class="breadcrumb"><li><a href="/politik/">Politik</a></li><li><a href="/politik/ausland/">Ausland</a></li><li><a href="/start/">Home</a></li><li><a href="/politik/">Politik</a></li><li><a href="/politik/hafen/">Hafen</a></li></ul>""",
            "Politik › Hafen"
        },
        // A generic "Article" leaf names the page.
        {
            """<ol class="breadcrumb"><li><a href="/sport/">Sport</a></li><li><a href="/sport/artikel/">Artikel</a></li></ol>""",
            "Sport"
        },
        // Without breadcrumb markup: a short line of links with separators printed between them, or leading a link's text.
        {
            """<div class="story-sections"><a href="/politik/">Politik</a> » <a href="/politik/ausland/">Ausland</a></div>""",
            "Politik › Ausland"
        },
        {
            """<div class="story-sections"><span><a href="/politik/">Politik</a></span><a href="/themen/hafen/"> / Hafen</a></div>""",
            "Politik › Hafen"
        },
        // A CMS that marks every link with the page's own language (hreflang="de" on a German page) prints a trail all the same.
        {
            """<div class="story-sections"><a href="/politik/" hreflang="de">Politik</a> » <a href="/politik/ausland/" hreflang="de">Ausland</a></div>""",
            "Politik › Ausland"
        },
        {
            """<div class="story-sections"><a href="/politik/" hreflang="und">Politik</a> » <a href="/politik/ausland/" hreflang="und">Ausland</a></div>""",
            "Politik › Ausland"
        },
        // Three levels that nest, without markup.
        {
            """<div class="meta-top"><a href="/politik/">Politik</a> / <a href="/politik/ausland/">Ausland</a> / <a href="/politik/ausland/hafen/">Hafen</a></div>""",
            "Politik › Ausland › Hafen"
        },
        // An RDFa BreadcrumbList, whatever its class.
        {
            """<ol class="path" vocab="https://schema.org/" typeof="BreadcrumbList"><li property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/"><span property="name">Home</span></a><meta property="position" content="1"></li><li property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/politik/"><span property="name">Politik</span></a><meta property="position" content="2"></li><li property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/politik/ausland/"><span property="name">Ausland</span></a><meta property="position" content="3"></li></ol>""",
            "Politik › Ausland"
        },
        // A line that opens at the home link is a trail even where its levels sit in flat folders.
        {
            """<div class="top-links"><a href="/">Home</a> &gt; <a href="/world/">World</a> &gt; <a href="/europe/">Europe</a> &gt; <a href="/politics/">Politics</a></div>""",
            "World › Europe › Politics"
        },
        // Labels that say where the reader is, in the other languages.
        {
            """<p>Estás en: <a href="/">Portada</a> › <a href="/cultura/">Cultura</a> › <a href="/cultura/musica/">Música</a></p>""",
            "Cultura › Música"
        },
        {
            """<p>Вы находитесь здесь: <a href="/">Главная</a> → <a href="/sport/">Спорт</a> → <a href="/sport/hockey/">Хоккей</a></p>""",
            "Спорт › Хоккей"
        },
        // A trail named only by its ARIA label, in the page's language.
        {
            """<nav aria-label="Kruimelpad"><ol><li><a href="/">Voorpagina</a></li><li><a href="/economie/">Economie</a></li><li><a href="/economie/woningmarkt/">Woningmarkt</a></li></ol></nav>""",
            "Economie › Woningmarkt"
        },
        {
            """<nav aria-label="Хлебные крошки"><ol><li><a href="/">Главная</a></li><li><a href="/sport/">Спорт</a></li><li><a href="/sport/hockey/">Хоккей</a></li></ol></nav>""",
            "Спорт › Хоккей"
        },
        {
            """<nav aria-label="Sie sind hier"><ul><li><a href="/">Startseite</a></li><li><a href="/politik/">Politik</a></li><li><a href="/politik/ausland/">Ausland</a></li></ul></nav>""",
            "Politik › Ausland"
        },
        // A last item without a link marked as the current page is the article where it reads as its title cut short; one
        // that shares nothing with the headline is the article's section (Bootstrap marks the last level so); a linked one
        // is a level.
        {
            """<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/politik/">Politik</a></li><li><a href="/politik/ausland/">Ausland</a></li><li aria-current="page">Harbour strike</li></ol></nav>""",
            "Politik › Ausland"
        },
        {
            """<nav aria-label="Breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li><li class="breadcrumb-item"><a href="/politik/">Politik</a></li><li class="breadcrumb-item active" aria-current="page">Ausland</li></ol></nav>""",
            "Politik › Ausland"
        },
        {
            """<ol class="breadcrumb"><li><a href="/politik/">Politik</a></li><li><a href="/politik/hafen/" aria-current="page">Hafen</a></li></ol>""",
            "Politik › Hafen"
        },
        // A month's name that is no date archive's ("Mars", the planet, linking its own page), and an archive that is a section.
        {
            """<ol class="breadcrumb"><li><a href="/wissenschaft/">Wissenschaft</a></li><li><a href="/wissenschaft/mars/">Mars</a></li></ol>""",
            "Wissenschaft › Mars"
        },
        {
            """<ol class="breadcrumb"><li><a href="/kultur/">Kultur</a></li><li><a href="/kultur/archiv/">Archiv</a></li></ol>""",
            "Kultur › Archiv"
        },
        // The page's trail printed again in its footer.
        {
            """<footer class="site-footer"><div class="breadcrumbs"><a href="/politik/">Politik</a> › <a href="/politik/hafen/">Hafen</a></div></footer>""",
            "Politik › Hafen"
        },
    };

    [Fact]
    public void Parse_TrailThroughTheAuthorsPages_NamesNoSection()
    {
        var article = Parse(string.Empty, """<nav class="breadcrumb"><a href="/">Startseite</a> › <a href="/autoren/">Autoren</a> › <a href="/autor/lisa-brandt/">Lisa Brandt</a> › <span>Harbour strike enters third day</span></nav>""");

        // The address's section, weak evidence, is all that is left.
        Assert.Equal("Politik › Ausland", article.Section.Path);
        Assert.Equal("url-path", article.SourceOf("section")!.Source);
    }

    [Theory]
    [MemberData(nameof(PrintedTrails))]
    public void Parse_PrintedTrail_SectionsOnly(string trail, string expected)
    {
        var article = Parse(string.Empty, trail);

        Assert.Equal(expected, article.Section.Path);
        Assert.Equal("dom:breadcrumb", article.SourceOf("section")!.Source);
    }

    public static TheoryData<string> NotTrails => new()
    {
        // A menu whose item holds a slash or a bar; a slash inside a word.
        """<nav><ul class="menu"><li><a href="/ueber/">Über uns</a></li><li><a href="/impressum/">Impressum | Kontakt</a></li></ul></nav>""",
        """<div class="quick"><a href="/feste/">Feste/Jubiläen</a><a href="/referenzen/">Referenzen</a><span>Ausklappen/Einklappen</span></div>""",
        // A post's meta line: writer, date, category.
        """<div class="post-meta"><a href="/author/jane/">Jane Roe</a> › <a href="/2024/05/01/">01.05.2024</a> › <a href="/category/feelings/">Feelings</a></div>""",
        """<div class="post-info"><a href="/author/jane/">Jane Roe</a> | <a href="/archive/">10:08 am</a> | <a href="/category/news/">News</a></div>""",
        // Previous/next links and skip links that a theme marks up with its breadcrumb classes.
        """<div class="breadcrumb-collection"><a class="breadcrumb_link" href="/p/1">← Vorheriges</a> › <a class="breadcrumb_link" href="/p/3">Nächstes →</a></div>""",
        """<ul class="breadcrumbs"><li><a href="#main">skip to main</a></li><li><a href="#sidebar">skip to sidebar</a></li></ul>""",
        // Share buttons and a contact address in a block with breadcrumb classes.
        """<div class="crumbs-share"><a href="https://facebook.example/">FACEBOOK</a> / <a href="https://twitter.example/">TWITTER</a> / <a href="mailto:desk@harbourgazette.example">desk@harbourgazette.example</a></div>""",
        // A line of links to the site's utility pages.
        """<div class="service"><a href="/impressum/">Impressum</a> | <a href="/kontakt/">Kontakt</a> | <a href="/datenschutz/">Datenschutz</a></div>""",
        // A label on the trail's line without markup: "Kategorien:" belongs to a meta box.
        """<div class="entry-meta"><a href="/by/">by</a> / <a href="/author/jane/">Jane Roe</a> / <span>Kategorien:</span> <a href="/category/event/">Event</a></div>""",
        // A bar labelled as the site's picks ("Meistgelesen:"), in the line's own text.
        """<div class="bar">Meistgelesen: <a href="/sport/">Sport</a> · <a href="/wetter/">Wetter</a></div>""",
        // A language switcher: links marked with other languages, or leading to this page in another language's folder.
        """<div class="lang-switch"><a href="/en/politik/ausland/hafen-streik-2024" hreflang="en">English</a> / <a href="/fr/politik/ausland/hafen-streik-2024" hreflang="fr">Français</a></div>""",
        """<div class="languages"><a href="/x/de" lang="de">DE</a> | <a href="/x/fr" lang="fr">FR</a> | <a href="/x/it" lang="it">IT</a></div>""",
        """<ul class="lang-menu"><li><a href="/en/politik/ausland/hafen-streik-2024">English</a> /</li><li><a href="/fr/politik/ausland/hafen-streik-2024">Français</a></li></ul>""",
        // A bar of hot topics, and three sections side by side that hold neither each other nor this page.
        """<div class="hot"><a href="/topic/wahlen/">Wahlen</a> | <a href="/topic/wetter/">Wetter</a> | <a href="/topic/verkehr/">Verkehr</a></div>""",
        """<div class="quick"><a href="/sport/">Sport</a> · <a href="/wetter/">Wetter</a> · <a href="/wirtschaft/">Wirtschaft</a></div>""",
        // A trail in a sidebar's widget: a shop's or a calendar's.
        """<aside class="sidebar"><div class="widget widget-shop"><ol class="breadcrumb"><li><a href="/shop/">Shop</a></li><li><a href="/shop/drucke/">Drucke</a></li></ol></div></aside>""",
        """<div class="widget-area"><section class="widget widget-events"><nav aria-label="breadcrumb"><ol><li><a href="/termine/">Termine</a></li><li><a href="/termine/musik/">Musik</a></li></ol></nav></section></div>""",
        // A date archive's trail: years, months (alone or with their year) and the archive above them.
        """<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/2024/">2024</a></li><li><a href="/2024/05/">Mai</a></li><li><a href="/2024/05/14/">14</a></li></ol>""",
        """<div class="breadcrumb"><a href="/">Startseite</a> » <a href="/2024/">2024</a> » <a href="/2024/05/">May</a></div>""",
        """<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/archiv/">Archiv</a></li><li><a href="/archiv/2024-05/">Mai 2024</a></li></ol>""",
        """<ol class="breadcrumb"><li><a href="/archivo/">Archivo</a></li><li><a href="/archivo/m5/">mayo de 2024</a></li></ol>""",
        // Years and dates in Persian and Arabic-Indic digits.
        """<div class="breadcrumb"><a href="/">خانه</a> › <a href="/archive/1402/">۱۴۰۲</a> › <a href="/archive/1402/12/">۱۴۰۲/۱۲/۲۲</a></div>""",
        """<div class="breadcrumb"><a href="/">الرئيسية</a> › <a href="/2024/">٢٠٢٤</a></div>""",
    };

    [Theory]
    [MemberData(nameof(NotTrails))]
    public void Parse_LinksThatAreNoTrail_NoPrintedSection(string line)
    {
        var article = Parse(string.Empty, line);

        // Not a trail: the section is the address's, or the category the meta line links to ("Kategorien: Event").
        Assert.NotEqual("dom:breadcrumb", article.SourceOf("section")?.Source);
        Assert.True(article.Section.Path == "Politik › Ausland" || article.SourceOf("section")!.Source == "dom:category", article.Section.Path);
    }

    /// <summary>A trail printed as text without links: after a "You are here:" label, or in an element marked as a breadcrumb.</summary>
    [Theory]
    [InlineData("""<div class="you-are-here">You are here: Home &raquo; Meinung &raquo; Kolumnen</div>""", "Meinung › Kolumnen")]
    [InlineData("""<div class="pathway">Sei in: Home / Meinung / Kolumnen</div>""", "Meinung › Kolumnen")]
    [InlineData("""<div class="konum">Buradasınız: Anasayfa » Meinung » Kolumnen</div>""", "Meinung › Kolumnen")]
    [InlineData("""<div class="x">Ви тут: Головна → Meinung → Kolumnen</div>""", "Meinung › Kolumnen")]
    [InlineData("""<div class="x">شما اینجا هستید: خانه / Meinung / Kolumnen</div>""", "Meinung › Kolumnen")]
    [InlineData("""<p>Sie sind hier: Startseite &gt; Meinung &gt; Kolumnen &gt; Harbour strike enters third day</p>""", "Meinung › Kolumnen")]
    [InlineData("""<div class="breadcrumbs-text">Startseite → Meinung → Kolumnen</div>""", "Meinung › Kolumnen")]
    // Japanese sites name the trail "topicpath" or "pankuzu" (section audit sc6).
    [InlineData("""<div id="topicpath">Startseite &gt; Meinung &gt; Kolumnen</div>""", "Meinung › Kolumnen")]
    [InlineData("""<div class="pankuzu">Startseite &gt; Meinung &gt; Kolumnen</div>""", "Meinung › Kolumnen")]
    // Not trails: another label, a meta line in a breadcrumb's class set apart by bars, one item only.
    [InlineData("""<div class="x">Trending: Wahlen » Wetter » Verkehr</div>""", "Politik › Ausland")]
    [InlineData("""<div class="breadcrumb">Von Jana Holm | 3. Mai 2024</div>""", "Politik › Ausland")]
    [InlineData("""<div class="x">Sie sind hier: Startseite</div>""", "Politik › Ausland")]
    public void Parse_TrailPrintedAsText_Read(string line, string expected)
    {
        Assert.Equal(expected, Parse(string.Empty, line).Section.Path);
    }

    /// <summary>
    /// A linked trail whose "You are here" label stands in an element of its own, in the languages that write it so
    /// ("当前位置：", "현재 위치:"), the home link named in them too (section audit sc7); another label makes it no trail.
    /// </summary>
    [Theory]
    [InlineData("""<div class="location"><span class="location__label">当前位置：</span><a href="/">首页</a> &gt; <a href="/meinung/">Meinung</a> &gt; <a href="/meinung/kolumnen/">Kolumnen</a></div>""", "Meinung › Kolumnen")]
    [InlineData("""<div class="location"><span class="location__label">현재 위치: </span><a href="/">홈</a> &gt; <a href="/meinung/">Meinung</a> &gt; <a href="/meinung/kolumnen/">Kolumnen</a></div>""", "Meinung › Kolumnen")]
    [InlineData("""<div class="location"><span>You are here:</span> <a href="/">Home</a> &gt; <a href="/meinung/">Meinung</a> &gt; <a href="/meinung/kolumnen/">Kolumnen</a></div>""", "Meinung › Kolumnen")]
    [InlineData("""<div class="x"><span>Trending:</span> <a href="/wahlen/">Wahlen</a> &gt; <a href="/wetter/">Wetter</a> &gt; <a href="/verkehr/">Verkehr</a></div>""", "Politik › Ausland")]
    public void Parse_LinkedTrailWithItsLabelInAnElement_Read(string line, string expected)
    {
        Assert.Equal(expected, Parse(string.Empty, line).Section.Path);
    }

    [Fact]
    public void Parse_YouAreHereLineClosedByTheHeadline_IsTheTrail()
    {
        const string headline = "Harbour strike enters its third day as talks with the port authority stall";
        var line = $"""<p class="trail">You are here: <a href="/">Home</a> » <a href="/meinung/">Meinung</a> » <a href="/meinung/kolumnen/">Kolumnen</a> » {headline}</p>""";

        var article = Parse(string.Empty, line, headline);

        Assert.Equal("Meinung › Kolumnen", article.Section.Path);
        Assert.Equal("dom:breadcrumb", article.SourceOf("section")!.Source);
    }

    [Fact]
    public void Parse_BreadcrumbClassOnBody_NotATrail()
    {
        const string html = """
            <html><head><title>Harbour strike enters third day</title></head>
            <body class="single genesis-breadcrumbs-hidden">
              <ul class="nav"><li><a href="/about/">About me</a></li><li><a href="/privacy/">Privacy</a></li></ul>
              <article><h1>Harbour strike enters third day</h1><p>Dockworkers stayed away from the terminal for a third day.</p></article>
            </body></html>
            """;

        var article = ArticleParser.Parse(html, new Uri("https://www.harbourgazette.example/2024/05/hafen-streik"), Options);

        Assert.True(article.Section.IsEmpty);
    }

    [Theory]
    [InlineData("main")]
    [InlineData("html")]
    public void Parse_BreadcrumbClassOnPageElements_NotATrail(string element)
    {
        var html = $$"""
            <html{{(element == "html" ? " class=\"has-breadcrumbs\"" : string.Empty)}}><head><title>Harbour strike enters third day</title></head>
            <body><{{(element == "main" ? "main class=\"with-breadcrumb\"" : "div")}}>
              <ul class="nav"><li><a href="/about/">About me</a></li><li><a href="/privacy/">Privacy</a></li></ul>
              <article><h1>Harbour strike enters third day</h1><p>Dockworkers stayed away from the terminal for a third day.</p></article>
            </{{(element == "main" ? "main" : "div")}}></body></html>
            """;

        var article = ArticleParser.Parse(html, new Uri("https://www.harbourgazette.example/2024/05/hafen-streik"), Options);

        Assert.True(article.Section.IsEmpty);
    }

    public static TheoryData<string, string> DeclaredTrails => new()
    {
        // The root without an address (the site's name) and the leaf without one (the headline).
        {
            """[{"name":"Harbour Gazette"},{"name":"Politik","item":"https://www.harbourgazette.example/politik/"},{"name":"Harbour strike enters third day"}]""",
            "Politik"
        },
        // The leaf gives a shortened title, a theme's "Main Navigation" comes first, a "Detail" leaf names the page.
        {
            """[{"name":"Main Navigation","item":"https://www.harbourgazette.example/nav/"},{"name":"Politik","item":"https://www.harbourgazette.example/politik/"},{"name":"Harbour strike enters…","item":"https://www.harbourgazette.example/politik/x"}]""",
            "Politik"
        },
        {
            """[{"name":"Politik","item":"https://www.harbourgazette.example/politik/"},{"name":"Detail","item":"https://www.harbourgazette.example/politik/detail/"}]""",
            "Politik"
        },
        // A leaf that merely begins like the headline is a section ("Harbour" for "Harbour strike ...").
        {
            """[{"name":"Politik","item":"https://www.harbourgazette.example/politik/"},{"name":"Harbour","item":"https://www.harbourgazette.example/politik/harbour/"}]""",
            "Politik › Harbour"
        },
    };

    [Theory]
    [MemberData(nameof(DeclaredTrails))]
    public void Parse_JsonLdTrail_SectionsOnly(string items, string expected)
    {
        var positioned = System.Text.Json.Nodes.JsonNode.Parse(items)!.AsArray();
        for (var i = 0; i < positioned.Count; i++)
        {
            positioned[i]!["@type"] = "ListItem";
            positioned[i]!["position"] = i + 1;
        }

        var script = $$"""<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":{{positioned.ToJsonString()}}}</script>""";
        var article = Parse(script, string.Empty);

        Assert.Equal(expected, article.Section.Path);
        Assert.Equal("json-ld:breadcrumb", article.SourceOf("section")!.Source);
    }

    [Theory]
    [InlineData("""<meta property="article:section" content="Podcast, Kultur, Berlin, Hafen">""", "Podcast")]
    [InlineData("""<meta property="article:section" content="Kultur, Medien">""", "Kultur, Medien")]
    [InlineData("""<meta property="article:section" content="https://www.harbourgazette.example/category/hafen-und-meer/">""", "Hafen und Meer")]
    [InlineData("""<meta property="article:section" content="/columns/">""", "Columns")]
    [InlineData("""<meta property="article:section" content="harbourgazette.example">""", "Politik › Ausland")]
    public void Parse_DeclaredSectionName_KeywordListAndAddress(string meta, string expected)
    {
        var article = Parse(meta, string.Empty);

        Assert.Equal(expected, article.Section.Path);
        Assert.Equal(expected.Contains('›', StringComparison.Ordinal) ? "url-path" : "article:section", article.SourceOf("section")!.Source);
    }

    [Fact]
    public void Parse_SectionNamedLikeTheSubdomain_StillASection()
    {
        const string html = """
            <html><head><title>Cup final tonight</title><meta property="article:section" content="Sport"></head>
            <body><article><h1>Cup final tonight</h1><p>The two sides meet at the harbour stadium tonight.</p></article></body></html>
            """;

        var article = ArticleParser.Parse(html, new Uri("https://sport.harbourgazette.example/2024/05/cup-final"), Options);

        Assert.Equal("Sport", article.Section.Path);
    }

    [Theory]
    [InlineData("""<span itemprop="articleSection"><a href="https://www.harbourgazette.example/category/harbour-life/">x</a></span>""", "x")]
    [InlineData("""<a itemprop="articleSection" href="https://www.harbourgazette.example/category/harbour-life/">Harbour life</a>""", "Harbour Life")]
    public void Parse_MicrodataSectionLink_NamedByItsAddress(string property, string expected)
    {
        var html = $"""
            <html><head><title>Cup final tonight</title></head>
            <body><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Cup final tonight</h1>{property}<p>The two sides meet tonight.</p></article></body></html>
            """;

        var article = ArticleParser.Parse(html, new Uri("https://www.harbourgazette.example/2024/05/cup-final"), Options);

        Assert.Equal(expected, article.Section.Path);
        Assert.Equal("microdata", article.SourceOf("section")!.Source);
    }

    [Fact]
    public void Parse_JsonLdArticleSectionAddress_NamedByItsLastSegment()
    {
        const string html = """
            <html><head><title>Cup final tonight</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Cup final tonight","articleSection":"https://www.harbourgazette.example/sections/tv/"}</script></head>
            <body><article><h1>Cup final tonight</h1><p>The two sides meet tonight.</p></article></body></html>
            """;

        var article = ArticleParser.Parse(html, new Uri("https://www.harbourgazette.example/2024/05/cup-final"), Options);

        Assert.Equal("TV", article.Section.Path);
        Assert.Equal("json-ld", article.SourceOf("section")!.Source);
    }

    [Fact]
    public void Parse_UrlSegmentNamingTheSite_NotASection()
    {
        var article = ArticleParser.Parse("<p>x</p>", new Uri("https://www.harbourgazette.example/harbourgazette/hafen/slug"), Options);

        Assert.Equal("Hafen", article.Section.Path);
    }
}
