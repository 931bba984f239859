namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>A credit printed under the headline ("By Jane Roe") against an author only declared in markup; hand-written pages.</summary>
public class PrintedCreditTests
{
    private static Article Parse(string head, string body, string title = "Ferry timetable extended") => TestPages.ParseFerryStory(head, body, title);

    private const string PosterNode =
        """<script type="application/ld+json">{"@graph":[{"@type":"Article","@id":"https://www.harbourgazette.example/region/ferry-timetable#article","headline":"Ferry timetable extended","author":{"@id":"https://www.harbourgazette.example/#/schema/person/91c"}},{"@type":"Person","@id":"https://www.harbourgazette.example/#/schema/person/91c","name":"Olaf Brink"}]}</script><meta itemprop="author" content="Olaf Brink">""";

    [Theory]
    // The CMS's person node and author tag against a credit that another source backs: the printed credit wins the tie.
    [InlineData(PosterNode + """<meta name="sailthru.author" content="By Ingrid Sol">""")]
    // A lone person node against the lone printed credit.
    [InlineData("""<script type="application/ld+json">{"@graph":[{"@type":"Article","@id":"https://www.harbourgazette.example/region/ferry-timetable#article","headline":"Ferry timetable extended","author":{"@id":"https://www.harbourgazette.example/#/schema/person/91c"}},{"@type":"Person","@id":"https://www.harbourgazette.example/#/schema/person/91c","name":"Olaf Brink"}]}</script>""")]
    public void Parse_PrintedCreditAgainstDeclaredPoster_PrintedWins(string head)
    {
        var article = Parse(head, """<span class="header-byline">By <a href="/writers/ingrid-sol/">Ingrid Sol</a></span>""");

        Assert.Equal(["Ingrid Sol"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("dom:byline", article.SourceOf("byline")!.Source);
    }

    [Fact]
    public void Parse_PrintedCreditOfAnAgencyAgainstDeclaredStaff_PrintedWins()
    {
        var article = Parse(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable extended","author":{"@type":"Person","name":"Newsroom staff"}}</script>""",
            """<p class="article-byline">by <a href="/partners/island-space-office/">Island Space Office</a></p>""");

        Assert.Equal(["Island Space Office"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    // Two sources declare the poster, nothing backs the printed credit.
    [InlineData("""<span class="header-byline">By Ingrid Sol</span>""")]
    // No credit word: an element marked as the author is not enough to overrule the markup.
    [InlineData("""<span class="header-byline">Ingrid Sol</span>""")]
    // The markup's name is printed too, by a microformat: the page credits both.
    [InlineData("""<span class="header-byline">By Ingrid Sol</span><span class="author vcard"><span class="fn">Olaf Brink</span></span>""")]
    // The printed credit shares a name with the markup.
    [InlineData("""<span class="header-byline">By Olaf brink</span>""")]
    public void Parse_PrintedBylineNotOverrulingMarkup_MarkupWins(string printed)
    {
        var article = Parse(PosterNode, printed);

        Assert.Equal("Olaf Brink", article.Byline.Contributors[0].Name);
    }
}
