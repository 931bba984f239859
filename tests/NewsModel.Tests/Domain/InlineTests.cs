using NewsModel.Blocks;

namespace NewsModel.Tests.Domain;

public class InlineTests
{
    private static readonly Uri Docs = new("https://docs.example/ferry");

    [Fact]
    public void Equals_SameNestedInlines_EqualWithSameHashCode()
    {
        Inline Make() => new StrongInline([new TextInline("read "), new LinkInline(Docs, [new EmphasisInline([new TextInline("the notice")])])]);

        Assert.Equal(Make(), Make());
        Assert.Equal(Make().GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(Make(), new StrongInline([new TextInline("read the notice")]));
    }

    [Fact]
    public void ToPlainText_NestedInlinesWithLineBreak_ConcatenatesText()
    {
        var inline = new EmphasisInline([new TextInline("one"), LineBreakInline.Instance, new CodeInline("two()"), new LinkInline(Docs, [new TextInline(" three")])]);

        Assert.Equal("one\ntwo() three", inline.ToPlainText());
    }

    [Fact]
    public void Inlines_ParagraphWithoutFormatting_TextRunsSplitAtLineBreaks()
    {
        Assert.Equal([new TextInline("First line")], new ParagraphBlock("First line").Inlines);
        Assert.Equal([new TextInline("a"), LineBreakInline.Instance, new TextInline("b")], new ParagraphBlock("a\nb").Inlines);
        Assert.Empty(new ParagraphBlock(string.Empty).Inlines);
    }

    [Fact]
    public void Equals_PlainInlinesGivenOrDerived_Equal()
    {
        var given = new ParagraphBlock("a\nb") { Inlines = [new TextInline("a"), LineBreakInline.Instance, new TextInline("b")] };

        Assert.Equal(new ParagraphBlock("a\nb"), given);
        Assert.Equal(new ParagraphBlock("a\nb"), new ParagraphBlock("a\nb") { Inlines = [] });
        Assert.NotEqual(new ParagraphBlock("a"), new ParagraphBlock("a") { Inlines = [new EmphasisInline([new TextInline("a")])] });
    }

    [Fact]
    public void With_NewTextOnPlainParagraph_InlinesFollowText()
    {
        var paragraph = new ParagraphBlock("old") with { Text = "new" };

        Assert.Equal([new TextInline("new")], paragraph.Inlines);
    }

    [Fact]
    public void ItemInlines_ListWithOneFormattedItem_PlainItemsDerived()
    {
        var list = new ListBlock(false, ["plain", "linked"])
        {
            ItemInlines = [[], [new LinkInline(Docs, [new TextInline("linked")])]],
        };

        Assert.Equal([new TextInline("plain")], list.ItemInlines[0]);
        Assert.IsType<LinkInline>(Assert.Single(list.ItemInlines[1]));
        Assert.Equal(new ListBlock(false, ["plain", "linked"]), new ListBlock(false, ["plain", "linked"]) { ItemInlines = [[], []] });
        Assert.NotEqual(new ListBlock(false, ["plain", "linked"]), list);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("ftp://files.example/a")]
    public void LinkInline_UnsafeOrOtherScheme_Throws(string url)
    {
        Assert.Throws<ArgumentException>(() => new LinkInline(new Uri(url), [new TextInline("x")]));
    }

    [Fact]
    public void LinkInline_RelativeUrl_Throws()
    {
        Assert.Throws<ArgumentException>(() => new LinkInline(new Uri("/a", UriKind.Relative), []));
        Assert.Equal("mailto", new LinkInline(new Uri("mailto:desk@news.example"), []).Url.Scheme);
    }
}
