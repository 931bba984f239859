using NodaTime;

namespace NewsModel.Tests.Extractors.OpenGraph;

public class OpenGraphExtractorTests
{
    [Fact]
    public void Extract_ArticleProperties_ReadsDatesSectionTagsAndAuthors()
    {
        var article = TestPages.ParsePage("""
            <meta property="og:title" content="Harbour cranes return | Coastline Courier">
            <meta property="og:site_name" content="Coastline Courier">
            <meta property="article:published_time" content="2021-05-25T10:30:00+02:00">
            <meta property="article:modified_time" content="2021-05-25T12:00:00+02:00">
            <meta property="article:section" content="Business">
            <meta property="article:tag" content="ports"><meta property="article:tag" content="cranes"><meta property="article:tag" content="Ports">
            <meta property="article:author" content="https://www.facebook.example/jane.doe">
            <meta property="article:author" content="Jane Doe">
            """);

        Assert.Equal("Harbour cranes return", article.Headline);
        Assert.Equal(new OffsetDateTime(new LocalDateTime(2021, 5, 25, 10, 30), Offset.FromHours(2)), article.Published!.OffsetDateTime);
        Assert.Equal("article:published_time", article.Published.Source);
        Assert.Equal("article:modified_time", article.Modified!.Source);
        Assert.Equal("Business", article.Section.Path);
        Assert.Equal(["ports", "cranes"], article.Tags);
        Assert.Equal("Jane Doe", Assert.Single(article.Byline.Contributors).Name);
    }

    [Fact]
    public void Extract_AuthorOnlyAProfileAddress_GivesNoByline()
    {
        var article = TestPages.ParsePage("""<meta property="article:author" content="https://www.facebook.example/jane.doe">""");

        Assert.True(article.Byline.IsEmpty);
    }

    [Fact]
    public void Extract_UpdatedTime_IsModificationNotPublication()
    {
        var article = TestPages.ParsePage("""<meta property="og:updated_time" content="2021-05-26T08:00:00+00:00">""");

        Assert.Null(article.Published);
        Assert.Equal("og:updated_time", article.Modified!.Source);
    }
}
