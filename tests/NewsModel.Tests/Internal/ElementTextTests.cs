using AngleSharp.Html.Parser;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Tests.Internal;

/// <summary>Short element texts: read once per page for the readers around the headline, and a paragraph's lead without reading it whole.</summary>
public class ElementTextTests
{
    private static (ExtractionContext Context, AngleSharp.Dom.IElement Element) Build(string body)
    {
        var document = new HtmlParser().ParseDocument($"<!doctype html><html><body>{body}</body></html>");
        var context = new ExtractionContext(document, null, ArticleParserOptions.Default, CancellationToken.None);
        return (context, document.GetElementById("x")!);
    }

    [Theory]
    [InlineData("""<p id="x">By <b>Ann</b> Vale</p>""", 40, "By Ann Vale")]
    [InlineData("""<p id="x"><span class="label">Author</span><span class="name">Ann Vale</span></p>""", 40, "Author Ann Vale")]
    [InlineData("""<p id="x">By Ann Vale, harbour reporter</p>""", 12, null)]
    [InlineData("""<p id="x">By Ann Vale<script>var x = 1;</script></p>""", 40, "By Ann Vale")]
    // After a block's end, bare text or a bare span starts a word of its own; a bold letter within a word stays in it.
    [InlineData("""<details id="x"><summary>17.30 BST</summary><span>Last modified 19.02 BST</span></details>""", 60, "17.30 BST Last modified 19.02 BST")]
    [InlineData("""<div id="x"><div>Ann Vale</div>Harbour reporter</div>""", 40, "Ann Vale Harbour reporter")]
    [InlineData("""<p id="x">Ann V<b>a</b>le</p>""", 40, "Ann Vale")]
    public void CachedText_MatchesTheDirectReading(string body, int max, string? expected)
    {
        var (context, element) = Build(body);
        var cache = ElementText.Cache.Of(context);

        Assert.Equal(expected, ElementText.ShortOrNull(element, max));
        Assert.Equal(expected, cache.ShortOrNull(element, max));

        // A second reader asking for a longer text sees the whole, a shorter limit none.
        Assert.Equal(ElementText.ShortOrNull(element, 250), cache.ShortOrNull(element, 250));
        Assert.Null(cache.ShortOrNull(element, 3));
        Assert.Same(cache, ElementText.Cache.Of(context));
    }

    [Fact]
    public void CachedText_LongerLimitThanKeptReadsAfresh()
    {
        var words = string.Join(' ', Enumerable.Repeat("harbour", 60));
        var (context, element) = Build($"""<p id="x">{words}</p>""");

        Assert.Null(ElementText.Cache.Of(context).ShortOrNull(element, 250));
        Assert.Equal(words, ElementText.Cache.Of(context).ShortOrNull(element, 1000));
    }

    [Theory]
    [InlineData("""<p id="x">14.03.2023 –   The   council met on Monday evening and agreed to keep the crane.</p>""", 24, "14.03.2023 – The council")]
    [InlineData("""<p id="x">Short.</p>""", 24, "Short.")]
    [InlineData("""<p id="x"><b>HAMBURG</b> (dpa) – The port <em>reopened</em> today.</p>""", 48, "HAMBURG (dpa) – The port reopened today.")]
    public void Lead_FirstCharactersOfTheCollapsedText(string body, int length, string expected)
    {
        var (_, element) = Build(body);

        Assert.Equal(expected, ElementText.Lead(element, length));
    }

    [Fact]
    public void Lead_OfALongParagraph_IsItsOpening()
    {
        var paragraph = "29.11.2022 – " + string.Join(' ', Enumerable.Repeat("The harbour board met again.", 400));
        var (_, element) = Build($"""<p id="x">{paragraph}</p>""");

        Assert.Equal(paragraph[..48], ElementText.Lead(element, 48));
    }

    [Theory]
    [InlineData("""<div id="x"><h3><a href="/a">Ferry back</a></h3><p>On time.</p></div>""", 18, false)]
    [InlineData("""<div id="x"><h3><a href="/a">Ferry back</a></h3><p>On time.</p></div>""", 17, true)]
    [InlineData("""<div id="x"></div>""", 0, false)]
    [InlineData("""<div id="x"><p>a</p><p>b</p><div><span>cd</span></div></div>""", 3, true)]
    public void IsLongerThan_CountsTheTextContent(string body, int limit, bool longer)
    {
        var (_, element) = Build(body);

        Assert.Equal(element.TextContent.Length > limit, longer);
        Assert.Equal(longer, ElementText.IsLongerThan(element, limit));
    }

    [Theory]
    [InlineData(80)]
    [InlineData(160)]
    [InlineData(250)]
    public void CachedText_IndentedListGivesUpAsTheDirectReadingDoes(int max)
    {
        var indent = "\n" + new string('\t', 90);
        var (context, element) = Build($"""<ol id="x">{indent}<li>Home</li>{indent}<li>Business</li>{indent}<li>Markets</li>{indent}</ol>""");

        Assert.Equal(ElementText.ShortOrNull(element, max), ElementText.Cache.Of(context).ShortOrNull(element, max));
    }

    [Fact]
    public void Lead_CountsCollapsedCharacters()
    {
        var indent = "\n" + new string('\t', 56);
        var (_, element) = Build($"""<p id="x">{indent}<strong>{indent}BERLIN{indent}</strong>{indent}<a href="/dpa">{indent}dpa{indent}</a> 12.03.2024 – The port reopened today after a week.</p>""");

        Assert.StartsWith("BERLIN dpa 12.03.2024", ElementText.Lead(element, 48), StringComparison.Ordinal);
    }
}
