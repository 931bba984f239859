using NewsModel.Extractors.Dates;
using NodaTime;

namespace NewsModel.Tests.Dates;

/// <summary>
/// Review of the offsets a page shows (see <see cref="DateZoneAuditTests"/>): what is not evidence of an offset, where
/// a shown offset may be carried, which printed dates are independent, and the dates around them. Invented fixtures.
/// </summary>
public class DateZoneReviewTests
{
    private static readonly Uri Address = new("https://www.lakeside-courier.example/news/bridge-repairs-begin");

    private static readonly string LongBody = string.Concat(Enumerable.Repeat(Body, 30));

    private const string LongParagraph =
        "<p>Work on the old bridge over the river started this morning, and the council expects the lanes to reopen in spring once the new bearings are in.</p>";

    private static Article Page(string head, string body, string lang = "en") =>
        TestPages.Parse($"<!doctype html><html lang=\"{lang}\"><head>{head}</head><body>{body}</body></html>", Address);

    private static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    private const string Body =
        "<p>Work on the old bridge over the river started this morning, and the council expects the lanes to reopen in spring.</p>"
        + "<p>Drivers are asked to use the ring road while the crews replace the bearings under the eastern span.</p>";

    // 1. Offsets a printed clock can show.
    [Theory]
    [InlineData("2023-03-14T17:40:00Z", "Mar 14, 2023 5:40")] // −12:00 (a 12-hour clock without am/pm): no zone's offset
    [InlineData("2023-03-14T05:40:00Z", "Mar 14, 2023 17:40")] // +12:00: a shift of twelve hours is never evidence
    [InlineData("2023-03-14T14:24:00Z", "Mar 14, 2023 9:24")] // 9:24 (−05:00) or 21:24 (+07:00): either reading is possible
    [InlineData("2023-03-14T23:40:00Z", "Mar 14, 2023 11:40 AM")] // −12:00 again, with am/pm
    public void TimeElementPrintingAClockNoZoneShowsThisWay_StaysUtc(string datetime, string printed)
    {
        var article = Page(
            string.Empty,
            $"""<h1>Bridge repairs begin</h1><p class="byline">By Ann Vale <time datetime="{datetime}">{printed}</time></p>{Body}""");

        Assert.Equal(datetime[..19] + "Z", article.Published!.ToIsoString());
    }

    [Theory]
    [InlineData("2023-03-14T14:24:00Z", "Mar 14, 2023 9:24 am", "2023-03-14T09:24:00-05:00")]
    [InlineData("2023-03-14T17:05:00Z", "Mar 14, 2023 1:05", "2023-03-14T13:05:00-04:00")] // 01:05 would be −16:00: only 13:05 fits
    [InlineData("2023-03-14T17:05:00Z", "Mar 14, 2023 18:05", "2023-03-14T18:05:00+01:00")]
    public void TimeElementPrintingAnUnambiguousClock_TakesItsOffset(string datetime, string printed, string expected)
    {
        var article = Page(
            string.Empty,
            $"""<h1>Bridge repairs begin</h1><p class="byline">By Ann Vale <time datetime="{datetime}">{printed}</time></p>{Body}""");

        Assert.Equal(expected, article.Published!.ToIsoString());
    }

    [Theory]
    [InlineData(-11 * 60, true)]
    [InlineData(-9 * 60 - 30, true)]
    [InlineData(-12 * 60, false)]
    [InlineData(12 * 60, false)]
    [InlineData(14 * 60, true)]
    [InlineData(5 * 60 + 45, true)]
    [InlineData(5 * 60 + 40, false)]
    public void ShiftBetween_OnlyOffsetsZonesUse(int minutes, bool valid)
    {
        var utc = new LocalDateTime(2023, 3, 14, 12, 0, 0);
        Assert.Equal(valid, PageClock.ShiftBetween(utc, utc.PlusMinutes(minutes)) is not null);
    }

    // 2. Carrying an offset from one moment to another.
    [Fact]
    public void OffsetShownAfterASummerTimeChange_IsNotCarriedToAMomentBefore()
    {
        var article = Page(
            JsonLd("""{"@type":"NewsArticle","headline":"Bridge repairs begin","datePublished":"2023-03-12T06:30:00Z","dateModified":"2023-03-12T20:00:00Z"}"""),
            $"""<h1>Bridge repairs begin</h1><p class="byline">By Ann Vale, updated <time datetime="2023-03-12T20:00:00Z">4:00 pm EDT, March 12, 2023</time></p>{Body}""");

        Assert.Equal("2023-03-12T06:30:00Z", article.Published!.ToIsoString());
        Assert.Equal("2023-03-12T16:00:00-04:00", article.Modified!.ToIsoString());
    }

    [Fact]
    public void OffsetShownWithoutAZoneName_IsNotCarriedAcrossAChangeAnyZoneWithItMakes()
    {
        // −04:00 after the change: New York's summer time, which was −05:00 at 06:30 UTC.
        var article = Page(
            JsonLd("""{"@type":"NewsArticle","headline":"Bridge repairs begin","datePublished":"2023-03-12T06:30:00Z","dateModified":"2023-03-12T20:00:00Z"}"""),
            $"""<h1>Bridge repairs begin</h1><p class="byline">By Ann Vale, updated <time datetime="2023-03-12T20:00:00Z">4:00 pm, March 12, 2023</time></p>{Body}""");

        Assert.Equal("2023-03-12T06:30:00Z", article.Published!.ToIsoString());
    }

    [Fact]
    public void OffsetShownWithinTheSameSeason_IsCarried()
    {
        var article = Page(
            JsonLd("""{"@type":"NewsArticle","headline":"Bridge repairs begin","datePublished":"2023-01-11T02:07:18Z","dateModified":"2023-01-11T05:24:30Z"}"""),
            $"""<h1>Bridge repairs begin</h1><p class="byline">By Ann Vale, updated <time datetime="2023-01-11T05:24:00Z">12:24 am EST, January 11, 2023</time></p>{Body}""");

        Assert.Equal("2023-01-10T21:07:18-05:00", article.Published!.ToIsoString());
    }

    [Fact]
    public void OffsetShownByATeaserForAnotherStory_IsNotCarried()
    {
        var article = Page(
            JsonLd("""{"@type":"NewsArticle","headline":"Bridge repairs begin","datePublished":"2023-01-10T10:45:37Z"}"""),
            $"""
            <h1>Bridge repairs begin</h1><p class="byline">By Ann Vale</p>{LongParagraph}{Body}
            <div class="more"><h3><a href="/news/ferry-fares-rise">Ferry fares rise again in spring</a></h3><time datetime="2023-01-10T12:00:00Z">Jan 10, 2023 7:00 am EST</time></div>
            """);

        Assert.Equal("2023-01-10T10:45:37Z", article.Published!.ToIsoString());
    }

    [Fact]
    public void OffsetShownByALiveBlogEntry_IsNotCarried()
    {
        var article = Page(
            JsonLd("""{"@type":"LiveBlogPosting","headline":"Bridge repairs begin","datePublished":"2023-01-10T10:45:37Z"}"""),
            $"""
            <h1>Bridge repairs begin</h1><p class="byline">By Ann Vale</p>
            <div class="entries"><article class="entry"><time datetime="2023-01-10T12:00:00Z">January 10, 2023 7:00 am</time><p>Crews arrived at the eastern span.</p></article>
            <article class="entry"><p>The council published a map of the diversions.</p></article></div>{Body}
            """);

        Assert.Equal("2023-01-10T10:45:37Z", article.Published!.ToIsoString());
    }

    // 3. A named zone that does not name the offset at that time.
    [Fact]
    public void WinterZoneNamePrintedInSummer_BreaksNoTie()
    {
        var article = Page(
            JsonLd("""{"@type":"NewsArticle","headline":"Bridge repairs begin","datePublished":"2023-07-14T02:24:00Z"}"""),
            $"""<h1>Bridge repairs begin</h1><p class="byline">By Ann Vale | July 13, 2023 10:24 pm EST</p>{Body}""");

        Assert.Equal(Instant.FromUtc(2023, 7, 14, 2, 24), article.Published!.Instant);
        Assert.NotEqual(Offset.FromHours(-5), article.Published.OffsetDateTime!.Value.Offset);
    }

    [Fact]
    public void ZoneNameThatHoldsAtThatTime_StillBreaksTheTie()
    {
        var article = Page(
            JsonLd("""{"@type":"NewsArticle","headline":"Bridge repairs begin","datePublished":"2023-07-13T22:24:00Z"}"""),
            $"""<h1>Bridge repairs begin</h1><p class="byline">By Ann Vale | July 13, 2023 10:24 pm EDT</p>{Body}""");

        Assert.Equal("2023-07-13T22:24:00-04:00", article.Published!.ToIsoString());
    }

    // 4. Markup publication equal to its modification: the printed date needs an independent statement to the minute.
    [Fact]
    public void MarkupPublishedEqualsModified_EarlierPrintedDateStatedOnlyByItsOwnElement_MarkupStands()
    {
        var article = Page(
            JsonLd("""{"@type":"NewsArticle","headline":"Bridge repairs begin","datePublished":"2023-03-15T09:00:00+01:00","dateModified":"2023-03-15T09:00:00+01:00"}"""),
            $"""<h1>Bridge repairs begin</h1><p class="date"><time datetime="2023-03-13T20:00">March 13, 2023, 20:00</time></p>{Body}""");

        Assert.Equal("2023-03-15T09:00:00+01:00", article.Published!.ToIsoString());
    }

    [Fact]
    public void MarkupPublishedEqualsModified_EarlierPrintedDateOnTheSameDayOnly_MarkupStands()
    {
        var article = Page(
            JsonLd("""{"@type":"NewsArticle","headline":"Bridge repairs begin","datePublished":"2023-03-15T09:00:00+01:00","dateModified":"2023-03-15T09:00:00+01:00"}""")
            + """<meta name="date" content="2023-03-13">""",
            $"""<h1>Bridge repairs begin</h1><p class="date">March 13, 2023, 20:00</p>{Body}""");

        Assert.Equal("2023-03-15T09:00:00+01:00", article.Published!.ToIsoString());
    }

    [Fact]
    public void MarkupPublishedEqualsModified_EarlierPrintedDateStatedToTheMinuteElsewhere_PrintedWins()
    {
        var article = Page(
            JsonLd("""{"@type":"NewsArticle","headline":"Bridge repairs begin","datePublished":"2023-03-15T09:00:00+01:00","dateModified":"2023-03-15T09:00:00+01:00"}""")
            + """<meta name="date" content="2023-03-13T20:00:00+01:00">""",
            $"""<h1>Bridge repairs begin</h1><p class="date">March 13, 2023, 20:00</p>{Body}""");

        Assert.Equal("2023-03-13T20:00:00", article.Published!.ToIsoString()[..19]);
    }

    // 5. A modification before the publication, judged soundly.
    [Theory]
    [InlineData("2023-03-14 09:00:00", "2023-03-14T08:00:00-05:00")] // zoneless publication: 09:00 may be UTC, 13:00 UTC is after it
    [InlineData("2023-03-14", "2023-03-13T23:30:00Z")] // a day against an instant: the day may begin at 23:30 UTC the day before
    public void ModifiedNotCertainlyBeforePublished_IsKeptWithoutDiagnostic(string published, string modified)
    {
        var article = Page(
            JsonLd($$"""{"@type":"NewsArticle","headline":"Bridge repairs begin","datePublished":"{{published}}","dateModified":"{{modified}}"}"""),
            $"""<h1>Bridge repairs begin</h1>{Body}""");

        Assert.NotNull(article.Modified);
        Assert.Equal(modified[..16], article.Modified!.Text![..16]);
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == DateReconciliationExtractor.ModifiedBeforePublishedCode);
    }

    [Fact]
    public void ModifiedCertainlyBeforePublished_NoLaterCandidate_IsKeptWithADiagnostic()
    {
        // A post scheduled on the 14th and last edited on the 10th: the edit date is true.
        var article = Page(
            JsonLd("""{"@type":"NewsArticle","headline":"Bridge repairs begin","datePublished":"2023-03-14T09:41:45+01:00","dateModified":"2023-03-10T17:46:05+01:00"}"""),
            $"""<h1>Bridge repairs begin</h1>{Body}""");

        Assert.Equal("2023-03-10T17:46:05+01:00", article.Modified!.ToIsoString());
        Assert.Contains(article.Diagnostics, d => d.Code == DateReconciliationExtractor.ModifiedBeforePublishedCode);
    }

    [Fact]
    public void ModifiedBeforePublished_ComparedByInstantNotByClock()
    {
        // 02:19 at +05:30 is 20:49 UTC the day before; a zoneless 14:15 is no earlier than 00:15 UTC that day.
        Assert.True(DateReconciliationExtractor.Before(
            ArticleDate.FromOffsetDateTime(new OffsetDateTime(new LocalDateTime(2023, 3, 14, 2, 19, 5), Offset.FromHoursAndMinutes(5, 30)), "a"),
            ArticleDate.FromLocalDateTime(new LocalDateTime(2023, 3, 14, 14, 15, 41), "b")));
        Assert.False(DateReconciliationExtractor.Before(
            ArticleDate.FromOffsetDateTime(new OffsetDateTime(new LocalDateTime(2023, 3, 14, 8, 0), Offset.FromHours(-5)), "a"),
            ArticleDate.FromLocalDateTime(new LocalDateTime(2023, 3, 14, 9, 0), "b")));
        Assert.False(DateReconciliationExtractor.Before(
            ArticleDate.FromOffsetDateTime(new OffsetDateTime(new LocalDateTime(2023, 3, 13, 23, 30), Offset.Zero), "a"),
            ArticleDate.FromDate(new LocalDate(2023, 3, 14), "b")));
        Assert.True(DateReconciliationExtractor.Before(
            ArticleDate.FromOffsetDateTime(new OffsetDateTime(new LocalDateTime(2023, 3, 12, 23, 30), Offset.Zero), "a"),
            ArticleDate.FromDate(new LocalDate(2023, 3, 14), "b")));
    }

    // 6. Microdata dates in a Person item.
    [Fact]
    public void TopLevelPersonItemWithADate_IsNotTheArticlesDate()
    {
        var article = Page(
            string.Empty,
            $"""
            <div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann Vale</span><meta itemprop="datePublished" content="2019-05-01"></div>
            <article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Bridge repairs begin</h1>
            <meta itemprop="datePublished" content="2023-03-14T09:00:00+01:00">{Body}</article>
            """);

        Assert.Equal("2023-03-14T09:00:00+01:00", article.Published!.ToIsoString());
    }

    [Fact]
    public void DateInsideTheAuthorsItem_IsStillTheArticlesDate()
    {
        var article = Page(
            string.Empty,
            $"""
            <article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Bridge repairs begin</h1>
            <div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ann Vale</span><meta itemprop="datePublished" content="2023-03-14T09:00:00+01:00"></div>{Body}</article>
            """);

        Assert.Equal("2023-03-14T09:00:00+01:00", article.Published!.ToIsoString());
    }

    // 7. A labelled date in a bare text that an update label opens.
    [Fact]
    public void UpdateLabelledDateInABareText_IsNotThePublication()
    {
        var article = Page(
            string.Empty,
            $"""<h1 id="site-title">Lakeside Courier</h1><div class="content"><dl class="title"><dt>Bridge repairs begin</dt></dl> Updated: 2023-03-14 09:12 <div class="article">{Body}</div></div>""");

        Assert.Null(article.Published);
    }

    [Fact]
    public void PostedLabelledDateInABareText_IsStillThePublication()
    {
        var article = Page(
            string.Empty,
            $"""<h1 id="site-title">Lakeside Courier</h1><div class="content"><dl class="title"><dt>Bridge repairs begin</dt></dl> Posted: 2023-03-14 09:12 <div class="article">{Body}</div></div>""");

        Assert.Equal("2023-03-14T09:12:00", article.Published!.ToIsoString());
    }

    // 8. A time before its date only where it is marked as a time of day.
    public static TheoryData<string, string, string?> TimeFirst => new()
    {
        { "en", "Video 04:12 | March 3, 2023", "2023-03-03" },
        { "en", "Duration 12:45 March 3, 2023", "2023-03-03" },
        { "en", "04:12 pm | March 3, 2023", "2023-03-03T16:12:00" },
        { "en", "04:12:33 March 3, 2023", "2023-03-03T04:12:33" },
        { "en", "04:12 GMT March 3, 2023", "2023-03-03T04:12:00Z" },
        { "en", "04:12 IST, Friday, March 3, 2023", "2023-03-03T04:12:00" },
        { "de", "14:05 Uhr, 3. März 2023", "2023-03-03T14:05:00" },
        { "fr", "14h05, 3 mars 2023", "2023-03-03T14:05:00" },
        { "en", "04:12 pm, in the city, March 3, 2023", "2023-03-03" },
    };

    [Theory]
    [MemberData(nameof(TimeFirst))]
    public void TimeBeforeItsDate_OnlyWhenMarked(string language, string text, string? expected)
    {
        Assert.Equal(expected, DateReader.Parse(text, DateTextSettings.FromLanguageTag(language), "test")?.ToIsoString());
    }

    // 9. An unmarked <time> an update phrase opens, outside the article's header.
    [Fact]
    public void UpdatedTimeInALiveBlogEntry_IsNotTheModification()
    {
        var article = Page(
            string.Empty,
            $"""
            <h1>Bridge repairs begin</h1><p class="byline">By Ann Vale <time datetime="2023-03-14T09:00:00+01:00">March 14, 2023, 9:00</time></p>{LongBody}
            <div class="entries"><article class="entry"><p>Crews closed the western lanes.</p></article><article class="entry"><time datetime="2023-03-15T11:30:00+01:00">Updated: March 15, 2023, 11:30</time><p>Crews arrived at the eastern span.</p></article></div>
            """);

        Assert.Equal("2023-03-14T09:00:00+01:00", article.Published!.ToIsoString());
        Assert.True(article.Modified is null, $"{article.Modified} ({article.Modified?.Source})");
    }

    [Fact]
    public void UpdatedTimeInTheByline_IsTheModification()
    {
        var article = Page(
            string.Empty,
            $"""
            <h1>Bridge repairs begin</h1><p class="byline">By Ann Vale <time datetime="2023-03-14T09:00:00+01:00">March 14, 2023, 9:00</time>
            <time datetime="2023-03-15T11:30:00+01:00">Updated: March 15, 2023, 11:30</time></p>{Body}
            """);

        Assert.Equal("2023-03-14T09:00:00+01:00", article.Published!.ToIsoString());
        Assert.Equal("2023-03-15T11:30:00+01:00", article.Modified!.ToIsoString());
    }

    // 10. One coincidental minute does not show a page writes zoneless values in UTC.
    [Fact]
    public void OneTimeElementWithoutSecondsPrintingTheMinuteHoursAway_DoesNotMakeTheOtherUtc()
    {
        var article = Page(
            string.Empty,
            $"""
            <h1>Bridge repairs begin</h1><div class="subhead"><span>ANN VALE</span>
            <time datetime="2023-03-14 17:05:12">Mar. 14, 2023</time><time datetime="2023-03-14 17:40:30">Updated: Mar. 14, 2023 1:40 p.m.</time></div>{Body}
            """);

        Assert.Equal("2023-03-14T17:05:12", article.Published!.ToIsoString());
    }

    [Fact]
    public void TwoTimeElementsPrintingTheirMinutesHoursAway_MakeTheZonelessValuesUtc()
    {
        var article = Page(
            JsonLd("""{"@type":"NewsArticle","headline":"Bridge repairs begin","datePublished":"2023-03-14 17:05:12"}"""),
            $"""
            <h1>Bridge repairs begin</h1><div class="subhead"><span>ANN VALE</span>
            <time datetime="2023-03-14 17:05:12">Mar. 14, 2023 1:05 p.m.</time><time datetime="2023-03-14 17:40:30">Updated: Mar. 14, 2023 1:40 p.m.</time></div>{Body}
            """);

        Assert.Equal("2023-03-14T13:05:12-04:00", article.Published!.ToIsoString());
        Assert.Equal("2023-03-14T13:40:30-04:00", article.Modified!.ToIsoString());
    }

    [Fact]
    public void UtcInstantWithSecondsAndOneZonelessPrintedMinute_StaysUtc()
    {
        var article = Page(
            """<meta property="article:published_time" content="2023-01-11T07:03:25+00">""",
            $"""<h1>Bridge repairs begin</h1><p class="byline">Ann Vale <span class="date">January 10, 2023 11:03 PM</span></p>{Body}""");

        Assert.Equal("2023-01-11T07:03:25Z", article.Published!.ToIsoString());
    }

    [Fact]
    public void UtcInstantWithSecondsAndTheSamePrintedSeconds_TakesThePrintedOffset()
    {
        var article = Page(
            """<meta property="article:published_time" content="2023-01-11T07:03:25+00">""",
            $"""<h1>Bridge repairs begin</h1><p class="byline">Ann Vale <span class="date">January 10, 2023 11:03:25 PM</span></p>{Body}""");

        Assert.Equal("2023-01-10T23:03:25-08:00", article.Published!.ToIsoString());
    }
}

/// <summary>Where a printed clock may lend its offset, as the shared article header decides; hand-written pages.</summary>
public class DateArticleHeaderTests
{
    private static readonly Uri Address = new("https://www.lakeside-courier.example/news/bridge-repairs-begin");

    private const string Body =
        "<p>Work on the old bridge over the river started this morning, and the council expects the lanes to reopen in spring.</p>"
        + "<p>Drivers are asked to use the ring road while the crews replace the bearings under the eastern span.</p>";

    private const string Head =
        """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge repairs begin","datePublished":"2023-03-14T14:24:00Z"}</script>""";

    private static Article Page(string body) =>
        TestPages.Parse($"<!doctype html><html lang=\"en\"><head>{Head}</head><body><main><h1>Bridge repairs begin</h1>{body}{Body}</main></body></html>", Address);

    [Theory]
    // The article's meta line as a list: its items are the article's, not entries of their own.
    [InlineData("""<ul class="meta"><li>By Ann Vale</li><li>Mar 14, 2023 9:24 am</li></ul>""", "2023-03-14T09:24:00-05:00")]
    [InlineData("""<p class="meta">By Ann Vale | Mar 14, 2023 9:24 am</p>""", "2023-03-14T09:24:00-05:00")]
    // Another story's teaser under the headline: its clock is not the article's.
    [InlineData("""<div class="teaser"><a href="/news/ferry-back">Ferry back on time after repairs</a><span>Mar 14, 2023 9:24 am</span></div>""", "2023-03-14T14:24:00Z")]
    public void PrintedClock_LendsItsOffsetOnlyFromTheArticlesHeader(string header, string expected)
    {
        Assert.Equal(expected, Page(header).Published!.ToIsoString());
    }
}
