namespace NewsModel.Tests.Internal;

/// <summary>
/// Regressions a review of the shared article header found on ordinary pages: the byline, dates and section the old
/// readers found must still be found. Hand-written pages.
/// </summary>
public class ArticleHeaderReviewTests
{
    private const string Prose =
        "<p>The harbour board met on Monday evening and agreed, after a long debate about money, that the old crane will stay where it is for now.</p>";

    private static Article Page(string body) =>
        TestPages.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Crane stays on the quay</title></head><body>{body}</body></html>",
            new Uri("https://www.quayside.example/harbour/2024/03/12/crane-stays"));

    [Fact]
    public void ShortBriefWithAReadAlsoLink_KeepsItsBylineAndDate()
    {
        var article = Page(
            """<main><h1>Crane stays on the quay</h1><div class="article-body"><p class="byline">By Tom Avery</p><p>QUAYSIDE, March 12, 2024 – The board kept the crane.</p>"""
            + """<h3><a href="/harbour/ferry-456">Read also: ferry timetable changes</a></h3><p>More on Friday.</p></div></main>""");

        Assert.Equal(["Tom Avery"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("2024-03-12", article.Published!.ToIsoString()[..10]);
    }

    [Fact]
    public void SeriesHeadingInTheMetaLines_KeepsTheByline()
    {
        var article = Page(
            """<main><h1>Crane stays on the quay</h1><div class="story-meta"><h3><a href="/series/harbour-works/">Harbour works</a></h3><p class="story-meta__byline">By Daniel Okoro</p></div>"""
            + Prose + "</main>");

        Assert.Equal(["Daniel Okoro"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void HeroArticleThenStoryArticle_KeepsBylineAndUpdate()
    {
        var article = Page(
            """<section class="hero"><article><h1>Crane stays on the quay</h1></article></section><article class="story"><div class="story__byline">By Helen Marsh</div>"""
            + """<div class="story__date">Published March 12, 2024. Updated March 13, 2024</div>""" + Prose + Prose + Prose + Prose + Prose + "</article>");

        Assert.Equal(["Helen Marsh"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("2024-03-13", article.Modified!.ToIsoString()[..10]);
    }

    [Fact]
    public void CommentsRightAfterAShortText_AreNotTheByline()
    {
        var article = Page(
            """<article><h1>Crane stays on the quay</h1><p class="p1">The board kept the crane.</p><div id="comments" class="comments-area"><ol class="comment-list">"""
            + """<li class="comment"><span class="comment-author">By Gary Pike</span><p>Good news for the quay.</p></li></ol></div></article>""");

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void CategoryInTheFooterOfThePostBlock_IsTheSection()
    {
        var article = Page(
            """<div class="post"><h1>Crane stays on the quay</h1>""" + Prose + """<footer class="post-footer">Filed under <a href="/category/community/" rel="category tag">Community</a></footer></div>""");

        Assert.Equal("Community", article.Section.Path);
    }

    // A second review: where the story's article follows its headline, and what stays furniture.
    private static readonly string Body = Prose + Prose + Prose + Prose + Prose;

    [Fact]
    public void LongHeroThenStoryArticle_KeepsBylineAndUpdate()
    {
        var standfirst = "<p class=\"standfirst\">" + string.Concat(Enumerable.Repeat("The crane on the east quay stays where it is, the board decided. ", 10)) + "</p>";
        var article = Page(
            "<article class=\"hero\"><h1>Crane stays on the quay</h1>" + standfirst + "<figure><img src=\"/c.jpg\" alt=\"\"></figure></article>"
            + "<article><div class=\"byline\">By John Smith</div><p class=\"dates\">Published March 2, 2024. Updated March 4, 2024</p>" + Body + "</article>");

        Assert.Equal(["John Smith"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("2024-03-04", article.Modified!.ToIsoString()[..10]);
    }

    [Fact]
    public void HeadlineOutsideTheArticleWithShareButtons_KeepsBylineAndUpdate()
    {
        var share = string.Concat(Enumerable.Range(1, 5).Select(i => $"<a href=\"/share/{i}\">Share {i}</a>"));
        var article = Page(
            $"<header><h1>Crane stays on the quay</h1><div class=\"share\">{share}</div><figure><img src=\"/c.jpg\" alt=\"\"><figcaption><span>The crane.</span><span>Photo: Port</span></figcaption></figure></header>"
            + "<article><div class=\"byline\">By John Smith</div><p class=\"dates\">Published March 2, 2024. Updated March 4, 2024</p>" + Body + "</article>"
            + "<article class=\"next-story\"><h2><a href=\"/harbour/ferry\">Ferry back on time after repairs</a></h2><p>By Other Writer</p></article>");

        Assert.Equal(["John Smith"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("2024-03-04", article.Modified!.ToIsoString()[..10]);
    }

    [Fact]
    public void InnerArticleForTheBody_KeepsBylineAndUpdate()
    {
        var article = Page(
            "<article><header><h1>Crane stays on the quay</h1></header><div itemprop=\"articleBody\"><article><p class=\"byline\">By Jane Roe</p>"
            + "<p class=\"dates\">Published March 2, 2024. Updated March 4, 2024</p>" + Body + "</article></div></article>");

        Assert.Equal(["Jane Roe"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("2024-03-04", article.Modified!.ToIsoString()[..10]);
    }

    [Theory]
    [InlineData("<a href=\"https://twitter.com/intent/tweet?url=x\">Share this on Twitter</a>")]
    [InlineData("<a href=\"/category/local-news-and-politics/\">Local News and Politics</a>")]
    public void UnclassedStandfirstThenMetaLineWithALink_KeepsTheByline(string link)
    {
        var article = Page(
            "<article><h1>Crane stays on the quay</h1><p>The vote came after three hours of debate on Tuesday night.</p>"
            + $"<div class=\"article-meta\">{link}<span class=\"byline\">By Jane Roe</span></div>" + Body + "</article>");

        Assert.Equal(["Jane Roe"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void DetailsListWithHeadings_KeepsTheByline()
    {
        var article = Page(
            "<main><h1>Crane stays on the quay</h1><ul class=\"article-details\"><li><h3>Author</h3><p>By Jane Roe</p></li><li><h3>Published</h3><p>March 12, 2024</p></li></ul>"
            + Body + "</main>");

        Assert.Equal(["Jane Roe"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void SiteFooterInsideTheWrapper_GivesNoBylineOrUpdate()
    {
        var article = Page(
            "<div class=\"container\"><main><article><h1>Crane stays on the quay</h1><time datetime=\"2024-03-02\">March 2, 2024</time>" + Body + "</article></main>"
            + "<footer class=\"py-4\"><p>Written by Tom Webmaster</p><p>Last updated <time datetime=\"2024-11-20\">Nov 20, 2024</time></p></footer></div>");

        Assert.Empty(article.Byline.Contributors);
        Assert.Null(article.Modified);
    }

    [Fact]
    public void TopBarWithTodaysDate_IsNotTheArticlesDate()
    {
        var article = Page(
            "<nav class=\"subnav\"><span class=\"edition-date\">Monday, 30 November 2026</span><a href=\"/news\">News</a><a href=\"/sport\">Sport</a></nav>"
            + "<main><h1>Crane stays on the quay</h1>" + Body + "<p class=\"published\">First published on 2 March 2024</p></main>");

        Assert.Equal("2024-03-02", article.Published!.ToIsoString()[..10]);
    }

    // A third review: the article's own repeated blocks are no list of story cards.
    [Theory]
    [InlineData("/by/jane-roe", "/by/john-doe")]
    [InlineData("/contributor/jane-roe", "/contributor/john-doe")]
    [InlineData("https://twitter.com/janeroe", "https://twitter.com/johndoe")]
    public void RepeatedAuthorBoxes_KeepTheByline(string first, string second)
    {
        var box = "<div class=\"author-box\"><h4><a href=\"{0}\">{1}</a></h4><p>{1} covers the harbour and the town council for the paper.</p></div>";
        var article = Page(
            "<article><h1>Crane stays on the quay</h1><time datetime=\"2024-03-02\">March 2, 2024</time>" + Body
            + string.Format(box, first, "Jane Roe") + string.Format(box, second, "John Doe") + "</article>");

        // Two boxes side by side are no list of story cards; each box's heading names its writer.
        Assert.Equal("Jane Roe", article.Byline.Contributors[0].Name);
    }

    [Fact]
    public void MetaLinePrintedAboveAndBelowTheBody_KeepsBylineAndSection()
    {
        var meta = "<div class=\"entry-meta\">Posted on <span class=\"posted-on\">March 2, 2024</span> by <span class=\"author\">Jane Roe</span> in "
            + "<a href=\"/news/local-government-and-politics/\" rel=\"category\">Local Government and Politics</a></div>";
        var article = Page("<div class=\"post\"><h1>Crane stays on the quay</h1>" + meta + "<div class=\"entry-content\">" + Body + "</div>" + meta + "</div>");

        Assert.Equal(["Jane Roe"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("Local Government and Politics", article.Section.Path);
    }

    [Fact]
    public void ArticleSectionsOfTheSameClass_KeepTheByline()
    {
        var article = Page(
            "<article><h1>Crane stays on the quay</h1><section class=\"block\"><p class=\"byline\">By <a href=\"/by/jane-roe\">Jane Roe</a></p>"
            + "<p class=\"date\">Published March 2, 2024</p><p>Summary: <a href=\"/news/council-budget-explained\">The budget explained in five charts</a></p></section>"
            + "<section class=\"block\">" + Body + "<h2><a href=\"/news/what-happens-next\">What happens next</a></h2></section></article>");

        Assert.Equal(["Jane Roe"], article.Byline.Contributors.Select(c => c.Name));
    }

    // A date printed beside another story's title is no last-resort date for the article.
    [Fact]
    public void MostReadWidgetBelowAShortArticle_GivesNoDate()
    {
        var article = Page(
            "<main><h1>Crane stays on the quay</h1>" + Prose + "<aside class=\"most-read\"><ol><li><h3><a href=\"/harbour/ferry-back-on-time\">Ferry back on time after the storm</a></h3>"
            + "<span class=\"date\">February 1, 2024</span></li><li><h3><a href=\"/harbour/fees-rise\">Harbour fees rise next year again</a></h3><span class=\"date\">January 30, 2024</span></li></ol></aside></main>");

        Assert.Equal("2024-03-12", article.Published!.ToIsoString()[..10]);
    }

    // A fifth review: a lone block with a linked heading after the body's first paragraph is the article's own often enough.
    [Theory]
    [InlineData("<p>The harbour board met on Monday evening and agreed, after a long and heated debate about money and jobs, that the old crane stays put.</p><div class=\"meta\"><h4><a href=\"/series/harbour-budget-watch\">Harbour Budget Watch series part three</a></h4><span class=\"author\">By Jane Roe</span> <span class=\"date\">March 2, 2024</span></div>")]
    [InlineData("<div class=\"story-meta\"><h2><a href=\"/news/council-budget-coverage-2024\">Filed under council budget coverage 2024</a></h2><span class=\"author\">By Jane Roe</span> <span class=\"date\">March 2, 2024</span></div>")]
    [InlineData("<div><h3><a href=\"/harbour-notebook-weekly-column\">Harbour Notebook weekly column</a></h3><p class=\"byline\">By Jane Roe</p><p class=\"date\">March 2, 2024</p></div>")]
    public void LoneLinkedHeadingBlockAfterTheFirstParagraph_KeepsBylineAndDate(string block)
    {
        var article = TestPages.Parse(
            "<!doctype html><html lang=\"en\"><head><title>Crane stays on the quay</title></head><body><main><h1>Crane stays on the quay</h1>" + Prose + block + Prose + "</main></body></html>",
            new Uri("https://www.quayside.example/harbour/crane-stays"));

        Assert.Equal(["Jane Roe"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("2024-03-02", article.Published!.ToIsoString()[..10]);
    }
    // A lone "read next" card after the article's own entry dates and credits that story; inside the entry it may be
    // the article's own series box, and is read.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void LoneTeaserCardAfterTheEntry_GivesNoBylineOrDate(bool outside)
    {
        const string Card = "<div class=\"box\"><h3><a href=\"/harbour/2024/03/10/ferry-back-on-time\">Ferry back on time after the winter storm</a></h3>"
            + "<p class=\"byline\">By John Doe</p><p class=\"date\">March 10, 2024</p></div>";
        var article = TestPages.Parse(
            "<!doctype html><html lang=\"en\"><head><title>Crane stays on the quay</title></head><body><main><article><h1>Crane stays on the quay</h1>"
            + Prose + Prose + (outside ? "</article>" + Card : Card + "</article>") + "</main></body></html>",
            new Uri("https://www.quayside.example/harbour/crane-stays"));

        if (outside)
        {
            Assert.Empty(article.Byline.Contributors);
            Assert.Null(article.Published);
        }
        else
        {
            Assert.Equal(["John Doe"], article.Byline.Contributors.Select(c => c.Name));
        }
    }
}
