using NewsModel.Evaluation.Metrics;
using NodaTime;

namespace NewsModel.Evaluation.Tests.Metrics;

public class DateScorerTests
{
    [Theory]
    [InlineData("2015-08-25", 2015, 8, 25)]
    [InlineData("2022-01.26", 2022, 1, 26)]
    [InlineData("2022-29-11", 2022, 11, 29)]
    [InlineData("2020-02-08T10:00:00", 2020, 2, 8)]
    public void TryParseLabel_Dates_ReadsCalendarDate(string label, int year, int month, int day)
    {
        Assert.True(DateScorer.TryParseLabel(label, out var date));
        Assert.Equal(new LocalDate(year, month, day), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2021-02-30")]
    [InlineData("2021-13-13")]
    public void TryParseLabel_NotADate_False(string label)
    {
        Assert.False(DateScorer.TryParseLabel(label, out _));
    }

    [Fact]
    public void Score_SameDay_Correct()
    {
        var outcome = DateScorer.Score(new LocalDate(2020, 2, 8), LabelState.Present, new LocalDate(2020, 2, 8));

        Assert.True(outcome.Correct);
        Assert.True(outcome.Predicted);
    }

    [Fact]
    public void Score_OtherDay_Wrong()
    {
        Assert.False(DateScorer.Score(new LocalDate(2020, 2, 8), LabelState.Present, new LocalDate(2020, 2, 9)).Correct);
    }

    [Fact]
    public void Score_EmptyLabelWithPrediction_Spurious()
    {
        var outcome = DateScorer.Score(null, LabelState.Empty, new LocalDate(2020, 2, 9));

        Assert.Equal(LabelState.Empty, outcome.Label);
        Assert.True(outcome.Predicted);
    }
}
