using NewsModel.Pipeline;

namespace NewsModel.Tests;

public class ArticleParserTests
{
    private static readonly ArticleParserOptions Strict = new() { ThrowOnExtractorFailure = true };

    [Fact]
    public void Parse_HeadMetadata_FillsFieldsWithProvenance()
    {
        const string html = """
            <!doctype html><html lang="en_gb"><head>
            <title>Harbour cranes return to the old port | Coastline Courier</title>
            <meta name="description" content="  Three cranes   are back. ">
            <link rel="canonical" href="/news/harbour-cranes?utm_source=x">
            <meta property="og:title" content="Harbour cranes return to the old port">
            <meta property="og:site_name" content="Coastline Courier">
            <meta property="og:image" content="/img/cranes.jpg"><meta property="og:image:width" content="1200">
            </head><body><h1>Harbour cranes return</h1></body></html>
            """;

        var article = ArticleParser.Parse(html, new Uri("https://www.coastline.example/x?y=1"), Strict);

        Assert.Equal("Harbour cranes return to the old port", article.Headline);
        Assert.Equal("og:title", article.SourceOf("headline")!.Source);
        Assert.True(article.SourceOf("headline")!.HasConflict);
        Assert.Equal("Three cranes are back.", article.Description);
        Assert.Equal(new Uri("https://www.coastline.example/news/harbour-cranes?utm_source=x"), article.CanonicalUrl);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("Coastline Courier", article.SiteName);
        Assert.Equal(new Uri("https://www.coastline.example/img/cranes.jpg"), article.LeadImage!.Url);
        Assert.Equal(1200, article.LeadImage.Width);
        Assert.Equal("https://coastline.example/news/harbour-cranes", article.Identity!.Key);

        // The page has a heading but no article text, which the content extractor reports as information only.
        Assert.Equal("content.not-found", Assert.Single(article.Diagnostics).Code);
        Assert.Equal(DiagnosticSeverity.Info, article.Diagnostics[0].Severity);
    }

    [Fact]
    public void Parse_NullHtml_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ArticleParser.Parse((string)null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Parse_EmptyText_ReturnsUnreadableArticle(string html)
    {
        var article = ArticleParser.Parse(html);

        Assert.True(article.IsUnreadable);
        Assert.Equal("input.empty", Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void Parse_BinaryBytes_ReturnsUnreadableArticle()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 };

        var article = ArticleParser.Parse(bytes);

        Assert.Equal("input.binary", Assert.Single(article.Diagnostics).Code);
    }

    [Fact]
    public void Parse_InputOverLimit_ThrowsTypedLimitError()
    {
        var options = new ArticleParserOptions { MaxInputBytes = 10 };

        var ex = Assert.Throws<ArticleLimitExceededException>(() => ArticleParser.Parse("<html><body>too long</body></html>", null, options));

        Assert.Equal(ArticleLimit.InputSize, ex.Limit);
    }

    [Fact]
    public void Parse_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ArticleParser.Parse("<p>x</p>", null, null, cts.Token));
    }
}
