using NewsModel.Extractors.Sections;

namespace NewsModel.Tests.Extractors.Sections;

public class UrlSectionExtractorTests
{
    [Theory]
    [InlineData("/news/middle-east/2024/11/14/48213/slug", "News › Middle East")]
    [InlineData("/politics/budget-vote-passes-after-long-night", "Politics")]
    [InlineData("/en/world/europe/story-123", "World › Europe")]
    [InlineData("/sport/football/amp/story", "Sport › Football")]
    [InlineData("/us-news/2024/nov/14/slug", "US News")]
    [InlineData("/story-slug-only", "")]
    [InlineData("/2024/11/14/slug", "")]
    [InlineData("/article/12345", "")]
    [InlineData("/news/world/europe/asia/slug", "News › World › Europe")]
    [InlineData("/", "")]
    [InlineData("/us/politics/slug", "Politics")]
    [InlineData("/de/artikel/wirtschaft/slug", "Wirtschaft")]
    [InlineData("/web/20190412083000/https://www.harbour.example/news/ports/slug", "News › Ports")]
    [InlineData("/web/20190412083000id_/http://www.harbour.example/culture/slug", "Culture")]
    [InlineData("/aktuelles/single-news/slug", "Aktuelles")]
    [InlineData("/tv/reviews/slug", "TV › Reviews")]
    [InlineData("/intl/ai/slug", "AI")]
    [InlineData("/home_garden/slug", "Home Garden")]
    [InlineData("/food-and-drink/2024/03/12/slug", "Food and Drink")]
    [InlineData("/economia-e-finanza/slug-lungo-qui", "Economia e Finanza")]
    [InlineData("/in-depth/slug", "In Depth")]
    [InlineData("/la-liga/slug", "La Liga")]
    [InlineData("/r/python/comments/abc123/slug", "Python")]
    public void FromPath_Table(string path, string expected)
    {
        Assert.Equal(expected, UrlSectionExtractor.FromPath(path)?.Path ?? string.Empty);
    }

    [Fact]
    public void Parse_UrlSection_WeakEvidenceWithProvenance()
    {
        var article = ArticleParser.Parse("<p>x</p>", new Uri("https://example.com/business/markets/2024/11/14/slug"));

        Assert.Equal("Business › Markets", article.Section.Path);
        Assert.Equal("url-path", article.SourceOf("section")!.Source);
    }
}
