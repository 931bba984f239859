namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>
/// A third review's regressions: a given name is completed only from an author's name, a "More by" heading or another
/// source; a credits list's own links; another story's date in the header's band; a slug the page prints as a name.
/// Hand-written pages.
/// </summary>
public class ThirdReviewTests
{
    private const string Prose =
        "<p>The harbour board met on Thursday evening to consider the latest proposal for the eastern quay, which has been closed to heavy vehicles since last autumn.</p>";

    private static Article Page(string body, string head = "", string path = "/news/2024/05/quay-repairs") =>
        TestPages.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Quay repairs could finish within months</title>{head}</head><body>{body}</body></html>",
            new Uri("https://harbourpost.example" + path));

    private static Article GivenNamePage(string elsewhere) =>
        Page("<main><article><h1>Quay repairs could finish within months</h1><p class=\"byline\">By Mark</p>" + Prose + elsewhere + Prose + "</article></main>");

    [Theory]
    [InlineData("<div itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Mark Haddow</span> chairs the board.</div>")]
    [InlineData("<div itemscope itemtype=\"https://schema.org/Review\"><div itemprop=\"itemReviewed\" itemscope itemtype=\"https://schema.org/Book\"><span itemprop=\"name\">The Quiet Pier</span>"
        + "<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Mark Haddow</span></span></div></div>")]
    [InlineData("<h3>The Quiet Pier, by Mark Haddow</h3>")]
    [InlineData("<h3>Photography by Mark Fenwick</h3>")]
    [InlineData("<div itemscope itemtype=\"https://schema.org/Comment\"><span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Mark Smith</span></span><p>Great piece.</p></div>")]
    [InlineData("<footer itemscope itemtype=\"https://schema.org/Organization\"><span itemprop=\"founder\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Mark Hollis</span></span></footer>")]
    public void GivenNameAlone_IsNotCompletedFromAnotherPerson(string elsewhere)
    {
        Assert.Equal(["Mark"], GivenNamePage(elsewhere).Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("<h3>More by Mark Haddow</h3>")]
    [InlineData("<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Mark Haddow</span></span>")]
    public void GivenNameAlone_IsCompletedFromTheWritersOwnName(string elsewhere)
    {
        Assert.Equal(["Mark Haddow"], GivenNamePage(elsewhere).Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void CreditsListWithPortfolioLinks_KeepsTheWriter()
    {
        var article = Page(
            "<main><article><h1>Quay repairs could finish within months</h1><ul class=\"credits\"><li><span class=\"byline\">Words by Jane Roe</span> <a href=\"/portfolio/jane\">See her portfolio here</a></li>"
            + "<li><span class=\"byline\">Photos by John Doe</span> <a href=\"/portfolio/john\">See his portfolio here</a></li></ul>" + Prose + Prose + "</article></main>");

        Assert.Contains("Jane Roe", article.Byline.Contributors.Select(c => c.Name));
        Assert.DoesNotContain("Jane Roe See", article.Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("<p class=\"related\">Related: <a href=\"/2023/11/02/ferry-timetable-changes-announced/\">Ferry timetable changes announced for winter</a> <time class=\"published\" datetime=\"2023-11-02T08:00:00Z\">2 Nov 2023</time></p>")]
    [InlineData("<div class=\"teaser\"><a href=\"/2024/04/01/what-we-know-about-the-quay-cracks/\"><img src=\"/i/q.jpg\" alt=\"\"><span>Also read: What we know about the quay cracks</span></a> <time class=\"published\" datetime=\"2023-11-02T08:00:00Z\">2 Nov 2023</time></div>")]
    public void AnotherStorysLineUnderTheHeadline_IsNotTheDate(string line)
    {
        var article = Page(
            "<main><article><h1>Quay repairs could finish within months</h1>" + line + "<p class=\"byline\">By Jane Roe</p>"
            + "<time class=\"published\" datetime=\"2024-05-06T10:30:00Z\">6 May 2024</time>" + Prose + Prose + "</article></main>");

        Assert.Equal("2024-05-06T10:30:00Z", article.Published!.ToIsoString());
    }

    [Fact]
    public void DeclaredSlugTheAddressUses_TakesThePrintedFormOfTheSameName()
    {
        var article = Page(
            "<main><article><a class=\"kicker\" href=\"/us_politics/\">US Politics</a><h1>Quay repairs could finish within months</h1>" + Prose + "</article></main>",
            "<meta property=\"article:section\" content=\"us_politics\">",
            "/us_politics/2024/05/quay-repairs");

        Assert.Equal("US Politics", article.Section.Path);
    }
    // A fourth review: the article's own category, series or edition link printed before its time in a block whose
    // class names a widget, a promo or a roundup; a meta widget after a subtitle h2.
    [Theory]
    [InlineData("<div class=\"series-promo\">Part of our series: <a href=\"/harbour-in-crisis/\">Harbour in Crisis: What Comes Next</a> · By Jane Roe · <time class=\"published\" datetime=\"2024-05-06T10:30:00Z\">6 May 2024</time></div>")]
    [InlineData("<div class=\"roundup-meta\">Edition: <a href=\"/newsletters/morning-briefing-from-the-harbour/\">Morning briefing from the harbour</a> · <time class=\"published\" datetime=\"2024-05-06T10:30:00Z\">6 May 2024</time></div>")]
    [InlineData("<h2 class=\"subtitle\">The board wants the work done before the winter storms</h2><div class=\"widget-meta\">By Jane Roe · <time class=\"published\" datetime=\"2024-05-06T10:30:00Z\">6 May 2024</time></div>")]
    public void OwnTimeAfterItsCategoryOrSubtitle_IsRead(string block)
    {
        var article = Page("<main><article><h1>Quay repairs could finish within months</h1>" + block + Prose + Prose + "</article></main>", path: "/news/quay-repairs");

        Assert.Equal("2024-05-06T10:30:00Z", article.Published!.ToIsoString());
    }
}
