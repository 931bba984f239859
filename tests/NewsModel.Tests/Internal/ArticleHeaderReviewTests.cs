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
}
