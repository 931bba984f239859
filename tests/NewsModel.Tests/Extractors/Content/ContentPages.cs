namespace NewsModel.Tests.Extractors.Content;

/// <summary>Hand-written page furniture around an article body, so each test shows only what it is about.</summary>
internal static class ContentPages
{
    public static readonly Uri PageUrl = new("https://news.example/world/2024/lighthouse-keepers-return");

    public const string First = "The lighthouse on the northern cape was lit again on Tuesday evening, forty years after its last keeper rowed ashore for good.";
    public const string Second = "Volunteers from three fishing villages spent the winter scraping salt from the lamp room, replacing cracked panes and rewiring the old clockwork.";
    public const string Third = "Harbour pilots say the beam, visible for eighteen nautical miles on a clear night, will guide trawlers around the shoals that sank two boats last decade.";
    public const string Fourth = "The regional council has promised to fund a part-time keeper for five years, after which the villages hope tourism will cover the costs themselves.";

    public static string Wrap(string article, string extraBody = "", string head = "") => $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Lighthouse keepers return | Cape Gazette</title>{{head}}</head>
        <body>
        <header class="site-header"><a href="/">Cape Gazette</a>
          <nav class="main-nav"><ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li><li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
        </header>
        <main>
          <article>
            <h1>Lighthouse keepers return to the northern cape</h1>
            {{article}}
          </article>
          {{extraBody}}
        </main>
        <footer class="site-footer"><p>© 2024 Cape Gazette. All rights reserved. <a href="/about">About us</a> <a href="/privacy">Privacy</a> <a href="/contact">Contact</a></p></footer>
        </body></html>
        """;

    public static string Paragraphs(params string[] texts) => string.Concat(texts.Select(t => $"<p>{t}</p>\n"));
}
