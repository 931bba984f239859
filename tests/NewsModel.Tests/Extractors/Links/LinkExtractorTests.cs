namespace NewsModel.Tests.Extractors.Links;

public class LinkExtractorTests
{
    [Fact]
    public void Extract_AmpTranslationsAndFeeds_BecomeAlternates()
    {
        var article = TestPages.ParsePage("""
            <link rel="canonical" href="https://www.coastline.example/world/2021/05/harbour-cranes">
            <link rel="amphtml" href="/amp/world/2021/05/harbour-cranes">
            <link rel="alternate" hreflang="fa" href="https://fa.coastline.example/harbour-cranes">
            <link rel="alternate" hreflang="en" href="https://www.coastline.example/world/2021/05/harbour-cranes">
            <link rel="alternate" hreflang="x-default" href="https://www.coastline.example/">
            <link rel="alternate" type="application/rss+xml" href="/feed/world.xml">
            """);

        Assert.Contains(article.Alternates, a => a.Kind == MirrorKind.Amp && a.Url == new Uri("https://www.coastline.example/amp/world/2021/05/harbour-cranes"));
        var translation = Assert.Single(article.Alternates, a => a.Kind == MirrorKind.Translation);
        Assert.Equal("fa", translation.Language);
        var feed = Assert.Single(article.Alternates, a => a.Kind == MirrorKind.Feed);
        Assert.Equal("application/rss+xml", feed.MediaType);
        Assert.Equal("link:canonical", article.SourceOf("canonicalUrl")!.Source);
    }

    [Fact]
    public void Extract_RelAuthorAnchors_GiveNamesWithProfiles()
    {
        var article = TestPages.ParsePage(string.Empty, """
            <div class="sidebar"><a rel="author" href="/staff/columnist">Sidebar Columnist</a></div>
            <p class="byline">By <a rel="author" href="/staff/jane">Jane Doe</a> and <a rel="author" href="/staff/john">John Roe</a></p>
            """);

        Assert.Equal(["Jane Doe", "John Roe"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal(new Uri("https://www.coastline.example/staff/john"), article.Byline.Contributors[1].ProfileUrl);
        Assert.Equal("link:author", article.SourceOf("byline")!.Source);
    }

    // A list of other stories, each credited by an author link, whatever its class: the printed byline is the article's.
    [Theory]
    [InlineData("more-on-topic")]
    [InlineData("box")]
    [InlineData("weitere-artikel")]
    public void Extract_AuthorLinksOfListedStories_AreNotTheArticlesByline(string listClass)
    {
        var article = TestPages.ParsePage(string.Empty, $$"""
            <p class="byline">Von Jana Krüger</p>
            <p>Die Brücke über den Hafenkanal bleibt bis zum Frühjahr gesperrt, teilte die Stadt am Montag mit.</p>
            <div class="{{listClass}}"><h2>Mehr zum Thema</h2><ul>
              <li><a href="/region/2024/10/11/behelfsbruecke/">Behelfsbrücke: Was Pendler jetzt wissen müssen</a> – <a rel="author" href="/autoren/petra-lang/">Petra Lang</a></li>
              <li><a href="/region/2024/10/12/laermschutz/">Streit um Lärmschutz geht weiter</a> – <a rel="author" href="/autoren/henning-borchert/">Henning Borchert</a></li>
            </ul></div>
            """);

        Assert.Equal("Jana Krüger", Assert.Single(article.Byline.Contributors).Name);
    }

    [Fact]
    public void Extract_AuthorLinkInAMetaListItem_IsStillRead()
    {
        var article = TestPages.ParsePage(string.Empty, """
            <ul class="entry-meta"><li>By <a rel="author" href="/staff/jane">Jane Doe</a> in <a href="/category/harbour">Harbour</a></li></ul>
            """);

        Assert.Equal("Jane Doe", Assert.Single(article.Byline.Contributors).Name);
        Assert.Equal("link:author", article.SourceOf("byline")!.Source);
    }

    [Fact]
    public void Extract_AuthorLinkText_ListingPhraseIsStripped()
    {
        var article = TestPages.ParsePage(string.Empty, """<p><a rel="author" href="/author/jane">View all posts by Jane Doe</a></p>""");

        Assert.Equal("Jane Doe", Assert.Single(article.Byline.Contributors).Name);
    }
}
