using NewsModel.Extractors.Dates;
using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Tests.Extractors.Dates;

/// <summary>
/// Zones named after a time: the United States' generic ones ("10:35 a.m. ET": New York's offset on that day, from
/// tzdb) and a place's time ("بتوقيت مكة المكرمة", "по московскому времени"); and a bare time printed before its date
/// where it opens the date line ("10:35 14.11.2024", "10:35, 14 ноября 2024").
/// </summary>
public class TimeFirstAndNamedZoneTests
{
    private static readonly Instant Reference = Instant.FromUtc(2024, 12, 1, 0, 0);

    /// <summary>Text, page language (or ""), expected ISO value ("" = no date), expected tzdb zone (or "").</summary>
    public static TheoryData<string, string, string, string> Table => new()
    {
        // A generic zone takes the offset its zone keeps on the day: standard time in November, daylight time in July.
        { "Nov. 14, 2024, 10:35 a.m. ET", "en", "2024-11-14T10:35:00-05:00", "America/New_York" },
        { "July 4, 2024, 10:35 a.m. ET", "en", "2024-07-04T10:35:00-04:00", "America/New_York" },
        { "Jul. 4, 2024, 9:05 p.m. PT", "en", "2024-07-04T21:05:00-07:00", "America/Los_Angeles" },
        { "Nov 14, 2024 6:15 PM CT", "en", "2024-11-14T18:15:00-06:00", "America/Chicago" },
        { "March 1, 2024 8:00 AM MT", "", "2024-03-01T08:00:00-07:00", "America/Denver" },
        { "10:35 AM ET, Thu November 14, 2024", "en", "2024-11-14T10:35:00-05:00", "America/New_York" },
        // Only in capitals, and only on English pages (or pages of no known language).
        { "14/11/2024 10:35 PT", "pt", "2024-11-14T10:35:00", "" },
        { "Nov 14, 2024 10:35 am Et", "en", "2024-11-14T10:35:00", "" },
        // An abbreviation several zones share, read by the page's region ("IST": India, Ireland or Israel); none without one.
        { "November 14, 2024 8:05 pm IST", "en-IN", "2024-11-14T20:05:00+05:30", "Asia/Kolkata" },
        { "July 4, 2024 8:05 pm IST", "en-IE", "2024-07-04T20:05:00+01:00", "Europe/Dublin" },
        { "14 November 2024 20:05 CST", "zh-CN", "2024-11-14T20:05:00+08:00", "Asia/Shanghai" },
        { "Thursday 4 July 2024 11:22 BST", "en-GB", "2024-07-04T11:22:00+01:00", "Europe/London" },
        { "November 14, 2024 8:05 pm IST", "en", "2024-11-14T20:05:00", "" },
        // A zone's name before the next date's label and "on" ends the time's phrase.
        { "Published on Nov 14, 2024 09:05 AM IST Updated on Nov 14, 2024 02:20 PM IST", "en-IN", "2024-11-14T09:05:00+05:30", "Asia/Kolkata" },
        // A place's time named after the time: that place's tzdb zone, its offset on the day.
        { "نشر في: 14 نوفمبر 2024 - 10:35 م بتوقيت مكة المكرمة", "ar", "2024-11-14T22:35:00+03:00", "Asia/Riyadh" },
        { "14 نوفمبر 2024 - 10:35 بتوقيت القاهرة", "ar", "2024-11-14T10:35:00+02:00", "Africa/Cairo" },
        { "14 نوفمبر 2024 10:35 صباحاً (بتوقيت غرينتش)", "ar", "2024-11-14T10:35:00Z", "" },
        // The same without the preposition, in parentheses as pages print it.
        { "الخميس 14 نوفمبر 2024 - 10:35 ص (توقيت مكة)", "ar", "2024-11-14T10:35:00+03:00", "Asia/Riyadh" },
        { "14 نوفمبر 2024 10:35 توقيت غرينتش", "ar", "2024-11-14T10:35:00Z", "" },
        { "۲۴ آبان ۱۴۰۳ ساعت ۱۰:۳۵ به وقت تهران", "fa", "2024-11-14T10:35:00+03:30", "Asia/Tehran" },
        { "14 июля 2024, 10:35 по московскому времени", "ru", "2024-07-14T10:35:00+03:00", "Europe/Moscow" },
        { "14 липня 2024, 10:35 за київським часом", "uk", "2024-07-14T10:35:00+03:00", "Europe/Kyiv" },
        { "14 листопада 2024, 10:35 за київським часом", "uk", "2024-11-14T10:35:00+02:00", "Europe/Kyiv" },
        { "14 Kasım 2024 10:35 Türkiye saatiyle", "tr", "2024-11-14T10:35:00+03:00", "Europe/Istanbul" },
        { "November 14, 2024 10:35 (Moscow time)", "en", "2024-11-14T10:35:00+03:00", "Europe/Moscow" },
        // Before the time too; and the place's times of Brazil, France, Spain's mainland.
        { "12 Mart 2024, Türkiye saatiyle 14:30", "tr", "2024-03-12T14:30:00+03:00", "Europe/Istanbul" },
        { "12 Mart 2024, Türkiye saatiyle", "tr", "2024-03-12", "" },
        { "12/03/2024 às 14h30 (horário de Brasília)", "pt-BR", "2024-03-12T14:30:00-03:00", "America/Sao_Paulo" },
        { "14/11/2024 à 14:30 (heure de Paris)", "fr", "2024-11-14T14:30:00+01:00", "Europe/Paris" },
        { "14 de noviembre de 2024, 14:30 hora peninsular", "es", "2024-11-14T14:30:00+01:00", "Europe/Madrid" },
        // Named before the date: the zone of the time after it; none for a date without a time or a time with its own offset.
        { "发布时间：北京时间2024-10-09 14:32", "zh", "2024-10-09T14:32:00+08:00", "Asia/Shanghai" },
        { "北京時間 2024年10月9日 14:32", "zh-TW", "2024-10-09T14:32:00+08:00", "Asia/Shanghai" },
        { "по московскому времени 4 марта 2024, 14:20", "ru", "2024-03-04T14:20:00+03:00", "Europe/Moscow" },
        { "北京时间2024年10月9日", "zh", "2024-10-09", "" },
        { "北京时间 2024-10-09 14:32 UTC", "zh", "2024-10-09T14:32:00Z", "" },
        // Where the place's name is shared (Amman or Oman), no zone.
        { "14 نوفمبر 2024 - 10:35 بتوقيت عمان", "ar", "2024-11-14T10:35:00", "" },
        // Arabic words for morning and evening after a 12-hour time.
        { "14/11/2024 10:35 مساءً", "ar", "2024-11-14T22:35:00", "" },
        { "14/11/2024 10:35 صباحاً", "ar", "2024-11-14T10:35:00", "" },
        // A 24-hour time that agrees with its word keeps its reading.
        { "14/11/2024 20:30 مساءً", "ar", "2024-11-14T20:30:00", "" },
        { "14/11/2024 00:15 صباحاً", "ar", "2024-11-14T00:15:00", "" },
        { "Nov 14, 2024 20:30 pm", "en", "2024-11-14T20:30:00", "" },
        { "Nov 14, 2024 20:30 am", "en", "2024-11-14", "" },
        // A dash between spaces after a time separates; a sign against its digits is an offset.
        { "Nov 14, 2024 10:35 - 14 readers", "en", "2024-11-14T10:35:00", "" },
        { "Nov 14, 2024 10:35 -0500", "en", "2024-11-14T10:35:00-05:00", "" },
        { "Nov 14, 2024 10:35 GMT+3", "en", "2024-11-14T10:35:00+03:00", "" },
        // Only where the name ends the time's phrase, and only on pages of the United States, Canada or no region.
        { "Nov 14, 2024 10:35 a.m. CT Mirror staff", "en", "2024-11-14T10:35:00", "" },
        { "Nov 14, 2024 10:35 AM ET Bureau", "en-IN", "2024-11-14T10:35:00", "" },
        { "Nov 14, 2024 10:35 a.m. CT Public Radio", "en", "2024-11-14T10:35:00", "" },
        // The next date's label after the name ends the phrase: two dates on one line.
        { "Published: Mar 12, 2024, 09:05 IST Updated: Mar 12, 2024, 14:30 IST", "en-IN", "2024-03-12T09:05:00+05:30", "Asia/Kolkata" },
        { "Nov 14, 2024 10:35 a.m. ET Updated Nov 14, 2024 11:00 a.m. ET", "en", "2024-11-14T10:35:00-05:00", "America/New_York" },
        { "14/11/2024 10:35 PT", "en-GB", "2024-11-14T10:35:00", "" },
        { "10:35 AM ET Thu Nov 14, 2024", "en-US", "2024-11-14T10:35:00-05:00", "America/New_York" },
        // A word in small letters or "Last modified" after the name: no name's word.
        { "Tue 8 Oct 2024 17.30 BST Last modified on Tue 8 Oct 2024 19.02 BST", "en-GB", "2024-10-08T17:30:00+01:00", "Europe/London" },
        { "Nov 14, 2024 10:35 a.m. ET by Jane Roe", "en", "2024-11-14T10:35:00-05:00", "America/New_York" },
    };

    /// <summary>Text, page language, expected ISO value with a bare time before the date allowed, and without.</summary>
    public static TheoryData<string, string, string, string> BareTimeFirst => new()
    {
        // A bare time before its date where it opens the line or a date label's value.
        { "10:35 14.11.2024", "ru", "2024-11-14T10:35:00", "2024-11-14" },
        { "10:35, 14 ноября 2024", "ru", "2024-11-14T10:35:00", "2024-11-14" },
        { "обновлено: 12:00 14.11.2024", "ru", "2024-11-14T12:00:00", "2024-11-14" },
        { "(12:00 14.11.2024)", "ru", "2024-11-14T12:00:00", "2024-11-14" },
        { "Updated: 10:35 14/11/2024", "en-GB", "2024-11-14T10:35:00", "2024-11-14" },
        { "Published: 10:35, March 3, 2024", "en", "2024-03-03T10:35:00", "2024-03-03" },
        // Elsewhere a bare time before a date may be a duration, a score, a day or a schedule's slot: the date alone.
        { "Duration: 04:12 March 3, 2024", "en", "2024-03-03", "2024-03-03" },
        { "Video 04:12 March 3, 2024", "en", "2024-03-03", "2024-03-03" },
        { "04:12 | March 3, 2024", "en", "2024-03-03", "2024-03-03" },
        { "10.11 14.11.2024", "ru", "2024-11-14", "2024-11-14" },
        { "10:35 - ۱۴۰۳/۰۸/۲۴", "fa", "2024-11-14", "2024-11-14" },
    };

    [Theory]
    [MemberData(nameof(BareTimeFirst))]
    public void Parse_BareTimeFirst(string text, string language, string allowed, string otherwise)
    {
        var settings = DateTextSettings.FromLanguageTag(language, reference: Reference);

        Assert.Equal(allowed, DateReader.Parse(text, settings with { BareTimeFirst = true }, "test")?.ToIsoString() ?? string.Empty);
        Assert.Equal(otherwise, DateReader.Parse(text, settings, "test")?.ToIsoString() ?? string.Empty);
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void Parse_Table(string text, string language, string expected, string zone)
    {
        var settings = DateTextSettings.FromLanguageTag(language.Length == 0 ? null : language, reference: Reference);

        var date = DateReader.Parse(text, settings, "test");

        Assert.Equal(expected, date?.ToIsoString() ?? string.Empty);
        Assert.Equal(zone, date?.ZoneId ?? string.Empty);
    }

    /// <summary>Where the language tag names no region, a country's top-level domain gives it; a domain sold for its letters does not.</summary>
    [Theory]
    [InlineData("en", "https://www.harbour.co.uk/news/1", "GB", true)]
    [InlineData("en", "https://www.harbour.in/news/1", "IN", true)]
    [InlineData("en", "https://www.harbour.com/news/1", null, false)]
    [InlineData("en", "https://www.harbour.io/news/1", null, false)]
    [InlineData("en-US", "https://www.harbour.co.uk/news/1", "US", false)]
    [InlineData(null, "https://www.harbour.ca/news/1", "CA", true)]
    public void FromLanguageTag_RegionFromTheHost(string? tag, string page, string? region, bool dayFirst)
    {
        var settings = DateTextSettings.FromLanguageTag(tag, page: new Uri(page));

        Assert.Equal(region, settings.Region);
        Assert.Equal(dayFirst, settings.DayFirst);
    }

    [Theory]
    [InlineData("https://www.harbour.in/news/1", "2024-11-14T20:05:00+05:30")]
    [InlineData("https://www.harbour.com/news/1", "2024-11-14T20:05:00")]
    public void Page_IndianTimeOnAnIndianSite(string page, string expected)
    {
        var article = ArticleParser.Parse(
            """
            <!doctype html><html lang="en"><head><title>Harbour ferry fares rise</title></head>
            <body><article><h1>Harbour ferry fares rise</h1><p class="dateline">Updated: Nov 14, 2024, 08:05 PM IST</p><p class="date">Nov 14, 2024, 08:05 PM IST</p>
            <p>The ferry company raised its fares for the winter season after a year of rising fuel costs on the harbour routes.</p></article></body></html>
            """,
            new Uri(page));

        Assert.Equal(expected, article.Published!.ToIsoString());
    }

    /// <summary>A British or an Indian site's report from Washington prints the American time: "ET" reads there too.</summary>
    [Theory]
    [InlineData("https://www.harbour.co.uk/world/1")]
    [InlineData("https://www.harbour.in/world/1")]
    public void Page_EasternTimeOnAForeignEnglishSite(string page)
    {
        var article = ArticleParser.Parse(
            """
            <!doctype html><html lang="en"><head><title>Senate vote</title></head>
            <body><article><h1>Senate vote delayed again</h1><p class="date">November 14, 2024, 10:35 a.m. ET</p>
            <p>The vote was delayed for a second time on Thursday as the two parties argued over the budget's last chapter.</p></article></body></html>
            """,
            new Uri(page));

        Assert.Equal("2024-11-14T10:35:00-05:00", article.Published!.ToIsoString());
    }

    [Fact]
    public void Page_PrintedEasternTime_GivesTheZoneWithTheMarkupInstant()
    {
        var article = ArticleParser.Parse(
            """
            <!doctype html><html lang="en"><head><title>Harbour ferry fares rise</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferry fares rise","datePublished":"2024-11-14T15:35:00Z"}</script></head>
            <body><article><h1>Harbour ferry fares rise</h1><p class="dateline">Nov. 14, 2024, 10:35 a.m. ET</p>
            <p>The ferry company raised its fares for the winter season after a year of rising fuel costs on the harbour routes.</p></article></body></html>
            """,
            new Uri("https://harbour.example/news/fares"),
            new ArticleParserOptions { ThrowOnExtractorFailure = true, Clock = new FakeClock(Reference) });

        Assert.Equal("2024-11-14T10:35:00-05:00", article.Published?.ToIsoString());
        Assert.Equal("America/New_York", article.Published?.ZoneId);
        Assert.Equal(Instant.FromUtc(2024, 11, 14, 15, 35), article.Published?.Instant);
    }

    [Fact]
    public void Page_TimeFirstDateLineWithItsUpdate_GivesBothTimes()
    {
        var article = ArticleParser.Parse(
            """
            <!doctype html><html lang="ru"><head><title>Паром подорожал</title></head>
            <body><article><h1>Паром подорожал</h1><div class="article-info"><span class="date">10:35 14.11.2024</span>
            <span class="date-modified">(обновлено: 12:00 14.11.2024)</span></div>
            <p>Паромная компания подняла цены на зимний сезон после года роста стоимости топлива на всех маршрутах гавани.</p></article></body></html>
            """,
            new Uri("https://harbour.example/news/parom"),
            new ArticleParserOptions { ThrowOnExtractorFailure = true, Clock = new FakeClock(Reference) });

        Assert.Equal("2024-11-14T10:35:00", article.Published?.ToIsoString());
        Assert.Equal("2024-11-14T12:00:00", article.Modified?.ToIsoString());
    }

    private const string RussianText = "<p>Паромная компания подняла цены на зимний сезон после года роста стоимости топлива на всех маршрутах гавани.</p>";

    private static Article RussianPage(string header, string after = "") => ArticleParser.Parse(
        $"<!doctype html><html lang=\"ru\"><head><title>Паром подорожал</title></head><body><article><h1>Паром подорожал</h1>{header}{RussianText}{after}</article></body></html>",
        new Uri("https://harbour.example/news/parom"),
        new ArticleParserOptions { ThrowOnExtractorFailure = true, Clock = new FakeClock(Reference) });

    [Fact]
    public void Page_DurationInAnElementOfItsOwnBeforeTheDate_IsNoTime()
    {
        var article = RussianPage("""<div class="meta"><span class="video-duration">12:45</span> 14 ноября 2024</div>""");

        Assert.Equal("2024-11-14", article.Published?.ToIsoString());
    }

    [Fact]
    public void Page_ScoreInAnElementOfItsOwnBeforeTheDate_IsNoTime()
    {
        var article = RussianPage("""<div class="date"><span class="score">12:10</span>, 14.11.2024</div>""");

        Assert.Equal("2024-11-14", article.Published?.ToIsoString());
    }

    [Fact]
    public void Page_FixtureCardTimeFirst_DoesNotOutrankTheArticlesDay()
    {
        var article = RussianPage("""<div class="date">13.11.2024</div>""", """<div class="match-date">19:30 17.11.2024</div>""");

        Assert.Equal("2024-11-13", article.Published?.ToIsoString());
    }

    [Fact]
    public void Page_LiveBlogEntryStamps_DoNotOutrankTheArticlesDay()
    {
        var article = RussianPage(
            """<div class="date">14 ноября 2024</div>""",
            """<div class="live-entry"><div class="date">16:05 14.11.2024</div><p>Уровень воды начал снижаться.</p></div><div class="live-entry"><div class="date">10:35 14.11.2024</div><p>Спасатели эвакуировали жителей.</p></div>""");

        Assert.Equal("2024-11-14", article.Published?.ToIsoString());
    }
}
