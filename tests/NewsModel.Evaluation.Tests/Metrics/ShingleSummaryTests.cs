using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Tests.Metrics;

public class ShingleSummaryTests
{
    [Fact]
    public void Summarize_PrecisionMean_OnlyOverPagesWithPrediction()
    {
        var pages = new[]
        {
            new ShingleMatch(0.5, 0.5, 0, false),   // precision 0.5, recall 1
            new ShingleMatch(0, 0, 1, false),       // nothing predicted: recall 0, not in the precision mean
        };

        var summary = ShingleSummary.Summarize(pages);

        Assert.Equal(0.5, summary.Precision, 12);
        Assert.Equal(0.5, summary.Recall, 12);
        Assert.Equal(1, summary.PagesWithPrediction);
    }

    [Fact]
    public void Summarize_RecallMean_OnlyOverPagesWithTruth()
    {
        var pages = new[]
        {
            new ShingleMatch(0.5, 0, 0.5, false),   // recall 0.5
            new ShingleMatch(0, 1, 0, false),       // empty truth: precision 0, not in the recall mean
        };

        var summary = ShingleSummary.Summarize(pages);

        Assert.Equal(0.5, summary.Recall, 12);
        Assert.Equal(0.5, summary.Precision, 12);
    }

    [Fact]
    public void Summarize_F1_IsHarmonicMeanOfMeansNotMeanOfPageF1s()
    {
        var pages = new[]
        {
            new ShingleMatch(0.5, 0.5, 0, false),   // P 0.5, R 1, page F1 0.667
            new ShingleMatch(0.5, 0, 0.5, false),   // P 1, R 0.5, page F1 0.667
        };

        var summary = ShingleSummary.Summarize(pages);

        // Means: P 0.75, R 0.75, so F1 0.75, whereas the mean of page F1s would be 0.667.
        Assert.Equal(0.75, summary.F1, 12);
        Assert.NotEqual(pages.Average(p => p.F1), summary.F1, 6);
    }

    [Fact]
    public void Summarize_Accuracy_IsShareOfExactPages()
    {
        var pages = new[] { new ShingleMatch(1, 0, 0, true), new ShingleMatch(1, 0, 0, false), new ShingleMatch(0, 0, 0, true), new ShingleMatch(0, 0, 1, false) };

        Assert.Equal(0.5, ShingleSummary.Summarize(pages).Accuracy, 12);
    }

    [Fact]
    public void Summarize_NoPrediction_ZeroInsteadOfUndefined()
    {
        var summary = ShingleSummary.Summarize([new ShingleMatch(0, 0, 1, false)]);

        Assert.Equal(0, summary.Precision);
        Assert.Equal(0, summary.Recall);
        Assert.Equal(0, summary.F1);
    }

    [Fact]
    public void Summarize_NoPage_AllZero()
    {
        Assert.Equal(new ShingleSummary(0, 0, 0, 0, 0, 0), ShingleSummary.Summarize([]));
    }
}
