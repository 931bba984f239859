using NewsModel.Extractors.Sections;

namespace NewsModel.Tests.Sections;

/// <summary>Regression tests for the section review's findings. All fixture text is invented.</summary>
public class SectionReviewTests
{
    private static readonly ArticleParserOptions Options = new() { ThrowOnExtractorFailure = true };

    private static readonly Uri ArticleUrl = new("https://www.lakeside-post.example/2024/05/14/ferry-timetable-changes/");

    private const string Headline = "Ferry timetable changes for the summer season";

    private const string Body =
        "<p>The lake ferry will run every forty minutes from June, the operator announced on Monday after a long consultation.</p>"
        + "<p>Passengers on the northern route had asked for later evening crossings, which the new timetable now includes.</p>";

    private static Article Parse(string beforeHeadline, string afterHeadline = "", string afterArticle = "", Uri? url = null)
    {
        var html = $"""
            <html lang="en"><head><title>{Headline} | Lakeside Post</title><meta property="og:site_name" content="Lakeside Post"></head>
            <body><header><a href="/">Lakeside Post</a></header>
            <main><article>{beforeHeadline}<h1>{Headline}</h1>{afterHeadline}{Body}</article>{afterArticle}</main></body></html>
            """;
        return ArticleParser.Parse(html, url ?? ArticleUrl, Options);
    }

    // 1. Three-letter language codes that are also section words.
    [Theory]
    [InlineData("/vie/2024/05/14/slug", "Vie")]
    [InlineData("/fin/markets/slug", "Fin › Markets")]
    [InlineData("/pol/slug", "Pol")]
    [InlineData("/est/slug", "Est")]
    [InlineData("/eng/news/slug", "News")]
    public void FromPath_SectionWordsAreNotLanguageCodes(string path, string expected)
    {
        Assert.Equal(expected, UrlSectionExtractor.FromPath(path)?.Path ?? string.Empty);
    }
}
