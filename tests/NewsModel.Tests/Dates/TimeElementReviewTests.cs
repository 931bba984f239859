namespace NewsModel.Tests.Dates;

/// <summary>
/// Regressions a review found once the <c>&lt;time&gt;</c> reader skipped elements foreign to the article's header: the
/// article's own marked times in an aside, a footer, a sidebar column or a long article judged an entry must still be
/// read; and the author-box and lone-teaser rules on pages without an entry of their own. Hand-written pages.
/// </summary>
public class TimeElementReviewTests
{
    private const string Prose =
        "<p>The island council agreed on Monday that the winter ferry timetable will add two evening crossings, after a petition signed by many commuters.</p>";

    private static readonly Uri Url = new("https://islandpost.example/news/ferry-timetable");

    private static Article Page(string body) =>
        TestPages.Parse($"<!doctype html><html lang=\"en\"><head><title>Ferry timetable adds crossings</title></head><body>{body}</body></html>", Url);

    [Theory]
    [InlineData("March 4, 2024")]
    [InlineData("2 days ago")]
    public void HeadlineOutsideTheArticle_DateInTheEntryFooter(string printed)
    {
        var article = Page(
            "<div class=\"page-title-wrap\"><h1>Ferry timetable adds crossings</h1></div><article class=\"post type-post\"><div class=\"entry-content\">" + Prose + Prose
            + $"</div><footer class=\"entry-footer\"><time class=\"entry-date published\" datetime=\"2024-03-04T09:15:00+00:00\">{printed}</time>"
            + "<time class=\"updated\" datetime=\"2024-03-06T11:00:00+00:00\">March 6, 2024</time></footer></article>");

        Assert.Equal("2024-03-04T09:15:00Z", article.Published!.ToIsoString());
        Assert.Equal("2024-03-06T11:00:00Z", article.Modified!.ToIsoString());
    }

    [Theory]
    [InlineData("aside", "story-meta")]
    [InlineData("div", "article__sidebar")]
    public void MetaColumnInsideTheArticle(string element, string name)
    {
        var article = Page(
            $"<main><article><h1>Ferry timetable adds crossings</h1><{element} class=\"{name}\"><time class=\"article__published\" datetime=\"2024-03-04T09:15:00Z\">4 days ago</time>"
            + $"<time class=\"article__updated\" datetime=\"2024-03-05T08:00:00Z\">3 days ago</time></{element}>" + Prose + Prose + "</article></main>");

        Assert.Equal("2024-03-04T09:15:00Z", article.Published!.ToIsoString());
        Assert.Equal("2024-03-05T08:00:00Z", article.Modified!.ToIsoString());
    }

    [Fact]
    public void HeroArticleThenBodyArticleWithClassedParagraphs()
    {
        var classed = Prose.Replace("<p>", "<p class=\"paragraph\">", StringComparison.Ordinal);
        var article = Page(
            "<main><article class=\"hero\"><h1>Ferry timetable adds crossings</h1></article>"
            + "<article class=\"story\"><time class=\"published\" datetime=\"2024-03-04T09:15:00Z\">4 days ago</time>" + classed + classed + classed + classed + classed + "</article>"
            + "<article class=\"story\"><h2><a href=\"/news/harbour-crane-stays-on-the-quay\">Harbour crane stays on the quay for now</a></h2></article></main>");

        Assert.Equal("2024-03-04T09:15:00Z", article.Published!.ToIsoString());
    }

    [Fact]
    public void SidebarHeadlineAndTheStoryArticleBeside()
    {
        var classed = Prose.Replace("<p>", "<p class=\"body-text\">", StringComparison.Ordinal);
        var article = TestPages.Parse(
            "<!doctype html><html lang=\"en\"><body><main><article class=\"promo-box\"><h1>Support local journalism</h1><p>Give what you can.</p></article>"
            + "<article class=\"story\"><h2>Ferry timetable adds crossings</h2><time class=\"published\" datetime=\"2024-03-04T09:15:00Z\">4 days ago</time>"
            + classed + classed + classed + classed + classed + "</article></main></body></html>",
            Url);

        Assert.Equal("2024-03-04T09:15:00Z", article.Published!.ToIsoString());
    }

    [Fact]
    public void StaffPageWithThreeWriterBoxes_CreditsNobody()
    {
        static string Box(string name, string slug) =>
            $"<div class=\"staff\"><h2>{name}</h2><p>{name} has reported on the islands, their ferries and their councils for many years.</p><a href=\"/author/{slug}/\">More by {name}</a></div>";
        var article = Page("<main><h1>Meet the newsroom team</h1>" + Prose + Box("Mara Quill", "mara-quill") + Box("Tom Ferris", "tom-ferris") + Box("Ann Lowrie", "ann-lowrie") + "</main>");

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void MetaLineAfterThePostBlock_KeepsBylineAndDate()
    {
        var article = Page(
            "<div id=\"content\"><div class=\"post\"><h1>Ferry timetable adds crossings</h1>" + Prose + Prose + "</div>"
            + "<div class=\"post-info\"><h4><a href=\"/news/island-transport-special-report\">Island transport: a special report series</a></h4><p>By Mara Quill</p>"
            + "<p>Posted <time datetime=\"2024-03-04T09:15:00Z\">4 days ago</time></p></div></div>");

        Assert.Equal(["Mara Quill"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("2024-03-04T09:15:00Z", article.Published!.ToIsoString());
    }
}

/// <summary>A second review's regressions: the article's own header blocks, staff and profile pages, slugs the address uses. Hand-written pages.</summary>
public class SecondReviewTests
{
    private const string Prose =
        "<p>The island council agreed on Monday that the winter ferry timetable will add two evening crossings, after a petition signed by many commuters.</p>";

    private static Article Page(string body, string path = "/news/ferry-timetable", string head = "") =>
        TestPages.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Ferry timetable adds crossings</title>{head}</head><body>{body}</body></html>",
            new Uri("https://islandpost.example" + path));

    [Theory]
    [InlineData("<div class=\"article-teaser\"><time datetime=\"2024-03-04T09:15:00Z\">4 days ago</time> <p>Mehr zum Thema: <a href=\"/news/harbour-crane-stays-on-the-quay\">Harbour crane stays on the quay</a></p></div>")]
    [InlineData("<div class=\"promo-meta\">By Mara Quill <time datetime=\"2024-03-04T09:15:00Z\">4 days ago</time> <a href=\"/news/harbour-crane-stays-on-the-quay\">Harbour crane stays on the quay</a></div>")]
    [InlineData("<ul class=\"post-meta\"><li class=\"meta-item\"><img src=\"/i/cal.svg\" alt=\"\"><time class=\"entry-date published\" datetime=\"2024-03-04T09:15:00Z\">4 days ago</time></li>"
        + "<li class=\"meta-item\"><img src=\"/i/tag.svg\" alt=\"\"><a href=\"/news/island-transport-and-ferries-today\">Island transport and ferries today</a></li></ul>")]
    [InlineData("<article class=\"story-meta\"><span>By Mara Quill</span> <time class=\"published\" datetime=\"2024-03-04T09:15:00Z\">4 days ago</time> <a href=\"/coastline-at-risk-reporting-project/\">Part of the coastline at risk project</a></article>")]
    public void OwnTimeInAHeaderBlockThatLinksAStory_IsRead(string block)
    {
        var article = Page("<main><article><h1>Ferry timetable adds crossings</h1>" + block + Prose + Prose + "</article></main>");

        Assert.Equal("2024-03-04T09:15:00Z", article.Published!.ToIsoString());
    }

    private static string Box(string name, string slug) =>
        $"<div class=\"bio\"><h2>{name}</h2><p>{name} has reported on the islands, their ferries and their councils for many years.</p><a href=\"/author/{slug}/\">More by {name}</a></div>";

    [Fact]
    public void StaffPageWithTwoWriterBoxes_CreditsNobody()
    {
        var article = Page("<main><h1>Meet our editors</h1>" + Prose + Box("Mara Quill", "mara-quill") + Box("Lee Cole", "lee-cole") + "</main>", "/about/editors");

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void ProfilePageOfTheBoxsSubject_CreditsNobody()
    {
        var article = Page("<main><article><h1>Mara Quill</h1>" + Prose + Prose + Box("Mara Quill", "mara-quill") + "</article></main>", "/team/mara-quill");

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void AboutTheAuthorBlockNamedForTheAuthor_CreditsTheNameAlone()
    {
        var article = Page(
            "<article><h1>Ferry timetable adds crossings</h1>" + Prose + Prose + "</article><div class=\"post-author\"><h2>About the author</h2><p><strong>Owen Pryce</strong></p>"
            + "<p>Owen is a trail runner and the paper's transport reporter, with twelve marathons behind him.</p></div>");

        Assert.Equal(["Owen Pryce"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("/e-commerce/2024/03/ferry-timetable", "e-commerce")]
    [InlineData("/news/2024/03/ferry-timetable", "Retail")]
    public void DeclaredSlugTheAddressUses_StaysBesideAnUnrelatedKicker(string path, string expected)
    {
        var article = Page(
            "<main><article><a class=\"kicker\" href=\"/retail/\">Retail</a><h1>Ferry timetable adds crossings</h1>" + Prose + "</article></main>",
            path,
            "<meta property=\"article:section\" content=\"e-commerce\">");

        Assert.Equal(expected, article.Section.Path);
    }
}
