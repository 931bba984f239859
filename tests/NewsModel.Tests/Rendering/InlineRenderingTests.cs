using NewsModel.Blocks;

namespace NewsModel.Tests.Rendering;

public class InlineRenderingTests
{
    private static Article With(params Block[] body) => Article.Empty with { Body = body };

    [Fact]
    public void Html_HostileTextInInlines_EncodedAndLinksKept()
    {
        var html = With(new ParagraphBlock("<b onclick=x()>bold</b> link")
        {
            Inlines = [new StrongInline([new TextInline("<b onclick=x()>bold</b>")]), new TextInline(" "), new LinkInline(new Uri("https://a.example/?q=\"x\"&y=<1>"), [new TextInline("link")])],
        }).Html;

        Assert.Contains("<strong>&lt;b onclick=x()&gt;bold&lt;/b&gt;</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://a.example/?q=%22x%22&amp;y=%3C1%3E\">link</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_SpecialCharactersInRuns_Escaped()
    {
        var markdown = With(new ParagraphBlock("# 1. *stars* [x] a_b Wow! ok")
        {
            Inlines = [new TextInline("# 1. *stars* [x] a_b Wow!"), new LinkInline(new Uri("https://a.example/a b"), [new TextInline("ok")])],
        }).ToMarkdown();

        Assert.Equal("\\# 1. \\*stars\\* \\[x\\] a\\_b Wow\\![ok](<https://a.example/a%20b>)\n", markdown);
    }

    [Fact]
    public void Markdown_CodeWithBackticksAndLineStartMarkers_FencedAndEscaped()
    {
        var markdown = With(new ParagraphBlock("run a`b\n- not a list")
        {
            Inlines = [new TextInline("run "), new CodeInline("a`b"), LineBreakInline.Instance, new TextInline("- not a list")],
        }).ToMarkdown();

        Assert.Equal("run ``a`b``\\\n\\- not a list\n", markdown);
    }

    [Fact]
    public void Markdown_EmphasisThatCannotFlank_KeptAsText()
    {
        // "*" between a letter and a quotation mark would not open emphasis in CommonMark; no stray asterisks.
        var markdown = With(new ParagraphBlock("say\"hi\"now")
        {
            Inlines = [new TextInline("say"), new EmphasisInline([new TextInline("\"hi\"")]), new TextInline("now")],
        }).ToMarkdown();

        Assert.Equal("say\"hi\"now\n", markdown);
    }

    [Fact]
    public void Markdown_QuoteAndListWithLineBreaks_ContinueTheirBlock()
    {
        var markdown = With(
            new QuoteBlock("one\ntwo"),
            new ListBlock(true, ["a\nb", "c"]) { ItemInlines = [[], [new EmphasisInline([new TextInline("c")])]] }).ToMarkdown();

        Assert.Equal("> one\\\n> two\n\n1. a\\\n   b\n2. *c*\n", markdown);
    }

    [Fact]
    public void PlainText_FormattedBlocks_TextOnly()
    {
        var article = With(new ParagraphBlock("a b") { Inlines = [new StrongInline([new TextInline("a")]), new TextInline(" b")] });

        Assert.Equal("a b", article.Text);
    }
}
