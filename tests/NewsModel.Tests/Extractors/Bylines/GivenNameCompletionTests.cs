namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>A given name credited alone ("Von Jane"), completed from the one full name the page gives for a person of that name; hand-written pages.</summary>
public class GivenNameCompletionTests
{
    private static Article Parse(string credit, string elsewhere, string head = "") => TestPages.Parse($"""
        <!doctype html><html lang="de"><head><title>Hafen</title>{head}</head><body>
        <article><h1>Der Hafen bekommt neue Kräne</h1>{credit}{TestPages.FerryStory}</article>
        <aside class="side">{elsewhere}</aside></body></html>
        """);

    private const string PrintedCredit = """<p class="meta">Von <span class="author"><a href="/author/jane/" rel="author">Jane</a></span></p>""";

    [Theory]
    [InlineData("""<h3 class="widget-title">Mehr von Jane Roeder</h3><p>Bücher und Vorträge</p>""", "Jane Roeder")]
    [InlineData("""<h3>MORE BY JANE ROEDER</h3>""", "Jane Roeder")]
    [InlineData("""<p><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane van Dijk</span></span></p>""", "Jane van Dijk")]
    [InlineData("""<p><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="givenName">Jane</span> <span itemprop="familyName">van Dijk</span></span></p>""", "Jane van Dijk")]
    // A copyright holder is the site's owner, not the writer: no completion (a third review's finding).
    [InlineData("""<p>© 2024 <span itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane van Dijk</span></span></p>""", "Jane")]
    public void Parse_GivenNameAlone_CompletedFromTheFullNameElsewhere(string elsewhere, string expected)
    {
        var article = Parse(PrintedCredit, elsewhere);

        Assert.Equal(expected, Assert.Single(article.Byline.Contributors).Name);
    }

    [Theory]
    // An author tag with the full name: the printed given name is the same person, not someone else who overrules the tag.
    [InlineData(PrintedCredit, """<meta name="author" content="Jane Roeder">""")]
    // Markup that gives the given name alone, the full name printed.
    [InlineData("""<p class="meta">Von <span class="author">Jane Roeder</span></p>""", """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Der Hafen bekommt neue Kräne","author":{"@type":"Person","name":"Jane"}}</script>""")]
    public void Parse_GivenNameAlone_FullNameFromAnotherSource(string credit, string head)
    {
        var article = Parse(credit, string.Empty, head);

        Assert.Equal("Jane Roeder", Assert.Single(article.Byline.Contributors).Name);
    }

    [Theory]
    // Two people of that given name: which one wrote is unknown.
    [InlineData("""<h3>Mehr von Jane Roeder</h3><h3>Mehr von Jane Miller</h3>""")]
    // More than one name after the credit word.
    [InlineData("""<h3>Mehr von Jane Roeder und Tom Berger</h3>""")]
    // More than a name after the credit word: a dateline run into the name.
    [InlineData("""<h3>Mehr von Jane Roeder am 12.03.2024</h3>""")]
    // No credit word before the name: a heading about someone else of that given name.
    [InlineData("""<h3>Jane Austen im Porträt</h3>""")]
    // A commenter of that given name.
    [InlineData("""<div id="comments" class="comments"><div class="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Miller</span></span><p>Endlich!</p></div></div>""")]
    // A person in markup who is no Person item.
    [InlineData("""<p itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Jane Roeder</span></p>""")]
    public void Parse_GivenNameAlone_NoSingleFullName_KeptAsPrinted(string elsewhere)
    {
        var article = Parse(PrintedCredit, elsewhere);

        Assert.Equal("Jane", Assert.Single(article.Byline.Contributors).Name);
    }

    [Theory]
    [InlineData("jroe")]
    [InlineData("JaneR")]
    public void Parse_HandleAlone_NotCompleted(string handle)
    {
        var article = Parse($"""<p class="meta">Von <span class="author"><a href="/author/{handle}/" rel="author">{handle}</a></span></p>""",
            $"""<h3>Mehr von {handle} Roeder</h3>""");

        Assert.Equal(handle, Assert.Single(article.Byline.Contributors).Name);
    }
}
