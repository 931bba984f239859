namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>Printed bylines in the shapes German and French sites use, with decoys.</summary>
public class PrintedBylineTests
{
    private static Article Parse(string body) =>
        TestPages.Parse($"<!doctype html><html lang=\"de\"><head><title>Seite</title></head><body>{body}</body></html>", new Uri("https://reiten.example/artikel/7"));

    [Theory]
    [InlineData("""<div class="metaInfo">Ein Artikel von <strong>Paula Stein</strong> | 27.01.2022 - 12:45</div>""", "Paula Stein")]
    [InlineData("""<h2><span>06.11.2023 13:30 von Maren</span></h2>""", "Maren")]
    [InlineData("""<div class="timedata">05.02.2020 - Redaktion: Eberhard Lutz (Pressesprecher)</div>""", "Eberhard Lutz")]
    [InlineData("""<p><span class="itemPoster">Geschrieben von <a href="/user/7">Gerlinde</a></span> <span>am 25.08.2015 22:30</span></p>""", "Gerlinde")]
    [InlineData("""<p class="meta">Gespeichert von <span class="username">Konrad Berg</span> am 24. Juli 2017 - 18:55</p>""", "Konrad Berg")]
    [InlineData("""<p class="meta">Gespeichert von <span class="username">hufeisen</span> am 24. Juli 2017 - 18:55</p>""", "hufeisen")]
    [InlineData("""<div class="poster">Author: <a href="/profile/58"><b>Reiter77</b></a> am 29.12.2010, 13:36 Uhr</div>""", "Reiter77")]
    [InlineData("""<p class="byline"><span class="sr-only">Author</span><a href="/autor/holm">Jana Holm</a></p>""", "Jana Holm")]
    // A CMS field named for the byline in the site's language: Polish "podpis", Turkish "muhabir", Drupal's "field-signature".
    [InlineData("""<div class="field field--name-field-podpis"><div class="field__item">Jakub Zając / Gazeta Pomorska, Gdańsk</div></div>""", "Jakub Zając")]
    [InlineData("""<div class="field field--name-field-muhabir"><div class="field__item">Ali Kaya / Ege Postası, İzmir</div></div>""", "Ali Kaya")]
    [InlineData("""<div class="field field--name-field-signature"><div class="field__item">Paula Stein</div></div>""", "Paula Stein")]
    public void Parse_PrintedBylineShapes_NameRead(string byline, string expected)
    {
        var article = Parse($"<article><h1>Übungen für junge Pferde</h1>{byline}<p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article>");

        Assert.Equal([expected], article.Byline.Contributors.Select(c => c.Name));
    }

    /// <summary>
    /// A byline whose writer is a profile link and whose other credits are labelled by their roles: the whole line is read,
    /// not the writer's item alone ("Text: Clara Vogt · Fotos: Ben Hartung").
    /// </summary>
    [Theory]
    [InlineData("""<div class="byline"><span>Text: <a href="/team/clara-vogt">Clara Vogt</a></span> · <span>Fotos: Ben Hartung</span></div>""", "Clara Vogt [author]; Ben Hartung [photographer]")]
    [InlineData("""<div class="byline"><span class="credits">Tekst: <b>Maarten Dekker</b> | Eindredactie: <b>Yvonne Smits</b></span></div>""", "Maarten Dekker [author]; Yvonne Smits [editor]")]
    [InlineData("""<div class="article__byline"><span class="article__byline-label">Tekst</span> <a href="/auteur/floor-van-leeuwen/">Floor van Leeuwen</a> <span class="article__byline-label">Foto</span> <a href="/auteur/bram-hoekstra/">Bram Hoekstra</a></div>""", "Floor van Leeuwen [author]; Bram Hoekstra [photographer]")]
    public void Parse_LabelledCreditsBesideTheWriter_AllRead(string byline, string expected)
    {
        var contributors = Parse(byline).Byline.Contributors;

        Assert.Equal(expected, string.Join("; ", contributors.Select(c => $"{c.Name} [{c.Role.ToString().ToLowerInvariant()}]")));
    }

    /// <summary>Indonesian "Penulis:" and "Editor:" items under the headline (byline audit by7).</summary>
    [Fact]
    public void Parse_IndonesianWriterAndEditorItems_BothRead()
    {
        var article = TestPages.Parse(
            """<!doctype html><html lang="id"><head><title>Banjir rob</title></head><body><article><h1>Banjir rob rendam pesisir, ratusan warga mengungsi</h1><div class="read__credit"><div class="read__credit__item">Penulis: <a href="/tag/rizky-ananda-putra">Rizky Ananda Putra</a></div><div class="read__credit__item">Editor: <a href="/tag/sekar-ayuningtyas">Sekar Ayuningtyas</a></div></div><div class="read__content"><p>Ketinggian air mencapai 60 sentimeter di kawasan pesisir utara kota pada Selasa pagi.</p><p>Sebanyak 312 warga mengungsi ke balai kelurahan setempat.</p></div></article></body></html>""",
            new Uri("https://regional.warta.example/read/2024/07/08/14300011/banjir-rob"));

        Assert.Equal("Rizky Ananda Putra [author]; Sekar Ayuningtyas [editor]", string.Join("; ", article.Byline.Contributors.Select(c => $"{c.Name} [{c.Role.ToString().ToLowerInvariant()}]")));
    }

    /// <summary>
    /// "Oleh" credits the writers on a page in Malay or Indonesian, and is the Ukrainian given name elsewhere; labels in
    /// elements of their own and glued conjunctions between linked names (byline audit by8).
    /// </summary>
    [Theory]
    [InlineData("ms", """<div class="artikel__penulis">Oleh <a href="/penulis/mohd-faizal">Mohd Faizal bin Abdul Rahman</a> dan <a href="/penulis/nurul-ain">Nurul Ain Zulkifli</a></div>""", "Mohd Faizal bin Abdul Rahman [author]; Nurul Ain Zulkifli [author]")]
    [InlineData("id", """<div class="credit">Oleh Budi Santoso</div>""", "Budi Santoso [author]")]
    [InlineData("uk", """<div class="byline">Oleh Sukhov</div>""", "Oleh Sukhov [author]")]
    [InlineData("ms", """<p>Oleh itu, Majlis Bandaraya akan membina jambatan baharu di Jalan Tun Razak.</p>""", "")]
    [InlineData("ms", """<p>Oleh Majlis Bandaraya Kuala Lumpur.</p>""", "")]
    [InlineData("en", """<div class="byline">Oleh Sukhov and Jane Roe</div>""", "Oleh Sukhov [author]; Jane Roe [author]")]
    [InlineData("he", """<div class="article__authors">כתבו: <a href="/writer/avital">אביטל בן-שושן</a> ו<a href="/writer/yonatan">יונתן אלמוג</a></div>""", "אביטל בן-שושן [author]; יונתן אלמוג [author]")]
    [InlineData("nl", """<div class="story__credits"><span class="credit-label">Tekst</span> <span class="credit-name">Marloes Vennegoor</span> <span class="credit-sep">·</span> <span class="credit-label">Beeld</span> <span class="credit-name">Youssef Bakkali</span></div>""", "Marloes Vennegoor [author]; Youssef Bakkali [photographer]")]
    [InlineData("sr", """<div class="vest__autor"><span class="vest__autor-label">Аутор:</span> <a href="/autor/nebojsa-ristic">Небојша Ристић</a></div>""", "Небојша Ристић [author]")]
    [InlineData("hi", """<div class="author-block"><span class="author-block__label">रिपोर्ट:</span> <a href="/author/ankit-mishra">अंकित मिश्रा</a>, <span class="author-block__city">लखनऊ</span></div>""", "अंकित मिश्रा [reporter]")]
    [InlineData("en", """<div class="ArticlePage-authors"><span class="ArticlePage-authorBy">Wire service:</span> <span class="ArticlePage-authorName">Reuters</span></div>""", "Reuters [author]")]
    public void Parse_LocalCreditShapes_NamesRead(string language, string byline, string expected)
    {
        var article = TestPages.Parse(
            $"<!doctype html><html lang=\"{language}\"><head><title>Page</title></head><body><article><h1>A headline over the story of the day</h1>{byline}<p>The first paragraph of the story runs long enough to count as the body of the page.</p><p>A second paragraph follows it.</p></article></body></html>",
            new Uri("https://news.example/2024/03/11/story"));

        Assert.Equal(expected, string.Join("; ", article.Byline.Contributors.Select(c => $"{c.Name} [{c.Role.ToString().ToLowerInvariant()}]")));
    }

    /// <summary>
    /// Credits in the shapes of byline audit by9: Swahili "Na" on its own pages only, Czech and Slovak "a" between two names,
    /// a source's element holding an agency alone, a Cyrillic source label, desks in scripts without capitals, a place
    /// element inside the byline's, a guest writer with a translator, an editor labelled beside the writer, Lithuanian
    /// labels, a misspelt "writter" class; and a sidebar named "aside" whose "most read" list names other writers.
    /// </summary>
    [Theory]
    [InlineData("sw", """<div class="mwandishi">Na Amina Said Mwakyusa</div>""", "Amina Said Mwakyusa [author]")]
    [InlineData("en", """<div class="byline">Na Li and Jane Roe</div>""", "Na Li [author]; Jane Roe [author]")]
    [InlineData("cs", """<div class="authors">Jan Novák a Petra Svobodová | ČTK</div>""", "Jan Novák [author, ČTK]; Petra Svobodová [author, ČTK]")]
    [InlineData("sk", """<div class="authors">Autor: Jana Kováčová a Peter Horváth</div>""", "Jana Kováčová [author]; Peter Horváth [author]")]
    [InlineData("it", """<div class="autore">di Marco Galli a Roma</div>""", "Marco Galli [author]")]
    [InlineData("en", """<div class="news-info"><span class="source">PTI</span> <span class="dt">Last Updated: 28 June 2024, 14:20 IST</span></div>""", "PTI [author, org]")]
    [InlineData("en", """<div class="news-info"><span class="image-source">Reuters</span></div>""", "")]
    [InlineData("sr", """<div class="izvor">Извор: <strong>Танјуг</strong></div>""", "Танјуг [author, org]")]
    [InlineData("ur", """<div class="news-info"><div class="author">ویب ڈیسک</div></div>""", "ویب ڈیسک [author, org]")]
    [InlineData("bn", """<div class="byline"><a class="byline__name" href="/author/rafiqul-islam">রফিকুল ইসলাম</a><span class="byline__place">ঢাকা</span></div>""", "রফিকুল ইসলাম [author, in ঢাকা]")]
    [InlineData("de", """<div class="byline">Gastbeitrag von Olha Kowalenko<br>Übersetzung: Miriam Keller</div>""", "Olha Kowalenko [author]; Miriam Keller [translator]")]
    [InlineData("hi", """<div class="story-byline"><span>लेखक: <a href="/author/amit-verma">अमित वर्मा</a></span> | <span>संपादक: नेहा सिंह</span></div>""", "अमित वर्मा [author]; नेहा सिंह [editor]")]
    [InlineData("lt", """<div class="credits"><span>Tekstas: <a href="/autoriai/egle-petrauskaite">Eglė Petrauskaitė</a></span>, <span>iliustracijos: Tomas Kazlauskas</span></div>""", "Eglė Petrauskaitė [author]; Tomas Kazlauskas [illustrator]")]
    [InlineData("en", """<div class="writter">Ali al-Musawi / Press TV, Baghdad</div>""", "Ali al-Musawi [author, Press TV, in Baghdad]")]
    [InlineData("ja", """<div class="info_view"><span>2024年1月15日</span></div><div id="aside"><ol class="rank_news"><li><a href="/a/142601">北陸新幹線、ルート議論</a><span class="mr-author">田中美咲</span></li></ol></div>""", "")]
    public void Parse_LocalCreditShapesOfAudit9_Read(string language, string byline, string expected)
    {
        var article = TestPages.Parse(
            $"<!doctype html><html lang=\"{language}\"><head><title>Page</title></head><body><article><h1>A headline over the story of the day</h1>{byline}<p>The first paragraph of the story runs long enough to count as the body of the page.</p><p>A second paragraph follows it.</p></article></body></html>",
            new Uri("https://news.example/2024/03/11/story"));

        Assert.Equal(expected, string.Join("; ", article.Byline.Contributors.Select(c => $"{c.Name} [{c.Role.ToString().ToLowerInvariant()}"
            + (c.Kind == ContributorKind.Organization ? ", org" : string.Empty) + (c.Organization is { } o ? ", " + o : string.Empty)
            + (c.Location is { } l ? ", in " + l : string.Empty) + "]")));
    }

    [Theory]
    [InlineData("""<div class="meta"><a href="/autoren/jana-holm-311"><span class="portrait"><img src="/p.jpg" alt=""><span class="credit">© Jana Holm</span></span><span itemprop="name">Jana Holm</span></a> am 26.01.2022</div>""", "Jana Holm")]
    [InlineData("""<div class="meta"><a href="https://reiten.example/author/paula-stein/">Paula Stein</a> · 12.03.2021</div>""", "Paula Stein")]
    [InlineData("""<div class="meta"><a href="/profile/4711">hufeisen77</a></div>""", "hufeisen77")]
    [InlineData("""<div class="meta"><img class="avatar avatar-20" src="/u/7.jpg" alt="Profilbild"> <a href="/mitglieder?u=7">HufEisen</a> 18.10.2019, 15:07 Uhr</div>""", "HufEisen")]
    // A columnist's page, the link with no credit word: "/opinion/columnists/…", "/yazarlar/…", "/kolumnisten/…".
    [InlineData("""<div class="column-head"><a href="/opinion/columnists/paula-stein"><img src="/p.jpg" alt=""></a><a href="/opinion/columnists/paula-stein">Paula Stein</a></div>""", "Paula Stein")]
    [InlineData("""<div class="kutu"><a href="/yazarlar/ayse-yilmaz">Ayşe Yılmaz</a><div>Köşe Yazarı</div></div>""", "Ayşe Yılmaz")]
    [InlineData("""<p><a href="/kolumnisten/jana-holm">Jana Holm</a></p>""", "Jana Holm")]
    public void Parse_ProfileLinkBelowTheHeadline_NameRead(string byline, string expected)
    {
        var article = Parse($"<article><h1>Übungen für junge Pferde</h1>{byline}<p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article>");

        Assert.Equal([expected], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_ProfileLinkAboveTheHeadline_NameRead()
    {
        var article = Parse("""<article><div class="story"><a href="/stories/12/fohlen"><h2>Fohlen</h2></a> <span>by</span> <h3><a href="/profile/4711">hufeisen77</a></h3></div><h1>Kapitel 1: Der Stall</h1><p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article>""");

        Assert.Equal(["hufeisen77"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_BylineInTheHeadlinesFooter_IsNoPageFooter()
    {
        // "headline__footer": the foot of the headline block, where the byline is printed.
        var article = Parse("""<article><div class="headline"><h1>Übungen für junge Pferde</h1><div class="headline__footer"><div class="byline__names">By <a href="/profiles/paula-stein">Paula Stein</a> and <span class="byline__name">Jana Holm</span>, CNN</div></div></div><p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article>""");

        Assert.Equal(["Paula Stein", "Jana Holm"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_AllArticlesButtonBesideTheProfileLink_NameRead()
    {
        // Nearer the headline than the name, the box's button links the same profile page: its words are not the address's.
        var article = Parse("""<div class="author-box"><a href="/yazarlar/ayse-kocabas/"><img src="/a.jpg" alt=""></a><div class="author-name"><a href="/yazarlar/ayse-kocabas/">Ayşe Kocabaş</a></div><a href="/yazarlar/ayse-kocabas/" class="all-articles">Tüm Yazıları</a></div><article><h1>Kış gelmeden önce</h1><p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article>""");

        Assert.Equal(["Ayşe Kocabaş"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("""<blockquote><a href="/author/paula/">Paula Stein</a><p>Wir lieben Pferde.</p></blockquote>""")]
    [InlineData("""<p><a href="/author/paula/">Paula Stein, Geschäftsführerin</a></p>""")]
    [InlineData("""<p><a href="/autoren/">Alle Autoren</a></p>""")]
    [InlineData("""<p><a href="/columnists/">Unsere Kolumnisten</a></p>""")]
    [InlineData("""<p><a href="/stall/paula-stein">Paula Stein</a></p>""")]
    [InlineData("""<p><img class="logo" src="/l.png" alt=""> <a href="/mitglieder?u=7">HufEisen</a></p>""")]
    public void Parse_ProfileLinkDecoys_NoByline(string decoy)
    {
        var article = Parse($"<article><h1>Übungen für junge Pferde</h1>{decoy}<p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article>");

        Assert.Empty(article.Byline.Contributors);
    }

    [Theory]
    [InlineData("""<div class="license-info"><a href="https://creativecommons.org/licenses/by/2.0/">CC BY</a> <span class="author-name"><a href="https://images.example/f/123">Tomas Veld</a></span></div>""")]
    [InlineData("""<div class="credit"><span class="author-name"><a class="license-author" href="https://images.example/f/123">Tomas Veld</a></span></div>""")]
    public void Parse_PictureLicensorHintedAsAuthor_PrintedCreditWins(string licence)
    {
        var article = Parse($"""<article><h1>Übungen für junge Pferde</h1><div class="image"><img src="/a.jpg" alt="">{licence}</div><p>Junge Pferde lernen am besten in kurzen Einheiten.</p><div class="author"><p>Paula Stein</p></div><p>Mehr dazu im nächsten Teil.</p></article>""");

        Assert.Equal(["Paula Stein"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_PosterCreditOnAPageWithoutHeading_NameRead()
    {
        var article = TestPages.Parse(
            """<!doctype html><html lang="de"><head><title>Übungen für junge Pferde</title></head><body><table><tr><td><span class="itemTitle">Übungen für junge Pferde</span></td></tr><tr><td><span class="itemPoster">Geschrieben von <a href="/userinfo?uid=6">Gerlinde</a></span> <span class="itemPostDate">am 25.08.2015 22:30</span></td></tr><tr><td><p>Junge Pferde lernen am besten in kurzen Einheiten.</p></td></tr></table></body></html>""",
            new Uri("https://reiten.example/artikel/7"));

        Assert.Equal(["Gerlinde"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_SubheadingStatesTheDecoratedTitle_BylineBelowItRead()
    {
        var article = TestPages.Parse(
            """<!doctype html><html lang="de"><head><title>Der tanzende Wallach (2021/5)</title><meta property="og:title" content="Der tanzende Wallach (2021/5)"></head><body><div class="text"><header><h2>Der tanzende Wallach</h2></header><h3>Wie junge Pferde spielen lernen</h3><p><em>Text von Paula Stein</em></p><p>Junge Pferde lernen am besten in kurzen Einheiten.</p></div></body></html>""",
            new Uri("https://reiten.example/artikel/7"));

        Assert.Equal(["Paula Stein"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("""<aside class="sidebar"><div class="teaser-box author"><div class="name">Paula Stein</div><div class="more"><a href="/suche?wort=paula-stein&amp;feld=author">Alle Artikel</a></div></div></aside>""")]
    [InlineData("""<div class="recipe-expert"><div class="expert-name">Paula Stein</div><a href="/experten/paula-stein" title="zu allen Rezepten vom Autor">zu allen Rezepten</a></div>""")]
    public void Parse_AuthorBoxWithLinkToTheirArticles_NameRead(string box)
    {
        var article = Parse($"<div class=\"page\"><article><h1>Übungen für junge Pferde</h1><p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article>{box}</div>");

        Assert.Equal(["Paula Stein"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("""<nav><div class="label">Junge Pferde</div><a href="/themen/junge-pferde">Mehr</a></nav>""")]
    [InlineData("""<aside class="sidebar"><div class="author"><div>Paula Stein</div><a href="/autoren/paula-stein">Alle Artikel</a></div><div class="author"><div>Jana Holm</div><a href="/autoren/jana-holm">Alle Artikel</a></div></aside>""")]
    public void Parse_AuthorBoxDecoys_NoByline(string decoy)
    {
        var article = Parse($"<div class=\"page\"><article><h1>Übungen für junge Pferde</h1><p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article>{decoy}</div>");

        Assert.Empty(article.Byline.Contributors);
    }

    public static TheoryData<string, string> CreditsLists => new()
    {
        {
            // In the article's own footer.
            """<footer class="article-footer"><dl class="credits"><dt>Text</dt><dd>Jana Holm</dd><dt>Fotos</dt><dd>Jan Oster</dd></dl></footer>""",
            "Jana Holm [author]; Jan Oster [photographer]"
        },
        {
            """<section class="article-credits"><div class="credit"><div class="credit-role">Interview</div><div class="credit-name">PAULA STEIN</div></div><div class="credit"><div class="credit-role">Fotograf</div><div class="credit-name">JAN OSTER</div></div><div class="credit"><div class="credit-role">Styling</div><div class="credit-name">MIA LORENZ</div></div></section>""",
            "Paula Stein [author]; Jan Oster [photographer]"
        },
        {
            """<dl class="article-credits"><dt>Text:</dt><dd>Jana Holm und Paula Stein</dd><dt>Fotos:</dt><dd>Jan Oster</dd></dl>""",
            "Jana Holm [author]; Paula Stein [author]; Jan Oster [photographer]"
        },
        {
            // Names as links inside the value.
            """<dl class="article-credits"><dt>Text</dt><dd><a href="/team/holm">Jana Holm</a> und <a href="/team/stein">Paula Stein</a></dd></dl>""",
            "Jana Holm [author]; Paula Stein [author]"
        },
        {
            """<dl class="article-credits"><dt>Text</dt><dd><strong>Jana Holm</strong></dd><dt>Hair &amp; Make-up</dt><dd>Mia Lorenz</dd></dl>""",
            "Jana Holm [author]"
        },
        {
            // A flat run of label, name, label, name without classes.
            """<div class="credits"><span>Text</span><span>Jana Holm</span><span>Foto</span><span>Jan Oster</span></div>""",
            "Jana Holm [author]; Jan Oster [photographer]"
        },
        {
            // A compound label: each role applies.
            """<dl class="article-credits"><dt>Text &amp; Fotos</dt><dd>Jana Holm</dd></dl>""",
            "Jana Holm [author]; Jana Holm [photographer]"
        },
        {
            """<dl class="article-credits"><dt>Text und Fotos</dt><dd>Jana Holm</dd></dl>""",
            "Jana Holm [author]; Jana Holm [photographer]"
        },
        {
            """<dl class="article-credits"><dt>Text/Fotos</dt><dd>Jana Holm</dd><dt>Produktion</dt><dd>Mia Lorenz</dd></dl>""",
            "Jana Holm [author]; Jana Holm [photographer]"
        },
    };

    [Theory]
    [MemberData(nameof(CreditsLists))]
    public void Parse_CreditsListAfterTheText_WritersAndPhotographersRead(string credits, string expected)
    {
        var article = Parse($"<article><h1>Übungen für junge Pferde</h1><p>Junge Pferde lernen am besten in kurzen Einheiten.</p>{credits}</article>");

        Assert.Equal(expected, string.Join("; ", article.Byline.Contributors.Select(c => $"{c.Name} [{c.Role.ToString().ToLowerInvariant()}]")));
    }

    [Theory]
    // Only the picture is credited; a label we do not model; a printed byline that already credits the article.
    [InlineData("""<div class="image-credits"><span>Foto</span><span>Jan Oster</span></div>""", "")]
    [InlineData("""<div class="credits"><span>Styling</span><span>Mia Lorenz</span></div>""", "")]
    [InlineData("""<p class="byline">Von Jana Holm</p><dl class="credits"><dt>Text</dt><dd>Paula Stein</dd></dl>""", "Jana Holm")]
    // A review's production box and a book box credit the work, not the article.
    [InlineData("""<dl class="production-credits"><dt>Regie</dt><dd>Mia Lorenz</dd><dt>Text</dt><dd>Karl Brenner</dd><dt>Musik</dt><dd>Jan Oster</dd></dl>""", "")]
    [InlineData("""<dl class="book-credits"><dt>Autor</dt><dd>Karl Brenner</dd><dt>Verlag</dt><dd>Uferverlag</dd></dl>""", "")]
    [InlineData("""<dl class="film-credits"><dt>Director</dt><dd>Mia Lorenz</dd><dt>Text</dt><dd>Karl Brenner</dd></dl>""", "")]
    public void Parse_CreditsListDecoys_NoWriterFromThem(string credits, string expected)
    {
        var article = Parse($"<article><h1>Übungen für junge Pferde</h1>{credits}<p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article>");

        Assert.Equal(expected, string.Join("; ", article.Byline.Contributors.Select(c => c.Name)));
    }

    [Fact]
    public void Parse_CreditsListInTheFooter_NoByline()
    {
        var article = Parse("""<article><h1>Übungen für junge Pferde</h1><p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article><footer class="site-footer"><dl class="credits"><dt>Text</dt><dd>Paula Stein</dd></dl></footer>""");

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void Parse_PosterPicture_NoByline()
    {
        var article = Parse("""<article><h1>Übungen für junge Pferde</h1><figure class="picture poster"><img src="/a.jpg" alt="Junge Pferde"><figcaption>Junge Pferde im Stall</figcaption></figure><p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article>""");

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void Parse_DatedBylineAboveTheHeadline_NameRead()
    {
        var article = Parse("<article><div class=\"meta\">12.03.2021 - Redaktion: Paula Stein</div><h1>Übungen für junge Pferde</h1><p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article>");

        Assert.Equal(["Paula Stein"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("""<p>von <a href="/user/admin">admin</a></p>""")]
    [InlineData("""<p>by the <a href="/team">team</a> of riders</p>""")]
    [InlineData("""<p>von <a href="/kommentare">Kommentare</a></p>""")]
    public void Parse_CreditBeforeNoUserName_NoByline(string byline)
    {
        var article = Parse($"<article><h1>Übungen für junge Pferde</h1>{byline}<p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article>");

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void Parse_DateLineWithoutByPrefix_NoByline()
    {
        var article = Parse("<article><h1>Übungen für junge Pferde</h1><p>06.11.2023 13:30 Stallgasse Nord</p><p>Junge Pferde lernen am besten in kurzen Einheiten.</p></article>");

        Assert.Empty(article.Byline.Contributors);
    }
}

/// <summary>Bylines whose items only the markup sets apart: links side by side, names and places in blocks of their own.</summary>
public class ListedBylineTests
{
    private static Article Parse(string byline) =>
        TestPages.Parse($$"""
            <!doctype html><html lang="en"><head><title>Ferry</title></head><body><article>
            <h1>Night ferry returns to the harbour after two years</h1>
            {{byline}}
            <p>The night ferry made its first crossing in two years on Friday, carrying about forty passengers and a brass band.</p>
            </article></body></html>
            """, new Uri("https://harbour.example/news/ferry"));

    private static string Describe(Article article) =>
        string.Join("; ", article.Byline.Contributors.Select(c => c.Name + (c.Organization is null ? string.Empty : " @" + c.Organization) + (c.Location is null ? string.Empty : " in " + c.Location)));

    [Theory]
    [InlineData("""<div class="byline"><a href="/a/ann">Meera Iyer</a> <a href="/a/tom">Arjun Mehta</a></div>""", "Meera Iyer; Arjun Mehta")]
    [InlineData("""<div class="byline"><span><a href="/a/ann">Meera Iyer</a><a href="/a/tom">Arjun Mehta</a></span></div>""", "Meera Iyer; Arjun Mehta")]
    [InlineData("""<div class="byline"><div>Lucía Fernández</div><div>Madrid</div></div>""", "Lucía Fernández in Madrid")]
    [InlineData("""<div class="byline"><p>By Kate Nguyen</p><p>Seven News</p></div>""", "Kate Nguyen @Seven News")]
    [InlineData("""<div class="byline"><p>By</p><p>Kate Nguyen</p></div>""", "Kate Nguyen")]
    [InlineData("""<div class="byline"><div>Author:</div><div>Kate Nguyen</div></div>""", "Kate Nguyen")]
    [InlineData("""<div class="byline"><div>Kate Nguyen</div><div>March 8, 2024</div></div>""", "Kate Nguyen")]
    [InlineData("""<div class="byline"><div>Lincoln Park</div><div>Lincoln, Neb.</div></div>""", "Lincoln Park in Lincoln, Neb")]
    // A place in an element classed so is the place of the name before it, a town unknown to the parser too, nested in each writer's element or not.
    [InlineData("""<div class="byline"><span class="author"><span class="byline__name">Jane Roe</span> <span class="byline__location">Kyiv</span></span> <span class="author"><span class="byline__name">John Doe</span> <span class="byline__location">Lviv</span></span></div>""", "Jane Roe in Kyiv; John Doe in Lviv")]
    [InlineData("""<div class="byline"><span class="author"><span class="byline__name">Jane Roe</span> <span class="byline__location">Port Averly</span></span> <span class="author"><span class="byline__name">John Doe</span></span></div>""", "Jane Roe in Port Averly; John Doe")]
    [InlineData("""<div class="byline"><span class="byline__name">Jane Roe</span> <span class="byline__location">Port Averly</span></div>""", "Jane Roe in Port Averly")]
    [InlineData("""<div class="byline"><span class="author">Jane Roe</span><span class="author-city">Port Averly</span><span class="author">John Doe</span></div>""", "Jane Roe in Port Averly; John Doe")]
    // After the name, a date, an update line or a button names nobody; a word that is no known place is no place.
    [InlineData("""<div class="byline"><div>By</div><div>Kate Nguyen</div><div>Updated 9:12 AM EST, Thu March 7, 2024</div></div>""", "Kate Nguyen")]
    [InlineData("""<div class="byline"><a href="/authors/kate">Kate Nguyen</a> <a class="share" href="mailto:?subject=ferry">Email</a></div>""", "Kate Nguyen")]
    [InlineData("""<div class="byline"><div>Kate Nguyen</div><div>Share</div></div>""", "Kate Nguyen")]
    [InlineData("""<div class="byline"><div>Kate Nguyen</div><div>and Tom Hale</div></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline"><a href="/authors/kate">Kate Nguyen</a> <a href="/politics">Politics</a></div>""", "Kate Nguyen")]
    [InlineData("""<div class="byline"><a href="/a/kate">Kate Nguyen</a> <a class="share" href="#">Share</a> <a href="/a/tom">Tom Hale</a></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="author"><div><p>Autor <span>Kate Nguyen</span></p></div><p>Übersetzung <a href="/a/tom">Tom Hale</a>, <span class="date">12.12.22</span></p></div>""", "Kate Nguyen; Tom Hale")]
    // A label before the items, and inline elements the page marks as one author each: not one name of four words.
    [InlineData("""<div class="byline">By <a href="/a/kate">Kate Nguyen</a> <a href="/a/tom">Tom Hale</a></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<p class="byline"><span class="by">By</span> <a href="/a/kate">Kate Nguyen</a> <a href="/a/tom">Tom Hale</a></p>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline"><span class="author">Kate Nguyen</span> <span class="author">Tom Hale</span></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline">By <span itemprop="author">Kate Nguyen</span><span itemprop="author">Tom Hale</span></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline"><span class="author">Kate Nguyen</span> <span class="author">Tom Hale</span> <span class="date">May 3, 2024</span></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline"><strong>By:</strong> <a href="/a/kate">Kate Nguyen</a> <a href="/a/tom">Tom Hale</a></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline"><span class="byline-label">Words by</span> <a href="/a/kate">Kate Nguyen</a> <a href="/a/tom">Tom Hale</a></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline">By <a href="/authors/kate-nguyen">Kate Nguyen</a> <span class="author">Tom Hale</span></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline"><span class="author">KATE NGUYEN</span> <span class="author">TOM HALE</span></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline"><span class="byline__name">Kate Nguyen</span> <span class="byline__location">Kyiv</span></div>""", "Kate Nguyen in Kyiv")]
    // A line of its own after the name counts where it gives her title (after an outlet); a button or a date does not.
    [InlineData("""<div class="author"><a href="/author/kate">Kate Nguyen</a><div>CBS Sports Writer</div></div>""", "Kate Nguyen @CBS")]
    [InlineData("""<div class="author"><a href="/author/kate">Kate Nguyen</a><span class="when">vor 5 Stunden</span><div class="about"><div role="button">Mehr</div></div></div>""", "Kate Nguyen")]
    [InlineData("""<div class="byline"><a href="/a/kate">Kate Nguyen</a> <a href="/a/tom">Tom Hale</a> <button class="share">Share</button> <button class="save">Save</button></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline"><span class="writer">Kate Nguyen</span> <span class="writer">Tom Hale</span></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline">By <a href="/a/kate">Kate Nguyen</a> <a href="/a/tom">Tom Hale</a> in <a href="/politics">Politics</a></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline">Published May 3 <a href="/authors/kate">Kate Nguyen</a> <a href="/authors/tom">Tom Hale</a></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline">By <a href="/a/kate">Kate Nguyen</a> <a href="/a/tom">Tom Hale</a> and <a href="/a/ann">Ann Lee</a></div>""", "Kate Nguyen; Tom Hale; Ann Lee")]
    [InlineData("""<div class="byline">By <a href="/a/kate">Kate</a> and <a href="/a/tom">Tom</a></div>""", "Kate; Tom")]
    [InlineData("""<div class="author"><a href="/author/kate">Kate Nguyen</a><a class="button" href="/autor/kate">Mehr</a></div>""", "Kate Nguyen")]
    [InlineData("""<div class="author"><a href="/author/kate">Kate Nguyen</a> <a href="/author/kate">Reuters</a></div>""", "Kate Nguyen")]
    [InlineData("""<div class="byline"><a href="/authors/kate"><img src="/k.jpg" alt="Kate Nguyen"></a> <a href="/authors/kate">Kate Nguyen</a> <a href="/authors/tom"><img src="/t.jpg" alt="Tom Hale"></a> <a href="/authors/tom">Tom Hale</a></div>""", "Kate Nguyen; Tom Hale")]
    // Parts of one name marked alike, text between the items, or a second label after them: no list.
    [InlineData("""<div class="byline"><span class="author">Kate</span> <span class="author">Nguyen</span></div>""", "Kate Nguyen")]
    [InlineData("""<div class="byline">By <a href="/a/kate">Kate Nguyen</a> and <a href="/a/tom">Tom Hale</a></div>""", "Kate Nguyen; Tom Hale")]
    [InlineData("""<div class="byline"><span class="first-name">Kate</span> <span class="last-name">Nguyen</span></div>""", "Kate Nguyen")]
    // A description in words after the name is no second item: the name alone.
    [InlineData("""<div class="post-author"><div class="author-name"><a href="/autor/kate">Kate Nguyen</a></div><div class="author-description">Member of the Harbour News desk</div></div>""", "Kate Nguyen")]
    public void ItemsSetApartByMarkup_AreReadAsAList(string byline, string expected)
    {
        Assert.Equal(expected, Describe(Parse(byline)));
    }
}
