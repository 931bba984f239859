namespace NewsModel.Evaluation.Metrics;

/// <summary>
/// Bootstrap estimate of how much corpus figures would vary with another sample of pages: pages are drawn with
/// replacement, the figures recomputed on each resample, and the sample standard deviation of each figure reported.
/// This is the ± of the scrapinghub table (1000 resamples).
/// </summary>
public static class Bootstrap
{
    /// <summary>The number of resamples the benchmark uses.</summary>
    public const int DefaultResamples = 1000;

    /// <summary>The fixed seed, so that a run is reproducible.</summary>
    public const int DefaultSeed = 20191128;

    /// <summary>The standard deviation of each statistic over bootstrap resamples of the items.</summary>
    /// <typeparam name="T">The item type (a page's result).</typeparam>
    /// <param name="items">The items to resample.</param>
    /// <param name="statistics">Computes the figures from one resample; it must return the same number of values each time.</param>
    /// <param name="resamples">The number of resamples; at least 2.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>One standard deviation (n - 1 denominator) per figure; all 0 when there are no items.</returns>
    public static IReadOnlyList<double> StandardDeviations<T>(
        IReadOnlyList<T> items,
        Func<IReadOnlyList<T>, IReadOnlyList<double>> statistics,
        int resamples = DefaultResamples,
        int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 2);

        var width = statistics(items).Count;
        if (items.Count == 0)
        {
            return new double[width];
        }

        // Welford's running mean and squared deviations: one pass, no table of resample values.
        var mean = new double[width];
        var squares = new double[width];
        var random = new Random(seed);
        var sample = new T[items.Count];
        for (var r = 1; r <= resamples; r++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = items[random.Next(items.Count)];
            }

            var values = statistics(sample);
            if (values.Count != width)
            {
                throw new InvalidOperationException("The statistics returned a different number of figures for a resample.");
            }

            for (var k = 0; k < width; k++)
            {
                var delta = values[k] - mean[k];
                mean[k] += delta / r;
                squares[k] += delta * (values[k] - mean[k]);
            }
        }

        return squares.Select(s => Math.Sqrt(s / (resamples - 1))).ToArray();
    }
}
