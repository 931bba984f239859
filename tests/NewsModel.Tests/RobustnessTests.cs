using System.IO.Compression;
using System.Text;

namespace NewsModel.Tests;

/// <summary>Inputs that have broken parsers elsewhere: every one must give an article, never an exception.</summary>
public class RobustnessTests
{
    private static readonly ArticleParserOptions Strict = new() { ThrowOnExtractorFailure = true };

    public static TheoryData<string, string> Hostile => new()
    {
        { "unclosed tags", "<html><head><title>T<body><div><p><b><i>text" },
        { "stray end tags", "</div></p></html></body><p>text</span></table>" },
        { "comment never closed", "<html><!-- <body><p>hidden" },
        { "script never closed", "<html><body><script>var a = '<p>'; " },
        { "nul characters in text", "<html><body><p>a\0b</p></body></html>" },
        { "huge attribute", "<html><body><div class=\"" + new string('x', 200_000) + "\">text</div></body></html>" },
        { "many attributes", "<p " + string.Concat(Enumerable.Range(0, 5000).Select(i => $"a{i}=\"{i}\" ")) + ">x</p>" },
        { "broken entities", "<p>&amp &#; &#x110000; &#99999999999; &nbsp &unknown;</p>" },
        { "lone surrogates", "<p>\ud800 \udc00 text</p>" },
        { "frameset", "<html><frameset><frame src=\"a.html\"></frameset></html>" },
        { "svg and math", "<svg><title>Not the title</title><script>alert(1)</script></svg><math><mi>x</mi></math>" },
        { "malformed json-ld", "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"x\",, }}}</script>" },
        { "json-ld of wrong shape", "<script type=\"application/ld+json\">[1, \"two\", null, [[[]]]]</script>" },
        { "relative urls without base", "<link rel=canonical href=\"/a\"><meta property=og:image content=\"../b.jpg\">" },
        { "javascript canonical", "<link rel=canonical href=\"javascript:alert(1)\"><meta property=og:url content=\"data:text/html,x\">" },
        { "base href bogus", "<base href=\"::::\"><link rel=canonical href=\"a\">" },
        { "table soup", "<table><tr><td><table><tr><td><p>cell</td></tr><tr>" },
        { "only whitespace entities", "&nbsp;&nbsp;\u00a0\u2003" },
        { "plain text", "Just some text, no markup at all." },
        { "xml declaration", "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><title>Feed</title></channel></rss>" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Parse_HostileInput_ReturnsArticle(string name, string html)
    {
        _ = name;
        var article = ArticleParser.Parse(html, new Uri("https://example.com/a/b"), Strict);

        Assert.NotNull(article);
        _ = article.Text;
        _ = article.Html;
        _ = article.ToMarkdown();
    }

    [Fact]
    public void Parse_DeepNesting_NoStackOverflowAndDiagnostic()
    {
        const int depth = 3_000;
        var html = new StringBuilder("<html><head><title>Deep</title></head><body>");
        for (var i = 0; i < depth; i++)
        {
            html.Append("<div>");
        }

        html.Append("<p>bottom</p>");
        var article = ArticleParser.Parse(html.ToString(), null, Strict);

        Assert.Equal("Deep", article.Headline);
        Assert.Contains(article.Diagnostics, d => d.Code == "input.too-deep");
    }

    [Fact]
    public void Parse_RandomBytes_NeverThrows()
    {
        var random = new Random(20261128);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            var article = ArticleParser.Parse(bytes, null, Strict);
            Assert.NotNull(article);
        }
    }

    [Fact]
    public void Parse_RandomMarkupSoup_NeverThrows()
    {
        string[] pieces = ["<div>", "</div>", "<p>", "</p>", "<h1>", "</h1>", "<a href='x'>", "</a>", "<script>", "</script>", "<table>", "<td>", "<li>", "text ", "&amp;", "<!--", "-->", "<meta property='og:title' content='t'>", "<", ">", "\"", "'", "<img src=x>", "<figure>", "<figcaption>", "<br>"];
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 400)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.NotNull(ArticleParser.Parse(html, new Uri("https://example.com/"), Strict));
        }
    }

    [Fact]
    public void Parse_TruncatedGzip_ErrorDiagnostic()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("<html><head><title>Zipped</title></head><body>" + new string('x', 10_000) + "</body></html>"));
        }

        var truncated = buffer.ToArray()[..40];

        var article = ArticleParser.Parse(truncated);

        Assert.Contains(article.Diagnostics, d => d.Code is "input.truncated-gzip" or "input.corrupt-gzip");
    }

    [Fact]
    public void Parse_Gzip_DecompressedTransparently()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("<html><head><title>Zipped</title></head></html>"));
        }

        Assert.Equal("Zipped", ArticleParser.Parse(buffer.ToArray()).Headline);
    }

    [Fact]
    public void Parse_GzipBomb_LimitedByMaxInputBytes()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 8; i++)
            {
                gzip.Write(zeros);
            }
        }

        var ex = Assert.Throws<ArticleLimitExceededException>(() => ArticleParser.Parse(buffer.ToArray(), null, new ArticleParserOptions { MaxInputBytes = 1 << 20 }));
        Assert.Equal(ArticleLimit.InputSize, ex.Limit);
    }

    [Fact]
    public void Parse_TimeoutTooShort_ThrowsTimeLimit()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><p>Some paragraph text, with commas, and more words.</p></div>", 50_000)) + "</body></html>";
        var options = new ArticleParserOptions { Timeout = TimeSpan.FromTicks(1) };

        var ex = Assert.Throws<ArticleLimitExceededException>(() => ArticleParser.Parse(html, null, options));

        Assert.Equal(ArticleLimit.Time, ex.Limit);
    }
}
