namespace NewsModel.Tests.Extractors.Meta;

public class MetaTagExtractorTests
{
    [Fact]
    public void Extract_CommonMeta_ReadsAuthorsDatesKeywordsAndDescription()
    {
        var article = TestPages.ParsePage("""
            <meta name="description" content="Three cranes are back.">
            <meta name="author" content="Jane Doe, John Roe">
            <meta name="pubdate" content="2021-05-25">
            <meta name="last-modified" content="2021-05-26 09:00:00">
            <meta name="news_keywords" content="ports, cranes">
            <meta name="keywords" content="shipping, ports">
            """);

        Assert.Equal("Three cranes are back.", article.Description);
        Assert.Equal(["Jane Doe", "John Roe"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("meta:author", article.SourceOf("byline")!.Source);
        Assert.Equal("2021-05-25", article.Published!.ToIsoString());
        Assert.Equal("meta:date", article.Published.Source);
        Assert.Equal("2021-05-26T09:00:00", article.Modified!.ToIsoString());
        Assert.Equal(["ports", "cranes"], article.Tags);
        Assert.Equal("meta:news_keywords", article.SourceOf("tags")!.Source);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("DCTERMS.date")]
    [InlineData("DC.date")]
    public void Extract_GenericDateTag_YieldsToPrintedDate(string name)
    {
        // A bare "date" names no event: content systems write the page's last change there.
        var article = TestPages.ParsePage(
            $"""<meta name="{name}" content="2021-06-30T10:15:00+02:00">""",
            """<article><h1>Harbour cranes return</h1><p class="meta">Von Jana Holm | 25.05.2021</p><p>The cranes are back after a decade away.</p></article>""");

        Assert.Equal("2021-05-25", article.Published?.ToIsoString());
        Assert.Equal("dom:date", article.Published?.Source);
    }

    [Theory]
    [InlineData("date", "meta:date")]
    [InlineData("DCTERMS.date", "dc")]
    public void Extract_GenericDateTag_WithoutPrintedDate_StillPublished(string name, string source)
    {
        var article = TestPages.ParsePage($"""<meta name="{name}" content="2021-06-30T10:15:00+02:00">""", "<article><h1>Harbour cranes return</h1><p>The cranes are back.</p></article>");

        Assert.Equal("2021-06-30T10:15:00+02:00", article.Published?.ToIsoString());
        Assert.Equal(source, article.Published?.Source);
    }

    [Fact]
    public void Extract_SpecificPublishedTag_BeatsPrintedDate()
    {
        var article = TestPages.ParsePage(
            """<meta name="publish-date" content="2021-06-30">""",
            """<article><h1>Harbour cranes return</h1><p class="meta">25.05.2021</p><p>The cranes are back.</p></article>""");

        Assert.Equal("2021-06-30", article.Published?.ToIsoString());
    }

    [Fact]
    public void Extract_TwitterCard_GivesHeadlineDescriptionAndImage()
    {
        var article = TestPages.ParsePage("""
            <meta name="twitter:title" content="Harbour cranes return">
            <meta name="twitter:description" content="Back after a decade.">
            <meta name="twitter:image" content="/img/cranes.jpg"><meta name="twitter:image:alt" content="Three cranes">
            """);

        Assert.Equal("Harbour cranes return", article.Headline);
        Assert.Equal("twitter:title", article.SourceOf("headline")!.Source);
        Assert.Equal("Back after a decade.", article.Description);
        Assert.Equal(new Uri("https://www.coastline.example/img/cranes.jpg"), article.LeadImage!.Url);
        Assert.Equal("Three cranes", article.LeadImage.Alt);
    }

    [Fact]
    public void Extract_DublinCore_GivesCreatorDateAndLanguage()
    {
        var article = TestPages.ParsePage("""
            <meta name="DC.creator" content="Doe, Jane">
            <meta name="DCTERMS.issued" content="2021-05-25T10:30:00Z">
            <meta name="DC.language" content="de-AT">
            """);

        Assert.Equal("Doe, Jane", Assert.Single(article.Byline.Contributors).Name);
        Assert.Equal("dc", article.Published!.Source);
        Assert.Equal("de-AT", article.Language);
    }

    [Fact]
    public void Extract_ParselyAndSailthru_AreRead()
    {
        var article = TestPages.ParsePage("""
            <meta name="parsely-author" content="Jane Doe">
            <meta name="parsely-pub-date" content="2021-05-25T10:30:00Z">
            <meta name="parsely-section" content="Business">
            <meta name="sailthru.tags" content="ports,cranes">
            """);

        Assert.Equal("parsely", article.SourceOf("byline")!.Source);
        Assert.Equal("parsely", article.Published!.Source);
        Assert.Equal("Business", article.Section.Path);
        Assert.Equal(["ports", "cranes"], article.Tags);
    }

    [Fact]
    public void Extract_CitationAuthors_EachTagIsAnAuthor()
    {
        var article = TestPages.ParsePage("""
            <meta name="citation_title" content="Cranes and ports">
            <meta name="citation_author" content="Jane Doe"><meta name="citation_author" content="John Roe">
            <meta name="citation_publication_date" content="2021/05/25">
            """);

        Assert.Equal(["Jane Doe", "John Roe"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("2021-05-25", article.Published!.ToIsoString());
        Assert.Equal("Cranes and ports", article.Headline);
    }

    [Theory]
    [InlineData("https://www.coastline.example/staff/jane")]
    [InlineData("jane@coastline.example")]
    [InlineData("@janedoe")]
    [InlineData("2021-05-25")]
    public void Extract_AuthorThatIsNoName_IsIgnored(string value)
    {
        var article = TestPages.ParsePage($"""<meta name="author" content="{value}">""");

        Assert.True(article.Byline.IsEmpty);
    }

    [Theory]
    [InlineData("""<meta property="og:site_name" content="HARBOURNEWS.COM"><meta name="author" content="Harbour News Network (www.harbournews.com)">""")]
    [InlineData("""<meta property="og:site_name" content="Harbour News Network"><meta name="author" content="Harbour News Network (www.harbournews.com)">""")]
    [InlineData("""<meta name="author" content="Harbourlocal.com">""")]
    public void Extract_PublicationGivenAsAuthor_IsAnOrganization(string head)
    {
        var article = TestPages.ParsePage(head);

        Assert.Equal(ContributorKind.Organization, Assert.Single(article.Byline.Contributors).Kind);
    }

    [Fact]
    public void Extract_HtmlLangAndContentLanguage_HtmlLangWins()
    {
        var article = TestPages.Parse("""<html lang="de"><head><meta http-equiv="content-language" content="en-US"></head><body></body></html>""");

        Assert.Equal("de", article.Language);
        Assert.True(article.SourceOf("language")!.HasConflict);
    }
}
