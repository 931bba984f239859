using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Tests.Metrics;

public class AuthorScorerTests
{
    [Theory]
    [InlineData("Sarah Hinger; Sylvia Torres-Guillén", new[] { "Sarah Hinger", "Sylvia Torres-Guillén" })]
    [InlineData("Rudolf Fischer, Simon Kohler", new[] { "Rudolf Fischer", "Simon Kohler" })]
    [InlineData("Fiona Bornhöft und Mariam Hofbeck", new[] { "Fiona Bornhöft", "Mariam Hofbeck" })]
    [InlineData("David Brand and Ramsey Khalifeh", new[] { "David Brand", "Ramsey Khalifeh" })]
    [InlineData("CLARA LÖW, SIDDHARTH PRAKASH & KLAUS JACOB", new[] { "CLARA LÖW", "SIDDHARTH PRAKASH", "KLAUS JACOB" })]
    [InlineData("Tim Anderson", new[] { "Tim Anderson" })]
    [InlineData("Randy Sundquist", new[] { "Randy Sundquist" })]
    [InlineData("", new string[0])]
    public void SplitLabel_Separators_SplitsNames(string label, string[] expected)
    {
        Assert.Equal(expected, AuthorScorer.SplitLabel(label));
    }

    [Fact]
    public void Score_SameNamesOtherCaseAndAccents_ExactSet()
    {
        var outcome = AuthorScorer.Score(["Nuño Domínguez", "Jane Roe"], ["JANE ROE", "Nuno Dominguez"]);

        Assert.True(outcome.Correct);
        Assert.True(outcome.LenientCorrect);
        Assert.Equal(1, outcome.Similarity);
    }

    [Fact]
    public void Score_FirstAuthorOnly_LenientButNotExact()
    {
        var outcome = AuthorScorer.Score(["Jane Roe", "John Doe"], ["Jane Roe"]);

        Assert.False(outcome.Correct);
        Assert.True(outcome.LenientCorrect);
        Assert.Equal(0.5, outcome.Similarity, 12);
    }

    [Fact]
    public void Score_SecondAuthorOnly_NeitherExactNorFirstFound()
    {
        var outcome = AuthorScorer.Score(["Jane Roe", "John Doe"], ["John Doe"]);

        Assert.False(outcome.Correct);
        Assert.False(outcome.LenientCorrect);
    }

    [Fact]
    public void Score_UnsplitPrediction_NotExact()
    {
        Assert.False(AuthorScorer.Score(["Jane Roe", "John Doe"], ["Jane Roe and John Doe"]).Correct);
    }

    [Fact]
    public void Score_EmptyLabel_PredictionIsSpurious()
    {
        var outcome = AuthorScorer.Score([], ["Jane Roe"]);

        Assert.Equal(LabelState.Empty, outcome.Label);
        Assert.True(outcome.Predicted);
    }

    [Fact]
    public void Score_NoLabel_NotLabelled()
    {
        Assert.Equal(LabelState.NotLabelled, AuthorScorer.Score(null, []).Label);
    }
}
