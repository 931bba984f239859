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

    private static ArticleDate Date(string text) => DateReader.ParseMachine(text, "test")!;
}
