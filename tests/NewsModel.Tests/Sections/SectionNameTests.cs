using NewsModel.Extractors.Sections;

namespace NewsModel.Tests.Sections;

/// <summary>A declared section written as a CMS's slug gives way to the name the page prints. All fixture text is invented.</summary>
public class SectionSlugTests
{
    [Theory]
    [InlineData("a-e-d", true)]
    [InlineData("local_news", true)]
    [InlineData("news-2024", true)]
    [InlineData("Local News", false)]
    [InlineData("local news", false)]
    [InlineData("sport", false)]
    [InlineData("Arts-and-Culture", false)]
    [InlineData("-news", false)]
    [InlineData("news--local", false)]
    [InlineData("économie-locale", false)]
    public void IsSlug(string name, bool expected)
    {
        Assert.Equal(expected, SectionReconciliationExtractor.IsSlug(new Section { Segments = [new SectionSegment(name)] }));
    }

    [Theory]
    [InlineData("lake-life", "Lake Life")]
    [InlineData("Lake Life", "Lake Life")]
    [InlineData("Outdoors", "Outdoors")]
    public void DeclaredSlug_GivesWayToThePrintedKicker(string declared, string expected)
    {
        var article = FerryPage.Parse(declared, """<a class="kicker" href="/category/lake-life/">Lake Life</a>""", string.Empty);

        Assert.Equal(expected, article.Section.Path);
    }
}

/// <summary>A printed category one level below the declared section continues its path. All fixture text is invented.</summary>
public class SectionDeeperLevelTests
{
    private static readonly ArticleParserOptions Options = new() { ThrowOnExtractorFailure = true };

    private static Article Parse(string declared, string kicker)
    {
        var html = $$"""
            <html lang="en"><head><title>Ferry timetable changes for the summer season | Lakeside Post</title>
            <meta property="article:section" content="{{declared}}"></head>
            <body><main><article>{{kicker}}<h1>Ferry timetable changes for the summer season</h1>
            <p>The lake ferry will run every forty minutes from June, the operator announced on Monday after a long consultation.</p>
            </article></main></body></html>
            """;
        return ArticleParser.Parse(html, new Uri("https://www.lakeside-post.example/travel/2024/may/14/ferry-timetable-changes"), Options);
    }

    [Theory]
    [InlineData("Travel", "/travel/lake-ferries", "Lake ferries", "Travel › Lake ferries")]
    [InlineData("Travel", "/lake-ferries", "Lake ferries", "Travel")]
    [InlineData("Travel", "/weather/lake-ferries", "Lake ferries", "Travel")]
    [InlineData("Travel", "/travel/lake-ferries", "Ferries", "Travel")]
    [InlineData("lake-ferries", "/travel/lake-ferries", "Lake ferries", "Lake ferries")]
    [InlineData("lake-ferries", "", "", "lake-ferries")]
    public void PrintedKickerBelowTheDeclaredSection(string declared, string href, string name, string expected)
    {
        var kicker = href.Length == 0 ? string.Empty : $"""<a class="kicker" href="{href}">{name}</a>""";

        Assert.Equal(expected, Parse(declared, kicker).Section.Path);
    }
}

/// <summary>A breadcrumb level named as its page's title is ("News - Engineering"): the piece its address spells. All fixture text is invented.</summary>
public class SectionTitleDecorationTests
{
    private static readonly ArticleParserOptions Options = new() { ThrowOnExtractorFailure = true };

    [Theory]
    [InlineData("News - Engineering", "/engineering/", "Engineering")]
    [InlineData("Engineering | Coastline College", "/engineering/", "Engineering")]
    [InlineData("Aktuelles – Engineering", "/engineering", "Engineering")]
    [InlineData("Boats - Engineering", "/engineering/", "Boats - Engineering")]
    [InlineData("News - Engineering", "/school-news/", "News - Engineering")]
    public void BreadcrumbLevel(string name, string path, string expected)
    {
        var html = $$"""
            <html lang="en"><head><title>Apprentices build a solar boat | Coastline College</title><meta property="og:site_name" content="Coastline College"></head>
            <body><nav class="breadcrumb"><a href="/">Home</a> › <a href="{{path}}">{{name}}</a> › <span>Apprentices build a solar boat</span></nav>
            <main><article><h1>Apprentices build a solar boat</h1>
            <p>The second-year apprentices spent the winter term building a small boat that runs on two solar panels and a battery.</p>
            </article></main></body></html>
            """;

        var article = ArticleParser.Parse(html, new Uri("https://www.coastline-college.example/apprentices-build-a-solar-boat/"), Options);

        Assert.Equal(expected, article.Section.Path);
    }
}

/// <summary>A declared section written as a trail in one value gives its levels (section audit sc4). All fixture text is invented.</summary>
public class DeclaredTrailTests
{
    [Theory]
    [InlineData("World > Europe", "World › Europe")]
    [InlineData("Home › Sport › Football", "Sport › Football")]
    [InlineData("Lakeside Post » Lake Life", "Lake Life")]
    [InlineData("Arts/Culture", "Arts/Culture")]
    [InlineData("News > Uncategorized", "")]
    public void Parse_DeclaredTrail_GivesItsLevels(string declared, string expected)
    {
        var article = FerryPage.Parse(
            declared,
            string.Empty,
            "<p>Passengers on the eastern shore had asked for later crossings on weekdays, and the operator agreed to run one more.</p>",
            """<meta property="og:site_name" content="Lakeside Post">""");

        Assert.Equal(expected, string.Join(" › ", article.Section?.Segments.Select(s => s.Name) ?? []));
    }
}

/// <summary>The ferry story of these tests, its JSON-LD declaring a section. All fixture text is invented.</summary>
internal static class FerryPage
{
    private static readonly ArticleParserOptions Options = new() { ThrowOnExtractorFailure = true };

    /// <summary>Parses the story with <paramref name="declared"/> as its <c>articleSection</c>, <paramref name="aboveHeadline"/> before its h1 and <paramref name="moreBody"/> after its first paragraph.</summary>
    public static Article Parse(string declared, string aboveHeadline, string moreBody, string head = "")
    {
        var html = $$"""
            <html lang="en"><head><title>Ferry timetable changes for the summer season | Lakeside Post</title>{{head}}
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry timetable changes for the summer season","articleSection":"{{declared}}"}</script></head>
            <body><main><article>{{aboveHeadline}}<h1>Ferry timetable changes for the summer season</h1>
            <p>The lake ferry will run every forty minutes from June, the operator announced on Monday after a long consultation.</p>{{moreBody}}
            </article></main></body></html>
            """;

        return ArticleParser.Parse(html, new Uri("https://www.lakeside-post.example/ferry-timetable-changes/"), Options);
    }
}
