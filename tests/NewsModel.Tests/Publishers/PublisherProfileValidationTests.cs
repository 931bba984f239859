using NewsModel.Publishers;

namespace NewsModel.Tests.Publishers;

public class PublisherProfileValidationTests
{
    private const string Valid = """
        "id": "coast", "name": "Coastline Courier", "primaryHost": "coastline.example"
        """;

    [Theory]
    [InlineData("""{ "profiles": [ { VALID, "selectors": { "byline": "div.byline[" } } ] }""", "coast", "selectors.byline")]
    [InlineData("""{ "profiles": [ { VALID, "selectors": { "headline": "h1:::title" } } ] }""", "coast", "selectors.headline")]
    [InlineData("""{ "profiles": [ { VALID, "selectors": { "body": "" } } ] }""", "coast", "selectors.body")]
    [InlineData("""{ "profiles": [ { VALID, "selectors": { "remove": [ ".ads", "div >" ] } } ] }""", "coast", "selectors.remove[1]")]
    [InlineData("""{ "profiles": [ { VALID, "selectors": { "headlines": "h1" } } ] }""", "coast", "selectors.headlines")]
    [InlineData("""{ "profiles": [ { VALID, "articleUrlPattern": "^/news/(?<id>\\d+" } ] }""", "coast", "articleUrlPattern")]
    [InlineData("""{ "profiles": [ { VALID, "articleUrlPattern": "^/news/(\\d+)" } ] }""", "coast", "articleUrlPattern")]
    [InlineData("""{ "profiles": [ { VALID, "timeZone": "Asia/Atlantis" } ] }""", "coast", "timeZone")]
    [InlineData("""{ "profiles": [ { VALID, "timeZone": "IRST" } ] }""", "coast", "timeZone")]
    [InlineData("""{ "profiles": [ { VALID, "language": "123" } ] }""", "coast", "language")]
    [InlineData("""{ "profiles": [ { VALID, "mirrorHosts": [ "ok.example", "https://mirror.example/" ] } ] }""", "coast", "mirrorHosts[1]")]
    [InlineData("""{ "profiles": [ { VALID, "mirrorHosts": "mirror.example" } ] }""", "coast", "mirrorHosts")]
    [InlineData("""{ "profiles": [ { VALID, "selector": { } } ] }""", "coast", "selector")]
    [InlineData("""{ "profiles": [ { "id": "coast", "name": "Coastline Courier" } ] }""", "coast", "primaryHost")]
    [InlineData("""{ "profiles": [ { "id": "coast", "name": "Coastline Courier", "primaryHost": "localhost" } ] }""", "coast", "primaryHost")]
    [InlineData("""{ "profiles": [ { "id": "coast", "primaryHost": "coastline.example" } ] }""", "coast", "name")]
    [InlineData("""{ "profiles": [ { "id": "Coast Courier", "name": "x", "primaryHost": "coastline.example" } ] }""", "Coast Courier", "id")]
    [InlineData("""{ "profiles": [ { VALID }, { "name": "No id", "primaryHost": "x.example" } ] }""", "profile #2 in the JSON text", "id")]
    [InlineData("""{ "profiles": [ { VALID }, { VALID } ] }""", "coast", "id")]
    [InlineData("""{ "profiles": [ { VALID, "timeZone": 35 } ] }""", "coast", "timeZone")]
    public void AddJson_InvalidProfile_ThrowsNamingProfileAndField(string json, string profile, string field)
    {
        var builder = PublisherRegistry.CreateBuilder();

        var ex = Assert.Throws<PublisherProfileException>(() => builder.AddJson(json.Replace("VALID", Valid, StringComparison.Ordinal)));

        Assert.Equal(profile, ex.Profile);
        Assert.Equal(field, ex.Field);
        Assert.Contains($"'{profile}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{field}'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(builder.Profiles);
    }

    [Theory]
    [InlineData("{ \"profiles\": [ { ")]
    [InlineData("\"just a string\"")]
    [InlineData("{ \"publishers\": [] }")]
    public void AddJson_NotTheFormat_ThrowsTypedError(string json)
    {
        var ex = Assert.Throws<PublisherProfileException>(() => PublisherRegistry.CreateBuilder().AddJson(json));

        Assert.Null(ex.Field);
    }

    [Fact]
    public void Add_BrokenSelectorInCode_ThrowsNamingProfileAndField()
    {
        var profile = new PublisherProfile("coast", "Coastline Courier", "coastline.example")
        {
            Selectors = new PublisherSelectors { Headline = "h1", Remove = [".share", "aside["] },
        };

        var ex = Assert.Throws<PublisherProfileException>(() => PublisherRegistry.CreateBuilder().Add(profile));

        Assert.Equal("Publisher profile 'coast', field 'selectors.remove[1]': 'aside[' is not a valid CSS selector.", ex.Message);
    }

    [Fact]
    public void AddJson_ValidProfileWithCommentsAndArrayRoot_IsAccepted()
    {
        const string json = """
            // A user's own profiles.
            [
              {
                "id": "coast", "name": "Coastline Courier", "primaryHost": "coastline.example",
                "mirrorHosts": ["coastline-mirror.example"], "timeZone": "Europe/Lisbon", "language": "pt",
                "articleUrlPattern": "^/noticias/(?<id>\\d+)",
                "selectors": { "headline": "h1.title", "byline": ".author", "published": "time[datetime]",
                               "section": "nav.crumbs", "body": "article .text", "remove": [".ad", "aside"] },
              },
            ]
            """;

        var registry = PublisherRegistry.CreateBuilder().AddJson(json).Build();

        var profile = Assert.Single(registry.Profiles);
        Assert.Equal("Europe/Lisbon", profile.TimeZone);
        Assert.Equal([".ad", "aside"], profile.Selectors.Remove);
        Assert.Equal("coast:7", registry.Identify(new Uri("https://coastline-mirror.example/noticias/7/titulo")).Key);
    }

    [Fact]
    public void Identify_CatastrophicPattern_TimesOutWithoutId()
    {
        var registry = PublisherRegistry.CreateBuilder()
            .Add(new PublisherProfile("slow", "Slow", "slow.example") { ArticleUrlPattern = "^/(?<id>(a+)+)$" })
            .Build();

        var identity = registry.Identify(new Uri("https://slow.example/" + new string('a', 40) + "!"));

        Assert.Null(identity.ArticleId);
        Assert.Equal("slow", identity.Publisher);
    }

    [Fact]
    public void AddJson_Stream_ReadsUtf8()
    {
        using var stream = new MemoryStream("""{ "profiles": [ { "id": "zeitung", "name": "Süddeutsche Beispielzeitung", "primaryHost": "zeitung.example" } ] }"""u8.ToArray());

        var registry = PublisherRegistry.CreateBuilder().AddJson(stream).Build();

        Assert.Equal("Süddeutsche Beispielzeitung", registry.FindById("zeitung")?.Name);
    }
}
