namespace NewsModel.Evaluation.Metrics;

/// <summary>Snippet outcomes on one page or summed over pages.</summary>
/// <param name="TruePositive">"With" snippets found in the extracted text.</param>
/// <param name="FalsePositive">"Without" snippets found in the extracted text.</param>
/// <param name="FalseNegative">"With" snippets missing from the extracted text.</param>
/// <param name="TrueNegative">"Without" snippets absent from the extracted text.</param>
public readonly record struct SnippetCounts(int TruePositive, int FalsePositive, int FalseNegative, int TrueNegative)
{
    /// <summary>How many snippets were checked.</summary>
    public int Total => TruePositive + FalsePositive + FalseNegative + TrueNegative;

    /// <summary>How many snippets were judged wrongly (false positives and false negatives).</summary>
    public int Errors => FalsePositive + FalseNegative;

    /// <summary>TP / (TP + FP); 0 when nothing was found.</summary>
    public double Precision => Ratio(TruePositive, TruePositive + FalsePositive);

    /// <summary>TP / (TP + FN); 0 when there is no "with" snippet.</summary>
    public double Recall => Ratio(TruePositive, TruePositive + FalseNegative);

    /// <summary>The harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>; 0 when both are 0.</summary>
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    /// <summary>(TP + TN) / all snippets; 0 when there is none.</summary>
    public double Accuracy => Ratio(TruePositive + TrueNegative, Total);

    /// <summary>Adds two sets of counts (micro-averaging sums counts before dividing).</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>The sum.</returns>
    public static SnippetCounts operator +(SnippetCounts left, SnippetCounts right) => new(
        left.TruePositive + right.TruePositive,
        left.FalsePositive + right.FalsePositive,
        left.FalseNegative + right.FalseNegative,
        left.TrueNegative + right.TrueNegative);

    /// <summary>Adds two sets of counts.</summary>
    /// <param name="other">The counts to add.</param>
    /// <returns>The sum.</returns>
    public SnippetCounts Add(SnippetCounts other) => this + other;

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
