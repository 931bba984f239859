namespace NewsModel.Evaluation.Metrics;

/// <summary>One metadata field's figures over a set of pages.</summary>
/// <param name="Labelled">Pages with a labelled value.</param>
/// <param name="LabelledEmpty">Pages whose label says there is no value.</param>
/// <param name="Accuracy">Strictly correct values / pages with a labelled value (a missing value is wrong).</param>
/// <param name="LenientAccuracy">Leniently correct values / pages with a labelled value.</param>
/// <param name="Coverage">Pages where a value was given / pages with a labelled value.</param>
/// <param name="Spurious">Pages where a value was given / pages whose label says there is none.</param>
public sealed record FieldSummary(int Labelled, int LabelledEmpty, double Accuracy, double LenientAccuracy, double Coverage, double Spurious)
{
    /// <summary>Summarises page outcomes; ratios over no page are 0.</summary>
    /// <param name="pages">The page outcomes.</param>
    /// <returns>The summary.</returns>
    public static FieldSummary Summarize(IEnumerable<FieldOutcome> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        int labelled = 0, empty = 0, correct = 0, lenient = 0, covered = 0, spurious = 0;
        foreach (var page in pages)
        {
            switch (page.Label)
            {
                case LabelState.Present:
                    labelled++;
                    correct += page.Correct ? 1 : 0;
                    lenient += page.LenientCorrect ? 1 : 0;
                    covered += page.Predicted ? 1 : 0;
                    break;
                case LabelState.Empty:
                    empty++;
                    spurious += page.Predicted ? 1 : 0;
                    break;
                default:
                    break;
            }
        }

        return new FieldSummary(labelled, empty, Ratio(correct, labelled), Ratio(lenient, labelled), Ratio(covered, labelled), Ratio(spurious, empty));
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
