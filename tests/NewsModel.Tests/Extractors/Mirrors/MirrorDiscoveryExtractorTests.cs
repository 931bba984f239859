using NewsModel.Extractors.Mirrors;

namespace NewsModel.Tests.Extractors.Mirrors;

public class MirrorDiscoveryExtractorTests
{
    private static readonly ArticleParserOptions Strict = new() { ThrowOnExtractorFailure = true };

    [Fact]
    public void Parse_AmpAndHreflangLinks_ListsAmpTranslationsAndFeeds()
    {
        const string html = """
            <html lang="en"><head>
            <link rel="canonical" href="https://www.coastline.example/news/2026/harbour-cranes">
            <link rel="amphtml" href="/amp/news/2026/harbour-cranes">
            <link rel="alternate" hreflang="en" href="https://www.coastline.example/news/2026/harbour-cranes">
            <link rel="alternate" hreflang="fa" href="https://fa.coastline.example/news/2026/harbour-cranes">
            <link rel="alternate" hreflang="ar_SA" href="https://ar.coastline.example/news/2026/harbour-cranes">
            <link rel="alternate" hreflang="x-default" href="https://www.coastline.example/">
            <link rel="alternate" hreflang="en-GB" href="https://uk.coastline.example/news/2026/harbour-cranes">
            <link rel="alternate" hreflang="tr" href="https://www.coastline.example/">
            <link rel="alternate" type="application/atom+xml" href="/feeds/world.atom">
            <link rel="alternate" media="only screen and (max-width: 640px)" href="https://m.coastline.example/news/2026/harbour-cranes">
            <link rel="alternate" hreflang="de" href="javascript:alert(1)">
            </head><body><h1>Harbour cranes</h1></body></html>
            """;

        var article = ArticleParser.Parse(html, new Uri("https://www.coastline.example/news/2026/harbour-cranes"), Strict);

        var amp = Assert.Single(article.Alternates, a => a.Kind == MirrorKind.Amp);
        Assert.Equal(new Uri("https://www.coastline.example/amp/news/2026/harbour-cranes"), amp.Url);
        Assert.Equal(ArticleSources.AmpHtmlLink, amp.Source);
        var translations = article.Alternates.Where(a => a.Kind == MirrorKind.Translation).ToArray();
        Assert.Equal(["fa", "ar-SA"], translations.Select(t => t.Language));
        Assert.Equal(new Uri("https://fa.coastline.example/news/2026/harbour-cranes"), translations[0].Url);
        var feed = Assert.Single(article.Alternates, a => a.Kind == MirrorKind.Feed);
        Assert.Equal("application/atom+xml", feed.MediaType);
        var regional = Assert.Single(article.Alternates, a => a.Kind == MirrorKind.Mirror);
        Assert.Equal("en-GB", regional.Language);
        Assert.Equal(new Uri("https://uk.coastline.example/news/2026/harbour-cranes"), regional.Url);
        Assert.Equal(5, article.Alternates.Count);
        Assert.DoesNotContain(article.Alternates, a => a.Kind == MirrorKind.Canonical);
    }

    [Fact]
    public void Parse_CanonicalOnAnotherHost_IdentityFollowsCanonicalAndListsIt()
    {
        const string html = """
            <html><head>
            <title>Harbour cranes return</title>
            <link rel="canonical" href="https://www.presstv.ir/Detail/2026/11/27/771234/Harbour-cranes">
            </head><body><h1>Harbour cranes return</h1></body></html>
            """;
        var syndicated = new Uri("https://news.aggregator.example/world/harbour-cranes-return?ref=home");

        var article = ArticleParser.Parse(html, syndicated, Strict);

        Assert.Equal("presstv:771234", article.Identity!.Key);
        var canonical = article.Alternates[0];
        Assert.Equal(MirrorKind.Canonical, canonical.Kind);
        Assert.Equal(
            ["https://presstv.co.uk/Detail/2026/11/27/771234/Harbour-cranes", "https://presstv.tv/Detail/2026/11/27/771234/Harbour-cranes", "https://presstv.com/Detail/2026/11/27/771234/Harbour-cranes"],
            article.Alternates.Skip(1).Where(a => a.Kind == MirrorKind.Mirror).Select(a => a.Url.AbsoluteUri));
        Assert.Equal(4, article.Alternates.Count);
        Assert.NotEqual("Press TV", article.SiteName);
        Assert.Equal(new Uri("https://www.presstv.ir/Detail/2026/11/27/771234/Harbour-cranes"), canonical.Url);
        Assert.Equal(ArticleSources.CanonicalLink, canonical.Source);
    }

    [Fact]
    public void Parse_CanonicalToHomePage_IdentityFromPageAddressWithDiagnostic()
    {
        const string html = """<html><head><link rel="canonical" href="https://www.coastline.example/"></head><body><h1>Cranes</h1></body></html>""";

        var article = ArticleParser.Parse(html, new Uri("https://www.coastline.example/news/cranes?utm_source=x"), Strict);

        Assert.Equal("https://coastline.example/news/cranes", article.Identity!.Key);
        Assert.Contains(article.Diagnostics, d => d.Code == "identity.canonical-ignored");
    }

    [Fact]
    public void Parse_CanonicalLosesArticleId_IdentityKeepsTheId()
    {
        const string html = """<html><head><link rel="canonical" href="https://www.presstv.ir/Section/10101"></head><body></body></html>""";

        var article = ArticleParser.Parse(html, new Uri("https://www.presstv.co.uk/Detail/2026/11/27/771234/Cranes"), Strict);

        Assert.Equal("presstv:771234", article.Identity!.Key);
    }

    [Fact]
    public void Parse_AmpPageWithoutCanonical_SameIdentityAsTheRegularPage()
    {
        const string html = "<html><body><h1>Storm</h1></body></html>";

        var amp = ArticleParser.Parse(html, new Uri("https://www.bbc.com/news/world-middle-east-12345678.amp"), Strict);
        var regular = ArticleParser.Parse(html, new Uri("https://www.bbc.co.uk/news/world-middle-east-12345678"), Strict);

        Assert.Equal("bbc:12345678", amp.Identity!.Key);
        Assert.Equal(amp.Identity, regular.Identity);
    }

    [Theory]
    [InlineData("Press TV’s website can also be accessed at the following alternate addresses:")]
    [InlineData("You can also reach us at these ALTERNATIVE DOMAINS")]
    [InlineData("وب‌سایت ما از طریق نشانی‌های جایگزین زیر نیز در دسترس است:")]
    [InlineData("يمكنكم متابعة موقعنا عبر العناوين البديلة التالية")]
    [InlineData("Notre site est aussi accessible aux adresses alternatives suivantes :")]
    [InlineData("Nuestro sitio también está disponible en las siguientes direcciones alternativas:")]
    [InlineData("Unsere Seite ist auch unter diesen alternativen Adressen erreichbar:")]
    [InlineData("Зеркала сайта:")]
    public void IsNotice_NoticeText_Recognised(string text)
    {
        Assert.True(AlternateAddressNotice.IsNotice(text));
    }

    [Theory]
    [InlineData("Follow us on social media")]
    [InlineData("The Daily Mirror reported the address of the new office")]
    [InlineData("Our partners")]
    public void IsNotice_OtherText_NotRecognised(string text)
    {
        Assert.False(AlternateAddressNotice.IsNotice(text));
    }

    [Fact]
    public void Parse_HomePageLinksWithoutNotice_AreNotMirrors()
    {
        const string html = """
            <html><body><article><h1>Cranes</h1><p>Text.</p></article>
            <footer><p>Our partners:</p><ul><li><a href="https://partner-one.example/">partner-one.example</a></li>
            <li><a href="https://partner-two.example">Partner two</a></li></ul></footer></body></html>
            """;

        var article = ArticleParser.Parse(html, new Uri("https://coastline.example/news/cranes"), Strict);

        Assert.DoesNotContain(article.Alternates, a => a.Kind == MirrorKind.Mirror);
    }

    [Fact]
    public void Parse_NoticeWithLinksNamingHosts_MirrorsKeepThePath()
    {
        const string html = """
            <html><body><article><h1>Cranes</h1></article>
            <div class="mirrors"><h4>Mirror sites</h4>
              <a href="https://coastline-mirror.example/start">coastline-mirror.example</a> ·
              <a href="https://coastline2.example/">Second mirror</a> ·
              <a href="https://coastline.example/">coastline.example</a>
            </div></body></html>
            """;

        var article = ArticleParser.Parse(html, new Uri("https://www.coastline.example/news/cranes?utm_medium=x"), Strict);

        Assert.Equal(
            ["https://coastline-mirror.example/news/cranes", "https://coastline2.example/news/cranes"],
            article.Alternates.Where(a => a.Kind == MirrorKind.Mirror).Select(a => a.Url.OriginalString));
    }
}
