using System.Text.RegularExpressions;
using NewsModel.Blocks;
using static NewsModel.Tests.Extractors.Content.ContentPages;

namespace NewsModel.Tests.Extractors.Content;

public class InlineExtractionTests
{
    private const string Mixed = """
        <p>The keepers <em>rowed</em> out at dawn,
           <strong>carrying <a href="/logbook">the  old logbook</a></strong> and a lamp.
           Read <a href="javascript:steal()" onclick="steal()">the appeal</a>, the <a href="https://council.example/plan#funding">council plan</a>
           or write to <a href="mailto:desk@news.example">the desk</a>; run <code>lamp --status</code>.<br>
           Signed, <i>the volunteers</i> <b></b></p>
        """;

    private static Article Parse(string paragraph) => ArticleParser.Parse(Wrap(Paragraphs(First, Second) + paragraph + Paragraphs(Third, Fourth)), PageUrl);

    private static ParagraphBlock MixedParagraph(Article article) =>
        article.Body.OfType<ParagraphBlock>().Single(p => p.Text.StartsWith("The keepers", StringComparison.Ordinal));

    [Fact]
    public void Extract_MixedFormatting_InlinesMatchTextAndStructure()
    {
        var paragraph = MixedParagraph(Parse(Mixed));

        Assert.Equal(
            "The keepers rowed out at dawn, carrying the old logbook and a lamp. Read the appeal, the council plan or write to the desk; run lamp --status.\nSigned, the volunteers",
            paragraph.Text);
        Assert.Equal(paragraph.Text, string.Concat(paragraph.Inlines.Select(i => i.ToPlainText())));
        Assert.Equal(
            [
                new TextInline("The keepers "),
                new EmphasisInline([new TextInline("rowed")]),
                new TextInline(" out at dawn, "),
                new StrongInline([new TextInline("carrying "), new LinkInline(new Uri("https://news.example/logbook"), [new TextInline("the old logbook")])]),
                new TextInline(" and a lamp. Read the appeal, the "),
                new LinkInline(new Uri("https://council.example/plan#funding"), [new TextInline("council plan")]),
                new TextInline(" or write to "),
                new LinkInline(new Uri("mailto:desk@news.example"), [new TextInline("the desk")]),
                new TextInline("; run "),
                new CodeInline("lamp --status"),
                new TextInline("."),
                LineBreakInline.Instance,
                new TextInline("Signed, "),
                new EmphasisInline([new TextInline("the volunteers")]),
            ],
            paragraph.Inlines);
    }

    [Fact]
    public void Extract_FormattedHeadingQuoteAndList_KeepInlinesAndPlainText()
    {
        var article = Parse("""
            <h2>The <em>new</em> lamp</h2>
            <blockquote><p>We kept <strong>every</strong> pane.<br>Even the <a href="/cracked">cracked</a> ones.</p></blockquote>
            <ul><li>Glass from <a href="https://glass.example/">the glassworks</a></li><li>Brass fittings</li></ul>
            """);

        var heading = article.Body.OfType<HeadingBlock>().Single();
        Assert.Equal("The new lamp", heading.Text);
        Assert.Equal([new TextInline("The "), new EmphasisInline([new TextInline("new")]), new TextInline(" lamp")], heading.Inlines);
        var quote = article.Body.OfType<QuoteBlock>().Single();
        Assert.Equal("We kept every pane.\nEven the cracked ones.", quote.Text);
        Assert.Contains(new LinkInline(new Uri("https://news.example/cracked"), [new TextInline("cracked")]), quote.Inlines);
        Assert.Contains(LineBreakInline.Instance, quote.Inlines);
        var list = article.Body.OfType<ListBlock>().Single();
        Assert.Equal(["Glass from the glassworks", "Brass fittings"], list.Items);
        Assert.Equal([new TextInline("Glass from "), new LinkInline(new Uri("https://glass.example/"), [new TextInline("the glassworks")])], list.ItemInlines[0]);
        Assert.Equal([new TextInline("Brass fittings")], list.ItemInlines[1]);
    }

    [Fact]
    public void Extract_RelativeLinkWithoutPageAddress_KeepsTextWithoutLink()
    {
        var article = ArticleParser.Parse(Wrap(Paragraphs(First, Second) + "<p>See <a href=\"/logbook\">the logbook</a> for the keepers' names and their years of service at the cape.</p>" + Paragraphs(Third)));

        var paragraph = article.Body.OfType<ParagraphBlock>().Single(p => p.Text.StartsWith("See", StringComparison.Ordinal));
        Assert.Equal([new TextInline(paragraph.Text)], paragraph.Inlines);
    }

    [Fact]
    public void Text_FormattedParagraph_SameAsWithFormattingTagsRemoved()
    {
        var stripped = Regex.Replace(Mixed, "</?(em|i|strong|b|code|a)( [^>]*)?>", string.Empty, RegexOptions.None, TimeSpan.FromSeconds(1));

        var formatted = Parse(Mixed);
        var plain = Parse(stripped);

        Assert.DoesNotContain("<a", stripped, StringComparison.Ordinal);
        Assert.Equal(plain.Text, formatted.Text);
        Assert.Equal([new TextInline("The keepers rowed out at dawn, carrying the old logbook and a lamp. Read the appeal, the council plan or write to the desk; run lamp --status."), LineBreakInline.Instance, new TextInline("Signed, the volunteers")], MixedParagraph(plain).Inlines);
    }

    [Fact]
    public void Html_MixedFormatting_SanitizedWithAnchors()
    {
        var html = Parse(Mixed).Html;

        Assert.Contains("The keepers <em>rowed</em> out at dawn, <strong>carrying <a href=\"https://news.example/logbook\">the old logbook</a></strong> and a lamp. Read the appeal, the <a href=\"https://council.example/plan#funding\">council plan</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:desk@news.example\">the desk</a>; run <code>lamp --status</code>.<br>Signed, <em>the volunteers</em></p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("steal", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_MixedFormatting_RendersInlineSyntax()
    {
        var markdown = Parse(Mixed).ToMarkdown();

        Assert.Contains(
            "The keepers *rowed* out at dawn, **carrying [the old logbook](<https://news.example/logbook>)** and a lamp. Read the appeal, the [council plan](<https://council.example/plan#funding>) or write to [the desk](<mailto:desk@news.example>); run `lamp --status`.\\\nSigned, *the volunteers*\n",
            markdown,
            StringComparison.Ordinal);
    }
}

public class InlinePlainTextTests
{
    public static TheoryData<string> Pages() => new()
    {
        Path.Combine(AppContext.BaseDirectory, "SamplePages", "meridian-herald-river-ferry.html"),
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "content-article-with-comments", "page.html"),
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Inlines_TestPages_PlainTextIsBlockTextAndArticleText(string path)
    {
        var article = ArticleParser.Parse(File.ReadAllText(path), PageUrl);
        var texts = new List<string>();
        foreach (var block in article.Body)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    Assert.Equal(p.Text, Plain(p.Inlines));
                    break;
                case HeadingBlock h:
                    Assert.Equal(h.Text, Plain(h.Inlines));
                    break;
                case QuoteBlock q:
                    Assert.Equal(q.Text, Plain(q.Inlines));
                    break;
                case ListBlock l:
                    Assert.Equal(l.Items, l.ItemInlines.Select(Plain));
                    break;
            }

            if (block.ToPlainText() is { Length: > 0 } text)
            {
                texts.Add(text);
            }
        }

        Assert.NotEmpty(texts);
        Assert.Equal(string.Join("\n\n", texts), article.Text);
    }

    private static string Plain(IReadOnlyList<Inline> inlines) => string.Concat(inlines.Select(i => i.ToPlainText()));
}
