using System.Text.Json.Nodes;

namespace NewsModel.Evaluation.Tests.Support;

/// <summary>Hand-written pages and labels shared by the harness tests.</summary>
internal static class Pages
{
    public const string FerryHtml = """
        <!doctype html><html><head><meta charset="utf-8">
        <title>Night ferry resumes service | Harbour Gazette</title>
        <meta property="og:title" content="Night ferry resumes service">
        </head><body><nav>Home · Local · Sport</nav>
        <article><h1>Night ferry resumes service</h1>
        <p>The night ferry between the two islands sailed again on Monday after a winter of repairs.</p>
        <p>Passengers queued at the pier well before the first departure.</p></article>
        <footer>© Harbour Gazette</footer></body></html>
        """;

    public const string FerryBody = "The night ferry between the two islands sailed again on Monday after a winter of repairs.\n\nPassengers queued at the pier well before the first departure.";

    public const string BakeryHtml = """
        <!doctype html><html><head><meta charset="utf-8"><title>Bäckerei öffnet wieder</title></head>
        <body><div class="menu">Startseite Kontakt</div>
        <main><h1>Bäckerei öffnet wieder</h1><p class="by">Von Jana Körner</p>
        <p>Nach dem Umbau öffnet die kleine Bäckerei am Marktplatz am Samstag ihre Türen.</p></main>
        <div class="share">Artikel teilen</div></body></html>
        """;

    public static JsonObject BakeryLabels() => new()
    {
        ["https://lokal.example/baeckerei"] = new JsonObject
        {
            ["file"] = "baeckerei.html",
            ["with"] = new JsonArray("öffnet die kleine Bäckerei am Marktplatz"),
            ["without"] = new JsonArray("Artikel teilen", "Startseite Kontakt"),
            ["title"] = "Bäckerei öffnet wieder",
            ["author"] = "Jana Körner",
            ["date"] = "2023-04-01",
            ["categories"] = new JsonArray("Lokales", "Handel"),
        },
        ["hard::no-url.html"] = new JsonObject
        {
            ["file"] = "no-url.html",
            ["with"] = new JsonArray("Ein zweiter Text über den Hafen"),
            ["without"] = new JsonArray("Impressum"),
            ["title"] = "",
            ["author"] = null,
            ["date"] = "",
        },
    };

    public static IReadOnlyDictionary<string, string> BakeryPages() => new Dictionary<string, string>
    {
        ["baeckerei.html"] = BakeryHtml,
        ["no-url.html"] = "<html><body><p>Ein zweiter Text über den Hafen.</p><footer>Impressum</footer></body></html>",
    };
}
