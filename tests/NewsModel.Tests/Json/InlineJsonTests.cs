using System.Text.Json;
using NewsModel.Blocks;
using NewsModel.Json;

namespace NewsModel.Tests.Json;

public class InlineJsonTests
{
    private static readonly Uri Notice = new("https://ferry.example/notice");

    private static Article Formatted() => Article.Empty with
    {
        Body =
        [
            new ParagraphBlock("Plain words only."),
            new ParagraphBlock("Crossings resume on Monday, says the notice.\nRun `ferryctl status`.")
            {
                Inlines =
                [
                    new TextInline("Crossings resume on "),
                    new StrongInline([new EmphasisInline([new TextInline("Monday")])]),
                    new TextInline(", says "),
                    new LinkInline(Notice, [new TextInline("the notice")]),
                    new TextInline("."),
                    LineBreakInline.Instance,
                    new TextInline("Run "),
                    new CodeInline("`ferryctl status`"),
                    new TextInline("."),
                ],
            },
            new HeadingBlock(2, "Timetable") { Inlines = [new EmphasisInline([new TextInline("Timetable")])] },
            new QuoteBlock("Back at last.") { Inlines = [new TextInline("Back "), new StrongInline([new TextInline("at last")]), new TextInline(".")], Attribution = "A pilot" },
            new ListBlock(true, ["Weekdays", "Weekends: see notice"])
            {
                ItemInlines = [[], [new TextInline("Weekends: see "), new LinkInline(new Uri("mailto:desk@ferry.example"), [new TextInline("notice")])]],
            },
        ],
    };

    [Fact]
    public void RoundTrip_FormattedBlocks_Equal()
    {
        var article = Formatted();

        var json = ArticleJson.Serialize(article);
        var back = ArticleJson.Deserialize(json);

        Assert.Equal(article, back);
        Assert.Equal(json, ArticleJson.Serialize(back));
        Assert.Equal(((ParagraphBlock)article.Body[1]).Inlines, ((ParagraphBlock)back.Body[1]).Inlines);
    }

    [Fact]
    public void Serialize_PlainAndFormattedBlocks_InlinesOnlyWhereFormatted()
    {
        using var document = JsonDocument.Parse(ArticleJson.Serialize(Formatted()));
        var body = document.RootElement.GetProperty("body");

        Assert.False(body[0].TryGetProperty("inlines", out _));
        var inlines = body[1].GetProperty("inlines");
        Assert.Equal("text", inlines[0].GetProperty("type").GetString());
        Assert.Equal("strong", inlines[1].GetProperty("type").GetString());
        Assert.Equal("emphasis", inlines[1].GetProperty("inlines")[0].GetProperty("type").GetString());
        Assert.Equal("link", inlines[3].GetProperty("type").GetString());
        Assert.Equal("https://ferry.example/notice", inlines[3].GetProperty("url").GetString());
        Assert.Equal("lineBreak", inlines[5].GetProperty("type").GetString());
        Assert.Equal("code", inlines[7].GetProperty("type").GetString());
        Assert.Equal("emphasis", body[2].GetProperty("inlines")[0].GetProperty("type").GetString());
        Assert.Equal("strong", body[3].GetProperty("inlines")[1].GetProperty("type").GetString());
        var items = body[4].GetProperty("itemInlines");
        Assert.Equal(JsonValueKind.Null, items[0].ValueKind);
        Assert.Equal("link", items[1][1].GetProperty("type").GetString());
        Assert.Equal("Weekends: see notice", body[4].GetProperty("items")[1].GetString());
    }

    [Fact]
    public void Deserialize_JsonWithoutInlines_DerivesThemFromText()
    {
        var article = ArticleJson.Deserialize("""{"body":[{"type":"paragraph","text":"one\ntwo"}]}""");

        Assert.Equal([new TextInline("one"), LineBreakInline.Instance, new TextInline("two")], ((ParagraphBlock)article.Body[0]).Inlines);
    }

    [Fact]
    public void Deserialize_LinkWithJavascriptUrl_ThrowsJsonException()
    {
        const string json = """{"body":[{"type":"paragraph","text":"x","inlines":[{"type":"link","url":"javascript:alert(1)","inlines":[{"type":"text","text":"x"}]}]}]}""";

        Assert.ThrowsAny<JsonException>(() => ArticleJson.Deserialize(json));
    }
}
