namespace NewsModel.Evaluation.Metrics;

/// <summary>The scrapinghub body figures over a set of pages.</summary>
/// <param name="Precision">Mean page precision over the pages with a non-empty prediction (0 when there is none).</param>
/// <param name="Recall">Mean page recall over the pages with a non-empty truth (0 when there is none).</param>
/// <param name="F1">The harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/>; not a mean of page F1s.</param>
/// <param name="Accuracy">The share of pages whose token sequence equals the truth's.</param>
/// <param name="Pages">How many pages were scored.</param>
/// <param name="PagesWithPrediction">How many pages had a non-empty prediction.</param>
public sealed record ShingleSummary(double Precision, double Recall, double F1, double Accuracy, int Pages, int PagesWithPrediction)
{
    /// <summary>Summarises page matches as the benchmark does.</summary>
    /// <param name="pages">The page matches.</param>
    /// <returns>The summary.</returns>
    /// <remarks>
    /// Where the upstream script would fail (no page with a prediction, or precision and recall both 0) the figure is
    /// 0, so that "extracted nothing" scores 0 rather than crashing.
    /// </remarks>
    public static ShingleSummary Summarize(IReadOnlyList<ShingleMatch> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        double precisionSum = 0, recallSum = 0;
        int precisionPages = 0, recallPages = 0, exact = 0;
        foreach (var page in pages)
        {
            if (page.HasPrediction)
            {
                precisionSum += page.Precision;
                precisionPages++;
            }

            if (page.HasTruth)
            {
                recallSum += page.Recall;
                recallPages++;
            }

            if (page.ExactMatch)
            {
                exact++;
            }
        }

        var precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        var recall = recallPages == 0 ? 0 : recallSum / recallPages;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        var accuracy = pages.Count == 0 ? 0 : (double)exact / pages.Count;
        return new ShingleSummary(precision, recall, f1, accuracy, pages.Count, precisionPages);
    }
}
