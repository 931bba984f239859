using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Tests.Metrics;

public class SnippetScorerTests
{
    [Fact]
    public void Score_SnippetsAcrossLineBreaks_FoundAfterCollapsingWhitespace()
    {
        var counts = SnippetScorer.Score(
            "The river rose\n\n  three metres overnight.\nShare this article",
            with: ["river rose three metres", "overnight."],
            without: ["Share  this\narticle", "Cookie settings"]);

        Assert.Equal(new SnippetCounts(2, 1, 0, 1), counts);
    }

    [Fact]
    public void Score_MissingWith_FalseNegative()
    {
        Assert.Equal(new SnippetCounts(0, 0, 1, 0), SnippetScorer.Score("Nothing here", ["the body"], []));
    }

    [Fact]
    public void Score_CaseDiffers_NotFound()
    {
        Assert.Equal(new SnippetCounts(0, 0, 1, 0), SnippetScorer.Score("THE BODY", ["the body"], []));
    }

    [Fact]
    public void Score_BlankSnippet_Ignored()
    {
        Assert.Equal(0, SnippetScorer.Score("text", [" "], ["\n"]).Total);
    }

    [Fact]
    public void Score_EmptyText_NoPositive()
    {
        var counts = SnippetScorer.Score("", ["a body line"], ["a menu"]);

        Assert.Equal(new SnippetCounts(0, 0, 1, 1), counts);
        Assert.Equal(0, counts.Precision);
        Assert.Equal(0, counts.F1);
        Assert.Equal(0.5, counts.Accuracy);
    }

    [Fact]
    public void Summarize_Pages_MicroAveraged()
    {
        // Page 1: 1 TP, 1 FN; page 2: 3 TP, 1 FP. Micro precision 4/5, recall 4/5; the macro mean would differ.
        var total = SnippetScorer.Summarize([new SnippetCounts(1, 0, 1, 2), new SnippetCounts(3, 1, 0, 0)]);

        Assert.Equal(new SnippetCounts(4, 1, 1, 2), total);
        Assert.Equal(0.8, total.Precision, 12);
        Assert.Equal(0.8, total.Recall, 12);
        Assert.Equal(0.8, total.F1, 12);
        Assert.Equal(0.75, total.Accuracy, 12);
    }
}
