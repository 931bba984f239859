using NewsModel.Blocks;

namespace NewsModel.Tests.Domain;

public class ArticleTests
{
    [Fact]
    public void Equals_SameValuesBuiltSeparately_AreEqual()
    {
        var a = TestData.FullArticle();
        var b = TestData.FullArticle();

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_ListsCompareByContentWhateverTheCallerAssigned()
    {
        var a = Article.Empty with { Tags = new List<string> { "x", "y" } };
        var b = Article.Empty with { Tags = new[] { "x", "y" } };

        Assert.Equal(a, b);
        Assert.NotEqual(a, Article.Empty with { Tags = ["y", "x"] });
    }

    [Fact]
    public void Equals_DifferentField_NotEqual()
    {
        var a = TestData.FullArticle();

        Assert.NotEqual(a, a with { Headline = "Other" });
        Assert.NotEqual(a, a with { Body = [.. a.Body.Take(2)] });
        Assert.NotEqual(a, a with { Byline = a.Byline with { Text = "By someone else" } });
    }

    [Fact]
    public void Collections_AreReadOnly_CallerListChangesDoNotLeakIn()
    {
        var tags = new List<string> { "one" };
        var article = Article.Empty with { Tags = tags };

        tags.Add("two");

        Assert.Single(article.Tags);
        Assert.IsNotAssignableFrom<ICollection<string>>(article.Tags);
    }

    [Fact]
    public void Text_DerivedFromBody_BlocksSeparatedByBlankLines()
    {
        var article = Article.Empty with { Body = [new ParagraphBlock("First."), new HeadingBlock(2, "Sub"), new ListBlock(false, ["a", "b"])] };

        Assert.Equal("First.\n\nSub\n\na\nb", article.Text);
    }

    [Fact]
    public void Text_AfterWithNewBody_ReflectsNewBody()
    {
        var article = Article.Empty with { Body = [new ParagraphBlock("Old.")] };
        _ = article.Text;

        var changed = article with { Body = [new ParagraphBlock("New.")] };

        Assert.Equal("New.", changed.Text);
        Assert.Equal("Old.", article.Text);
    }

    [Fact]
    public void Html_EncodesTextAndDropsUnsafeUrls()
    {
        var article = Article.Empty with
        {
            Body =
            [
                new ParagraphBlock("<script>alert(1)</script> & more"),
                new EmbedBlock(new Uri("javascript:alert(1)")) { Text = "click" },
                new FigureBlock(new ArticleImage(new Uri("data:image/png;base64,AAAA")) { Caption = "x" }),
            ],
        };

        var html = article.Html;

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ToMarkdown_RendersHeadlineBylineAndBlocks()
    {
        var markdown = TestData.FullArticle().ToMarkdown();

        Assert.StartsWith("# Quay wall collapse closes the inner harbour\n", markdown, StringComparison.Ordinal);
        Assert.Contains("## What happens next", markdown, StringComparison.Ordinal);
        Assert.Contains("1. Survey\n2. Repair", markdown, StringComparison.Ordinal);
        Assert.Contains("> We will reopen", markdown, StringComparison.Ordinal);
        Assert.Contains("| Day | Ships |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceOf_KnownAndUnknownField()
    {
        var article = TestData.FullArticle();

        Assert.Equal("og:title", article.SourceOf("headline")!.Source);
        Assert.True(article.SourceOf("headline")!.HasConflict);
        Assert.Null(article.SourceOf("published"));
    }

    [Fact]
    public void Constructors_RejectNullAndBlankArguments()
    {
        Assert.Throws<ArgumentNullException>(() => new Contributor(null!));
        Assert.Throws<ArgumentException>(() => new Contributor("  "));
        Assert.Throws<ArgumentException>(() => new SectionSegment(""));
        Assert.Throws<ArgumentNullException>(() => new ArticleImage(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HeadingBlock(7, "x"));
        Assert.Throws<ArgumentException>(() => new ArticleIdentity(" "));
    }

    [Fact]
    public void Section_PathJoinsNames()
    {
        Assert.Equal("News › Syria", Section.FromNames("News", " ", "Syria").Path);
        Assert.True(Section.Empty.IsEmpty);
        Assert.Equal(Section.FromNames("A", "B"), Section.FromNames("A", "B"));
    }

    [Fact]
    public void Identity_EqualityIsByKeyOnly()
    {
        var a = new ArticleIdentity("presstv:1") { CanonicalUrl = new Uri("https://presstv.ir/x") };
        var b = new ArticleIdentity("presstv:1") { CanonicalUrl = new Uri("https://presstv.co.uk/x") };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
