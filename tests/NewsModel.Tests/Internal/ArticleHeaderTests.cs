using AngleSharp.Html.Parser;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Tests.Internal;

/// <summary>
/// The article's own header, the one notion the dates, the printed byline and the category kicker share: which
/// blocks near the headline speak for something else, and the reach and band below it. Hand-written pages; the
/// element under test carries <c>id="x"</c>.
/// </summary>
public class ArticleHeaderTests
{
    private const string Prose =
        "<p>The harbour board met on Monday evening and agreed, after a long debate about money, that the old crane will stay where it is for now.</p>";

    private static (ArticleHeader Header, AngleSharp.Dom.IElement Element) Build(string body)
    {
        var document = new HtmlParser().ParseDocument($"<!doctype html><html lang=\"en\"><head><title>Crane stays</title></head><body>{body}</body></html>");
        var context = new ExtractionContext(document, new Uri("https://www.quayside.example/harbour/crane-stays"), ArticleParserOptions.Default, CancellationToken.None);
        return (ArticleHeader.Of(context), document.GetElementById("x")!);
    }

    public static TheoryData<string, bool> ForeignBlocks => new()
    {
        // The article's own furniture-like names: not foreign.
        { """<article><h1>Crane stays</h1><div class="meta"><span id="x">By Ann Vale</span></div></article>""", false },
        { """<article><h1>Crane stays</h1><div class="date-comments"><a id="x" href="/category/harbour">Harbour</a> · 3 comments</div></article>""", false },
        { """<article><h1>Crane stays</h1>""" + Prose + """<footer class="entry-footer"><a id="x" href="/category/harbour" rel="category">Harbour</a></footer></article>""", false },
        { """<main><h1>Crane stays</h1><div class="teaser"><p id="x">The old crane will stay on the quay, the board decided on Monday evening after a long debate about money and about what the town wants.</p></div></main>""", false },
        { """<main><nav class="label"><a id="x" href="/harbour">Harbour</a></nav><h1>Crane stays</h1></main>""", false },
        { """<main><h1>Crane stays</h1><article><p id="x">By Ann Vale</p></article></main>""", false },
        { """<main><h1>Crane stays</h1><div class="meta"><h4><a id="x" href="/author/ann-vale">Ann Vale</a></h4></div></main>""", false },

        // Other stories, entries of their own, the site's furniture: foreign.
        { """<main><h1>Crane stays</h1><div class="teaser"><a href="/harbour/ferry">Ferry back on time</a><span id="x">By John Doe</span></div></main>""", true },
        { """<main><h1>Crane stays</h1><div class="relatedArticles"><span id="x">By John Doe</span></div></main>""", true },
        { """<main><h1>Crane stays</h1><div class="also-read"><a id="x" href="/category/ferries">Ferries</a></div></main>""", true },
        { """<article><h1>Crane stays</h1>""" + Prose + """<article><p id="x">By John Doe</p></article></article>""", true },
        { """<main><h1>Crane stays</h1><article><p>One</p></article><article><p id="x">By John Doe</p></article></main>""", true },
        { """<main><h1>Crane stays</h1><ul><li><h3>Ferry back on time</h3><span id="x">By John Doe</span></li><li><h3>Fees</h3></li></ul></main>""", true },
        { """<main><h1>Crane stays</h1><div><div><h3><a href="/harbour/ferry">Ferry back on time</a></h3><a id="x" href="/category/ferries">Ferries</a></div></div></main>""", true },
        { """<main><h1>Crane stays</h1><aside><span id="x">By John Doe</span></aside></main>""", true },
        { """<main><h1>Crane stays</h1>""" + Prose + """<footer class="site-footer"><span id="x">Harbour</span></footer></main>""", true },
        { """<article><h1>Crane stays</h1>""" + Prose + """</article><div id="comments"><div id="x">Ann wrote on May 3</div></div>""", true },
    };

    [Theory]
    [MemberData(nameof(ForeignBlocks))]
    public void IsForeign_TellsTheArticlesBlocksFromOthers(string body, bool foreign)
    {
        var (header, element) = Build(body);

        Assert.Equal(foreign, header.IsForeign(element));
    }

    public static TheoryData<string, bool, bool> Extents => new()
    {
        // Right below the headline: in the reach and in the band.
        { """<main><h1>Crane stays</h1><p class="byline" id="x">By Ann Vale</p>""" + Prose + "</main>", true, true },

        // After a classed standfirst: still both.
        { """<main><h1>Crane stays</h1><p class="standfirst">The old crane stays on the quay after all, the board decided on Monday evening in a long and heated meeting.</p><p id="x">By Ann Vale</p></main>""", true, true },

        // After the first paragraph of body text: in the reach, not in the band.
        { """<main><h1>Crane stays</h1>""" + Prose + """<p id="x">By Ann Vale</p></main>""", true, false },

        // After another heading: in the reach, not in the band.
        { """<main><h1>Crane stays</h1><h2>Ferry back on time</h2><p id="x">By Ann Vale</p></main>""", true, false },

        // Above the headline: in the reach only.
        { """<main><p id="x">May 3, 2024</p><h1>Crane stays</h1></main>""", true, false },

        // Far below the headline: neither.
        { "<main><h1>Crane stays</h1>" + string.Concat(Enumerable.Repeat("<div><span>Quay</span></div>", 30)) + """<p id="x">By Ann Vale</p></main>""", false, false },

        // In a teaser right below the headline: neither.
        { """<main><h1>Crane stays</h1><div class="teaser"><a href="/harbour/ferry">Ferry back on time</a><span id="x">By John Doe</span></div></main>""", false, false },
    };

    [Theory]
    [MemberData(nameof(Extents))]
    public void HoldsAndOpens_ReachAndBand(string body, bool holds, bool opens)
    {
        var (header, element) = Build(body);

        Assert.Equal(holds, header.Holds(element));
        Assert.Equal(opens, header.Opens(element));
    }

    [Theory]
    [InlineData("""<article><h1>Crane stays</h1><a id="x" href="/category/harbour">Harbour</a></article><article><h2>Next</h2></article>""", true)]
    [InlineData("""<article><h1>Crane stays</h1></article><article><h2>Next</h2><a id="x" href="/category/ferries">Ferries</a></article>""", false)]
    [InlineData("""<main><h1>Crane stays</h1><div><a id="x" href="/category/harbour">Harbour</a></div></main>""", true)]
    [InlineData("""<main><h1>Crane stays</h1></main><article><a id="x" href="/category/ferries">Ferries</a></article>""", false)]
    public void InOwnEntry_OnlyTheHeadlinesEntry(string body, bool own)
    {
        var (header, element) = Build(body);

        Assert.Equal(own, header.InOwnEntry(element));
    }

    [Fact]
    public void PageWithoutHeadline_OnlyFurnitureIsForeign()
    {
        var (header, element) = Build("""<main><div class="teaser"><a href="/harbour/ferry">Ferry back on time</a><span id="x">By John Doe</span></div></main>""");

        Assert.Null(header.Headline);
        Assert.False(header.Holds(element));
        Assert.False(header.Opens(element));
    }
}
