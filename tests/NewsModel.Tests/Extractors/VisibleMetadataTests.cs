using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Tests.Extractors;

/// <summary>Bylines, dates and sections read from the visible page, with the decoys real pages carry.</summary>
public class VisibleMetadataTests
{
    private static readonly ArticleParserOptions Options = new()
    {
        ThrowOnExtractorFailure = true,
        Clock = new FakeClock(Instant.FromUtc(2024, 12, 1, 0, 0)),
    };

    private const string DecoyPage = """
        <html lang="en"><head><title>Council approves tram extension</title>
        <script>var meta = {"published": "12 March 2019", "author": "By Script Writer"};</script></head>
        <body>
          <header><nav class="menu"><a href="/">Home</a><a href="/city">City</a></nav>
            <div class="top-bar">Friday 29 November 2024</div></header>
          <div class="breadcrumbs"><a href="/">Home</a> › <a href="/city">City</a> › <a href="/city/transport">Transport</a></div>
          <article>
            <h1>Council approves tram extension</h1>
            <div class="article-meta">
              <span class="byline">By Nadia Brook and Oskar Lind</span>
              <span class="publish-date">14 November 2024, 18:20</span>
              <span class="updated">Updated 15 November 2024, 09:05</span>
            </div>
            <p>The city council voted on Thursday to extend the tram line to the eastern suburbs.</p>
          </article>
          <aside class="sidebar"><div class="author">By Sidebar Columnist</div><span class="date">2 December 2024</span></aside>
          <section class="related"><h2>Related</h2><ul><li><span class="byline">By Old Reporter</span><span class="date">3 January 2020</span></li></ul></section>
          <div class="comments"><div class="comment"><span class="author">Comment Person</span><span class="date">15 November 2024</span></div></div>
          <footer>© 2024 City Paper. Published 1 January 2010.</footer>
        </body></html>
        """;

    [Fact]
    public void Parse_DecoyPage_BylineFromArticleHeaderOnly()
    {
        var article = ArticleParser.Parse(DecoyPage, new Uri("https://citypaper.example/city/transport/tram"), Options);

        Assert.Equal(["Nadia Brook", "Oskar Lind"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("dom:byline", article.SourceOf("byline")!.Source);
    }

    [Fact]
    public void Parse_DecoyPage_DatesFromArticleHeaderOnly()
    {
        var article = ArticleParser.Parse(DecoyPage, new Uri("https://citypaper.example/city/transport/tram"), Options);

        Assert.Equal("2024-11-14T18:20:00", article.Published!.ToIsoString());
        Assert.Equal(DatePrecision.LocalDateTime, article.Published.Precision);
        Assert.Equal("2024-11-15T09:05:00", article.Modified!.ToIsoString());
    }

    [Fact]
    public void Parse_DecoyPage_SectionFromBreadcrumbNotUrl()
    {
        var article = ArticleParser.Parse(DecoyPage, new Uri("https://citypaper.example/politics/tram"), Options);

        Assert.Equal("City › Transport", article.Section.Path);
        Assert.Equal(new Uri("https://citypaper.example/city/transport"), article.Section.Segments[1].Url);
        Assert.Equal("dom:breadcrumb", article.SourceOf("section")!.Source);
    }

    [Fact]
    public void Parse_DateAfterReference_Ignored()
    {
        const string html = """
            <html><body><h1>Match preview</h1><span class="date">28 December 2024</span><p>Kick-off is late.</p></body></html>
            """;

        var article = ArticleParser.Parse(html, null, Options);

        Assert.Null(article.Published);
    }

    [Fact]
    public void Parse_PressTvShape_BylineOrganizationPlaceAndSlashBreadcrumb()
    {
        const string html = """
            <html lang="en"><body>
              <div class="row"><a href="/Section/News">News</a> <span>/</span> <a href="/Section/News/Lebanon">Lebanon</a></div>
              <h1>Harbour authority reopens northern quay after repairs</h1>
              <div class="meta">Samir Haddad / Press TV, Beirut</div>
              <p>The northern quay reopened on Monday after eight weeks of repairs to its cranes.</p>
            </body></html>
            """;

        var article = ArticleParser.Parse(html, new Uri("https://www.presstv.ir/Detail/2024/11/14/700001/harbour-quay"), Options);

        Assert.Equal("News › Lebanon", article.Section.Path);
        Assert.Equal(new Uri("https://www.presstv.ir/Section/News/Lebanon"), article.Section.Segments[1].Url);
    }

    [Fact]
    public void Parse_GermanPage_VisibleDateInPageLanguage()
    {
        const string html = """
            <html lang="de"><body><h1>Stadtrat beschließt Ausbau</h1>
            <p class="datum">Veröffentlicht am 14. November 2024 um 18:20 Uhr</p>
            <p class="autor">Von Jonas Weber</p><p>Der Stadtrat hat am Donnerstag beschlossen, die Linie zu verlängern.</p></body></html>
            """;

        var article = ArticleParser.Parse(html, null, Options);

        Assert.Equal("2024-11-14T18:20:00", article.Published!.ToIsoString());
        Assert.Equal("Jonas Weber", Assert.Single(article.Byline.Contributors).Name);
    }
}
