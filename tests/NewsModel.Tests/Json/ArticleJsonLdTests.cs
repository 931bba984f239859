using System.Text.Json;
using NewsModel.Json;
using NodaTime;

namespace NewsModel.Tests.Json;

public class ArticleJsonLdTests
{
    private static readonly Uri Page = new("https://www.coastline.example/world/2021/05/harbour-cranes");

    private static Article Original => new()
    {
        Url = Page,
        CanonicalUrl = Page,
        Headline = "Harbour cranes return to the old port",
        Description = "Three cranes are back after a decade; the quay is \"busy\" again </script>.",
        Byline = Byline.FromContributors(
        [
            new Contributor("Jane Doe") { ProfileUrl = new Uri("https://www.coastline.example/staff/jane") },
            new Contributor("John Roe") { JobTitle = "Harbour Correspondent" },
            new Contributor("Harbour Press Agency", ContributorRole.Author, ContributorKind.Organization),
        ]),
        Published = ArticleDate.FromOffsetDateTime(new OffsetDateTime(new LocalDateTime(2021, 5, 25, 10, 30), Offset.FromHoursAndMinutes(4, 30)), "test"),
        Modified = ArticleDate.FromLocalDateTime(new LocalDateTime(2021, 5, 26, 9, 15), "test"),
        Section = new Section
        {
            Segments = [new SectionSegment("World", new Uri("https://www.coastline.example/world/")), new SectionSegment("Harbours", new Uri("https://www.coastline.example/world/harbours/"))],
        },
        Tags = ["ports", "cranes", "Café culture"],
        Language = "en-GB",
        SiteName = "Coastline Courier",
        LeadImage = new ArticleImage(new Uri("https://cdn.coastline.example/cranes.jpg"))
        {
            Caption = "The cranes at dawn",
            Credit = "Ann Photo",
            Alt = "Three cranes against a pink sky",
            Width = 1200,
            Height = 800,
        },
    };

    [Fact]
    public void Serialize_ThenParsePage_GivesTheSameArticleBack()
    {
        var original = Original;
        var jsonLd = ArticleJsonLd.Serialize(original);
        var html = $"<!doctype html><html><head><script type=\"{ArticleJsonLd.MediaType}\">{jsonLd}</script></head><body></body></html>";

        var parsed = ArticleParser.Parse(html, Page, new ArticleParserOptions { ThrowOnExtractorFailure = true });

        Assert.Equal(original.Headline, parsed.Headline);
        Assert.Equal(original.Description, parsed.Description);
        Assert.Equal(original.CanonicalUrl, parsed.CanonicalUrl);
        Assert.Equal(original.Byline.Contributors, parsed.Byline.Contributors);
        Assert.True(original.Published!.HasSameValue(parsed.Published), $"published {parsed.Published}");
        Assert.True(original.Modified!.HasSameValue(parsed.Modified), $"modified {parsed.Modified}");
        Assert.Equal(original.Section, parsed.Section);
        Assert.Equal(original.Tags, parsed.Tags);
        Assert.Equal(original.Language, parsed.Language);
        Assert.Equal(original.SiteName, parsed.SiteName);
        Assert.Equal(original.LeadImage, parsed.LeadImage);
        Assert.Empty(parsed.DiagnosticsBesidesBody());
    }

    [Fact]
    public void Serialize_DateOnlyAndOneSection_ParsesBack()
    {
        var original = Original with
        {
            Published = ArticleDate.FromDate(new LocalDate(2021, 5, 25), "test"),
            Modified = null,
            Section = Section.FromNames("Business"),
            LeadImage = null,
            Byline = Byline.Empty,
        };

        var parsed = ArticleParser.Parse($"<script type=\"application/ld+json\">{ArticleJsonLd.Serialize(original, indented: true)}</script>", Page);

        Assert.True(original.Published!.HasSameValue(parsed.Published));
        Assert.Null(parsed.Modified);
        Assert.Equal("Business", parsed.Section.Path);
        Assert.True(parsed.Byline.IsEmpty);
    }

    [Fact]
    public void Serialize_WritesSchemaOrgShape()
    {
        using var document = JsonDocument.Parse(ArticleJsonLd.Serialize(Original));
        var graph = document.RootElement.GetProperty("@graph");
        var article = graph[0];

        Assert.Equal("https://schema.org", document.RootElement.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
        Assert.Equal("2021-05-25T10:30:00+04:30", article.GetProperty("datePublished").GetString());
        Assert.Equal("2021-05-26T09:15:00", article.GetProperty("dateModified").GetString());
        Assert.Equal("Organization", article.GetProperty("author")[2].GetProperty("@type").GetString());
        Assert.Equal("Person", article.GetProperty("author")[0].GetProperty("@type").GetString());
        Assert.Equal("Harbour Correspondent", article.GetProperty("author")[1].GetProperty("jobTitle").GetString());
        Assert.False(article.GetProperty("author")[0].TryGetProperty("jobTitle", out _));
        Assert.Equal("Harbours", article.GetProperty("articleSection").GetString());
        Assert.Equal("Ann Photo", article.GetProperty("image").GetProperty("creditText").GetString());
        Assert.Equal("Coastline Courier", article.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("BreadcrumbList", graph[1].GetProperty("@type").GetString());
    }

    [Fact]
    public void Serialize_TextThatCouldCloseTheScript_IsEscaped()
    {
        var json = ArticleJsonLd.Serialize(Original);

        Assert.DoesNotContain("</script>", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('<', json);
    }

    [Fact]
    public void Serialize_EmptyArticle_WritesOnlyTheType()
    {
        using var document = JsonDocument.Parse(ArticleJsonLd.Serialize(Article.Empty));

        Assert.Equal(["@context", "@type"], document.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Serialize_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ArticleJsonLd.Serialize(null!));
    }
}
