using NewsModel.Blocks;
using NewsModel.Json;

namespace NewsModel.Tests.Extractors.Content;

public class ContentJsonTests
{
    [Fact]
    public void Serialize_ParsedArticle_CarriesBodyBlocksAndNextPage()
    {
        var html = ContentPages.Wrap(
            $"<p>{ContentPages.First}</p><figure><img src=\"/img/cape.jpg\"><figcaption>The cape. (Photo by Ivo Stenn)</figcaption></figure><p>{ContentPages.Second}</p>",
            head: "<link rel=\"next\" href=\"?page=2\">");
        var article = ArticleParser.Parse(html, ContentPages.PageUrl);

        var json = ArticleJson.Serialize(article);

        // Provenance is left out of the round trip: FieldProvenance does not deserialize on main yet (reported to the lead).
        var back = ArticleJson.Deserialize(ArticleJson.Serialize(article with { Provenance = [] }));

        Assert.Contains("\"nextPageUrl\":\"https://news.example/world/2024/lighthouse-keepers-return?page=2\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"figure\"", json, StringComparison.Ordinal);
        Assert.Equal(article.Body, back.Body);
        Assert.Equal(article.NextPageUrl, back.NextPageUrl);
        Assert.Equal("Photo by Ivo Stenn", ((FigureBlock)back.Body[1]).Image.Credit);
    }
}
