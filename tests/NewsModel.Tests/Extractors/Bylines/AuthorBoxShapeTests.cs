namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>
/// Author boxes printed after the body, read when nothing else credits the article: a heading of the writer's name with a
/// biography and a link to more of their articles, or an "About the author" heading above the name. Hand-written pages.
/// </summary>
public class AuthorBoxShapeTests
{
    private const string Story =
        "<p>The lighthouse keepers' association met on Tuesday to discuss the repainting of the old tower by the bay, and agreed on a date.</p>"
        + "<p>Volunteers will scrape the old paint in April; the council has promised scaffolding and two skips for the rubbish.</p>"
        + "<p>The tower was last painted in 1987, when the keepers still lived in the cottage beside it and rang the fog bell by hand.</p>";

    // Long enough that the boxes lie beyond the reach of the printed-byline reader's profile links.
    private static readonly string Body = string.Concat(Enumerable.Repeat(Story, 10));

    private static Article Page(string inArticle, string afterArticle = "", string head = "", string lang = "en") =>
        TestPages.Parse(
            $"<!doctype html><html lang=\"{lang}\"><head><title>Tower to be repainted</title>{head}</head><body><div class=\"site\"><main><article class=\"post\"><h1>Tower to be repainted</h1>"
            + $"<div class=\"entry-content\">{Body}</div>{inArticle}</article>{afterArticle}</main></div></body></html>",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

    private static string NewspackBox(string name, string slug, string more = "More by", string heading = "h2") =>
        $"<div class=\"author-bio\"><a href=\"https://www.bayherald.example/author/{slug}/\"><img class=\"avatar\" src=\"/a/{slug}.jpg\" alt=\"\"></a>"
        + $"<div class=\"author-bio-text\"><div class=\"author-bio-header\"><{heading} class=\"accent-header\"><a href=\"https://www.bayherald.example/author/{slug}/\">{name}</a></{heading}></div>"
        + $"<p>{name.Split(' ')[0]} writes about the harbour, the lifeboat station and the town council, and sails a small dinghy at weekends.</p>"
        + $"<a class=\"author-link\" href=\"https://www.bayherald.example/author/{slug}/\">{more} {name}</a></div></div>";

    public static TheoryData<string, string> ShapeA => new()
    {
        // Newspack: linked h2, biography, "More by".
        { NewspackBox("Jane Roe", "jane-roe"), "Jane Roe" },
        { NewspackBox("Jane Roe", "jroe", "More articles by", "h3"), "Jane Roe" },
        { NewspackBox("Jane Roe", "jane-roe", "View all posts by"), "Jane Roe" },
        // A plain heading, no class names at all, the link after the biography.
        { "<div><h3>Ann Lee</h3><p>Ann has covered the coast since 2009 and edits the weekend nature pages.</p><p><a href=\"/writers/ann-lee\">More by Ann Lee</a></p></div>", "Ann Lee" },
        // The possessive, and any text naming the writer that leads to their profile page.
        { "<div class=\"box\"><h2>Ann Lee</h2><p>Ann has covered the coast since 2009 and edits the weekend nature pages.</p><a href=\"/writers/ann-lee\">View all of Ann Lee's posts.</a></div>", "Ann Lee" },
        { "<div class=\"box\"><h2>Ann Lee</h2><p>Ann has covered the coast since 2009 and edits the weekend nature pages.</p><a href=\"/author/ann-lee/\">Follow Ann Lee</a></div>", "Ann Lee" },
    };

    [Theory]
    [MemberData(nameof(ShapeA))]
    public void HeadingNameWithBiographyAndMoreByLink_CreditsTheName(string box, string expected)
    {
        var article = Page(box);

        Assert.Equal([expected], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal(ContributorKind.Person, article.Byline.Contributors[0].Kind);
    }

    [Fact]
    public void AuthorBoxAfterTheArticleElement_CreditsTheName()
    {
        var article = Page("", NewspackBox("Jane Roe", "jane-roe"));

        Assert.Equal(["Jane Roe"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void TwoAuthorBoxes_CreditEachNameOnce()
    {
        var article = Page(NewspackBox("Jane Roe", "jane-roe") + NewspackBox("John Doe", "john-doe"));

        Assert.Equal(["Jane Roe", "John Doe"], article.Byline.Contributors.Select(c => c.Name));
    }

    public static TheoryData<string, string, string> ShapeB => new()
    {
        { "<section class=\"post-author\"><h3>About the author</h3><h4>Jane Roe</h4><p>Jane Roe has written about the harbour for twenty years and chairs the rowing club.</p></section>", "Jane Roe", "en" },
        { "<div class=\"box\"><h3>Über die Autorin</h3><h5>Paula Stein</h5><p>Paula Stein schreibt seit 2010 über die Küste und leitet die Wochenendbeilage.</p></div>", "Paula Stein", "de" },
        { "<div class=\"box\"><h3>Über den Autor</h3><p><strong>Jan Oster</strong></p><p>Jan Oster schreibt seit 2010 über die Küste und leitet die Wochenendbeilage.</p></div>", "Jan Oster", "de" },
        { "<div><h3>À propos de l'auteur</h3><h4>Claire Dubois</h4><p>Claire Dubois couvre le port et la mairie depuis 2012 pour le journal.</p></div>", "Claire Dubois", "fr" },
        // The name linked in a block of its own, the biography in the wrapper's next sibling.
        { "<div class=\"box\"><h3>About the author</h3><div class=\"who\"><img src=\"/a/jr.jpg\" alt=\"\"><p class=\"name\"><a href=\"/team/jane-roe\">Jane Roe</a></p></div><div class=\"text\"><p>Jane Roe has written about the harbour for twenty years and chairs the rowing club.</p></div></div>", "Jane Roe", "en" },
        // The name in bold, opening the biography; the label inside the body's own container.
        { "<h3>About the author</h3><p><strong>Jane Roe</strong> has written about the harbour for twenty years and chairs the rowing club.</p>", "Jane Roe", "en" },
        { "<div><h3>Sobre el autor</h3><h4>Lucía Ortega</h4><p>Lucía Ortega escribe sobre el puerto y el ayuntamiento desde 2012.</p></div>", "Lucía Ortega", "es" },
    };

    [Theory]
    [MemberData(nameof(ShapeB))]
    public void AboutTheAuthorHeadingThenName_CreditsTheName(string box, string expected, string lang)
    {
        var article = Page(box, lang: lang);

        Assert.Equal([expected], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void AboutTheAuthorsWithTwoNames_CreditEachNameOnce()
    {
        var article = Page(
            "<div class=\"authors\"><h3>About the authors</h3><h4>Jane Roe</h4><p>Jane Roe has written about the harbour for twenty years and chairs the rowing club.</p>"
            + "<h4>John Doe</h4><p>John Doe is the paper's photographer and keeps bees behind the old lifeboat station.</p></div>"
            + "<div class=\"authors\"><h3>About the author</h3><h4>Jane Roe</h4><p>Jane Roe has written about the harbour for twenty years and chairs the rowing club.</p></div>");

        Assert.Equal(["Jane Roe", "John Doe"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void PrintedBylineInTheHeader_WinsOverTheAuthorBox()
    {
        var article = TestPages.Parse(
            "<!doctype html><html lang=\"en\"><head><title>Tower</title></head><body><article><h1>Tower to be repainted</h1><p class=\"byline\">By John Doe</p>"
            + $"<div class=\"entry-content\">{Body}</div>{NewspackBox("Jane Roe", "jane-roe")}</article></body></html>",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

        Assert.Equal(["John Doe"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void MarkupAuthor_WinsOverTheAuthorBox()
    {
        var article = Page(
            "<div><h3>About the author</h3><h4>Jane Roe</h4><p>Jane Roe has written about the harbour for twenty years and chairs the rowing club.</p></div>",
            head: "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Tower to be repainted\",\"author\":{\"@type\":\"Person\",\"name\":\"John Doe\"}}</script>");

        Assert.Equal(["John Doe"], article.Byline.Contributors.Select(c => c.Name));
    }

    public static TheoryData<string> Decoys => new()
    {
        // A sidebar presenting the site's writers.
        "<aside class=\"sidebar\"><h2>Our writers</h2>" + NewspackBox("Jane Roe", "jane-roe") + NewspackBox("John Doe", "john-doe") + NewspackBox("Ann Lee", "ann-lee") + "</aside>",
        // A comment.
        "<div id=\"comments\" class=\"comments-area\"><ol class=\"comment-list\"><li class=\"comment\"><h4>Jane Roe</h4><p>I remember the tower when it was still white; the red stripes came much later, I think.</p><a href=\"/user/jane-roe\">More by Jane Roe</a></li></ol></div>",
        // Related stories, each card with its writer's box.
        "<section class=\"related-posts\"><h2>Related</h2><div class=\"card\"><h3><a href=\"/town/new-fog-bell-for-the-tower\">New fog bell for the old tower</a></h3>"
            + "<div><h3>About the author</h3><h4>Ann Lee</h4><p>Ann Lee has written about the harbour for twenty years and chairs the rowing club.</p></div></div></section>",
        // A topic's box: the link names a subject, not a writer.
        "<div class=\"topic\"><h3>Ann Lee</h3><p>The singer has sold out the harbour arena twice and returns in June with a new band.</p><a href=\"/topics/ann-lee\">Read more about Ann Lee</a></div>",
        // Two writers' boxes outside the article: the site's list of writers.
        "<div class=\"writers\">" + NewspackBox("Jane Roe", "jane-roe") + NewspackBox("John Doe", "john-doe") + "</div>",
        // An "About the author" heading over a list of links, no name.
        "<div><h3>About the author</h3><h4>Other stories</h4><p>Read the rest of the series on the harbour and its lighthouses here.</p></div>",
    };

    [Theory]
    [MemberData(nameof(Decoys))]
    public void AuthorBoxDecoys_CreditNobody(string decoy)
    {
        var article = Page("", decoy);

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void FiveWritersBoxesOnAPageWithoutArticleElement_CreditNobody()
    {
        // Without an article element every box is the page's own: five present the site's staff, not one article's writers.
        var team = string.Concat(new[] { ("Jane Roe", "jane-roe"), ("John Doe", "john-doe"), ("Ann Lee", "ann-lee"), ("Tom Berg", "tom-berg"), ("Mia Holm", "mia-holm") }
            .Select(w => NewspackBox(w.Item1, w.Item2)));
        var article = TestPages.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Tower to be repainted</title></head><body><div class=\"page\"><h1>Tower to be repainted</h1>{Body}<div class=\"team\">{team}</div></div></body></html>",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void TwoWritersBoxesOnAPageWithoutArticleElement_CreditNobody()
    {
        var article = TestPages.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Tower to be repainted</title></head><body><div class=\"page\"><h1>Tower to be repainted</h1>{Body}{NewspackBox("Jane Roe", "jane-roe")}{NewspackBox("John Doe", "john-doe")}</div></body></html>",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

        // Without an entry of its own, two boxes after an opening text are as often a staff page: nobody is credited.
        Assert.Empty(article.Byline.Contributors);
    }
}
