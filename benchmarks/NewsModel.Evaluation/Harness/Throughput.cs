namespace NewsModel.Evaluation.Harness;

/// <summary>How fast the extractor call ran, summed over the pages (file reading excluded).</summary>
/// <param name="Pages">Pages parsed.</param>
/// <param name="HtmlBytes">Decompressed HTML bytes parsed.</param>
/// <param name="Elapsed">Total time inside the extractor call.</param>
public sealed record Throughput(int Pages, long HtmlBytes, TimeSpan Elapsed)
{
    /// <summary>Pages per second.</summary>
    public double PagesPerSecond => Elapsed > TimeSpan.Zero ? Pages / Elapsed.TotalSeconds : 0;

    /// <summary>Megabytes (10⁶ bytes) of decompressed HTML per second.</summary>
    public double MegabytesPerSecond => Elapsed > TimeSpan.Zero ? HtmlBytes / 1e6 / Elapsed.TotalSeconds : 0;

    /// <summary>Mean milliseconds per page.</summary>
    public double MillisecondsPerPage => Pages > 0 ? Elapsed.TotalMilliseconds / Pages : 0;
}
