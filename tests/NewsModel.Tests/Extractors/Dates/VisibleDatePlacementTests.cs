using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Tests.Extractors.Dates;

/// <summary>Where a printed date sits relative to the headline, and article containers whose classes look like furniture.</summary>
public class VisibleDatePlacementTests
{
    private static readonly ArticleParserOptions Options = new()
    {
        ThrowOnExtractorFailure = true,
        Clock = new FakeClock(Instant.FromUtc(2024, 12, 1, 0, 0)),
    };

    private const string Long = "Das Ministerium hat die Zahlen vorgelegt, und sie zeigen, dass die Prämie im vergangenen Jahr deutlich häufiger beantragt wurde als in den Jahren zuvor, vor allem in den Landkreisen im Süden.";

    private static Article Parse(string body) =>
        ArticleParser.Parse($"<!doctype html><html lang=\"de\"><head><title>Seite</title></head><body>{body}</body></html>", new Uri("https://amt.example/meldungen/42"), Options);

    /// <summary>A page without a heading that states the headline: an element whose class names a title anchors the header.</summary>
    [Fact]
    public void Parse_HeadlineInATitledDivision_DatesBesideItRead()
    {
        var article = ArticleParser.Parse(
            $"<!doctype html><html lang=\"ko\"><head><title>광역버스 입석 금지 단계 시행 - 한반도일보</title><meta property=\"og:title\" content=\"광역버스 입석 금지 단계 시행\"></head><body><header><div class=\"today\">2024년 11월 30일 토요일</div></header><header class=\"article-view-header\"><div class=\"article-head-title\">광역버스 입석 금지 단계 시행</div><h2 class=\"subheading\">출퇴근 시간대 고속도로 구간</h2><ul class=\"infomation\"><li>김도윤 기자</li><li>입력 2024.11.14 오전 10:32</li><li>수정 2024.11.14 오후 2:05</li></ul></header><article><p>{Long}</p><p>{Long}</p></article></body></html>",
            new Uri("https://ilbo.example/news/articleView.html?idxno=318245"),
            Options);

        Assert.Equal("2024-11-14T10:32:00", article.Published?.ToIsoString());
        Assert.Equal("2024-11-14T14:05:00", article.Modified?.ToIsoString());
    }

    /// <summary>An update line above the headline and outside the article element that holds it updates something else.</summary>
    [Fact]
    public void Parse_UpdateLineInTheSiteHeaderOutsideTheArticle_NotTheArticles()
    {
        var article = Parse($"""<header><a href="/">Amt</a></header><div class="ticker">Euro: 1,05 $ · Aktualisiert am 30.11.2024 05:58</div><main><article><h1>Land zahlt Prämie für Rehwild</h1><p class="date">12.11.2024</p><p>{Long}</p><p>{Long}</p></article></main>""");

        Assert.Equal("2024-11-12", article.Published?.ToIsoString());
        Assert.Null(article.Modified);
    }

    [Fact]
    public void Parse_DateAboveHeadline_Read()
    {
        var article = Parse("""<nav><a href="/">Start</a></nav><div class="meldung"><h3 class="meta">02.01.2022</h3><h1>Land zahlt Prämie für Rehwild</h1><p>Das Ministerium hat die Zahlen vorgelegt.</p></div>""");

        Assert.Equal("2022-01-02", article.Published?.ToIsoString());
    }

    [Fact]
    public void Parse_DateElementPrintingDayAndMonthOnly_ParentGivesTimeAndYear()
    {
        var article = Parse("""<div class="meldung"><h1>Land zahlt Prämie für Rehwild</h1><span class="header-meta"><span class="header-meta-date"><span>Jan 04</span></span> <span class="head-time">09:34</span> <span class="head-year">2022</span></span><p>Das Ministerium hat die Zahlen vorgelegt.</p></div>""");

        Assert.Equal("2022-01-04T09:34:00", article.Published?.ToIsoString());
    }

    [Fact]
    public void Parse_DateAboveAndBelowHeadline_BelowWins()
    {
        var article = Parse("""<div class="meldung"><span>05.01.2022</span><h1>Land zahlt Prämie für Rehwild</h1><p class="info">Veröffentlicht 06.01.2022</p><p>Das Ministerium hat die Zahlen vorgelegt.</p></div>""");

        Assert.Equal("2022-01-06", article.Published?.ToIsoString());
    }

    [Fact]
    public void Parse_PostFiledUnderPopularCategory_NotFurniture()
    {
        var article = Parse("""<div class="post type-post status-publish category-popular tag-sidebar"><h1>Zehn Tipps für den Winter</h1><p>14. November 2024</p><p>Der erste Tipp ist einfach.</p></div>""");

        Assert.Equal("Zehn Tipps für den Winter", article.Headline);
        Assert.Equal("2024-11-14", article.Published?.ToIsoString());
    }

    [Fact]
    public void Parse_ArticleContainerNamedPromotion_HoldsHeadline_NotFurniture()
    {
        var article = Parse("""<article class="single single-promotion"><header><h1>Reinigungsfirma expandiert</h1><span>5. November 2023</span></header><p>Die Firma zieht nach Wien.</p></article><div class="promo-box"><span>1. Dezember 2024</span></div>""");

        Assert.Equal("2023-11-05", article.Published?.ToIsoString());
    }

    [Fact]
    public void Parse_PromotionBoxWithoutHeadline_StillFurniture()
    {
        var article = Parse("""<div class="promo-box"><span>1. Oktober 2024</span></div><article><h1>Reinigungsfirma expandiert</h1><p>Die Firma zieht nach Wien.</p></article>""");

        Assert.Null(article.Published);
    }

    [Theory]
    [InlineData("gallery--wrapper__with-sidebar")]
    [InlineData("zen-one-sidebar-second")]
    [InlineData("page-sidebar")]
    public void Parse_WrapperNamedAfterItsSidebar_HoldsHeadline_NotFurniture(string wrapperClass)
    {
        var article = Parse($"""<div class="{wrapperClass}"><article><h1>Reinigungsfirma expandiert</h1><div class="meta">Gespeichert von Jana Holm am 5. November 2023</div><p>Die Firma zieht nach Wien.</p></article><div class="sidebar"><span class="date">1. Oktober 2024</span></div></div>""");

        Assert.Equal("2023-11-05", article.Published?.ToIsoString());
    }

    [Fact]
    public void Parse_TodaysDateInMasthead_PrintedDateThatMarkupStatesWins()
    {
        // The masthead prints the day of the visit in an element named "date"; the article's own day sits in the
        // breadcrumb trail, and the markup states it.
        var masthead = string.Concat(Enumerable.Repeat("<li><a href=\"/x\">Rubrik</a></li>", 30));
        var article = ArticleParser.Parse(
            "<!doctype html><html lang=\"de\"><head><title>Seite</title><meta name=\"date\" content=\"2023-05-02T17:05:00+02:00\"></head><body>"
            + $"<header><span class=\"site-date\">Montag, 25.11.2024</span><ul>{masthead}</ul></header>"
            + "<div class=\"trail\"><a href=\"/\">Start</a> <span class=\"current\">02.05.2023</span></div>"
            + "<article><h1>Land zahlt Prämie für Rehwild</h1><p>Das Ministerium hat die Zahlen vorgelegt.</p></article></body></html>",
            new Uri("https://amt.example/meldungen/42"),
            Options);

        Assert.Equal(new LocalDate(2023, 5, 2), article.Published?.Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<h1>Amtsblatt</h1>")]
    public void Parse_NoHeadlineH1_SubheadingStatingHeadlineAnchorsDates(string h1)
    {
        var filler = string.Concat(Enumerable.Repeat("<p>Weitere Meldungen finden Sie im Archiv.</p>", 50));
        var article = ArticleParser.Parse(
            "<!doctype html><html lang=\"de\"><head><title>Land zahlt Prämie für Rehwild | Amtsblatt</title>"
            + "<meta property=\"og:title\" content=\"Land zahlt Prämie für Rehwild\"></head><body>"
            + $"{h1}<h2>Suche</h2>{filler}<h2 class=\"entry\">Land zahlt Prämie für Rehwild</h2><div class=\"info\">November 22, 2011</div>"
            + "<p>Das Ministerium hat die Zahlen vorgelegt.</p></body></html>",
            new Uri("https://amt.example/meldungen/42"),
            Options);

        Assert.Equal(new LocalDate(2011, 11, 22), article.Published?.Date);
    }

    [Fact]
    public void Parse_WidgetHoldingSubheadingHeadline_NotFurniture()
    {
        // A blog theme wraps the posts in a "widget"; the post title is an h3 and the day is a header above it.
        var article = ArticleParser.Parse(
            "<!doctype html><html lang=\"de\"><head><title>Mein Bücherblog: Neues Interview mit einer Autorin</title>"
            + "<meta property=\"og:title\" content=\"Neues Interview mit einer Autorin\"></head><body>"
            + "<div class=\"widget Blog\"><div class=\"date-outer\"><h2 class=\"date-header\"><span>Samstag, 5. Oktober 2013</span></h2>"
            + "<div class=\"post\"><h3 class=\"post-title\">Neues Interview mit einer Autorin</h3><p>Heute stelle ich euch ein Gespräch vor.</p></div></div></div>"
            + "<div class=\"widget HTML\"><span class=\"date\">1. Oktober 2024</span></div></body></html>",
            new Uri("https://buecher.example/2013/10/interview.html"),
            Options);

        Assert.Equal(new LocalDate(2013, 10, 5), article.Published?.Date);
        Assert.Equal("dom:date", article.Published?.Source);
    }

    [Fact]
    public void Parse_LinksToOtherPublications_NotDates()
    {
        // Links to earlier press releases, styled as "publication" links, list their own dates; the release's own
        // date is printed under the headline.
        var links = string.Concat(Enumerable.Range(1, 6).Select(i => $"<li><a class=\"IntLink Publication pdf\" href=\"/pm/{i}.pdf\">Nr. {i} vom 0{i}. November 2021</a></li>"));
        var article = Parse($"""<div class="meldung"><h1>Land zahlt Prämie für Rehwild</h1><p>10.11.2021</p><p>Das Ministerium hat die Zahlen vorgelegt.</p><p>Lesen Sie auch:</p><ul>{links}</ul></div>""");

        Assert.Equal("2021-11-10", article.Published?.ToIsoString());
    }

    [Fact]
    public void Parse_MetaColumnAsideJustBelowHeadline_Read()
    {
        var article = Parse($"""<article><div class="row"><h1>Land zahlt Prämie für Rehwild</h1></div><div class="row"><aside class="columns"><ul class="meta"><li class="meta__category">Wissen</li><li class="meta__date">26.02.2020</li></ul></aside><div class="text"><p>{Long}</p></div></div></article>""");

        Assert.Equal("2020-02-26", article.Published?.ToIsoString());
    }

    [Fact]
    public void Parse_SidebarFarBelowHeadline_StillFurniture()
    {
        var paragraphs = string.Concat(Enumerable.Repeat("<p>Das Ministerium hat die Zahlen vorgelegt.</p>", 30));
        var article = Parse($"""<article><h1>Land zahlt Prämie für Rehwild</h1>{paragraphs}</article><aside class="sidebar"><span class="date">26.02.2020</span></aside>""");

        Assert.Null(article.Published);
    }

    [Fact]
    public void Parse_SidebarDateBelowHeadline_ArticleDateWins()
    {
        var article = Parse("""<article><h1>Land zahlt Prämie für Rehwild</h1><aside class="sidebar"><span class="date">26.02.2020</span></aside><p class="info">Veröffentlicht 06.01.2020</p><p>Das Ministerium hat die Zahlen vorgelegt.</p></article>""");

        Assert.Equal("2020-01-06", article.Published?.ToIsoString());
    }

    [Fact]
    public void Parse_SubmittedLineAfterLongBody_Read()
    {
        // Drupal themes print "Submitted by NAME on DATE" in a "submitted" block after the body.
        var paragraphs = string.Concat(Enumerable.Repeat($"<p>{Long}</p>", 45));
        var article = Parse($"""<div class="node"><h1>Land zahlt Prämie für Rehwild</h1><div class="content">{paragraphs}</div><div class="submitted">Gespeichert von <span class="username">jana</span> am 24. Juli 2017 - 18:55</div></div>""");

        Assert.Equal(new LocalDate(2017, 7, 24), article.Published?.Date);
    }

    [Theory]
    [InlineData("""<p>Version 3, zuletzt geändert: 12.03.2022</p>""")]
    [InlineData("""<p>Seite 4 — aktualisiert am 12.03.2022</p>""")]
    [InlineData("""<div>Version 3, zuletzt geändert: <span class="date">12.03.2022</span></div>""")]
    [InlineData("""<div>Letzte Änderung <span class="date">12.03.2022</span></div>""")]
    public void Parse_UpdatePhraseJustBeforeTheDate_ModifiedNotPublished(string line)
    {
        var article = Parse($"""<article><h1>Land zahlt Prämie für Rehwild</h1>{line}<p>Das Ministerium hat die Zahlen vorgelegt.</p></article>""");

        Assert.Null(article.Published);
        Assert.Equal("2022-03-12", article.Modified?.ToIsoString());
    }

    [Theory]
    [InlineData("""<p>Erstellt am 10.03.2022, zuletzt geändert: 12.03.2022</p>""")]
    [InlineData("""<div>Von Jana Beispiel <span class="date">10.03.2022</span></div>""")]
    [InlineData("""<div>Der Geänderte Plan <span class="date">10.03.2022</span></div>""")]
    public void Parse_NoUpdatePhraseBeforeTheFirstDate_Published(string line)
    {
        var article = Parse($"""<article><h1>Land zahlt Prämie für Rehwild</h1>{line}<p>Das Ministerium hat die Zahlen vorgelegt.</p></article>""");

        Assert.Equal("2022-03-10", article.Published?.ToIsoString());
    }

    [Theory]
    // No heading states the headline: the only date the body prints on its own is the page's.
    [InlineData("""<div class="spalte"><p>2022-03-09 | Verein<br><h4>Der Verein lädt zum Frühjahrsputz</h4></p><p>Am Samstag treffen sich alle am Bootshaus.</p></div>""", "2022-03-09")]
    [InlineData("""<table><tr><td><div class="box"><div class="klein">Mär 9, 2022</div><b>Thema der Woche</b></div><h3>frühjahrsputz</h3><p>Am Samstag treffen sich alle am Bootshaus.</p></td></tr></table>""", "2022-03-09")]
    // A menu's h1 anchors nothing useful: the lone date beside the real title is read.
    [InlineData("""<div class="inhalt"><h1>Bootshaus Nord<br><span>Frühjahrsputz</span></h1><hr>Termin: <a href="/kalender">09.03.2022</a><p>Am Samstag treffen sich alle am Bootshaus.</p></div>""", "2022-03-09")]
    public void Parse_NoDateNearAnyHeadline_TheLoneDateInTheBodyIsRead(string body, string expected)
    {
        var article = Parse(body);

        Assert.Equal(expected, article.Published?.ToIsoString());
    }

    [Theory]
    // A timetable's cells, a date range, a teaser of another page, an update, furniture: none is the page's date.
    [InlineData("""<h3>Frühjahrsputz</h3><table><tr><th>Tag</th><th>Ort</th></tr><tr><td>09.03.2022</td><td>Bootshaus</td></tr></table>""")]
    [InlineData("""<h3>Frühjahrsputz</h3><div><span>09.03.2022 - 12.03.2022</span><span>Saison A</span></div>""")]
    [InlineData("""<h4>Frühjahrsputz</h4><div class="liste"><div class="eintrag"><h3><a href="/andere-seite">Herbstfest</a></h3><p><span>Beitrag vom 9. März 2022</span></p></div></div>""")]
    [InlineData("""<h3>Frühjahrsputz</h3><div><span>Aktualisiert 09.03.2022</span></div>""")]
    [InlineData("""<h3>Frühjahrsputz</h3><div class="sidebar"><span>09.03.2022</span></div>""")]
    // A list of other pages with their dates, an event's date after its label, a comment thread's date.
    [InlineData("""<h3>Frühjahrsputz</h3><div><p>Wann:</p><p>Samstag, 12.03.2022</p></div>""")]
    [InlineData("""<h3>Frühjahrsputz</h3><div id="disqus_thread"><div><span>15.03.2022</span></div></div>""")]
    public void Parse_NoDateNearAnyHeadline_DatesOfOtherThingsAreNotRead(string body)
    {
        var article = Parse(body + "<p>Am Samstag treffen sich alle am Bootshaus.</p>");

        Assert.Null(article.Published);
    }

    [Fact]
    public void Parse_NoDateByTheHeadline_MastheadDateNotRead()
    {
        var article = Parse("""<header class="masthead"><div>Freitag, 1. November 2024</div><a href="/">Amtsblatt</a></header><main><h1>Land zahlt Prämie für Rehwild</h1><p>Das Ministerium hat die Zahlen vorgelegt.</p></main>""");

        Assert.Null(article.Published);
    }

    [Fact]
    public void Parse_NoDateByTheHeadline_LoneDateNearestAboveItRead()
    {
        var article = Parse("""<div><span>01.03.2022</span></div><div class="kopf"><div><span>09.03.2022</span></div></div><div class="gap"><p>Kurz.</p></div><main><h1>Land zahlt Prämie für Rehwild</h1><p>Das Ministerium hat die Zahlen vorgelegt.</p></main>""");

        Assert.Equal("2022-03-09", article.Published?.ToIsoString());
    }

    [Fact]
    public void Parse_WordStartingLikeAnUpdatePhrase_NotAnUpdate()
    {
        var article = Parse("""<article><h1>Land zahlt Prämie für Rehwild</h1><p class="date">Geänderte Öffnungszeiten ab 09.03.2022</p><p>Das Ministerium hat die Zahlen vorgelegt.</p></article>""");

        Assert.Null(article.Modified);
    }

    [Fact]
    public void Parse_OnlyAListOfOtherPagesWithDates_NotRead()
    {
        var filler = string.Concat(Enumerable.Repeat("<p>Am Samstag treffen sich alle am Bootshaus.</p>", 45));
        var article = Parse($"""<article><h1>Land zahlt Prämie für Rehwild</h1>{filler}</article><div class="col-right"><ul><li><span>12.03.2022</span> <a href="/herbstfest">Herbstfest</a></li></ul></div>""");

        Assert.Null(article.Published);
    }

    [Fact]
    public void Parse_LoneDateFarFromTheHeadline_NotRead()
    {
        var filler = string.Concat(Enumerable.Repeat("<p>Am Samstag treffen sich alle am Bootshaus.</p>", 200));
        var article = Parse($"""<article><h1>Land zahlt Prämie für Rehwild</h1>{filler}<div><span>09.03.2022</span></div></article>""");

        Assert.Null(article.Published);
    }

    [Fact]
    public void Parse_MarkupDateAndALoneDate_TheLoneDateIsNotProposed()
    {
        var article = ArticleParser.Parse(
            """<!doctype html><html lang="de"><head><meta property="article:published_time" content="2022-03-01T10:00:00+01:00"></head><body><h3>Frühjahrsputz</h3><div><span>09.03.2022</span></div></body></html>""",
            new Uri("https://amt.example/meldungen/42"),
            Options);

        Assert.Equal(new LocalDate(2022, 3, 1), article.Published!.Date);
        Assert.DoesNotContain(article.SourceOf("published")!.Candidates, c => c.Source == "dom:date");
    }
    [Fact]
    public void Parse_UpdateLineOfALoneTeaserAfterTheBody_IsNoModifiedDate()
    {
        var article = Parse($$"""
            <article><h1>Land zahlt Prämie für Rehwild</h1><p class="meta">Veröffentlicht am 06.01.2022</p>
            <p>{{Long}}</p><p>Die Anträge können bis Ende März gestellt werden.</p></article>
            <div class="naechster-beitrag"><h3><a href="/meldungen/43-forstamt-stellt-neue-wanderwege-vor">Forstamt stellt die neuen Wanderwege im Norden vor</a></h3>
            <p class="card-meta">Aktualisiert am 09.01.2022</p></div>
            """);

        Assert.Equal("2022-01-06", article.Published?.ToIsoString());
        Assert.Null(article.Modified);
    }

    [Fact]
    public void Parse_PublishedAndUpdatedInOtherEntries_GiveNoModifiedDate()
    {
        var article = Parse($$"""
            <main><article class="meldung"><h1>Land zahlt Prämie für Rehwild</h1><p class="meta">Veröffentlicht am 06.01.2022</p>
            <p>{{Long}}</p></article>
            <article class="meldung"><h2><a href="/meldungen/43-forstamt-stellt-neue-wanderwege-vor">Forstamt stellt die neuen Wanderwege im Norden vor</a></h2>
            <p class="meta">Veröffentlicht am 03.01.2022, aktualisiert am 09.01.2022</p><p>{{Long}}</p><p>{{Long}}</p><p>{{Long}}</p><p>{{Long}}</p></article>
            <article class="meldung"><h2><a href="/meldungen/44-jagdschein-pruefung-termine">Termine für die Jägerprüfung im Frühjahr stehen fest</a></h2>
            <p class="meta">Aktualisiert am 10.01.2022</p><p>{{Long}}</p><p>{{Long}}</p><p>{{Long}}</p><p>{{Long}}</p></article></main>
            """);

        Assert.Equal("2022-01-06", article.Published?.ToIsoString());
        Assert.Null(article.Modified);
    }

    [Fact]
    public void Parse_UpdateLineInTheArticlesOwnHeader_IsTheModifiedDate()
    {
        var article = Parse($$"""
            <article><h1>Land zahlt Prämie für Rehwild</h1><p class="meta">Veröffentlicht am 06.01.2022, aktualisiert am 08.01.2022</p>
            <p>{{Long}}</p></article>
            """);

        Assert.Equal("2022-01-06", article.Published?.ToIsoString());
        Assert.Equal("2022-01-08", article.Modified?.ToIsoString());
    }

    [Fact]
    public void Parse_PopularWidgetInTheRowOfAnH3Headline_StillFurniture()
    {
        // The headline is an h3 (no h1 on the page); a "widget-popular" block in the same row lists another story.
        var article = Parse($"""<meta property="og:title" content="Land zahlt Prämie für Rehwild"><div class="row"><div class="main"><h3>Land zahlt Prämie für Rehwild</h3><p>{Long}</p><p>Veröffentlicht 25.03.2022</p></div><div class="widget-popular"><a href="/andere-meldung">Andere Meldung</a> <span class="date">12.09.2021</span> <span class="author">von Lisa Brenner</span></div></div>""");

        Assert.Equal("2022-03-25", article.Published?.ToIsoString());
        Assert.Empty(article.Byline.Contributors);
    }

    [Theory]
    [InlineData("<p class=\"date\">Veröffentlicht am 14.11.2024</p><p class=\"event-date\">Termin: 20.11.2024, 19:00 Uhr</p>", "2024-11-14")]
    [InlineData("<p class=\"date\">14.11.2024</p><p class=\"event-date\">Termin: 20.11.2024, 19:00 Uhr</p>", "2024-11-14")]
    [InlineData("<p class=\"date\">14.11.2024</p><p class=\"event-date\">Wann: 20.11.2024, 19:00 Uhr</p>", "2024-11-14")]
    // Alone, the event's date is no last resort for the article's (audit dt1: "Kick-off: Saturday, January 16, 2027").
    [InlineData("<p class=\"event-date\">Termin: 20.11.2024, 19:00 Uhr</p>", null)]
    [InlineData("<p class=\"date\">21.11.2024</p><p class=\"event-date\">Anpfiff: Sonntag, 24.11.2024, 15:30 Uhr</p>", "2024-11-21")]
    [InlineData("<p class=\"date\">14.11.2024</p><p class=\"date\">Zuerst veröffentlicht am 10.11.2024</p>", "2024-11-14")]
    public void Parse_PublishedOrEventLabel_RanksTheDatesBesideIt(string header, string? expected)
    {
        var article = Parse($"<div class=\"meldung\"><h1>Land zahlt Prämie für Rehwild</h1>{header}<p>{Long}</p></div>");

        Assert.Equal(expected, article.Published?.ToIsoString());
    }
}
