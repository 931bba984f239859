using AngleSharp.Html.Parser;
using NewsModel.Blocks;
using static NewsModel.Tests.Extractors.Content.ContentPages;

namespace NewsModel.Tests.Rendering;

public class HtmlRendererTests
{
    [Fact]
    public void Html_HostileBlocks_SanitizedAway()
    {
        var article = Article.Empty with
        {
            Body =
            [
                new ParagraphBlock("<script>alert(1)</script><img src=x onerror=alert(2)>"),
                new FigureBlock(new ArticleImage(new Uri("javascript:alert(3)")) { Caption = "<b onclick=\"x()\">c</b>" }),
                new FigureBlock(new ArticleImage(new Uri("data:image/svg+xml;base64,PHN2Zz4="))),
                new EmbedBlock(new Uri("javascript:alert(4)")) { Text = "watch" },
                new FigureBlock(new ArticleImage(new Uri("https://img.example/ok.jpg")) { Alt = "\" style=\"color:red" }),
            ],
        };

        var html = article.Html;

        // Markup in block text is text: it comes out encoded, never as elements or attributes.
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        AssertSafe(html);
        Assert.Equal("\" style=\"color:red", new HtmlParser().ParseDocument(html).QuerySelector("img[alt]")!.GetAttribute("alt"));
        Assert.Contains("src=\"https://img.example/ok.jpg\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_ParsedPageWithScriptsAndHandlers_RendersOnlySafeMarkup()
    {
        var body = $"""
            <p onclick="steal()" style="color:red">{First}</p>
            <script>document.write('injected')</script>
            <p>{Second} <a href="javascript:steal()">click</a> <a href="/history" onmouseover="x()">history</a></p>
            <figure><img src="data:image/png;base64,iVBORw0KGgo=" onload="x()"></figure>
            <p>{Third}</p>
            """;

        var article = ArticleParser.Parse(Wrap(body), PageUrl);

        Assert.Equal(3, article.Body.OfType<ParagraphBlock>().Count());
        Assert.DoesNotContain("injected", article.Text, StringComparison.Ordinal);
        AssertSafe(article.Html);
        Assert.DoesNotContain("javascript:", article.Html, StringComparison.OrdinalIgnoreCase);

        Assert.Contains($"<p>{First}</p>", article.Html, StringComparison.Ordinal);
    }

    /// <summary>No script or style elements, no event-handler or style attributes, only http(s) and mailto addresses.</summary>
    private static void AssertSafe(string html)
    {
        var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        Assert.Empty(document.QuerySelectorAll("script, style, iframe, object, embed"));
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{element.LocalName} has {attribute.Name}");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src")
                {
                    Assert.Matches("^(https?|mailto):", attribute.Value);
                }
            }
        }
    }

    [Fact]
    public void Text_FigureAmongParagraphs_AddsNoCaptionText()
    {
        var article = Article.Empty with
        {
            Body = [new ParagraphBlock("One."), new FigureBlock(new ArticleImage(new Uri("https://img.example/a.jpg")) { Caption = "A caption", Credit = "Agency" }), new ParagraphBlock("Two.")],
        };

        Assert.Equal("One.\n\nTwo.", article.Text);
        Assert.Contains("<figcaption>A caption <small>Agency</small></figcaption>", article.Html, StringComparison.Ordinal);
        Assert.Contains("*A caption (Agency)*", article.ToMarkdown(), StringComparison.Ordinal);
    }
}
