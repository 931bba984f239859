using NewsModel.Extractors.Dates;

namespace NewsModel.Tests.Dates;

/// <summary>
/// Review of the offsets a page shows (see <see cref="DateZoneAuditTests"/>): what is not evidence of an offset, where
/// a shown offset may be carried, which printed dates are independent, and the dates around them. Invented fixtures.
/// </summary>
public class DateZoneReviewTests
{
    private static readonly Uri Address = new("https://www.lakeside-courier.example/news/bridge-repairs-begin");

    private static Article Page(string head, string body, string lang = "en") =>
        TestPages.Parse($"<!doctype html><html lang=\"{lang}\"><head>{head}</head><body>{body}</body></html>", Address);

    private static string JsonLd(string json) => $"<script type=\"application/ld+json\">{json}</script>";

    private const string Body =
        "<p>Work on the old bridge over the river started this morning, and the council expects the lanes to reopen in spring.</p>"
        + "<p>Drivers are asked to use the ring road while the crews replace the bearings under the eastern span.</p>";

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

        Assert.Equal("2023-03-14T09:00:00+01", article.Published!.ToIsoString());
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

        Assert.Equal("2023-03-14T09:00:00+01", article.Published!.ToIsoString());
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
}
