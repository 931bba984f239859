using NewsModel.Extractors.Dates;
using NodaTime;

namespace NewsModel.Tests.Extractors.Dates;

public class DateReconciliationExtractorTests
{
    [Fact]
    public void Extract_UtcWinnerAndLocalOffsetElsewhere_TakesThePublishersOffset()
    {
        var article = TestPages.ParsePage(
            """<meta property="article:published_time" content="2022-05-04T03:37:37+00:00">""",
            """<article><time class="entry-date published" datetime="2022-05-03T23:37:37-04:00">May 3</time></article>""");

        Assert.Equal(new LocalDate(2022, 5, 3), article.Published!.Date);
        Assert.Equal(Offset.FromHours(-4), article.Published.OffsetDateTime!.Value.Offset);
        Assert.Equal(Instant.FromUtc(2022, 5, 4, 3, 37, 37), article.Published.Instant);
        Assert.Equal("time", article.SourceOf("published")!.Source);
    }

    [Fact]
    public void Extract_DifferentInstants_PrecedenceDecides()
    {
        var article = TestPages.ParsePage(
            """<meta property="article:published_time" content="2022-05-04T03:37:37+00:00">""",
            """<article><time class="published" datetime="2022-05-01T10:00:00-04:00">May 1</time></article>""");

        Assert.Equal("article:published_time", article.Published!.Source);
    }

    public static TheoryData<string, string, bool> Refinements => new()
    {
        { "2022-05-04T03:37:37Z", "2022-05-03T23:37:37-04:00", true },
        { "2022-05-04T03:37:37Z", "2022-05-04T03:37:37Z", false },
        { "2022-05-04T05:37:37+02:00", "2022-05-03T23:37:37-04:00", false },
        { "2022-05-04T03:37:37Z", "2022-05-03T23:00:00-04:00", false },
        { "2022-05-04T10:00:00", "2022-05-04T10:00:00+02:00", true },
        { "2022-05-04T10:00:00", "2022-05-04T11:00:00+02:00", false },
        { "2022-05-04", "2022-05-04T10:00:00", true },
        { "2022-05-04", "2022-05-05T10:00:00", false },
        { "2022-05-04", "2022-05-04", false },
    };

    [Theory]
    [MemberData(nameof(Refinements))]
    public void Refines_Table(string winner, string other, bool expected)
    {
        Assert.Equal(expected, DateReconciliationExtractor.Refines(Date(winner), Date(other)));
    }

    public static TheoryData<string, string, bool> LocalDays => new()
    {
        // A UTC instant near midnight and the publisher's printed day on either side of it.
        { "2021-11-04T23:00:00Z", "2021-11-05", true },
        { "2018-12-31T23:11:59Z", "2019-01-01", true },
        { "2022-05-04T02:30:00Z", "2022-05-03", true },
        // Far from midnight, another printed day is another date; same day, or a non-UTC winner, nothing to do.
        { "2023-10-30T13:01:18Z", "2023-10-31", false },
        { "2021-11-04T23:00:00Z", "2021-11-04", false },
        { "2021-11-04T23:00:00Z", "2021-11-07", false },
        { "2021-11-04T23:00:00+01:00", "2021-11-05", false },
        { "2021-11-04T23:00:00Z", "2021-11-05T09:00:00Z", false },
    };

    [Theory]
    [MemberData(nameof(LocalDays))]
    public void IsLocalDayOf_Table(string winner, string printed, bool expected)
    {
        Assert.Equal(expected, DateReconciliationExtractor.IsLocalDayOf(Date(winner), Date(printed)));
    }

    [Fact]
    public void Extract_UtcInstantNearMidnightAndPrintedDay_PrintedDayWins()
    {
        var article = TestPages.ParsePage(
            """<meta property="article:published_time" content="2021-11-04T23:00:00Z">""",
            """<article><h1>Wahl in Nordmazedonien</h1><p class="date">05.11.2021</p><p>Die Stimmen sind ausgezählt.</p></article>""");

        Assert.Equal(new LocalDate(2021, 11, 5), article.Published!.Date);
        Assert.Equal("dom:date", article.SourceOf("published")!.Source);
    }

    [Fact]
    public void Extract_DatelineOpeningParagraph_Read()
    {
        var article = TestPages.ParsePage(
            "<title>Branche warnt vor Abschöpfung</title>",
            "<article><h1>Branche warnt vor Abschöpfung</h1><p>29.11.2022 – Mehrfach hatte die Branche gewarnt, dass die geplante Regel Anlagenbetreiber trifft, die längst investiert haben und nun mit sinkenden Erlösen rechnen müssen, während die Kosten weiter steigen.</p></article>");

        Assert.Equal("2022-11-29", article.Published?.ToIsoString());
    }

    [Fact]
    public void Extract_DateLateInLongParagraph_NotADateline()
    {
        var article = TestPages.ParsePage(
            "<title>Branche warnt vor Abschöpfung</title>",
            "<article><h1>Branche warnt vor Abschöpfung</h1><p>Mehrfach hatte die Branche gewarnt, zuletzt am 29.11.2022, dass die geplante Regel Anlagenbetreiber trifft, die längst investiert haben und nun mit sinkenden Erlösen rechnen müssen, während die Kosten steigen.</p></article>",
            new Uri("https://energie.example/artikel/abschoepfung"));

        Assert.Null(article.Published);
    }

    private static ArticleDate Date(string text) => DateReader.ParseMachine(text, "test")!;

    private const string LoneJsonLd = """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes","datePublished":"2021-03-02T06:15:00Z"}</script>""";

    [Fact]
    public void Extract_LoneJsonLdDayAgainstDeclaredAndPrintedDay_TheCorroboratedDayWins()
    {
        var article = TestPages.ParsePage(
            LoneJsonLd + """<meta property="article:published_time" content="2021-03-04T09:40:00">""",
            """<article><h1>Ferry timetable changes</h1><div class="info">04.03.2021</div><p>The harbour office has published the summer timetable.</p></article>""");

        Assert.Equal(new LocalDate(2021, 3, 4), article.Published!.Date);
        Assert.Equal("article:published_time", article.SourceOf("published")!.Source);
    }

    [Fact]
    public void Extract_DeclaredDayPrintedOnlyFarFromTheHeadline_DoesNotVouchForItself()
    {
        // The printed date best placed by the headline states neither declared day; the other declared day is printed
        // further down, where the printed-date reader picked it only because markup declares it.
        var article = TestPages.ParsePage(
            LoneJsonLd + """<meta property="article:published_time" content="2021-03-04T09:40:00">""",
            """<article><h1>Ferry timetable changes</h1><div class="info">01.03.2021</div><p>The harbour office has published the summer timetable.</p><p>The first boat leaves at six.</p><p class="stamp">04.03.2021</p></article>""");

        Assert.Equal(new LocalDate(2021, 3, 2), article.Published!.Date);
        Assert.Equal("json-ld", article.SourceOf("published")!.Source);
    }

    [Fact]
    public void Extract_JsonLdDayPrintedToo_JsonLdKeepsIt()
    {
        // The JSON-LD day is printed: nothing overrules it, whatever another tag declares.
        var article = TestPages.ParsePage(
            LoneJsonLd + """<meta property="article:published_time" content="2021-03-04T09:40:00">""",
            """<article><h1>Ferry timetable changes</h1><div class="info">02.03.2021</div><p>The harbour office has published the summer timetable.</p></article>""");

        Assert.Equal(new LocalDate(2021, 3, 2), article.Published!.Date);
        Assert.Equal("json-ld", article.SourceOf("published")!.Source);
    }

    [Theory]
    [InlineData("""<meta name="date" content="2021-03-04">""")]
    [InlineData("""<meta name="dcterms.date" content="2021-03-04">""")]
    [InlineData("")]
    public void Extract_LoneJsonLdAgainstPrintedDayAndOnlyAWeakTag_JsonLdWins(string weakTag)
    {
        // A printed day backed only by an undeclared tag (or by nothing) is not a second declaration.
        var article = TestPages.ParsePage(
            LoneJsonLd + weakTag,
            """<article><h1>Ferry timetable changes</h1><div class="info">04.03.2021</div><p>The harbour office has published the summer timetable.</p></article>""");

        Assert.Equal(new LocalDate(2021, 3, 2), article.Published!.Date);
        Assert.Equal("json-ld", article.SourceOf("published")!.Source);
    }

    [Fact]
    public void Extract_JsonLdAgainstATimeElement_TheTimeElementIsNotASecondDeclaration()
    {
        // The time element's printed text is the same statement as its datetime: one statement, not two.
        var article = TestPages.ParsePage(
            LoneJsonLd,
            """<article><h1>Ferry timetable changes</h1><time datetime="2021-03-04T09:40:00">04.03.2021</time><p>The harbour office has published the summer timetable.</p></article>""");

        Assert.Equal(new LocalDate(2021, 3, 2), article.Published!.Date);
    }
}
