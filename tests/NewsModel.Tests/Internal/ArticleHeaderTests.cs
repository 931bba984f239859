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
        { """<main><h1>Crane stays</h1><article><p id="x">By Ann Vale</p></article></main>""", false },
        { """<main><h1>Crane stays</h1><div class="meta"><h4><a id="x" href="/author/ann-vale">Ann Vale</a></h4></div></main>""", false },

        // A lone block with a linked heading before the body (a series heading in the meta lines), or a "read also" link
        // after the element in a brief: the article's own.
        { """<main><h1>Crane stays</h1><div class="story-meta"><h3><a href="/series/harbour-works/">Harbour works</a></h3><p id="x">By Ann Vale</p></div>""" + Prose + "</main>", false },
        { """<main><h1>Crane stays</h1><div class="article-body"><p id="x">By Ann Vale</p>""" + Prose + """<h3><a href="/harbour/ferry">Read also: ferry back on time</a></h3></div></main>""", false },

        // Class names that describe the article's own container or its layout.
        { """<main><h1>Crane stays</h1><div class="article__content article__content--has-related-links"><p id="x">By Ann Vale</p></div></main>""", false },
        { """<main><h1>Crane stays</h1><div class="article-body readmore-collapsed"><p id="x">QUAYSIDE (12.03.2024) – The board met.</p></div></main>""", false },
        { """<main><h1>Crane stays</h1><ul class="post-info"><li class="elementor-icon-list-item"><a id="x" href="/author/ann-vale/">Ann Vale</a></li><li class="elementor-icon-list-item">March 12, 2024</li></ul></main>""", false },

        // A lede named "teaser" beside the headline, with the writer's or the date's link in it.
        { """<main><h1>Crane stays</h1><div class="article-teaser"><p class="teaser-text">The board kept the crane.</p><p class="author">Von <a id="x" href="/autoren/anna-maria-vale">Anna Maria Vale</a></p></div></main>""", false },

        // The headline outside the article, or in a short hero article: the article after it holds the story.
        { """<div class="head"><h1>Crane stays</h1></div><div><article><p id="x">By Ann Vale</p>""" + Prose + Prose + Prose + Prose + Prose + """</article><article><h2><a href="/harbour/fees">Harbour fees rise next year</a></h2></article></div>""", false },
        { """<section class="hero"><article><h1>Crane stays</h1></article></section><article class="story"><div id="x">By Ann Vale</div>""" + Prose + Prose + Prose + Prose + Prose + "</article>", false },

        // The footer of the headline's own block, and a meta line named for its comments.
        { """<div class="post"><h1>Crane stays</h1>""" + Prose + """<footer class="post-footer">Filed under <a id="x" href="/category/harbour/" rel="category tag">Harbour</a></footer></div>""", false },
        { """<div class="post"><h1>Crane stays</h1>""" + Prose + """<p class="postmetadata comments-meta"><a id="x" href="/category/harbour/">Harbour</a> | 2 comments</p></div>""", false },

        // Other stories, entries of their own, the site's furniture: foreign.
        { """<main><h1>Crane stays</h1><div class="teaser"><a href="/harbour/ferry">Ferry back on time</a><span id="x">By John Doe</span></div></main>""", true },
        { """<main><h1>Crane stays</h1><div class="relatedArticles"><span id="x">By John Doe</span></div></main>""", true },
        { """<main><h1>Crane stays</h1><div class="also-read"><a id="x" href="/category/ferries">Ferries</a></div></main>""", true },
        { """<article><h1>Crane stays</h1>""" + Prose + """<article><p id="x">By John Doe</p></article></article>""", true },
        { """<main><h1>Crane stays</h1><article><p>One</p></article><article><p id="x">By John Doe</p></article></main>""", true },
        { """<main><h1>Crane stays</h1><ul><li><h3><a href="/harbour/ferry">Ferry back on time</a></h3><span id="x">By John Doe</span></li><li><h3><a href="/harbour/fees">Fees</a></h3></li></ul></main>""", true },
        { """<main><h1>Crane stays</h1><div class="cards"><div class="card"><h3><a href="/harbour/ferry">Ferry back on time</a></h3><a id="x" href="/category/ferries">Ferries</a></div><div class="card"><h3><a href="/harbour/fees">Harbour fees rise next year</a></h3></div></div></main>""", true },
        { """<main><h1>Crane stays</h1>""" + Prose + """<div class="more"><h3><a href="/harbour/ferry">Ferry back on time</a></h3><span id="x">By John Doe</span></div></main>""", true },
        { """<main><h1>Crane stays</h1><ul class="article-details"><li><h3>Author</h3><p id="x">By Ann Vale</p></li><li><h3>Published</h3><p>March 12, 2024</p></li></ul>""" + Prose + "</main>", false },
        { """<main><h1>Crane stays</h1>""" + Prose + """<div class="signature"><a href="mailto:ann.vale@quayside.example">Send an email to the author</a><p id="x">By Ann Vale</p></div></main>""", false },
        { """<main><h1>Crane stays</h1><aside><span id="x">By John Doe</span></aside></main>""", true },
        { """<main><h1>Crane stays</h1>""" + Prose + """<footer class="site-footer"><span id="x">Harbour</span></footer></main>""", true },
        { """<article><h1>Crane stays</h1>""" + Prose + """</article><div id="comments"><div id="x">Ann wrote on May 3</div></div>""", true },

        // Another story's items inside the entry's own footer, and the comments right after a short text.
        { """<article><h1>Crane stays</h1>""" + Prose + """<footer class="post-footer"><div class="more-articles"><div class="item"><span class="title"><a href="/harbour/ferry">Ferry back on time again</a></span> <span id="x">By John Doe</span></div><div class="item"><span class="title"><a href="/harbour/fees">Harbour fees rise next year</a></span></div></div></footer></article>""", true },
        { """<article><h1>Crane stays</h1><p class="p1">Short.</p><div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><span id="x" class="comment-author">By Gary Pike</span><p>Nice.</p></li></ol></div></article>""", true },
        { """<main><h1>Crane stays</h1><div><article><p>One</p></article><article><p id="x">By John Doe</p></article><article><p>Three</p></article></div></main>""", true },
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

        // After a classed subheading right below the headline, its dek: still both.
        { """<main><h1>Crane stays</h1><h2 class="news-spot">The old crane stays on the quay after all.</h2><p id="x">By Ann Vale</p></main>""", true, true },

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

    [Fact]
    public void ShortNavigationAboveTheHeadline_LabelsTheArticleOnlyForTheKicker()
    {
        var (header, element) = Build("""<main><nav class="label"><a id="x" href="/harbour">Harbour</a></nav><h1>Crane stays</h1></main>""");

        Assert.False(header.IsForeign(element, kicker: true));
        Assert.True(header.IsForeign(element));
        Assert.True(header.IsFurniture(element));
    }

    [Fact]
    public void EntriesOfTheirOwn_AreForeignButNoFurniture()
    {
        // Their values are not the header's, but may be the page's when nothing else gives one.
        var (header, element) = Build("""<main><h1>Crane stays</h1><article><p>One</p></article><article><p id="x">By John Doe</p></article></main>""");

        Assert.True(header.IsForeign(element));
        Assert.False(header.IsFurniture(element));
    }

    [Fact]
    public void LoneTeaserAfterTheBody_IsForeignButNoFurniture()
    {
        // A lone block with a linked heading after the body is too often the article's own (a series, a column) to be
        // furniture; the header's reach and band leave it out.
        var (header, element) = Build("""<main><h1>Crane stays</h1>""" + Prose + """<div class="more"><h3><a href="/harbour/ferry">Ferry back on time</a></h3><span id="x">By John Doe</span></div></main>""");

        Assert.True(header.IsForeign(element));
        Assert.False(header.IsFurniture(element));
    }

    [Theory]
    // A link to the page itself (a live blog entry's permalink), a series', a column's or a policy page titles no story.
    [InlineData("""<a href="/harbour/crane-stays#post-2">Council members begin the final vote</a>""")]
    [InlineData("""<a href="/series/harbour-budget-watch">Harbour Budget Watch series part three</a>""")]
    [InlineData("""<a href="/columns/harbour-notebook-weekly">Harbour Notebook weekly column</a>""")]
    [InlineData("""<a href="/about/corrections-and-clarifications-policy">Our corrections and clarifications policy</a>""")]
    public void LinkedHeadingToNoStory_MakesNoTeaser(string link)
    {
        var (header, element) = Build("""<main><h1>Crane stays</h1>""" + Prose + $"""<div class="box"><h3>{link}</h3><span id="x">By Ann Vale</span></div></main>""");

        Assert.False(header.IsForeign(element));
    }

    [Theory]
    [InlineData("""<main><h1>Crane stays</h1><div class="cards"><div class="card"><h3><a href="/harbour/ferry">Ferry back on time</a></h3><span id="x">By John Doe</span></div><div class="card"><h3><a href="/harbour/fees">Harbour fees rise next year</a></h3></div></div></main>""")]
    [InlineData("""<div class="cards"><div class="card"><h3><a href="/harbour/ferry">Ferry back on time</a></h3><span id="x">By John Doe</span></div><div class="card"><h3><a href="/harbour/fees">Harbour fees rise next year</a></h3></div></div><main><h1>Crane stays</h1></main>""")]
    [InlineData("""<main><h1>Crane stays</h1><div class="relatedArticles"><span id="x">By John Doe</span></div></main>""")]
    public void CardListsAndRelatedBlocks_AreFurnitureAboveAndBelow(string body)
    {
        var (header, element) = Build(body);

        Assert.True(header.IsFurniture(element));
    }
}
