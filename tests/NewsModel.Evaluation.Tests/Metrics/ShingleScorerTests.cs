using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Tests.Metrics;

public class ShingleScorerTests
{
    [Fact]
    public void Shingles_FiveTokens_TwoOverlappingShingles()
    {
        var shingles = ShingleScorer.Shingles(["a", "b", "c", "d", "e"]);

        Assert.Equal(2, shingles.Count);
        Assert.Equal(1, shingles["a b c d"]);
        Assert.Equal(1, shingles["b c d e"]);
    }

    [Fact]
    public void Shingles_FewerTokensThanShingleSize_OneShortShingle()
    {
        var shingles = ShingleScorer.Shingles(["a", "b"]);

        Assert.Equal(1, Assert.Single(shingles).Value);
        Assert.Equal("a b", shingles.Keys.Single());
    }

    [Fact]
    public void Shingles_NoToken_NoShingle()
    {
        Assert.Empty(ShingleScorer.Shingles([]));
    }

    [Fact]
    public void Shingles_RepeatedText_CountsAsMultiset()
    {
        var shingles = ShingleScorer.Shingles(["x", "y", "z", "w", "x", "y", "z", "w"]);

        Assert.Equal(2, shingles["x y z w"]);
        Assert.Equal(5, shingles.Values.Sum());
    }

    [Fact]
    public void Match_IdenticalText_AllTruePositiveAndExact()
    {
        var match = ShingleScorer.Match("One two three four five.", "One, two; three four five");

        Assert.Equal(new ShingleMatch(1, 0, 0, true), match);
        Assert.Equal(1, match.Precision);
        Assert.Equal(1, match.Recall);
    }

    [Fact]
    public void Match_PartialOverlap_NormalisesToSumOne()
    {
        // Truth shingles: [a b c d], [b c d e]; prediction shingles: [b c d e], [c d e f], [d e f g].
        var match = ShingleScorer.Match("a b c d e", "b c d e f g");

        Assert.Equal(0.25, match.TruePositive, 12);
        Assert.Equal(0.5, match.FalsePositive, 12);
        Assert.Equal(0.25, match.FalseNegative, 12);
        Assert.Equal(1.0 / 3, match.Precision, 12);
        Assert.Equal(0.5, match.Recall, 12);
        Assert.False(match.ExactMatch);
    }

    [Fact]
    public void Match_ExtraCopyOfText_CountsSurplusAsFalsePositive()
    {
        var match = ShingleScorer.Match("a b c d", "a b c d a b c d");

        // Prediction: [a b c d] x2, [b c d a], [c d a b], [d a b c]; truth: [a b c d].
        Assert.Equal(1.0 / 5, match.TruePositive, 12);
        Assert.Equal(4.0 / 5, match.FalsePositive, 12);
        Assert.Equal(0, match.FalseNegative);
    }

    [Fact]
    public void Match_CaseDiffers_NoMatch()
    {
        var match = ShingleScorer.Match("Alpha beta gamma delta", "alpha beta gamma delta");

        Assert.Equal(0, match.TruePositive);
        Assert.False(match.ExactMatch);
    }

    [Fact]
    public void Match_EmptyPrediction_NoPredictionAndZeroRecall()
    {
        var match = ShingleScorer.Match("a b c d e", "");

        Assert.False(match.HasPrediction);
        Assert.True(match.HasTruth);
        Assert.Equal(0, match.Recall);
        Assert.Equal(1, match.FalseNegative);
    }

    [Fact]
    public void Match_BothEmpty_AllZeroAndExact()
    {
        var match = ShingleScorer.Match("", "—");

        Assert.Equal(new ShingleMatch(0, 0, 0, true), match);
        Assert.False(match.HasPrediction);
        Assert.False(match.HasTruth);
    }

    [Fact]
    public void Match_ShortTexts_CompareAsOneShortShingle()
    {
        Assert.Equal(1, ShingleScorer.Match("Hi there", "hi there!").FalsePositive + ShingleScorer.Match("Hi there", "hi there!").FalseNegative, 12);
        Assert.Equal(1, ShingleScorer.Match("Hi there", "Hi there!").TruePositive, 12);
    }
}
