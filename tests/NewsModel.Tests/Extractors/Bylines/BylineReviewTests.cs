namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>Regressions a review of the byline rules found; hand-written pages and names.</summary>
public class BylineReviewTests
{
    private const string Story =
        "<p>The lighthouse keepers' association met on Tuesday to discuss the repainting of the old tower by the bay.</p>"
        + "<p>Members agreed that the work should start in early spring, before the first sailing boats come back.</p>"
        + "<p>A volunteer team will scrape the old paint and the town council has promised to pay for the new coat.</p>";

    private const string LongIntro =
        "<p>Every winter the lighthouse keepers' association argues about paint, and this winter was no exception at all, as members will tell you.</p>";

    private const string PersonNode =
        """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tower to be repainted","author":{"@type":"Person","name":"Olaf Brink"}}</script>""";

    private static Article Page(string head, string body) =>
        TestPages.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Tower to be repainted</title>{head}</head><body><main><h1>Tower to be repainted</h1>{body}</main></body></html>",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

    [Theory]
    // A teaser of another story under the headline prints its own credit.
    [InlineData("""<div class="teaser"><a href="/town/ferry">Ferry back on time</a><span class="byline">By John Doe</span></div>""" + Story)]
    // A book review: the reviewed book's credit after its title.
    [InlineData(LongIntro + """<p><em>The Painted Tower</em></p><p>By John Doe</p>""" + Story)]
    // A roundup: the second story's credit after its own heading.
    [InlineData(Story + """<h2>Harbour fees rise</h2><p>By John Doe</p>""" + Story)]
    public void Parse_CreditOutsideTheArticleHeader_DoesNotBeatMarkupAuthor(string body)
    {
        var article = Page(PersonNode, body);

        Assert.Equal("Olaf Brink", article.Byline.Contributors[0].Name);
    }

    [Fact]
    public void Parse_CreditInTheArticleHeader_BeatsMarkupAuthor()
    {
        var article = Page(PersonNode, """<p class="byline">By John Doe</p>""" + Story);

        Assert.Equal(["John Doe"], article.Byline.Contributors.Select(c => c.Name));
    }
}
