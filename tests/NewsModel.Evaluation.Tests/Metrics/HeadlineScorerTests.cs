using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Tests.Metrics;

public class HeadlineScorerTests
{
    [Fact]
    public void Score_SameAfterWhitespace_ExactAndLenient()
    {
        var outcome = HeadlineScorer.Score("Harbour  cranes return\n", " Harbour cranes return");

        Assert.Equal(LabelState.Present, outcome.Label);
        Assert.True(outcome.Correct);
        Assert.True(outcome.LenientCorrect);
        Assert.Equal(1, outcome.Similarity);
    }

    [Fact]
    public void Score_SiteNameSuffix_LenientOnlyWhenTokenF1AtLeastPointEight()
    {
        // 6 label tokens, 8 predicted, 6 shared: F1 = 12 / 14 = 0.857.
        var outcome = HeadlineScorer.Score("Harbour cranes return to old port", "Harbour cranes return to old port | Coastline Courier");

        Assert.False(outcome.Correct);
        Assert.True(outcome.LenientCorrect);
        Assert.Equal(12.0 / 14, outcome.Similarity, 12);
    }

    [Fact]
    public void Score_LongSuffix_NotLenient()
    {
        var outcome = HeadlineScorer.Score("Cranes return", "Cranes return - Coastline Courier, your local news");

        Assert.False(outcome.LenientCorrect);
    }

    [Fact]
    public void Score_CaseDiffers_NotExactButLenient()
    {
        var outcome = HeadlineScorer.Score("Cranes Return Home", "cranes return home");

        Assert.False(outcome.Correct);
        Assert.True(outcome.LenientCorrect);
    }

    [Fact]
    public void Score_NoPrediction_WrongAndNotCovered()
    {
        var outcome = HeadlineScorer.Score("Cranes return", null);

        Assert.False(outcome.Predicted);
        Assert.False(outcome.Correct);
        Assert.False(outcome.LenientCorrect);
    }

    [Fact]
    public void Score_EmptyLabel_PredictionIsSpurious()
    {
        var outcome = HeadlineScorer.Score("  ", "Something");

        Assert.Equal(LabelState.Empty, outcome.Label);
        Assert.True(outcome.Predicted);
    }

    [Fact]
    public void Score_NoLabel_NotLabelled()
    {
        Assert.Equal(LabelState.NotLabelled, HeadlineScorer.Score(null, "Something").Label);
    }

    [Fact]
    public void TokenF1_RepeatedTokens_CountedAsMultiset()
    {
        Assert.Equal(2.0 * 1 / 3, HeadlineScorer.TokenF1("go go", "go"), 12);
    }
}
