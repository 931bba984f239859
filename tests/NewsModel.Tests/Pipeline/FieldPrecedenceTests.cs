using System.Text.RegularExpressions;
using NewsModel.Pipeline;
using NodaTime;

namespace NewsModel.Tests.Pipeline;

public class FieldPrecedenceTests
{
    private static readonly Uri Page = new("https://observer.example/weather/tide-gauge-revised?utm_source=feed");

    [Fact]
    public void Parse_ConflictingSources_JsonLdWinsAndProvenanceKeepsTheRest()
    {
        var article = TestPages.Parse(TestPages.Fixture("metadata-conflicts/page.html"), Page);

        // JSON-LD says 22:00+01:00, OpenGraph says 21:00Z (the same instant), the time element another day.
        Assert.Equal(new OffsetDateTime(new LocalDateTime(2023, 2, 10, 22, 0), Offset.FromHours(1)), article.Published!.OffsetDateTime);
        var published = article.SourceOf("published")!;
        Assert.Equal("json-ld", published.Source);
        Assert.True(published.HasConflict);
        Assert.Contains(published.Candidates, c => c.Source == "article:published_time" && !c.Selected);
        Assert.Contains(published.Candidates, c => c.Source == "time" && c.Value == "2023-02-09" && !c.Selected);

        Assert.Equal(["Mara Lindqvist", "Tom Okafor"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Contains(article.SourceOf("byline")!.Candidates, c => c.Source == "meta:author" && c.Value == "Estuary Observer Staff");
        // JSON-LD's "Environment" loses to article:section and the address, which agree on "Weather".
        Assert.Equal("Weather", article.Section.Path);
        Assert.Contains(article.SourceOf("section")!.Candidates, c => c.Source == "json-ld" && c.Value == "Environment" && !c.Selected);
        Assert.Equal(["tides", "storms", "harbour authority"], article.Tags);
        Assert.Equal("Tide gauge readings revised after storm", article.Headline);
        Assert.Equal("h1", article.SourceOf("headline")!.Source);
        Assert.Equal("Corrected storm-night figures from the harbour authority.", article.Description);
        Assert.Equal("The Estuary Observer", article.SiteName);
        Assert.Equal("en", article.Language);
        Assert.Equal(new Uri("https://observer.example/weather/tide-gauge-revised"), article.CanonicalUrl);
        Assert.Empty(article.DiagnosticsBesidesBody());
    }

    [Fact]
    public void Parse_JsonLdAndOpenGraphDatesDisagree_JsonLdWins()
    {
        var article = TestPages.ParsePage("""
            <meta property="article:published_time" content="2021-05-24T09:00:00+00:00">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","datePublished":"2021-05-25T10:30:00+02:00"}</script>
            """);

        Assert.Equal(new LocalDate(2021, 5, 25), article.Published!.Date);
        Assert.Equal("json-ld", article.Published.Source);
        Assert.True(article.SourceOf("published")!.HasConflict);
    }

    [Fact]
    public void Parse_OnlyWeakerSources_TheirValueIsUsed()
    {
        var article = TestPages.ParsePage("""<meta name="pubdate" content="2021-05-25">""", """<article><time datetime="2021-05-20">20 May</time></article>""");

        Assert.Equal("meta:date", article.Published!.Source);
    }

    [Fact]
    public void PrecedenceDocument_ListsTheSameOrderAsTheTable()
    {
        var document = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "precedence.md"));
        var fields = typeof(ArticleFields).GetProperties().Select(p => (ArticleField)p.GetValue(null)!).ToList();
        var documented = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in document)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = documented[line[3..].Trim()] = [];
            }
            else if (current is not null && Regex.Match(line, @"^\d+\. `([^`]+)`$") is { Success: true } match)
            {
                current.Add(match.Groups[1].Value);
            }
        }

        foreach (var field in fields)
        {
            var sources = FieldPrecedence.SourcesOf(field);
            if (sources.Count == 0)
            {
                continue;
            }

            Assert.True(documented.ContainsKey(field.Name), $"docs/precedence.md has no section for {field.Name}");
            Assert.Equal(sources, documented[field.Name]);
        }
    }

    [Fact]
    public void PriorityOf_ListedSourcesRankInOrderAndConfirmedRanksAbove()
    {
        var sources = FieldPrecedence.SourcesOf(ArticleFields.Published);

        var priorities = sources.Select(s => FieldPrecedence.PriorityOf(ArticleFields.Published, s)).ToList();

        Assert.Equal(priorities.OrderByDescending(p => p), priorities);
        Assert.True(FieldPrecedence.Confirmed > priorities[0]);
        Assert.True(FieldPrecedence.Unlisted < priorities[^1]);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
