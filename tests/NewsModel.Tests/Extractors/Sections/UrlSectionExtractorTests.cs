using NewsModel.Extractors.Sections;

namespace NewsModel.Tests.Extractors.Sections;

public class UrlSectionExtractorTests
{
    [Theory]
    [InlineData("/news/middle-east/2024/11/14/48213/slug", "News › Middle East")]
    [InlineData("/politics/budget-vote-passes-after-long-night", "Politics")]
    [InlineData("/en/world/europe/story-123", "World › Europe")]
    [InlineData("/sport/football/amp/story", "Sport › Football")]
    [InlineData("/us-news/2024/nov/14/slug", "US News")]
    [InlineData("/story-slug-only", "")]
    [InlineData("/2024/11/14/slug", "")]
    // The sections printed after a date that opens the path.
    [InlineData("/2024/11/14/world/middle-east/slug.html", "World › Middle East")]
    [InlineData("/2024/11/business/slug", "Business")]
    [InlineData("/2024/11/14/48213/slug", "")]
    [InlineData("/article/12345", "")]
    [InlineData("/artykul/8712345", "")]
    [InlineData("/news/world/europe/asia/slug", "News › World › Europe")]
    [InlineData("/", "")]
    [InlineData("/us/politics/slug", "Politics")]
    [InlineData("/de/artikel/wirtschaft/slug", "Wirtschaft")]
    [InlineData("/web/20190412083000/https://www.harbour.example/news/ports/slug", "News › Ports")]
    [InlineData("/web/20190412083000id_/http://www.harbour.example/culture/slug", "Culture")]
    [InlineData("/aktuelles/single-news/slug", "Aktuelles")]
    [InlineData("/tv/reviews/slug", "TV › Reviews")]
    [InlineData("/intl/ai/slug", "AI")]
    [InlineData("/home_garden/slug", "Home Garden")]
    [InlineData("/food-and-drink/2024/03/12/slug", "Food and Drink")]
    [InlineData("/economia-e-finanza/slug-lungo-qui", "Economia e Finanza")]
    [InlineData("/in-depth/slug", "In Depth")]
    [InlineData("/la-liga/slug", "La Liga")]
    [InlineData("/r/python/comments/abc123/slug", "Python")]
    public void FromPath_Table(string path, string expected)
    {
        Assert.Equal(expected, UrlSectionExtractor.FromPath(path)?.Path ?? string.Empty);
    }

    [Fact]
    public void Parse_UrlSection_WeakEvidenceWithProvenance()
    {
        var article = ArticleParser.Parse("<p>x</p>", new Uri("https://example.com/business/markets/2024/11/14/slug"));

        Assert.Equal("Business › Markets", article.Section.Path);
        Assert.Equal("url-path", article.SourceOf("section")!.Source);
    }

    // The name the site's links print for a level's page, where it spells the folder, or in another script (section
    // audit sc3: "Economia" lost its accent, "Sport" stood for "رياضة").
    [Theory]
    [InlineData("https://diario.example/economia/2024/05/16/vecinos-reclaman", "<a href=\"/economia/\">Economía</a>", "Economía")]
    [InlineData("https://zeitung.example/wirtschaft-finanzen/zinsen-steigen-48213", "<a href=\"/wirtschaft-finanzen/\">Wirtschaft &amp; Finanzen</a>", "Wirtschaft & Finanzen")]
    [InlineData("https://al-mirsad.example/sport/2024/05/18/late-equaliser", "<a href=\"/sport/\">رياضة</a>", "رياضة")]
    // A link's text that does not spell the folder names it no better: "More", another language's word in Latin letters.
    [InlineData("https://diario.example/economia/2024/05/16/vecinos-reclaman", "<a href=\"/economia/\">Más noticias</a>", "Economia")]
    [InlineData("https://zeitung.example/economy/zinsen-steigen-48213", "<a href=\"/economy/\">Wirtschaft</a>", "Economy")]
    public void Parse_LevelNamedByTheSitesLink(string url, string link, string expected)
    {
        var article = ArticleParser.Parse(
            $"<html><body><nav><ul><li><a href=\"/\">Home</a></li><li>{link}</li><li><a href=\"/cultura/\">Cultura</a></li><li><a href=\"/deportes/\">Deportes</a></li><li><a href=\"/opinion/\">Opinión</a></li><li><a href=\"/vida/\">Vida</a></li></ul></nav><article><h1>Headline of the story</h1><p>The council met on Monday and agreed to extend the ferry timetable for the winter months.</p></article></body></html>",
            new Uri(url));

        Assert.Equal(expected, article.Section.Path);
        Assert.Equal("url-path", article.SourceOf("section")!.Source);
    }

    /// <summary>
    /// A leading folder the page names nowhere, before levels its links print in a script without Latin letters, is the
    /// site's folder (section audit sc9: "News › ورزش › فوتبال" for /fa/news/sport/football/); before levels printed in
    /// Latin letters it stays a level.
    /// </summary>
    [Theory]
    [InlineData("https://pars.example/fa/news/sport/football/1403122445/friendly-win", "<a href=\"/fa/news/sport\">ورزش</a>", "<a href=\"/fa/news/sport/football\">فوتبال</a>", "ورزش › فوتبال")]
    [InlineData("https://pars.example/news/sport/football/1403122445/friendly-win", "<a href=\"/news/sport\">Sport</a>", "<a href=\"/news/sport/football\">Football</a>", "News › Sport › Football")]
    [InlineData("https://pars.example/fa/news/sport/football/1403122445/friendly-win", "<a href=\"/fa/news\">اخبار</a>", "<a href=\"/fa/news/sport/football\">فوتبال</a>", "اخبار › Sport › فوتبال")]
    public void Parse_UnnamedLeadingFolder(string url, string first, string second, string expected)
    {
        var article = ArticleParser.Parse(
            $"<html><body><nav><ul><li><a href=\"/\">Home</a></li><li>{first}</li><li>{second}</li></ul></nav><article><h1>Headline of the story</h1><p>The under-23 side won its last friendly before the continental championship by four goals.</p></article></body></html>",
            new Uri(url));

        Assert.Equal(expected, article.Section.Path);
    }
}
