namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>Markup authors that name the site, and agreement between byline sources, on hand-written pages.</summary>
public class BylineReconciliationTests
{
    private static readonly Uri PageUrl = new("https://www.harbourgazette.example/region/ferry-timetable");

    private static Article Parse(string head, string body) =>
        TestPages.Parse($"<!doctype html><html lang=\"en\"><head>{head}</head><body>{body}</body></html>", PageUrl);

    [Fact]
    public void Parse_MarkupAuthorIsTheSite_PrintedPersonWins()
    {
        var article = Parse(
            """
            <meta property="og:site_name" content="Harbour Gazette">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes","author":{"@type":"Organization","name":"Harbour Gazette"},"publisher":{"@type":"Organization","name":"Harbour Gazette"}}</script>
            """,
            """<article><h1>Ferry timetable changes</h1><p class="byline">By Ingrid Sol</p><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Equal(["Ingrid Sol"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("dom:byline", article.SourceOf("byline")!.Source);
    }

    public static TheoryData<string, string> AuthorLinkInsidePrintedByline => new()
    {
        // The printed byline around the author link says where she is, whom she works for, the agency beside her.
        { """<p class="byline">By <a rel="author" href="/staff/ingrid-sol">Ingrid Sol</a> in Bergen</p>""", "Ingrid Sol [author, in Bergen]" },
        { """<div class="meta">By <a rel="author" href="/staff/ingrid-sol">Ingrid Sol</a>, Transport Correspondent</div>""", "Ingrid Sol [author, as Transport Correspondent]" },
        { """<div class="meta">By <span class="vcard author"><a class="url fn" href="/staff/ingrid-sol">Ingrid Sol</a></span> in Bergen</div>""", "Ingrid Sol [author, in Bergen]" },
        { """<div class="meta">By <a rel="author" href="/staff/ingrid-sol">Ingrid Sol</a> with Reuters</div>""", "Reuters [author, org]; Ingrid Sol [author]" },
        // Saying nothing more, the link's reading stands; naming another person too, the fuller list wins as before.
        { """<p class="byline">By <a rel="author" href="/staff/ingrid-sol">Ingrid Sol</a></p>""", "Ingrid Sol [author]" },
        { """<p class="byline">By <a rel="author" href="/staff/ingrid-sol">Ingrid Sol</a> and Olaf Brink in Bergen</p>""", "Ingrid Sol [author, in Bergen]; Olaf Brink [author, in Bergen]" },
    };

    [Theory]
    [MemberData(nameof(AuthorLinkInsidePrintedByline))]
    public void Parse_AuthorLinkInsidePrintedByline_PrintedBylineGivesTheDetails(string byline, string expected)
    {
        var article = Parse(string.Empty, $"""<article><h1>Ferry timetable changes</h1>{byline}<p>The winter timetable starts on Monday, and the last boat leaves at ten.</p></article>""");

        Assert.Equal(expected, NewsModel.Extractors.Bylines.BylineParser.Describe(article.Byline));
        Assert.Equal(new Uri("https://www.harbourgazette.example/staff/ingrid-sol"), article.Byline.Contributors.Single(c => c.Name == "Ingrid Sol").ProfileUrl);
    }

    [Fact]
    public void Parse_AuthorLinkWithoutPrintedByline_LinkStands()
    {
        // A rel=author link far from any byline element and a lesser source beside it: no printed byline to compare with.
        var article = Parse("""<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","author":{"@type":"Person","name":"Ingrid Sol"}}</script>""", """<article><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday, and the last boat leaves at ten.</p><p>Share: <a rel="author" href="/staff/ingrid-sol">Ingrid Sol</a></p></article>""");

        Assert.Equal(["Ingrid Sol"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("link:author", article.SourceOf("byline")!.Source);
    }

    public static TheoryData<string, string> PrintedDetailsBesideDeclaredAuthor => new()
    {
        // The printed credit of the declared author says where she is, whom she works for, which agency's copy she used.
        { """<p class="byline">By Ingrid Sol | Reuters</p>""", "Ingrid Sol [author, @Reuters]" },
        { """<p class="byline">Aus Bergen berichtet Ingrid Sol</p>""", "Ingrid Sol [author, in Bergen]" },
        { """<p class="byline">Par Ingrid Sol avec AFP</p>""", "Ingrid Sol [author]; AFP [author, org]" },
        // A printed credit without its credit word naming someone the markup does not adds nothing.
        { """<p class="byline">Olaf Brink, Bergen</p>""", "Ingrid Sol [author]" },
    };

    [Theory]
    [MemberData(nameof(PrintedDetailsBesideDeclaredAuthor))]
    public void Parse_DeclaredAuthorAndPrintedByline_PrintedDetailsComplete(string byline, string expected)
    {
        var article = Parse(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes","author":{"@type":"Person","name":"Ingrid Sol"}}</script>""",
            $"""<article><h1>Ferry timetable changes</h1>{byline}<p>The winter timetable starts on Monday, and the last boat leaves at ten.</p></article>""");

        Assert.Equal(expected, NewsModel.Extractors.Bylines.BylineParser.Describe(article.Byline));
        Assert.Equal("json-ld", article.SourceOf("byline")!.Source);
    }

    /// <summary>
    /// A wire declared as the author above a printed byline naming the wire's reporter: the reporter, with the agency
    /// beside her (byline audit by7).
    /// </summary>
    [Theory]
    [InlineData("""<p class="byline">Ingrid Sol / dpa, Hamburg</p>""", "Ingrid Sol [author, @dpa, in Hamburg]")]
    [InlineData("""<p class="byline">Ingrid Sol und Olaf Brink / dpa</p>""", "Ingrid Sol [author, @dpa]; Olaf Brink [author, @dpa]")]
    public void Parse_DeclaredAgencyAndPrintedReporterOfIt_ReporterWins(string byline, string expected)
    {
        var article = Parse(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes","author":{"@type":"Organization","name":"dpa"}}</script>""",
            $"""<article><h1>Ferry timetable changes</h1>{byline}<p>The winter timetable starts on Monday, and the last boat leaves at ten.</p></article>""");

        Assert.Equal(expected, NewsModel.Extractors.Bylines.BylineParser.Describe(article.Byline));
    }

    [Fact]
    public void Parse_SiteEditorialBoard_IsAnAuthor()
    {
        // The paper's board writes its editorials: a credit of its own, though it holds the site's name.
        var article = Parse(
            """<meta property="og:site_name" content="Harbour Gazette">""",
            """<article><h1>Ferry timetable changes</h1><p class="byline">By The Harbour Gazette Editorial Board</p><p>The winter timetable starts on Monday, and the last boat leaves at ten.</p></article>""");

        Assert.Equal(["Harbour Gazette Editorial Board"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_LoneMetaAuthorAgainstPrintedByline_PrintedNameWins()
    {
        var article = Parse(
            """<meta name="author" content="Olaf Brink - Mette Sand">""",
            """<article><h1>Ferry timetable changes</h1><p class="meta">Posted by Ingrid Sol</p><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Equal(["Ingrid Sol"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_MetaAuthorBackedByJsonLdAgainstPrintedByline_MarkupWins()
    {
        var article = Parse(
            """
            <meta name="author" content="Olaf Brink">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes","author":{"@type":"Person","name":"Olaf Brink"}}</script>
            """,
            """<article><h1>Ferry timetable changes</h1><p class="meta">Posted by Ingrid Sol</p><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Equal(["Olaf Brink"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("Harbour Gazette")]
    [InlineData("harbourgazette.example")]
    [InlineData("HARBOUR GAZETTE")]
    [InlineData("Harbour Gazette Redaktion")]
    [InlineData("Team Harbour Gazette")]
    [InlineData("HG Harbour Gazette")]
    public void Parse_MarkupAuthorIsTheSiteAlone_NoByline(string author)
    {
        var article = Parse(
            $"""<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="{author}">""",
            """<article><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Empty(article.Byline.Contributors);
    }

    [Theory]
    [InlineData("Infoportal - Harbour Gazette", "Harbour Gazette")]
    [InlineData("Harbour Gazette Media Group", "Media Group Harbour Gazette")]
    [InlineData("Harbour Gazette", "Sekretariat Harbour Gazette")]
    public void Parse_MarkupAuthorIsPartOrReorderingOfSiteName_NoByline(string siteName, string author)
    {
        var article = Parse(
            $"""<meta property="og:site_name" content="{siteName}"><meta name="author" content="{author}">""",
            """<article><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Empty(article.Byline.Contributors);
    }

    [Theory]
    [InlineData("""<p class="byline">von Harbour Gazette, 31. Oktober 2023</p>""")]
    [InlineData("""<p class="author">HARBOUR GAZETTE</p>""")]
    [InlineData("""<p>By harbourgazette.example</p>""")]
    public void Parse_PrintedBylineNamesTheSite_NoByline(string byline)
    {
        var article = Parse(
            """<meta property="og:site_name" content="Harbour Gazette">""",
            $"""<article><h1>Ferry timetable changes</h1>{byline}<p>The winter timetable starts on Monday.</p></article>""");

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void Parse_PrintedBylineNamesTheSiteAndAPerson_PersonKept()
    {
        var article = Parse(
            """<meta property="og:site_name" content="Harbour Gazette">""",
            """<article><h1>Ferry timetable changes</h1><p class="byline">By Ingrid Sol, Harbour Gazette</p><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Equal(["Ingrid Sol"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_PrintedNameIsTheSubdomainOfASharedHost_Kept()
    {
        var article = TestPages.Parse(
            """<!doctype html><html lang="de"><head><meta property="og:site_name" content="Notizen aus dem Garten"></head><body><article><h1>Nebel am Morgen</h1><p class="byline">von Wendeline</p><p>Heute früh lag dichter Nebel über den Beeten.</p></article></body></html>""",
            new Uri("https://wendeline.blogs.example/2020/01/nebel/"));

        Assert.Equal(["Wendeline"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_SiteNamedAsTheSubdomainOfASharedHost_WriterKept()
    {
        var article = TestPages.Parse(
            """<!doctype html><html lang="de"><head><meta property="og:site_name" content="Wendeline"></head><body><article><h1>Nebel am Morgen</h1><p class="byline">von Wendeline</p><p>Heute früh lag dichter Nebel über den Beeten.</p></article></body></html>""",
            new Uri("https://wendeline.blogs.example/2020/01/nebel/"));

        Assert.Equal(["Wendeline"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_SiteNamedAfterThePrintedPerson_Kept()
    {
        var article = Parse(
            """<meta property="og:site_name" content="Ingrid Sol's notebook">""",
            """<article><h1>Ferry timetable changes</h1><p class="byline">Ingrid Sol</p><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Equal(["Ingrid Sol"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("Coastline Media GmbH")]
    [InlineData("Harbour Publishing Ltd")]
    [InlineData("Küstenverlag AG")]
    [InlineData("Courier Holding Inc.")]
    public void Parse_PageLevelAuthorIsACompany_NoByline(string author)
    {
        var article = Parse(
            $"""<meta name="author" content="{author}">""",
            """<article><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void Parse_PageLevelAuthorIsACompanyAndPrintedPerson_PersonWins()
    {
        var article = Parse(
            """<meta name="author" content="Coastline Media GmbH">""",
            """<article><h1>Ferry timetable changes</h1><p class="byline">By Ingrid Sol</p><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Equal(["Ingrid Sol"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("""<div class="comment-author">Rolf Weide</div>""")]
    [InlineData("""<span class="review-author">Rolf W.</span>""")]
    [InlineData("""<span class="license-author"><a href="https://pictures.example/file/7">Rolf Weide</a></span>""")]
    [InlineData("""<h3 id="a-long-heading-anchor-about-the-journalists-of-the-harbour">Rolf Weide</h3>""")]
    public void Parse_AuthorHintOfACommentReviewOrHeadingAnchor_NoByline(string decoy)
    {
        var article = Parse(
            string.Empty,
            $"""<article><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday.</p>{decoy}</article>""");

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void Parse_AuthorHintInAMenu_NoByline()
    {
        var article = Parse(
            string.Empty,
            """<div id="navService"><ul><li id="for_journalists"><a href="/press">Press</a></li><li><a href="/contact">Contact</a></li></ul></div><article><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void Parse_PageWrappedInANavigationContainer_BylineRead()
    {
        var article = Parse(
            string.Empty,
            """<div id="navigation-container"><article><h1>Ferry timetable changes</h1><p class="author">Ingrid Sol</p><p>The winter timetable starts on Monday.</p></article></div>""");

        Assert.Equal(["Ingrid Sol"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_PersonWhoseNameContainsHostLabel_Kept()
    {
        var article = Parse(
            """<meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Max Harbourgazette Berg">""",
            """<article><h1>Ferry timetable changes</h1><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Equal(["Max Harbourgazette Berg"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_BlogPublishedByItsAuthorAsPerson_AuthorKept()
    {
        var article = Parse(
            """
            <meta property="og:site_name" content="Edda Quist">
            <script type="application/ld+json">{"@graph":[{"@type":"BlogPosting","headline":"Notes from the allotment","author":{"@id":"#me"},"publisher":{"@id":"#me"}},{"@type":["Person","Organization"],"@id":"#me","name":"Edda Quist"}]}</script>
            """,
            """<article><h1>Notes from the allotment</h1><p>The beans came up early this year.</p></article>""");

        Assert.Equal(["Edda Quist"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_PrintedBylineNamesMoreThanMarkup_FullerListWins()
    {
        var article = Parse(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes","author":{"@type":"Person","name":"Ingrid Sol"}}</script>""",
            """<article><h1>Ferry timetable changes</h1><p class="byline">By Ingrid Sol and Piet Amsel</p><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Equal(["Ingrid Sol", "Piet Amsel"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_UnconfirmedFullerList_MarkupKept()
    {
        // A card that lists every writer on the site is not the article's byline: the printed byline agrees with JSON-LD.
        var article = Parse(
            """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes","author":{"@type":"Person","name":"Ingrid Sol"}}</script>
            <meta name="author" content="Ingrid Sol, Piet Amsel, Rosa Kell">
            """,
            """<article><h1>Ferry timetable changes</h1><p class="byline">By Ingrid Sol</p><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Equal(["Ingrid Sol"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_SeveralSourcesAgreeAgainstOne_AgreementWins()
    {
        var article = Parse(
            """
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes","author":{"@type":"Person","name":"Web Producer Nine"}}</script>
            <meta name="author" content="Ingrid Sol, Piet Amsel">
            <meta name="parsely-author" content="Ingrid Sol, Piet Amsel">
            """,
            """<article><h1>Ferry timetable changes</h1><p class="byline">By Ingrid Sol, Piet Amsel</p><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Equal(["Ingrid Sol", "Piet Amsel"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_MarkupAuthorIsTheHostName_NoByline()
    {
        var article = TestPages.Parse(
            """<html><head><meta property="og:site_name" content="quill.example Nachrichten"><meta name="author" content="quill.example"></head><body><h1>Kurz notiert</h1><p>Heute nichts Neues.</p></body></html>""",
            new Uri("https://www.quill.example/artikel/1"));

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void Parse_PrintedBylineWithJobTitlesAndDepartment_MarkupNamesKept()
    {
        var article = Parse(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable changes","author":[{"@type":"Person","name":"Ingrid Sol"},{"@type":"Person","name":"Piet Amsel"}]}</script>""",
            """<article><h1>Ferry timetable changes</h1><p class="byline">Ingrid Sol, Attorney, HGFA Harbour Justice Program &amp; Piet Amsel</p><p>The winter timetable starts on Monday.</p></article>""");

        Assert.Equal(["Ingrid Sol", "Piet Amsel"], article.Byline.Contributors.Select(c => c.Name));
    }
}
