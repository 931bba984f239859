using System.Text.Json;
using NewsModel.Json;
using NewsModel.Tests.Domain;

namespace NewsModel.Tests.Json;

public class ArticleJsonTests
{
    [Fact]
    public void RoundTrip_FullArticle_Unchanged()
    {
        var article = TestData.FullArticle();

        var json = ArticleJson.Serialize(article);
        var back = ArticleJson.Deserialize(json);

        Assert.Equal(article, back);
        Assert.Equal(json, ArticleJson.Serialize(back));
    }

    [Fact]
    public void RoundTrip_EmptyArticle_Unchanged()
    {
        Assert.Equal(Article.Empty, ArticleJson.Deserialize(ArticleJson.Serialize(Article.Empty)));
    }

    [Fact]
    public void RoundTrip_ParsedSamplePage_Unchanged()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SamplePages", "meridian-herald-river-ferry.html"));
        var article = ArticleParser.Parse(html, new Uri("https://www.meridianherald.example/news/region/2024/11/14/48213/river-ferry-service-resumes"));

        Assert.Equal(article, ArticleJson.Deserialize(ArticleJson.Serialize(article, indented: true)));
    }

    [Fact]
    public void Serialize_Shape_CamelCaseIsoDatesNullsOmitted()
    {
        var json = ArticleJson.Serialize(TestData.FullArticle());
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.Equal("Quay wall collapse closes the inner harbour", root.GetProperty("headline").GetString());
        var published = root.GetProperty("published");
        Assert.Equal("2024-05-03T10:30:00+03:30", published.GetProperty("value").GetString());
        Assert.Equal("offsetDateTime", published.GetProperty("precision").GetString());
        Assert.Equal("2024-05-03T07:00:00Z", published.GetProperty("instant").GetString());
        Assert.Equal("Asia/Tehran", published.GetProperty("zone").GetString());
        Assert.Equal("localDateTime", root.GetProperty("modified").GetProperty("precision").GetString());
        Assert.False(root.GetProperty("modified").TryGetProperty("instant", out _));
        Assert.Equal("organization", root.GetProperty("byline").GetProperty("contributors")[1].GetProperty("kind").GetString());
        Assert.Equal("editor", root.GetProperty("byline").GetProperty("contributors")[2].GetProperty("role").GetString());
        Assert.Equal("Harbour Correspondent", root.GetProperty("byline").GetProperty("contributors")[0].GetProperty("jobTitle").GetString());
        Assert.False(root.GetProperty("byline").GetProperty("contributors")[1].TryGetProperty("jobTitle", out _));
        Assert.Equal(["Reuters"], root.GetProperty("byline").GetProperty("agencies").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("paragraph", root.GetProperty("body")[0].GetProperty("type").GetString());
        Assert.Equal("heading", root.GetProperty("body")[1].GetProperty("type").GetString());
        Assert.Equal("translation", root.GetProperty("alternates")[1].GetProperty("kind").GetString());
        Assert.True(root.TryGetProperty("text", out _));
        Assert.True(root.TryGetProperty("html", out _));

        var empty = JsonDocument.Parse(ArticleJson.Serialize(Article.Empty)).RootElement;
        Assert.False(empty.TryGetProperty("headline", out _));
        Assert.Equal(0, empty.GetProperty("byline").GetProperty("agencies").GetArrayLength());
        Assert.False(empty.TryGetProperty("published", out _));
    }

    [Fact]
    public void Serialize_KeepsNonLatinTextReadable()
    {
        var json = ArticleJson.Serialize(Article.Empty with { Headline = "«Привет» — مرحبا 'x'" });

        Assert.Contains("«Привет» — مرحبا 'x'", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("""{"published":{"value":"not a date","precision":"date","source":"x"}}""")]
    [InlineData("""{"published":{"value":"2020-01-01","precision":"century","source":"x"}}""")]
    [InlineData("""{"body":[{"type":"unknown"}]}""")]
    public void Deserialize_Invalid_ThrowsJsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => ArticleJson.Deserialize(json));
    }
}
