using AngleSharp.Html.Parser;

namespace NewsModel.Tests.Security;

/// <summary>
/// Known cross-site scripting vectors placed inside an article's body: whatever the page holds, <see cref="Article.Html"/>
/// carries no script, no event handler, no style, no active element and no link or image to anything but http(s)
/// (or mailto for links). The output is checked as a DOM, not as text, so an encoded vector shown as text passes and
/// an attribute smuggled in any spelling fails.
/// </summary>
public class XssVectorTests
{
    private static readonly string[] ForbiddenElements =
        ["script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "form", "input", "button", "base", "meta", "link", "template", "noscript", "textarea", "select", "video", "audio", "source"];

    public static TheoryData<string> Vectors => new()
    {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">a link with enough words to be kept</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">a link with enough words to be kept</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">a link with enough words to be kept</a>",
        "<a href=\" &#14; javascript:alert(1)\">a link with enough words to be kept</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">a link with enough words</a>",
        "<a href=\"vbscript:msgbox(1)\">a link with enough words to be kept</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">a link with enough words</a>",
        "<svg onload=alert(1)><circle r=5 /></svg>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\">Styled text that should keep its words.</div>",
        "<img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><input type=submit value=\"Send it now\"></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<p title=\"</p><script>alert(1)</script>\">Paragraph with a hostile title attribute and plain words.</p>",
        "\"><script>alert(1)</script>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<template><script>alert(1)</script></template>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<blockquote cite=\"javascript:alert(1)\" onmouseover=\"alert(1)\">A quoted sentence long enough to stay in the article.</blockquote>",
        "<table background=\"javascript:alert(1)\"><tr><td onclick=\"alert(1)\">cell one</td><td>cell two</td></tr></table>",
        "<figure><img src=\"javascript:alert(1)\" alt=\"x\"><figcaption onclick=\"alert(1)\">A caption</figcaption></figure>",
        "<figure><img src=\"https://img.example.com/a.jpg\" onerror=\"alert(1)\" style=\"x:expression(alert(1))\"><figcaption>Caption (Photo: Agency)</figcaption></figure>",
        "<ul><li onclick=\"alert(1)\">first item of the list</li><li><a href=\"javascript:alert(1)\">second item</a></li></ul>",
        "<h2 onmouseover=\"alert(1)\">A subheading</h2>",
        "<pre onclick=\"alert(1)\">code &lt;script&gt;</pre>",
        "<a href=\"https://example.com/\" onclick=\"alert(1)\" target=\"_blank\">a safe link with a handler</a>",
        "<img src=\"//evil.example.com/x.gif\" srcset=\"javascript:alert(1) 1x\">",
        "<a href=\"/relative/path\" style=\"color:red\">relative link with a style</a>",
        "<isindex action=javascript:alert(1) type=image>",
        "<xss onafterscriptexecute=alert(1)><script>1</script>",
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Parse_VectorInBody_HtmlHasNothingActive(string vector)
    {
        var page = PageWith(vector);

        var article = ArticleParser.Parse(page, new Uri("https://news.example.com/harbour/report"));

        AssertSafe(article.Html);
    }

    [Fact]
    public void Parse_Vectors_BodiesAreReallyRendered()
    {
        // The safety checks above mean something only if the vectors' pages give a body: all but the few vectors that
        // swallow the rest of the page (an unclosed <math><style>, a <noscript> trick) must.
        var withBody = 0;
        var total = 0;
        foreach (var vector in Vectors)
        {
            total++;
            if (ArticleParser.Parse(PageWith(vector), new Uri("https://news.example.com/a")).Html.Length > 0)
            {
                withBody++;
            }
        }

        Assert.True(withBody >= total - 3, $"{withBody} of {total} vector pages gave a body");
    }

    [Fact]
    public void Parse_ManyThreads_SanitizerSharedSafely()
    {
        var vectors = new List<string>();
        foreach (var row in Vectors)
        {
            vectors.Add(row);
        }

        Parallel.For(0, vectors.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            AssertSafe(ArticleParser.Parse(PageWith(vectors[i % vectors.Count]), new Uri("https://news.example.com/a")).Html);
        });
    }

    private static string PageWith(string vector) => $"""
        <html><head><title>Harbour report</title></head><body>
        <article><h1>Harbour report</h1>
        <p>The harbour master said on Monday that the northern quay would reopen after the repairs were finished.</p>
        {vector}
        <p>Ships waiting outside the breakwater were expected to berth in the order they had arrived at anchor.</p>
        <p>Officials added that a second crane would be installed before the end of the winter season.</p>
        </article></body></html>
        """;

    private static void AssertSafe(string html)
    {
        var document = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");
        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            Assert.DoesNotContain(element.LocalName, ForbiddenElements);
            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name.ToLowerInvariant();
                Assert.False(name.StartsWith("on", StringComparison.Ordinal), $"event handler {name} on <{element.LocalName}>");
                Assert.NotEqual("style", name);
                Assert.NotEqual("srcset", name);
                if (name is "href" or "src" or "cite" or "background" or "action" or "data" or "poster")
                {
                    var value = attribute.Value.Trim();
                    var allowed = name == "href" ? new[] { "http://", "https://", "mailto:" } : ["http://", "https://"];
                    Assert.True(allowed.Any(p => value.StartsWith(p, StringComparison.OrdinalIgnoreCase)), $"{name}=\"{value}\" on <{element.LocalName}>");
                }
            }
        }
    }
}
