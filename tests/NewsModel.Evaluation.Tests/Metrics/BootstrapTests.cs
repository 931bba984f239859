using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Tests.Metrics;

public class BootstrapTests
{
    private static IReadOnlyList<double> Mean(IReadOnlyList<double> sample) => [sample.Average()];

    [Fact]
    public void StandardDeviations_SameSeed_SameResult()
    {
        var items = Enumerable.Range(0, 50).Select(i => (double)(i % 7)).ToArray();

        var first = Bootstrap.StandardDeviations(items, Mean, 200, 7);
        var second = Bootstrap.StandardDeviations(items, Mean, 200, 7);

        Assert.Equal(first, second);
    }

    [Fact]
    public void StandardDeviations_ConstantItems_Zero()
    {
        var deviations = Bootstrap.StandardDeviations(Enumerable.Repeat(0.4, 30).ToArray(), Mean);

        Assert.Equal(0, deviations[0], 12);
    }

    [Fact]
    public void StandardDeviations_MeanOfCoinFlips_MatchesStandardError()
    {
        // 100 pages, half right: the standard error of the mean is sqrt(0.25 / 100) = 0.05.
        var items = Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? 1.0 : 0.0).ToArray();

        var deviation = Bootstrap.StandardDeviations(items, Mean)[0];

        Assert.InRange(deviation, 0.045, 0.055);
    }

    [Fact]
    public void StandardDeviations_SeveralStatistics_OneDeviationEach()
    {
        var items = Enumerable.Range(0, 40).Select(i => (double)i).ToArray();

        var deviations = Bootstrap.StandardDeviations(items, s => [s.Average(), s.Average() * 2, 1.0]);

        Assert.Equal(3, deviations.Count);
        Assert.Equal(deviations[0] * 2, deviations[1], 9);
        Assert.Equal(0, deviations[2], 12);
    }

    [Fact]
    public void StandardDeviations_NoItem_Zeros()
    {
        Assert.Equal([0.0], Bootstrap.StandardDeviations(Array.Empty<double>(), _ => [0.0]));
    }
}
