namespace NewsModel.Tests;

/// <summary>Parses hand-written pages the way the tests need: extractor failures throw, a fixed page address.</summary>
internal static class TestPages
{
    public static readonly Uri PageUrl = new("https://www.coastline.example/world/2021/05/harbour-cranes");

    private static readonly ArticleParserOptions Strict = new() { ThrowOnExtractorFailure = true };

    public static Article Parse(string html, Uri? pageUrl = null) => ArticleParser.Parse(html, pageUrl ?? PageUrl, Strict);

    /// <summary>A page whose head holds <paramref name="head"/> and whose body holds <paramref name="body"/>.</summary>
    public static Article ParsePage(string head, string body = "", Uri? pageUrl = null) =>
        Parse($"<!doctype html><html><head>{head}</head><body>{body}</body></html>", pageUrl);

    /// <summary>A page with one JSON-LD block.</summary>
    public static Article ParseJsonLd(string json, string body = "") =>
        ParsePage($"<script type=\"application/ld+json\">{json}</script>", body);

    /// <summary>The text of a fixture file under Fixtures/.</summary>
    public static string Fixture(string path) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", path));
}
