namespace NewsModel.Tests.Extractors.Sections;

/// <summary>
/// The post's category as a WordPress menu marks it (<c>current-post-parent</c>, <c>current-post-ancestor</c>), read
/// when the page prints no category beside the headline. All fixture text is invented.
/// </summary>
public class MenuCategoryTests
{
    private static readonly ArticleParserOptions Options = new() { ThrowOnExtractorFailure = true };

    private static readonly Uri ArticleUrl = new("https://www.lakeside-post.example/ferry-timetable-changes/");

    private const string Parent = "menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor current-menu-parent current-post-parent";

    private const string Ancestor = "menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor menu-item-has-children";

    private static Article Parse(string menu, string meta = "")
    {
        var html = $"""
            <html lang="en"><head><title>Ferry timetable changes for the summer season | Lakeside Post</title></head>
            <body><header><a href="/">Lakeside Post</a><nav class="main-navigation"><ul id="primary-menu" class="menu">
              <li class="menu-item menu-item-home"><a href="/">Home</a></li>
              {menu}
              <li class="menu-item"><a href="/category/weather/">Weather</a></li>
              <li class="menu-item"><a href="/category/opinion/">Opinion</a></li>
              <li class="menu-item"><a href="/category/schools/">Schools</a></li>
              <li class="menu-item"><a href="/category/obituaries/">Obituaries</a></li>
              <li class="menu-item"><a href="/events/">Events</a></li>
              <li class="menu-item"><a href="/contact/">Contact</a></li>
            </ul></nav></header>
            <main><article><h1>Ferry timetable changes for the summer season</h1>{meta}
            <p>The lake ferry will run every forty minutes from June, the operator announced on Monday after a long consultation.</p>
            <p>Passengers on the northern route had asked for later evening crossings, which the new timetable now includes.</p>
            </article></main></body></html>
            """;
        return ArticleParser.Parse(html, ArticleUrl, Options);
    }

    [Fact]
    public void MarkedCategory_IsTheSection()
    {
        var article = Parse($"""<li class="menu-item"><a href="/category/sport/">Sport</a></li><li class="{Parent}"><a href="/category/transport/">Transport</a></li>""");

        Assert.Equal("Transport", article.Section.Path);
        Assert.Equal("dom:category", article.SourceOf("section")!.Source);
        Assert.Equal(new Uri("https://www.lakeside-post.example/category/transport/"), article.Section.Segments[0].Url);
    }

    [Fact]
    public void MarkedCategoryInsideMarkedAncestors_GivesThePath()
    {
        var article = Parse($"""
            <li class="{Ancestor}"><a href="/category/region/">Region</a><ul class="sub-menu">
              <li class="menu-item"><a href="/category/region/hills/">Hills</a></li>
              <li class="{Parent}"><a href="/category/region/lakeshore/">Lakeshore</a></li>
            </ul></li>
            """);

        Assert.Equal("Region › Lakeshore", article.Section.Path);
    }

    [Fact]
    public void SameCategoryInTwoMenus_IsOne()
    {
        var article = Parse($"""<li class="{Parent}"><a href="/category/transport/">Transport</a></li><li class="{Parent}"><a href="/category/transport/">Transport</a></li>""");

        Assert.Equal("Transport", article.Section.Path);
    }

    [Fact]
    public void CategoriesOnDifferentBranches_GiveNoSection()
    {
        var article = Parse($"""<li class="{Parent}"><a href="/category/transport/">Transport</a></li><li class="{Parent}"><a href="/category/tourism/">Tourism</a></li>""");

        Assert.Empty(article.Section.Segments);
    }

    [Fact]
    public void StaticActiveMark_IsNoCategory()
    {
        var article = Parse("""<li class="menu-item current-menu-item active"><a href="/category/transport/">Transport</a></li>""");

        Assert.Empty(article.Section.Segments);
    }

    [Fact]
    public void CategoryPrintedInTheMeta_WinsOverTheMenu()
    {
        var article = Parse(
            $"""<li class="{Parent}"><a href="/category/transport/">Transport</a></li>""",
            """<div class="entry-meta">Posted in <a href="/category/lake-life/" rel="category tag">Lake life</a></div>""");

        Assert.Equal("Lake life", article.Section.Path);
    }

    /// <summary>A site menu (not WordPress's) above the headline: the item it marks current, where nothing else names a section.</summary>
    private static Article ParseSiteMenu(string items, string beforeHeadline = "", string url = "https://www.valley-post.example/article/48213", string subMenu = "")
    {
        var html = $"""
            <html lang="it"><head><title>Il derby finisce in parità | Valley Post</title></head>
            <body><header><a href="/">Valley Post</a><nav class="c-nav"><ul class="c-nav__list">{items}</ul></nav>
            <div class="lang"><ul><li class="active"><a href="/it/">IT</a></li><li><a href="/en/">EN</a></li><li><a href="/de/">DE</a></li></ul></div>{subMenu}</header>
            <main><article>{beforeHeadline}<h1>Il derby finisce in parità dopo novanta minuti di pioggia</h1>
            <p>Le due squadre della valle si sono divise la posta in un pomeriggio di pioggia battente davanti a tremila spettatori.</p>
            <p>L'allenatore di casa ha lodato la difesa, mentre gli ospiti recriminano per un rigore negato nel finale.</p>
            </article></main></body></html>
            """;
        return ArticleParser.Parse(html, new Uri(url), Options);
    }

    private const string SiteItems = """<li class="c-nav__item"><a href="/">Home</a></li><li class="c-nav__item"><a href="/cronaca/">Cronaca</a></li><li class="c-nav__item"><a href="/economia/">Economia</a></li><li class="c-nav__item"><a href="/cultura/">Cultura</a></li>""";

    [Theory]
    [InlineData("""<li class="c-nav__item is-active"><a href="/sport/">Sport</a></li>""", "Sport")]
    [InlineData("""<li class="active"><a href="/sport/">Sport</a></li>""", "Sport")]
    [InlineData("""<li class="c-nav__item"><a class="nav-link selected" href="/sport/">Sport</a></li>""", "Sport")]
    [InlineData("""<li><a aria-current="true" href="/sport/">Sport</a></li>""", "Sport")]
    // A marked item inside a marked item: the path.
    // What the item prints for screen readers or as a counter is not its name (review rvm2).
    [InlineData("""<li class="active"><a href="/sport/">Sport <span class="sr-only">(current)</span></a></li>""", "Sport")]
    [InlineData("""<li class="active"><a href="/sport/">Sport<span class="badge">12</span></a></li>""", "Sport")]
    [InlineData("""<li class="active"><a href="/sport/">Sport</a><ul class="sub"><li><a href="/sport/basket/">Basket</a></li><li class="active"><a href="/sport/calcio/">Calcio</a></li></ul></li>""", "Sport › Calcio")]
    public void SiteMenuMark_IsTheSection(string item, string expected)
    {
        var article = ParseSiteMenu(SiteItems + item);

        Assert.Equal(expected, article.Section.Path);
        Assert.Equal("dom:category", article.SourceOf("section")!.Source);
    }

    /// <summary>
    /// A sub-menu of its own below the main menu (section audit sc6): its marked item under the main menu's marked item
    /// whose address it extends, a generic one ("Notizie") included; alone, or under no marked item, it names nothing.
    /// </summary>
    [Theory]
    [InlineData("""<li class="active"><a href="/sport/">Sport</a></li>""", """<nav class="subnav"><ul><li class="subnav__item--active"><a class="active" href="/sport/calcio/">Calcio</a></li><li><a href="/sport/basket/">Basket</a></li><li><a href="/sport/tennis/">Tennis</a></li></ul></nav>""", "Sport › Calcio")]
    [InlineData("""<li class="active"><a href="/notizie/">Notizie</a></li>""", """<nav class="subnav"><ul><li class="active"><a href="/notizie/italia/">Italia</a></li><li><a href="/notizie/mondo/">Mondo</a></li></ul></nav>""", "Notizie › Italia")]
    [InlineData("""<li><a href="/notizie/">Notizie</a></li>""", """<nav class="subnav"><ul><li class="active"><a href="/notizie/italia/">Italia</a></li><li><a href="/notizie/mondo/">Mondo</a></li></ul></nav>""", "")]
    [InlineData("""<li class="active"><a href="/sport/">Sport</a></li>""", """<nav class="subnav"><ul><li class="active"><a href="/meteo/valle/">Valle</a></li><li><a href="/meteo/lago/">Lago</a></li></ul></nav>""", "Sport")]
    public void SiteMenuMarkAndSubMenuMark_ArePath(string item, string subMenu, string expected)
    {
        var article = ParseSiteMenu(SiteItems + item, beforeHeadline: string.Empty, subMenu: subMenu);

        Assert.Equal(expected, article.Section.Path);
    }

    /// <summary>
    /// A kicker whose page lies below the menu's marked item continues its path, whatever the address's words spell
    /// (section audit sc7); a kicker elsewhere, or under no marked item, stands alone.
    /// </summary>
    [Theory]
    [InlineData("""<li class="active"><a href="/sport/">Sport</a></li>""", """<a class="kicker" href="/sport/s1n2/">Calcio</a>""", "Sport › Calcio")]
    // A kicker elsewhere: its own page's folder, which the menu names, above it (section audit sc9), not the marked item.
    [InlineData("""<li class="active"><a href="/sport/">Sport</a></li>""", """<a class="kicker" href="/cultura/cinema/">Cinema</a>""", "Cultura › Cinema")]
    [InlineData("""<li><a href="/sport/">Sport</a></li>""", """<a class="kicker" href="/sport/s1n2/">Calcio</a>""", "Calcio")]
    // A kicker in capitals takes the name another link to its page prints.
    [InlineData("""<li><a href="/sport/">Sport</a></li>""", """<a class="kicker" href="/sport/">SPORT</a>""", "Sport")]
    [InlineData("""<li><a href="/sport/">Sport</a></li>""", """<a class="kicker" href="/cultura/cinema/">CINEMA</a>""", "Cultura › CINEMA")]
    [InlineData("""<li><a href="/sport/">Sport</a></li>""", """<a class="kicker" href="/spettacoli/cinema/">CINEMA</a>""", "CINEMA")]
    public void KickerBelowTheMarkedMenuItem_ContinuesItsPath(string item, string kicker, string expected)
    {
        var article = ParseSiteMenu(SiteItems + item, beforeHeadline: kicker);

        Assert.Equal(expected, article.Section.Path);
    }

    /// <summary>A kicker inside the headline's element, named so by its class, before the headline's text (section audit sc7).</summary>
    [Fact]
    public void KickerInsideTheHeadlineElement_Read()
    {
        var html = """
            <html lang="uk"><head><title>Новачок ліги здобув першу перемогу</title></head>
            <body><header><nav class="nav-main"><ul><li><a href="/news/">Новини</a></li><li><a href="/polityka/">Політика</a></li><li><a href="/ekonomika/">Економіка</a></li><li><a href="/kultura/">Культура</a></li><li><a href="/sport/" aria-current="page">Спорт</a></li></ul></nav></header>
            <main><article><h1 class="article__heading"><a class="article__kicker" href="/sport/futbol/">Футбол</a><span class="article__title">Новачок ліги здобув першу перемогу в сезоні</span></h1>
            <p>Команда з передмістя вперше за сезон виграла матч, забивши двічі в другому таймі перед трьома тисячами глядачів.</p>
            <p>Тренер похвалив захист, а суперники скаржилися на скасований гол наприкінці зустрічі.</p>
            </article></main></body></html>
            """;
        var article = ArticleParser.Parse(html, new Uri("https://www.zakhid.example/sport/futbol/novachok-1719.html"), Options);

        Assert.Equal("Спорт › Футбол", article.Section.Path);
        Assert.Equal("Новачок ліги здобув першу перемогу в сезоні", article.Headline);
    }

    /// <summary>A declared one-level section that a printed path ends with gives way to the path (section audit sc7).</summary>
    [Fact]
    public void DeclaredLeafOfThePrintedPath_GivesWayToThePath()
    {
        var html = """
            <html lang="ru"><head><title>Банки снижают ставки</title><meta property="article:section" content="Финансы"></head>
            <body><header><nav class="nav"><ul><li><a href="/politics/">Политика</a></li><li><a class="is-active" href="/economy/">Экономика</a></li><li><a href="/society/">Общество</a></li><li><a href="/culture/">Культура</a></li><li><a href="/sport/">Спорт</a></li></ul></nav></header>
            <main><article><a class="kicker" href="/economy/finance/">Финансы</a><h1>Банки снижают ставки по вкладам вслед за рынком</h1>
            <p>Крупнейшие банки страны за неделю снизили ставки по вкладам на полпроцентного пункта вслед за рыночными ставками.</p>
            <p>Аналитики ожидают, что снижение продолжится до конца квартала, если инфляция останется низкой.</p>
            </article></main></body></html>
            """;
        var article = ArticleParser.Parse(html, new Uri("https://www.vestnik.example/articles/2024/03/12/452290"), Options);

        Assert.Equal("Экономика › Финансы", article.Section.Path);
    }

    /// <summary>
    /// A declared one-level section that a printed path opens with gives way to the path where each level's address lies
    /// below the one above (section audit sc8); a sub-menu item whose address lies elsewhere does not.
    /// </summary>
    [Theory]
    [InlineData("/kultur/film/", "Kultur › Film")]
    [InlineData("/film/", "Kultur")]
    public void DeclaredRootOfThePrintedPath_GivesWayToThePath(string subHref, string expected)
    {
        var html = $"""
            <html lang="de"><head><title>Ein stummer Sommer</title><meta property="article:section" content="Kultur"></head>
            <body><header><nav class="nav"><ul><li><a href="/politik/">Politik</a></li><li><a class="active" href="/kultur/">Kultur</a></li><li><a href="/sport/">Sport</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/panorama/">Panorama</a></li></ul></nav></header>
            <main><div class="ressort-kopf"><h2><a href="/kultur/">Kultur</a></h2><ul class="ressort-nav"><li><a href="{subHref}" class="current">Film</a></li><li><a href="/kultur/musik/">Musik</a></li><li><a href="/kultur/kunst/">Kunst</a></li></ul></div>
            <article><h1>Ein stummer Sommer: das Debüt, das niemand erwartet hat</h1>
            <p>Es gibt Filme, die man nach dem Abspann sofort vergisst, und solche, die einen noch Tage begleiten.</p>
            <p>Erzählt wird die Geschichte zweier Schwestern, die einen Sommer lang den Hof an der Elbe bewirtschaften.</p>
            </article></main></body></html>
            """;
        var article = ArticleParser.Parse(html, new Uri("https://www.elbe.example/kultur/ein-stummer-sommer-art-552190"), Options);

        Assert.Equal(expected, article.Section.Path);
    }

    [Theory]
    // Only the home page, or only a language switcher's item, marked.
    [InlineData("""<li class="active"><a href="/">Home</a></li><li><a href="/sport/">Sport</a></li><li><a href="/cronaca/">Cronaca</a></li>""")]
    [InlineData("""<li><a href="/sport/">Sport</a></li><li><a href="/cronaca/">Cronaca</a></li><li><a href="/cultura/">Cultura</a></li>""")]
    // Two branches marked.
    [InlineData("""<li class="active"><a href="/sport/">Sport</a></li><li class="active"><a href="/cronaca/">Cronaca</a></li><li><a href="/cultura/">Cultura</a></li>""")]
    // The page's own link marked (a page of the menu): the other mark is decoration.
    [InlineData("""<li class="current"><a href="/article/48213">Il derby</a></li><li class="active"><a href="/sport/">Sport</a></li><li><a href="/cultura/">Cultura</a></li>""")]
    public void SiteMenuWithoutOneMarkedSection_GivesNone(string items)
    {
        Assert.Empty(ParseSiteMenu(items).Section.Segments);
    }

    /// <summary>
    /// Marks that name no section (review rvm, 2026-12-01): a service or a badge, a generic stream, a story's or a
    /// switcher's link, a theme toggle, a short service bar, a sidebar's menu.
    /// </summary>
    [Theory]
    [InlineData("""<li class="active"><a href="/live">Live</a></li>""")]
    [InlineData("""<li class="nav-video active"><a href="/video">Video</a></li>""")]
    [InlineData("""<li class="weather active"><a href="/weather"><span>12°</span> Weather</a></li>""")]
    [InlineData("""<li class="active"><a href="/latest">Latest</a></li>""")]
    [InlineData("""<li class="active"><a href="/most-read">Most read</a></li>""")]
    [InlineData("""<li class="active"><a href="/najnowsze">Najnowsze</a></li>""")]
    [InlineData("""<li class="active"><a href="/en-directo/">En directo</a></li>""")]
    [InlineData("""<li class="active"><a href="/article/60001">Election 2024 live</a></li>""")]
    [InlineData("""<li class="active"><a href="/2024/02/19/festival-winner.html">Festival: the winner</a></li>""")]
    [InlineData("""<li class="active"><a href="?theme=light">Light</a></li>""")]
    public void SiteMenuMarkOfNoSection_GivesNone(string item)
    {
        Assert.Empty(ParseSiteMenu(SiteItems + item).Section.Segments);
    }

    [Theory]
    // A service bar of a few links above the menu, a sidebar's or an edition switcher's menu.
    [InlineData("""<div class="service-bar"><ul><li class="active"><a href="/meteo/">Meteo</a></li><li><a href="/oroscopo/">Oroscopo</a></li><li><a href="/giochi/">Giochi</a></li></ul></div>""")]
    [InlineData("""<ul class="side-menu"><li class="current"><a href="/rubriche/">Rubriche</a></li><li><a href="/cronaca/">Cronaca</a></li><li><a href="/economia/">Economia</a></li><li><a href="/cultura/">Cultura</a></li><li><a href="/sport/">Sport</a></li></ul>""")]
    [InlineData("""<nav class="edition-nav"><ul><li class="selected"><a href="/italia/">Italia</a></li><li><a href="/europa/">Europa</a></li><li><a href="/mondo/">Mondo</a></li><li><a href="/usa/">USA</a></li><li><a href="/asia/">Asia</a></li></ul></nav>""")]
    public void MarkOutsideTheMainMenu_GivesNone(string beforeHeadline)
    {
        Assert.Empty(ParseSiteMenu(SiteItems, beforeHeadline).Section.Segments);
    }

    /// <summary>
    /// A printed kicker outranks the menu's mark; the mark stays above it only where the kicker's page lies below the
    /// marked one (section audit sc7; this test gave "Calcio" alone before).
    /// </summary>
    [Theory]
    [InlineData("/sport/calcio/", "Sport › Calcio")]
    [InlineData("/calcio/", "Calcio")]
    public void SiteMenuMark_YieldsToAPrintedKicker(string kickerUrl, string expected)
    {
        var article = ParseSiteMenu(SiteItems + """<li class="active"><a href="/sport/">Sport</a></li>""", $"""<div class="kicker"><a href="{kickerUrl}">Calcio</a></div>""");

        Assert.Equal(expected, article.Section.Path);
    }

    // A kicker below a section another source names, as the kicker's address shows (section audit sc3): the menu's mark
    // and the address's folder "Sport" above "Calcio" linking /sport/calcio/.
    [Theory]
    [InlineData("https://www.valley-post.example/sport/derby-finisce-in-parita-48213", """<li class="active"><a href="/sport/">Sport</a></li>""", "Sport › Calcio")]
    [InlineData("https://www.valley-post.example/sport/calcio/24_maggio_18/derby.shtml", """<li><a href="/sport/">Sport</a></li>""", "Sport › Calcio")]
    // The article's address under another folder: not that folder, but the kicker's own, which the menu names (section audit sc9).
    [InlineData("https://www.valley-post.example/cronaca/derby-finisce-in-parita-48213", """<li><a href="/sport/">Sport</a></li>""", "Sport › Calcio")]
    public void Kicker_ContinuesTheSectionAboveIt(string url, string item, string expected)
    {
        var article = ParseSiteMenu(SiteItems + item, """<a class="kicker" href="/sport/calcio/">Calcio</a>""", url);

        Assert.Equal(expected, article.Section.Path);
    }

    [Theory]
    [InlineData("pilka-nozna", "Piłka nożna", true)]
    [InlineData("fussball", "Fußball", true)]
    [InlineData("buecher", "Bücher", true)]
    [InlineData("bucher", "Bücher", true)]
    [InlineData("kirmizi", "Kırmızı", true)]
    [InlineData("orsted", "Ørsted", true)]
    [InlineData("economia", "Economía", true)]
    [InlineData("sport", "Spor", false)]
    [InlineData("", "Sport", false)]
    public void Spells_FolderAndName(string folder, string name, bool expected) => Assert.Equal(expected, NewsModel.Internal.SiteNames.Spells(folder, name));

    [Theory]
    // A theme's label classed "category-label" (not a post's taxonomy class "category-sport").
    [InlineData("""<a class="category-label" href="/sport/">Sport</a>""", "Sport")]
    // A Persian agency's service label.
    [InlineData("""<div class="news-service">سرویس: <a href="/service/culture">فرهنگ و هنر</a></div>""", "فرهنگ و هنر")]
    public void LabelledCategory_Read(string beforeHeadline, string expected)
    {
        Assert.Equal(expected, ParseSiteMenu(SiteItems, beforeHeadline).Section.Path);
    }

    // Keys of other menus match as whole parts of a class: "inside", "table" and "country" hold none.
    [Fact]
    public void SiteMenuInAHeaderInner_IsRead()
    {
        var html = """
            <html lang="it"><head><title>Il derby finisce in parità | Valley Post</title></head>
            <body><header><div class="header-inside"><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/cronaca/">Cronaca</a></li><li><a href="/economia/">Economia</a></li><li><a href="/cultura/">Cultura</a></li><li class="active"><a href="/sport/">Sport</a></li></ul></nav></div></header>
            <main><article><h1>Il derby finisce in parità dopo novanta minuti di pioggia</h1>
            <p>Le due squadre della valle si sono divise la posta in un pomeriggio di pioggia battente davanti a tremila spettatori.</p>
            <p>L'allenatore di casa ha lodato la difesa, mentre gli ospiti recriminano per un rigore negato nel finale.</p>
            </article></main></body></html>
            """;

        Assert.Equal("Sport", ArticleParser.Parse(html, new Uri("https://www.valley-post.example/article/48213"), Options).Section.Path);
    }

    /// <summary>
    /// A marked or printed level's page one folder below a page a link before the headline names: that name above it
    /// (section audit sc9: "국회·정당" marked in a section's sub-menu under the section's title "정치", /politics/assembly and
    /// /politics). Not an edition's home the logo links (/america/ of /america/mundo/), nor a generic "News".
    /// </summary>
    [Theory]
    [InlineData("""<h2 class="section-title"><a href="/politica/">Politica</a></h2>""", "Politica › Parlamento")]
    [InlineData("""<a class="logo" href="/politica/"><img src="/logo.svg" alt="Valley Post"></a>""", "Parlamento")]
    [InlineData("""<a href="/politica/">Politica</a><a class="site-logo" href="/politica/">Valley Post Politica</a>""", "Parlamento")]
    [InlineData("""<a href="/politica/">Notizie</a>""", "Parlamento")]
    [InlineData("", "Parlamento")]
    public void MarkedSubMenuItem_UnderItsFoldersNamedPage(string title, string expected)
    {
        var article = ParseSiteMenu(
            SiteItems,
            subMenu: title + """<nav class="lnb"><ul><li><a href="/politica/governo">Governo</a></li><li><a aria-current="page" href="/politica/parlamento">Parlamento</a></li><li><a href="/politica/regioni">Regioni</a></li><li><a href="/politica/esteri">Esteri</a></li><li><a href="/politica/partiti">Partiti</a></li></ul></nav>""");

        Assert.Equal(expected, article.Section.Path);
    }

    /// <summary>A level named in capitals takes the spelling of a link to its page whose name stands beside a count.</summary>
    [Fact]
    public void ParentInCapitals_TakesTheSpellingBesideACount()
    {
        var article = ParseSiteMenu(
            SiteItems + """<li><a href="/natura/">NATURA</a></li>""",
            beforeHeadline: """<a class="kicker" href="/natura/animali/">Animali</a>""");
        Assert.Equal("NATURA › Animali", article.Section.Path);

        var spelled = ParseSiteMenu(
            SiteItems + """<li><a href="/natura/">NATURA</a></li>""",
            beforeHeadline: """<a href="/natura/"><span class="name">Natura</span><span class="count">24</span></a><a class="kicker" href="/natura/animali/">Animali</a>""");
        Assert.Equal("Natura › Animali", spelled.Section.Path);
    }
}
