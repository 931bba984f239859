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

    /// <summary>Three paragraphs of a short news story, for pages whose credit or metadata is under test.</summary>
    public const string FerryStory =
        "<p>The harbour board agreed on Monday evening to extend the winter ferry timetable by another two weeks this year.</p>"
        + "<p>Residents on the outer islands had asked for the change since the spring, when the last boat left too early.</p>"
        + "<p>The board will review the timetable again next autumn, after the new terminal on the north pier has opened.</p>";

    /// <summary>The ferry story's page in English: <paramref name="head"/> in its head, <paramref name="body"/> between the h1 and the story.</summary>
    public static Article ParseFerryStory(string head, string body, string title = "Ferry timetable extended") =>
        Parse(
            $"<!doctype html><html lang=\"en\"><head><title>{title}</title>{head}</head><body><article><h1>Ferry timetable extended</h1>{body}{FerryStory}</article></body></html>",
            new Uri("https://www.harbourgazette.example/region/ferry-timetable"));

    /// <summary>
    /// The ferry story's page with the story repeated so that <paramref name="ending"/> lies beyond the reach of the
    /// printed-byline reader; <paramref name="opening"/> goes between the h1 and the story.
    /// </summary>
    public static Article ParseFerryStoryEnding(string ending, string opening = "") =>
        Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Ferry timetable extended</title></head><body><article><h1>Ferry timetable extended</h1>{opening}{string.Concat(Enumerable.Repeat(FerryStory, 25))}{ending}</article></body></html>",
            new Uri("https://www.harbourgazette.example/region/ferry-timetable"));

    /// <summary>The text of a fixture file under Fixtures/.</summary>
    public static string Fixture(string path) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", path));
}
