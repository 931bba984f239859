using NewsModel.Extractors.Dates;
using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Tests.Extractors.Dates;

public class UrlDateExtractorTests
{
    [Theory]
    [InlineData("/news/2024/11/14/48213/river-ferry", "2024-11-14")]
    [InlineData("/Detail/2021/05/25/657921/slug", "2021-05-25")]
    [InlineData("/2019/3/7/story.html", "2019-03-07")]
    [InlineData("/2019/03/07story", "2019-03-07")]
    [InlineData("/politics/20241114-budget-vote", "2024-11-14")]
    [InlineData("/20241114/", "2024-11-14")]
    [InlineData("/blog/2023-02-28-release-notes", "2023-02-28")]
    [InlineData("/2023_02_28/x", "2023-02-28")]
    [InlineData("/meldungen/29-10-2021", "2021-10-29")]
    [InlineData("/news/05.03.2021-neue-halle", "2021-03-05")]
    [InlineData("/press/10-29-2021", "2021-10-29")]
    [InlineData("/press/31-31-2021", "")]
    [InlineData("/politics/09/07/2024/668d3f1a9a79", "2024-07-09")]
    [InlineData("/politics/25/12/2023/slug", "2023-12-25")]
    [InlineData("/politics/12/25/2023/slug", "2023-12-25")]
    [InlineData("/item/12/34/5678/slug", "")]
    [InlineData("/p/29-10-20211", "")]
    [InlineData("/2024/11/", "")]
    [InlineData("/2024/13/01/x", "")]
    [InlineData("/2023/02/30/x", "")]
    [InlineData("/1990/01/01/x", "")]
    [InlineData("/article/123456789/slug", "")]
    [InlineData("/id/20241114123/", "")]
    [InlineData("/", "")]
    // A two-digit year, a month's full name and the day (the Corriere della Sera's papers).
    [InlineData("/cronache/25_giugno_17/frana-strada-provinciale.shtml", "2025-06-17")]
    [InlineData("/economia/24_marzo_05/slug-a1b2c3.shtml", "2024-03-05")]
    [InlineData("/x/24_mar_05/slug", "")]
    [InlineData("/x/24_giugno_31/slug", "")]
    [InlineData("/x/ab_giugno_05/slug", "")]
    // Solar Hijri (Iran, Afghanistan) and Hijri (Umm al-Qura) years.
    [InlineData("/fa/news/1402/12/24/slug", "2024-03-14")]
    [InlineData("/news/1402/01/01/4711", "2023-03-21")]
    // Eight digits may be an id: only a Gregorian year counts there ("/news/14210512" is no Hijri date).
    [InlineData("/14021224-slug", "")]
    [InlineData("/news/14210512", "")]
    [InlineData("/1402/12/30/x", "")]
    [InlineData("/ar/1445/08/12/x", "2024-02-22")]
    [InlineData("/1300/01/01/x", "")]
    [InlineData("/1412/05/05/x", "")]
    public void FromPath_Table(string path, string expected)
    {
        Assert.Equal(expected, UrlDateExtractor.FromPath(path)?.ToString("uuuu-MM-dd", null) ?? string.Empty);
    }

    [Theory]
    [InlineData(true, "2021-03-05")]
    [InlineData(false, "2021-05-03")]
    public void FromPath_DayMonthYear_AmbiguousOrderFollowsLanguage(bool dayFirst, string expected)
    {
        Assert.Equal(expected, UrlDateExtractor.FromPath("/news/05-03-2021", dayFirst)?.ToString("uuuu-MM-dd", null));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FromPath_DottedDayMonthYear_DayFirstInEveryLanguage(bool dayFirst)
    {
        Assert.Equal("2021-03-05", UrlDateExtractor.FromPath("/news/05.03.2021-neue-halle", dayFirst)?.ToString("uuuu-MM-dd", null));
    }

    [Fact]
    public void Parse_UrlDate_IsWeakEvidence()
    {
        var article = ArticleParser.Parse("<html><head><title>x</title></head></html>", new Uri("https://example.com/2024/11/14/story"));

        Assert.Equal(new LocalDate(2024, 11, 14), article.Published!.Date);
        Assert.Equal(DatePrecision.Date, article.Published.Precision);
        Assert.Equal("url-path", article.Published.Source);
    }

    [Fact]
    public void Parse_UrlDateAfterReference_Rejected()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 11, 1, 0, 0));

        var article = ArticleParser.Parse("<p>x</p>", new Uri("https://example.com/2024/11/14/story"), new ArticleParserOptions { Clock = clock });

        Assert.Null(article.Published);
    }
}
