using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Tests.Extractors.Dates;

/// <summary>
/// Printed dates that are not the article's (another story's in a ticker, a comment's stamp, an event's, a body
/// sentence's, a notice's) and the real ones beside them that must still be read.
/// </summary>
public class PrintedDateDecoyTests
{
    private static readonly ArticleParserOptions Options = new()
    {
        ThrowOnExtractorFailure = true,
        Clock = new FakeClock(Instant.FromUtc(2024, 12, 1, 0, 0)),
    };

    private const string Headline = "<h1>Harbour board approves the winter ferry timetable</h1>";

    private const string Body =
        "<p>Passengers on the eastern shore will be able to cross every quarter of an hour from next month, after the harbour board approved a timetable it had put off twice.</p>"
        + "<p>The operator said two overhauled boats would return to service one after the other, and that late crossings would run until midnight on weekdays.</p>";

    private static Article Parse(string language, string html) =>
        ArticleParser.Parse(
            $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>Winter ferry timetable</title></head><body><main>{html}</main></body></html>",
            new Uri("https://harbour.example/news/winter-ferry-timetable"),
            Options);

    private static string PublishedDay(Article article) => article.Published?.ToIsoString()[..10] ?? string.Empty;

    /// <summary>Markup around the headline, and the day expected ("" for none).</summary>
    public static TheoryData<string, string> AnotherStorysDate => new()
    {
        // A ticker above the headline prints another story's title and date: the article's date below the headline wins,
        // and without one there is no date.
        { $"<article><div class=\"ticker\"><span>Breaking</span> <a href=\"/news/gale\">Gale warning for the coast</a> <span class=\"date\">June 19, 2024</span></div>{Headline}<div class=\"meta\"><span class=\"date\">June 18, 2024</span></div>{Body}</article>", "2024-06-18" },
        { $"<article><div class=\"ticker\"><span>Breaking</span> <a href=\"/news/gale\">Gale warning for the coast</a> <span class=\"date\">June 19, 2024</span></div>{Headline}{Body}</article>", "" },
        { $"<article><div class=\"ticker\">Breaking: <a href=\"/news/2024/06/19/gale\">Gale warning for the whole coast</a> June 19, 2024</div>{Headline}{Body}</article>", "" },
        // The article's own lines keep their dates: a date before a story link, an author's page link, a long category
        // link in the meta line below the headline (not a list item, no dated address).
        { $"<article>{Headline}<div class=\"meta\"><span class=\"date\">June 18, 2024</span> <a href=\"/news/gale\">Read our report on the gale warning</a></div>{Body}</article>", "2024-06-18" },
        { $"<article><div class=\"meta\">By <a href=\"/authors/mary-ann-van-dyke\">Mary Ann van Dyke</a> <span class=\"date\">June 18, 2024</span></div>{Headline}{Body}</article>", "2024-06-18" },
        { $"<article>{Headline}<div class=\"meta\"><a href=\"/local/harbour-and-ferry-news\">Harbour and Ferry News Desk</a> · <span class=\"date\">June 18, 2024</span></div>{Body}</article>", "2024-06-18" },
        // Below the headline, a related story's dated link before its date is that story's.
        { $"<article>{Headline}<div class=\"meta\"><span class=\"date\">June 18, 2024</span></div><div class=\"note\">Related: <a href=\"/news/2024/06/10/gale\">Gale closes the harbour mouth</a> <span class=\"date\">June 10, 2024</span></div>{Body}</article>", "2024-06-18" },
        // A related list's item of a short title and its date, where the article prints none: that item's date.
        { $"<article>{Headline}{Body}<section class=\"related\"><h3>Read also</h3><ul><li><a href=\"/story/5000\">Border queues grow</a> <span class=\"date\">June 13, 2024</span></li></ul></section></article>", "" },
        // A grid column's card of related stories (no aside, no related class), each item a link and its date: the items'
        // dates, titles short or long, the date in a title or beside it (date audit dt3).
        { $"<div class=\"row\"><div class=\"col-lg-8\"><article>{Headline}{Body}</article></div><div class=\"col-lg-4\"><div class=\"card\"><div class=\"card-header\">Related stories</div><ul class=\"list-group\"><li class=\"list-group-item\"><a href=\"/news/ferry-fares-frozen-for-winter\">Ferry fares frozen</a><br><small>06/12/2024</small></li><li class=\"list-group-item\"><a href=\"/news/48213\">On 03/08/2024: north pier reopens to walkers</a><br><small>03/08/2024</small></li></ul></div></div></div>", "" },
        // The article's own meta list under the headline keeps its date: its links lead to this page and to sections.
        { $"<article>{Headline}<ul class=\"post-meta\"><li><a href=\"https://harbour.example/news/winter-ferry-timetable\">June 18, 2024</a></li><li><a href=\"https://harbour.example/news/winter-ferry-timetable#comments\">2 Comments</a></li></ul>{Body}</article>", "2024-06-18" },
        { $"<article>{Headline}<ul class=\"meta\"><li><a href=\"/sports/high-school/\">High School Sports</a> · <time>June 18, 2024</time></li><li><a href=\"/sports/football/\">Football Scores</a></li></ul>{Body}</article>", "2024-06-18" },
        { $"<article>{Headline}<div class=\"meta\"><span class=\"date\">June 18, 2024</span></div>{Body}</article><div class=\"col-lg-4\"><ul class=\"list-group\"><li><a href=\"/news/ferry-fares\">Ferry fares frozen</a> <small>June 12, 2024</small></li><li><a href=\"/news/pier\">Pier reopens</a> <small>June 8, 2024</small></li></ul></div>", "2024-06-18" },
    };

    /// <summary>
    /// A relative date ("3 hours ago") holds only at the time the page was served: a printed date beside it dates the
    /// article, in one line or in elements of their own; alone it is read against the reference time (date audit dt8).
    /// </summary>
    [Theory]
    [InlineData("de", "<div class=\"story-dates\"><span class=\"relative\">vor 2 Stunden</span> <span class=\"abs\">12. November 2024, 14:05</span></div>", "2024-11-12T14:05:00")]
    [InlineData("es", "<div class=\"meta\"><span class=\"date\">Hace 3 horas</span> · <span class=\"date\">23/11/2024 14:30</span></div>", "2024-11-23T14:30:00")]
    [InlineData("en", "<div class=\"meta\"><span class=\"date ago\">3 hours ago</span></div><div class=\"meta\"><span class=\"date\">On 12th November 2024 | 11:24 am</span></div>", "2024-11-12T11:24:00")]
    [InlineData("en", "<div class=\"meta\"><span class=\"date\">3 hours ago</span></div>", "2024-11-30T21:00:00Z")]
    // An update phrase between them: the relative date is the publication's; a printed date far below it is another's.
    [InlineData("en", "<div class=\"meta\"><span class=\"date\">Published 3 hours ago · Updated 30 November 2024, 23:45</span></div>", "2024-11-30T21:00:00Z")]
    [InlineData("en", "<div class=\"date\">3 hours ago</div>" + Body + Body + Body + Body + Body + Body + "<div class=\"factbox\"><div class=\"date\">12 November 2024</div></div>", "2024-11-30T21:00:00Z")]
    public void Parse_RelativeDateBesideAPrintedOne_PrintedOneDates(string language, string meta, string expected)
    {
        var article = Parse(language, $"<article>{Headline}{meta}{Body}</article>");

        Assert.Equal(expected, article.Published?.ToIsoString());
    }

    /// <summary>
    /// A top bar's date (today's) before the site's main menu is not the article's, as a masthead's is not; a lone date
    /// after the menu, or above a breadcrumb's few links, still dates the article (date audit dt8).
    /// </summary>
    [Theory]
    [InlineData("<div class=\"topbar\">Saturday, 30 November 2024</div><header class=\"site\"><a href=\"/\">Harbour</a></header><nav>" + Menu + "</nav><main><article>" + Headline + Body + "</article></main>", "")]
    [InlineData("<div class=\"topbar\">Saturday, 30 November 2024</div><div class=\"menu\"><nav>" + Menu + "</nav></div><main><article>" + Headline + Body + "</article></main>", "")]
    [InlineData("<nav>" + Menu + "</nav><main><div class=\"when\">12 November 2024</div><article>" + Headline + Body + "</article></main>", "2024-11-12")]
    [InlineData("<nav>" + Menu + "</nav><main><div class=\"when\">12 November 2024</div><nav class=\"crumbs\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>" + Headline + Body + "</article></main>", "2024-11-12")]
    // A date element in the top line above the masthead, and a relative date below the headline: the relative one.
    [InlineData("<div class=\"topline\"><span class=\"date-strip\">Friday 29 November 2024</span> <span class=\"weather\">9°C</span></div><header class=\"site\"><a href=\"/\">Harbour</a><nav>" + Menu + "</nav></header><div class=\"wrap\"><div class=\"story\">" + Headline + "<div class=\"timestamp\"><span>3 hours ago</span></div>" + Body + "</div></div>", "2024-11-30")]
    [InlineData("<div class=\"topline\"><span class=\"date-strip\">Saturday 30 November 2024</span></div><div class=\"top\"><div class=\"bar\"><nav>" + Menu + "</nav></div></div><div class=\"story\">" + Headline + Body + "</div>", "")]
    // Review of the session's change: a sharing bar, an entry header and a trail of five links are no chrome.
    [InlineData("<main><div class=\"meta\"><span class=\"date\">12 November 2024</span><nav class=\"share\"><a href=\"#1\">A</a><a href=\"#2\">B</a><a href=\"#3\">C</a><a href=\"#4\">D</a><a href=\"#5\">E</a></nav></div>" + Headline + Body + "</main>", "2024-11-12")]
    [InlineData("<div class=\"post-date\">Tuesday, November 12, 2024</div><header class=\"entry-header\"><span class=\"kicker\">Harbour</span></header>" + Headline + Body, "2024-11-12")]
    [InlineData("<div class=\"when\">12 November 2024</div><nav><a href=\"/\">Home</a><a href=\"/news\">News</a><a href=\"/news/local\">Local</a><a href=\"/news/local/harbour\">Harbour</a><a href=\"/news/local/harbour/ferries\">Ferries</a></nav>" + Headline + Body, "2024-11-12")]
    public void Parse_TopBarDateBeforeTheMenu_IsNotTheArticles(string html, string expected)
    {
        var article = ArticleParser.Parse(
            $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Winter ferry timetable</title></head><body>{html}</body></html>",
            new Uri("https://harbour.example/news/winter-ferry-timetable"),
            Options);

        Assert.Equal(expected, PublishedDay(article));
    }

    private const string Menu = "<a href=\"/news\">News</a><a href=\"/sport\">Sport</a><a href=\"/business\">Business</a><a href=\"/culture\">Culture</a><a href=\"/weather\">Weather</a><a href=\"/opinion\">Opinion</a><a href=\"/travel\">Travel</a><a href=\"/science\">Science</a><a href=\"/video\">Video</a>";

    /// <summary>A relative date's text holds its "ago" word before the number too.</summary>
    [Fact]
    public void Parse_RelativeDate_TextHoldsItsAgoWord()
    {
        var article = Parse("de", $"<article>{Headline}<div class=\"meta\"><span class=\"date\">vor 2 Stunden</span></div>{Body}</article>");

        Assert.Equal("vor 2 Stunden", article.Published?.Text);
    }

    [Theory]
    [MemberData(nameof(AnotherStorysDate))]
    public void Parse_DateBesideAnotherStorysTitle_IsThatStorys(string html, string expected)
    {
        Assert.Equal(expected, PublishedDay(Parse("en", html)));
    }
    /// <summary>Page language, a paragraph printed below the headline, and the day expected ("" for none).</summary>
    public static TheoryData<string, string, string> ProseDate => new()
    {
        // A body sentence that opens with a date (or has few words before it) and runs on after it dates what it tells.
        { "en", "<p>On May 3, 2024, the full council will vote on the plan after a last public hearing in the town hall.</p>", "" },
        { "en", "<p>On May 3, 2024, the full council will vote on whether to extend the tram depot by another forty bays.</p>", "" },
        { "en", "<p>On May 3, 2024, the council will vote on a plan drawn up by the transport board.</p>", "" },
        { "de", "<p>Am 3. Mai 2024 stimmt der Hafenrat über den Plan ab, wie eine Sprecherin sagte.</p>", "" },
        { "es", "<p>El 3 de mayo de 2024 la junta votará el plan final, según fuentes del puerto.</p>", "" },
        { "pl", "<p>7 kwietnia 2024 roku radni zagłosują nad nowym rozkładem, zapowiedziała rzeczniczka.</p>", "" },
        { "ru", "<p>17 марта 2024 года пройдут выборы в портовый совет, сообщили в комиссии.</p>", "" },
        { "tr", "<p>Seçimler 31 Mart 2024 tarihinde yapılacak ve yeni kurul tarifeyi yeniden ele alacak.</p>", "" },
        { "ar", "<p>في 15 يونيو 2024 سيصوت المجلس على الخطة الجديدة كما قال متحدث باسم الميناء.</p>", "" },
        { "fa", "<p>۲۰ فروردین ۱۴۰۳ شورای بندر درباره برنامه تازه رأی می‌دهد، به گفته سخنگو.</p>", "" },
        // The same in a long paragraph, read as a possible dateline from its opening.
        { "en", "<p>On May 3, 2024, the full council will vote on the plan after a last public hearing in the town hall, and the operator has promised to publish its crew numbers before then.</p>", "" },
        // A caption describing the picture, with its credit after the sentence.
        { "de", "<figure><img src=\"/f.jpg\" alt=\"\"><figcaption>Die Fähre am Kai kurz vor dem Ablegen am 12. März 2024. Foto: Jana Holm</figcaption></figure>", "" },
        { "de", "<figure><img src=\"/f.jpg\" alt=\"\"><figcaption>Die Fähre am Kai kurz vor dem Ablegen am 12. März 2024. (Foto: Jana Holm)</figcaption></figure>", "" },
        // Printed date lines keep their dates: a time, a credit, a dateline with its agency and dash, a place after the
        // date, a line with no sentence's mark.
        { "en", "<p>12 March 2024 — 14:30</p>", "2024-03-12" },
        { "en", "<p>Published 12 March 2024 by Jane Roe</p>", "2024-03-12" },
        { "en", "<p>Posted on May 3, 2024 by admin</p>", "2024-05-03" },
        { "en", "<p>12 March 2024, Berlin</p>", "2024-03-12" },
        { "en", "<p>May 3, 2024 in Harbour news</p>", "2024-05-03" },
        { "de", "<p>BERLIN, 12. März 2024 (dpa) – Der Hafenrat hat am Dienstag einen neuen Fahrplan beschlossen, der vom kommenden Monat an gelten soll und mehr Fahrten am Abend vorsieht.</p>", "2024-03-12" },
        { "de", "<p>12.03.2024 – der Hafenrat hat am Dienstag einen neuen Fahrplan beschlossen, der vom kommenden Monat an gelten soll und mehr Fahrten am Abend vorsieht.</p>", "2024-03-12" },
        { "de", "<figure><img src=\"/f.jpg\" alt=\"\"><figcaption>Foto: Jana Holm, 12.03.2024</figcaption></figure>", "2024-03-12" },
    };

    [Theory]
    [MemberData(nameof(ProseDate))]
    public void Parse_DateInRunningProse_IsNotThePublicationDate(string language, string paragraph, string expected)
    {
        Assert.Equal(expected, PublishedDay(Parse(language, $"<article>{Headline}{paragraph}{Body}</article>")));
    }
    /// <summary>Markup of the page's main column, and the day expected ("" for none).</summary>
    public static TheoryData<string, string> CommentStamps => new()
    {
        // Comment stamps inside the article or after it date the comments, even where nothing else gives a date.
        { $"<article>{Headline}<div class=\"meta\">By Jane Roe</div>{Body}<section class=\"comments\" id=\"comments\"><h2>Comments</h2><div class=\"comment\"><span class=\"comment-author\">quaywatcher</span> <span class=\"comment-date\">13/03/2024 09:15</span><p>At last.</p></div></section></article>", "" },
        { $"<article>{Headline}<div class=\"meta\">By Jane Roe</div>{Body}</article><section id=\"comments\"><div class=\"comment\"><span class=\"c-date\">June 19, 2024 at 8:12 am</span><p>And on Sundays?</p></div></section>", "" },
        { $"<article>{Headline}<div class=\"meta\">By Jane Roe</div>{Body}<div class=\"comment-list\"><div><span class=\"comment-time\">June 19, 2024 at 8:12 am</span><p>About time.</p></div></div></article>", "" },
        // A meta line named for the comment count keeps the article's date, and so does a meta column set as an aside.
        { $"<article>{Headline}<div class=\"date-comments\"><span class=\"date\">June 18, 2024</span> <a href=\"#comments\">3 comments</a></div>{Body}</article>", "2024-06-18" },
        { $"<article>{Headline}<aside class=\"meta-column\"><span class=\"date\">June 18, 2024</span></aside>{Body}</article>", "2024-06-18" },
    };

    [Theory]
    [MemberData(nameof(CommentStamps))]
    public void Parse_CommentStamps_AreNotThePublicationDate(string html, string expected)
    {
        Assert.Equal(expected, PublishedDay(Parse("en", html)));
    }

    /// <summary>Page language, the markup below the headline, and the day expected ("" for none).</summary>
    public static TheoryData<string, string, string> EventLines => new()
    {
        // A date an event's label opens is the event's, even where nothing else gives a date.
        { "en", $"<p class=\"event\">Kick-off: Saturday, November 16, 2024, 3:00 PM</p>{Body}", "" },
        { "en", $"<p>When: November 16, 2024</p>{Body}", "" },
        { "de", $"<p>Termin: 16. November 2024</p>{Body}", "" },
        // The article's own date beside it is read; a publication label is no event's.
        { "en", $"<div class=\"meta\"><span class=\"date\">November 2, 2024</span></div><p class=\"event\">Kick-off: Saturday, November 16, 2024, 3:00 PM</p>{Body}", "2024-11-02" },
        { "en", $"<p>Published: November 2, 2024</p>{Body}", "2024-11-02" },
    };

    [Theory]
    [MemberData(nameof(EventLines))]
    public void Parse_EventLines_AreNotThePublicationDate(string language, string html, string expected)
    {
        Assert.Equal(expected, PublishedDay(Parse(language, $"<article>{Headline}{html}</article>")));
    }
    /// <summary>Page language, markup after the body inside the article, and the day expected ("" for none).</summary>
    public static TheoryData<string, string, string> NoticesAndMostRead => new()
    {
        // "Most read" lists named in the page's language, and cookie, consent or privacy notices, are furniture.
        { "it", "<div class=\"box-piu-letti\"><h2>I più letti</h2><ol><li><a href=\"/news/strada-chiusa\">Chiusa la strada del lungolago</a> <span class=\"date\">14/03/2024</span></li><li><a href=\"/news/parcheggio\">Nuovo parcheggio in centro città</a> <span class=\"date\">13/03/2024</span></li></ol></div>", "" },
        { "de", "<div class=\"meistgelesen\"><p>14.03.2024</p><a href=\"/news/strasse\">Straße am Ufer bleibt gesperrt</a></div>", "" },
        { "es", "<div class=\"lo-mas-leido\"><p>14/03/2024</p><a href=\"/news/calle\">La calle del puerto sigue cerrada</a></div>", "" },
        { "de", "<div class=\"consent-box\"><p>Datenschutzhinweise, Stand: 01.01.2024</p></div>", "" },
        { "en", "<div class=\"cookie-notice\"><p>Privacy notice, last revised: 01.01.2024</p></div>", "" },
        { "en", "<div id=\"privacy-banner\"><p>01.01.2024</p></div>", "" },
    };

    [Theory]
    [MemberData(nameof(NoticesAndMostRead))]
    public void Parse_NoticesAndMostReadLists_AreFurniture(string language, string html, string expected)
    {
        Assert.Equal(expected, PublishedDay(Parse(language, $"<article>{Headline}<div class=\"meta\">By Jane Roe</div>{Body}{html}</article>")));
    }

    /// <summary>An article filed under a privacy topic, or whose own wrapper says so, keeps its date.</summary>
    [Theory]
    [InlineData("<article class=\"post category-privacy\">")]
    [InlineData("<article class=\"privacy-story\">")]
    public void Parse_ArticleNamedForPrivacy_KeepsItsDate(string open)
    {
        Assert.Equal("2024-03-12", PublishedDay(Parse("en", $"{open}{Headline}<p class=\"meta\">March 12, 2024</p>{Body}</article>")));
    }
}

/// <summary>Update lines outside the story's own entry: a rail's newsletter box updates itself, not the article (date audit dt4).</summary>
public class RailUpdateLineTests
{
    private static readonly ArticleParserOptions Options = new()
    {
        ThrowOnExtractorFailure = true,
        Clock = new FakeClock(Instant.FromUtc(2025, 12, 1, 0, 0)),
    };

    private const string Story =
        "<div class=\"b-article-wrapper\"><article class=\"b-article\"><div class=\"b-article-header\"><h1>Los embalses bajan del treinta por ciento</h1>"
        + "<div class=\"c-date\">14 de julio de 2025, 09:12</div></div><div class=\"b-article-body\">"
        + "<p class=\"c-paragraph\">Los agricultores de la comarca calculan que la sequía ha reducido a la mitad la cosecha de cereal de este verano.</p>"
        + "<p class=\"c-paragraph\">Las organizaciones agrarias reclaman ayudas directas y una rebaja de las tarifas del agua de riego para esta campaña.</p>"
        + "</div>{0}</article></div>";

    private static Article Parse(string story, string rail) =>
        ArticleParser.Parse(
            $"<!doctype html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>Embalses</title></head><body><main>{story}<div class=\"b-right-rail\">{rail}</div></main></body></html>",
            new Uri("https://campo.example/agricultura/embalses"),
            Options);

    [Fact]
    public void Parse_NewsletterUpdateInTheRail_IsNoModifiedDate()
    {
        var article = Parse(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, Story, string.Empty),
            "<div class=\"widget newsletter-signup\"><h3>Boletín diario</h3><p>Las noticias del día, cada mañana.</p><p class=\"newsletter-updated\">Última actualización: 2 de enero de 2025</p></div>");

        Assert.Equal("2025-07-14T09:12:00", article.Published?.ToIsoString());
        Assert.Null(article.Modified);
    }

    [Fact]
    public void Parse_UpdateLineInTheStorysOwnEntry_IsTheModifiedDate()
    {
        var article = Parse(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, Story, "<p class=\"c-update\">Última actualización: 15 de julio de 2025</p>"),
            "<div class=\"widget\"><h3>Boletín diario</h3><p>Las noticias del día, cada mañana.</p></div>");

        Assert.Equal("2025-07-15", article.Modified?.ToIsoString());
    }
}
