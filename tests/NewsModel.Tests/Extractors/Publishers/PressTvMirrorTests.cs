using NewsModel.Extractors.Publishers;
using NewsModel.Pipeline;
using NewsModel.Publishers;
using NodaTime;

namespace NewsModel.Tests.Extractors.Publishers;

public class PressTvMirrorTests
{
    private const string Slug = "/Detail/2026/11/27/771234/Fishermen-Bandar-Abbas-record-shrimp-season";
    private static readonly Uri OnIr = new("https://www.presstv.ir" + Slug);
    private static readonly Uri OnCoUk = new("https://www.presstv.co.uk" + Slug + "?utm_source=telegram");
    private static readonly ArticleParserOptions Strict = new() { ThrowOnExtractorFailure = true };

    private static string Html => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "presstv-mirror", "article.html"));

    [Fact]
    public void Parse_SameArticleOnTwoMirrors_OneIdentityAndOneCanonicalUrl()
    {
        var fromIr = ArticleParser.Parse(Html, OnIr, Strict);
        var fromCoUk = ArticleParser.Parse(Html, OnCoUk, Strict);

        Assert.Equal("presstv:771234", fromIr.Identity!.Key);
        Assert.Equal(fromIr.Identity, fromCoUk.Identity);
        Assert.Equal("presstv", fromCoUk.Identity!.Publisher);
        Assert.Equal("771234", fromCoUk.Identity.ArticleId);
        Assert.Equal(new Uri("https://presstv.ir" + Slug), fromIr.Identity.CanonicalUrl);
        Assert.Equal(fromIr.Identity.CanonicalUrl, fromCoUk.Identity.CanonicalUrl);
        Assert.Single(new[] { fromIr, fromCoUk }.DistinctByIdentity());
    }

    [Fact]
    public void Parse_PageOnMirror_ListsTheOtherHostsAsMirrors()
    {
        var article = ArticleParser.Parse(Html, OnCoUk, Strict);

        var mirrors = article.Alternates.Where(a => a.Kind == MirrorKind.Mirror).Select(a => a.Url.AbsoluteUri).ToArray();
        Assert.Equal(["https://presstv.ir" + Slug, "https://presstv.tv" + Slug, "https://presstv.com" + Slug], mirrors);
        Assert.All(article.Alternates, a => Assert.DoesNotContain(":443", a.Url.OriginalString, StringComparison.Ordinal));
        Assert.Equal("https://presstv.ir" + Slug, article.Identity!.CanonicalUrl!.OriginalString);
        Assert.DoesNotContain(article.Alternates, a => a.Url.Host.EndsWith("presstv.co.uk", StringComparison.Ordinal) && a.Kind == MirrorKind.Mirror);
        var feed = Assert.Single(article.Alternates, a => a.Kind == MirrorKind.Feed);
        Assert.Equal(new Uri("https://www.presstv.co.uk/RSS"), feed.Url);
        Assert.Equal("application/rss+xml", feed.MediaType);
    }

    [Fact]
    public void Parse_PageOnPrimaryHost_MirrorsFromProfileAndNoticeAgree()
    {
        var article = ArticleParser.Parse(Html, OnIr, Strict);

        var mirrors = article.Alternates.Where(a => a.Kind == MirrorKind.Mirror).Select(a => a.Url.AbsoluteUri).ToArray();
        Assert.Equal(["https://presstv.co.uk" + Slug, "https://presstv.tv" + Slug, "https://presstv.com" + Slug], mirrors);
        var provenance = article.SourceOf("alternates")!;
        Assert.Contains(provenance.Candidates, c => c.Source == ArticleSources.AlternateAddressNotice && !c.Selected);
        Assert.Equal("PressTV", article.SiteName);
        Assert.Contains(article.SourceOf("siteName")!.Candidates, c => c.Source == ArticleSources.PublisherProfile && c.Value == "Press TV");
    }

    [Fact]
    public void Parse_WithoutAnyProfile_NoticeStillNamesTheMirrors()
    {
        var options = Strict with { Pipeline = new ArticlePipelineBuilder().Use(new PublisherProfilesExtension(PublisherRegistry.Empty)).Build() };

        var article = ArticleParser.Parse(Html, OnIr, options);

        var mirrors = article.Alternates.Where(a => a.Kind == MirrorKind.Mirror).ToArray();
        Assert.Equal(["https://presstv.co.uk" + Slug, "https://presstv.tv" + Slug], mirrors.Select(m => m.Url.AbsoluteUri));
        Assert.All(mirrors, m => Assert.Equal(ArticleSources.AlternateAddressNotice, m.Source));
        Assert.Equal("https://presstv.ir" + Slug, article.Identity!.Key);
    }

    [Fact]
    public void Parse_UserProfileWithSelectors_ReadsFieldsFromTheSite()
    {
        var options = WithSelectorProfile();

        var article = ArticleParser.Parse(Html, OnCoUk, options);

        Assert.Equal("Fishermen in Bandar Abbas report record shrimp season", article.Headline);
        Assert.Equal(ArticleSources.PublisherProfile, article.SourceOf("headline")!.Source);
        var contributor = Assert.Single(article.Byline.Contributors);
        Assert.Equal("Sara Karimi", contributor.Name);
        Assert.Equal("Press TV", contributor.Organization);
        Assert.Equal("Tehran", contributor.Location);
        Assert.Equal("Sara Karimi / Press TV, Tehran", article.Byline.Text);
        Assert.Equal(new LocalDateTime(2026, 11, 27, 14, 5), article.Published!.LocalDateTime);
        Assert.Equal(Offset.FromHoursAndMinutes(3, 30), article.Published.OffsetDateTime!.Value.Offset);
        Assert.Equal("Asia/Tehran", article.Published.ZoneId);
        Assert.Equal("News › Iran", article.Section.Path);
        Assert.Equal(new Uri("https://www.presstv.co.uk/Section/10101"), article.Section.Segments[1].Url);
        Assert.Equal(5, article.Body.Count);
        Assert.DoesNotContain("Share", article.Text, StringComparison.Ordinal);
        Assert.StartsWith("Fishing cooperatives along the coast", article.Text, StringComparison.Ordinal);
        Assert.Contains(article.Body, b => b is NewsModel.Blocks.HeadingBlock { Level: 2, Text: "Exports" });
        Assert.Equal("presstv:771234", article.Identity!.Key);
    }

    [Fact]
    public void Parse_NoPageAddressCanonicalOnProfileHost_AppliesProfile()
    {
        var html = Html.Replace("href=\"/Detail/", "href=\"https://www.presstv.ir/Detail/", StringComparison.Ordinal);

        var article = ArticleParser.Parse(html, null, WithSelectorProfile());

        Assert.Equal("presstv:771234", article.Identity!.Key);
        Assert.Equal("Sara Karimi", Assert.Single(article.Byline.Contributors).Name);
        Assert.Equal(3, article.Alternates.Count(a => a.Kind == MirrorKind.Mirror));
    }

    [Fact]
    public void Parse_ProfileMatched_ContextExposesPublisherToLaterExtractors()
    {
        var probe = new PublisherProbe();
        var options = Strict with { Pipeline = new ArticlePipelineBuilder().Add(probe).Build() };

        ArticleParser.Parse(Html, OnCoUk, options);

        Assert.Equal("Asia/Tehran", probe.Seen?.TimeZone);
    }

    [Fact]
    public void DefaultPipeline_HoldsBuiltInProfiles()
    {
        var extractor = Assert.Single(ArticlePipeline.Default.Extractors.OfType<PublisherProfileExtractor>());

        Assert.Same(PublisherRegistry.BuiltIn, extractor.Registry);
    }

    [Fact]
    public void Use_ExtensionOnDefaultBuilder_ReplacesRatherThanDuplicates()
    {
        var registry = PublisherRegistry.CreateBuilder().Add(new PublisherProfile("coast", "Coastline Courier", "coastline.example")).Build();

        var pipeline = new ArticlePipelineBuilder().Use(new PublisherProfilesExtension(registry)).Build();

        Assert.Same(registry, Assert.Single(pipeline.Extractors.OfType<PublisherProfileExtractor>()).Registry);
        Assert.Same(registry, Assert.Single(pipeline.Extractors.OfType<NewsModel.Extractors.Identity.IdentityExtractor>()).Registry);
        Assert.Equal(ArticlePipeline.Default.Extractors.Count, pipeline.Extractors.Count);
    }

    [Fact]
    public void Use_ExtensionOnEmptyBuilder_AddsProfileAndIdentityExtractors()
    {
        var pipeline = ArticlePipelineBuilder.CreateEmpty().Use(new PublisherProfilesExtension(PublisherRegistry.BuiltIn)).Build();

        Assert.Equal(["publisher-profile", "identity"], pipeline.Extractors.Select(e => e.Name));
    }

    [Fact]
    public void Parse_ManyThreadsSharingOnePipelineWithSelectors_SameArticles()
    {
        var html = Html;
        var options = WithSelectorProfile();
        var expected = ArticleParser.Parse(html, OnCoUk, options);
        var results = new Article[64];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = ArticleParser.Parse(html, i % 2 == 0 ? OnCoUk : OnIr, options));

        Assert.All(results, r => Assert.Equal(expected.Identity, r.Identity));
        Assert.All(results, r => Assert.Equal(expected.Byline, r.Byline));
        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal(expected, r));
    }

    private static ArticleParserOptions WithSelectorProfile()
    {
        const string json = """
            { "profiles": [ {
                "id": "presstv", "name": "Press TV", "primaryHost": "presstv.ir",
                "mirrorHosts": ["presstv.co.uk", "presstv.tv", "presstv.com"],
                "timeZone": "Asia/Tehran", "language": "en",
                "articleUrlPattern": "^/Detail/\\d{4}/\\d{2}/\\d{2}/(?<id>\\d+)(?:/|$)",
                "selectors": {
                  "headline": "h1.news-title", "byline": ".byline", "published": ".news-meta time",
                  "section": ".breadcrumb", "body": ".news-body", "remove": [".share-bar"]
                }
            } ] }
            """;
        var registry = PublisherRegistry.BuiltIn.ToBuilder().AddJson(json).Build();
        return Strict with { Pipeline = new ArticlePipelineBuilder().Use(new PublisherProfilesExtension(registry)).Build() };
    }

    private sealed class PublisherProbe : IArticleExtractor
    {
        public PublisherProfile? Seen { get; private set; }

        public string Name => "probe";

        public void Extract(ExtractionContext context) => Seen = context.Publisher;
    }
}
