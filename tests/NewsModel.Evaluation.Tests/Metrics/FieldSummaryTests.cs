using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Tests.Metrics;

public class FieldSummaryTests
{
    [Fact]
    public void Summarize_MixedPages_RatiosOverTheirOwnPages()
    {
        var pages = new[]
        {
            new FieldOutcome(LabelState.Present, true, true, true, 1),
            new FieldOutcome(LabelState.Present, true, false, true, 0.9),
            new FieldOutcome(LabelState.Present, false, false, false, 0),
            new FieldOutcome(LabelState.Present, true, false, false, 0.1),
            FieldOutcome.EmptyLabel(true),
            FieldOutcome.EmptyLabel(false),
            FieldOutcome.NotLabelled(true),
        };

        var summary = FieldSummary.Summarize(pages);

        Assert.Equal(4, summary.Labelled);
        Assert.Equal(2, summary.LabelledEmpty);
        Assert.Equal(0.25, summary.Accuracy, 12);
        Assert.Equal(0.5, summary.LenientAccuracy, 12);
        Assert.Equal(0.75, summary.Coverage, 12);
        Assert.Equal(0.5, summary.Spurious, 12);
    }
}
