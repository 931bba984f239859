using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Tests.Metrics;

public class SectionScorerTests
{
    [Theory]
    [InlineData(new[] { "Politik" }, new[] { "Politik" }, true, true)]
    [InlineData(new[] { "News", "Hardware & Gadgets" }, new[] { "News", "Hardware & Gadgets" }, true, true)]
    [InlineData(new[] { "ENERGIE & UMWELT" }, new[] { "Energie & Umwelt" }, true, true)]
    [InlineData(new[] { "Forschung", "Projekte" }, new[] { "Projekte" }, true, true)]
    [InlineData(new[] { "Tutorials" }, new[] { "Tutorials", "Linux" }, false, true)]
    [InlineData(new[] { "Hamburg" }, new[] { "Newsticker" }, false, false)]
    [InlineData(new[] { "Sport" }, new string[0], false, false)]
    public void Score_Table(string[] categories, string[] levels, bool leaf, bool any)
    {
        var outcome = SectionScorer.Score(categories, levels);

        Assert.Equal(LabelState.Present, outcome.Label);
        Assert.Equal(levels.Length > 0, outcome.Predicted);
        Assert.Equal(leaf, outcome.Correct);
        Assert.Equal(any, outcome.LenientCorrect);
    }

    [Fact]
    public void Score_NotAnnotated_NotLabelled()
    {
        Assert.Equal(LabelState.NotLabelled, SectionScorer.Score(null, ["Sport"]).Label);
        Assert.True(SectionScorer.Score(null, ["Sport"]).Predicted);
    }
}
