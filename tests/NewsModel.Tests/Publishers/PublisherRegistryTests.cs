using NewsModel.Publishers;

namespace NewsModel.Tests.Publishers;

public class PublisherRegistryTests
{
    [Fact]
    public void BuiltIn_Loaded_HoldsAtLeast25OutletsFromSeveralCountriesAndLanguages()
    {
        var profiles = PublisherRegistry.BuiltIn.Profiles;

        Assert.True(profiles.Count >= 25, $"{profiles.Count} built-in profiles");
        Assert.True(profiles.Select(p => p.Language).Where(l => l is not null).Distinct().Count() >= 8);
        Assert.True(profiles.Select(p => p.TimeZone).Where(z => z is not null).Distinct().Count() >= 12);
        Assert.Equal(profiles.Count, profiles.Select(p => p.Id).Distinct().Count());
        Assert.True(profiles.Count(p => p.ArticleUrlPattern is not null) >= 25);
    }

    [Fact]
    public void BuiltIn_PressTv_HasHostsZoneAndPattern()
    {
        var presstv = PublisherRegistry.BuiltIn.FindById("presstv");

        Assert.NotNull(presstv);
        Assert.Equal("Press TV", presstv.Name);
        Assert.Equal("presstv.ir", presstv.PrimaryHost);
        Assert.Equal(["presstv.co.uk", "presstv.tv", "presstv.com"], presstv.MirrorHosts);
        Assert.Equal("Asia/Tehran", presstv.TimeZone);
        Assert.Equal("en", presstv.Language);
    }

    [Theory]
    [InlineData("presstv.ir", "presstv")]
    [InlineData("www.presstv.ir", "presstv")]
    [InlineData("WWW.PRESSTV.CO.UK", "presstv")]
    [InlineData("presstv.tv", "presstv")]
    [InlineData("www.presstv.com", "presstv")]
    [InlineData("edition.cnn.com", "cnn")]
    [InlineData("amp.theguardian.com", "theguardian")]
    [InlineData("en.irna.ir", "irna-en")]
    [InlineData("www.irna.ir", "irna")]
    [InlineData("english.news.cn", "xinhua-en")]
    [InlineData("www.news.cn", "xinhua")]
    [InlineData("unknown.example", null)]
    [InlineData("co.uk", null)]
    [InlineData("ir", null)]
    [InlineData("notpresstv.ir", null)]
    public void FindByHost_Host_FindsProfileThroughWwwAndSubdomains(string host, string? expectedId)
    {
        Assert.Equal(expectedId, PublisherRegistry.BuiltIn.FindByHost(host)?.Id);
    }

    [Theory]
    [InlineData("https://www.presstv.ir/Detail/2026/11/27/771234/Fishermen-record-season", "http://presstv.co.uk/Detail/2026/11/27/771234/Fishermen-record-season/?utm_source=feed", "presstv:771234")]
    [InlineData("https://www.presstv.ir/Detail/2026/11/27/771234/Slug-one", "https://www.presstv.tv/detail/2026/11/27/771234/another-slug", "presstv:771234")]
    [InlineData("https://www.bbc.co.uk/news/world-middle-east-12345678", "https://www.bbc.com/news/world-middle-east-12345678.amp", "bbc:12345678")]
    [InlineData("https://www.bbc.com/news/articles/c4g0d3x5y7zo", "https://www.bbc.co.uk/news/articles/c4g0d3x5y7zo?at_medium=RSS", "bbc:c4g0d3x5y7zo")]
    [InlineData("https://www.dawn.com/news/1812345/slug", "https://www.dawn.com/news/1812345", "dawn:1812345")]
    [InlineData("https://timesofindia.indiatimes.com/india/slug/articleshow/105123456.cms", "https://timesofindia.indiatimes.com/india/slug/amp_articleshow/105123456.cms", "timesofindia:105123456")]
    [InlineData("https://www.thehindu.com/news/national/slug/article67512345.ece", "https://www.thehindu.com/news/national/slug/article67512345.ece/amp/", "thehindu:67512345")]
    [InlineData("https://www.lemonde.fr/international/article/2024/01/01/un-titre_6208123_3210.html", "https://www.lemonde.fr/international/article/2024/01/01/un-titre_6208123_3210.html?xtor=RSS-1", "lemonde:6208123")]
    [InlineData("https://tass.com/politics/1712345", "https://tass.com/politics/1712345/", "tass-en:1712345")]
    public void Identify_TwoAddressesOfOneArticle_SameIdentity(string first, string second, string expectedKey)
    {
        var registry = PublisherRegistry.BuiltIn;

        var a = registry.Identify(new Uri(first));
        var b = registry.Identify(new Uri(second));

        Assert.Equal(expectedKey, a.Key);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Identify_PressTvMirror_MapsCanonicalUrlToPrimaryHost()
    {
        var identity = PublisherRegistry.BuiltIn.Identify(new Uri("http://www.presstv.co.uk/Detail/2026/11/27/771234/Slug/?fbclid=x"));

        Assert.Equal("presstv", identity.Publisher);
        Assert.Equal("771234", identity.ArticleId);
        Assert.Equal(new Uri("https://presstv.ir/Detail/2026/11/27/771234/Slug"), identity.CanonicalUrl);
    }

    [Fact]
    public void Identify_KnownHostWithoutId_KeyIsPrimaryAddress()
    {
        var identity = PublisherRegistry.BuiltIn.Identify(new Uri("https://www.presstv.co.uk/Section/10101"));

        Assert.Equal("https://presstv.ir/Section/10101", identity.Key);
        Assert.Equal("presstv", identity.Publisher);
        Assert.Null(identity.ArticleId);
    }

    [Fact]
    public void Identify_UnknownHost_KeyIsNormalizedAddress()
    {
        var identity = PublisherRegistry.BuiltIn.Identify(new Uri("http://www.coastline.example/news/cranes/?utm_campaign=x#top"));

        Assert.Equal("https://coastline.example/news/cranes", identity.Key);
        Assert.Null(identity.Publisher);
    }

    [Fact]
    public void Identify_RelativeAddress_Throws()
    {
        Assert.Throws<ArgumentException>(() => PublisherRegistry.BuiltIn.Identify(new Uri("/news/1", UriKind.Relative)));
    }

    [Fact]
    public void GetMirrorUrls_PressTvMirror_ListsPrimaryAndOtherMirrors()
    {
        var mirrors = PublisherRegistry.BuiltIn.GetMirrorUrls(new Uri("https://www.presstv.co.uk/Detail/2026/11/27/771234/Slug?utm_source=x"));

        Assert.Equal(
            ["https://presstv.ir/Detail/2026/11/27/771234/Slug", "https://presstv.tv/Detail/2026/11/27/771234/Slug", "https://presstv.com/Detail/2026/11/27/771234/Slug"],
            mirrors.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void GetMirrorUrls_SubdomainOfProfileHost_ListsNothing()
    {
        Assert.Empty(PublisherRegistry.BuiltIn.GetMirrorUrls(new Uri("https://edition.cnn.com/2026/11/27/world/story/index.html")));
        Assert.Equal("cnn", PublisherRegistry.BuiltIn.Identify(new Uri("https://edition.cnn.com/2026/11/27/world/story/index.html")).Publisher);
    }

    [Fact]
    public void Normalize_MirrorAddress_MapsToPrimaryHost()
    {
        Assert.Equal(new Uri("https://presstv.ir/Detail/2026/11/27/771234/Slug"), PublisherRegistry.BuiltIn.Normalize(new Uri("http://presstv.com/Detail/2026/11/27/771234/Slug/")));
    }

    [Fact]
    public void Build_SameIdAddedLater_ReplacesEarlierProfile()
    {
        var registry = PublisherRegistry.BuiltIn.ToBuilder()
            .Add(new PublisherProfile("presstv", "Press TV (user)", "presstv.ir") { MirrorHosts = ["presstv-mirror.example"] })
            .Build();

        Assert.Equal(PublisherRegistry.BuiltIn.Profiles.Count, registry.Profiles.Count);
        Assert.Equal("Press TV (user)", registry.FindByHost("presstv-mirror.example")?.Name);
        Assert.Null(registry.FindByHost("presstv.co.uk"));
        Assert.Equal("Press TV", PublisherRegistry.BuiltIn.FindByHost("presstv.co.uk")?.Name);
    }

    [Fact]
    public void Build_HostClaimedTwice_LaterProfileWins()
    {
        var registry = PublisherRegistry.CreateBuilder()
            .Add(new PublisherProfile("first", "First", "shared.example"))
            .Add(new PublisherProfile("second", "Second", "other.example") { MirrorHosts = ["www.shared.example"] })
            .Build();

        Assert.Equal("second", registry.FindByHost("shared.example")?.Id);
        Assert.Equal("first", registry.FindById("first")?.Id);
    }

    [Fact]
    public void Add_HostsWithWwwAndCase_AreNormalized()
    {
        var registry = PublisherRegistry.CreateBuilder()
            .Add(new PublisherProfile("coast", "Coastline Courier", "WWW.Coastline.Example") { MirrorHosts = ["coastline.example", "Coastline-Mirror.Example"], Language = "EN_gb" })
            .Build();

        var profile = Assert.Single(registry.Profiles);
        Assert.Equal("coastline.example", profile.PrimaryHost);
        Assert.Equal(["coastline-mirror.example"], profile.MirrorHosts);
        Assert.Equal("en-GB", profile.Language);
    }

    [Fact]
    public void AddJsonFile_ValidFile_AddsProfiles()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsmodel-profiles-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "profiles": [ { "id": "coast", "name": "Coastline Courier", "primaryHost": "coastline.example", "articleUrlPattern": "^/news/(?<id>\\d+)" } ] }""");
        try
        {
            var registry = PublisherRegistry.CreateBuilder().AddJsonFile(path).Build();

            Assert.Equal("coast:42", registry.Identify(new Uri("https://coastline.example/news/42/harbour")).Key);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Lookups_ManyThreadsAtOnce_GiveTheSameAnswersAsOneThread()
    {
        var registry = PublisherRegistry.BuiltIn.ToBuilder().Add(new PublisherProfile("coast", "Coastline Courier", "coastline.example") { ArticleUrlPattern = @"/(?<id>\d+)$" }).Build();
        var hosts = registry.Profiles.SelectMany(p => p.Hosts).Concat(["unknown.example", "www.coastline.example"]).ToArray();
        var urls = hosts.Select((h, i) => new Uri($"https://www.{h}/news/{i + 1000}")).ToArray();
        var expected = urls.Select(u => (registry.Find(u)?.Id, registry.Identify(u).Key, registry.GetMirrorUrls(u).Count)).ToArray();

        var failures = 0;
        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var index = i % urls.Length;
            var u = urls[index];
            if ((registry.Find(u)?.Id, registry.Identify(u).Key, registry.GetMirrorUrls(u).Count) != expected[index])
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
        Assert.Equal($"coast:{hosts.Length - 1 + 1000}", expected[^1].Key);
        Assert.Equal("presstv", expected[Array.IndexOf(hosts, "presstv.co.uk")].Id);
    }
}
