namespace NewsModel.Evaluation.Metrics;

/// <summary>
/// One page's shingle comparison: true positives, false positives and false negatives, normalised so that they sum
/// to 1 (or all 0 when neither text has a token), and whether the token sequences are equal.
/// </summary>
/// <param name="TruePositive">The share of shingles present in both texts.</param>
/// <param name="FalsePositive">The share of shingles only in the prediction.</param>
/// <param name="FalseNegative">The share of shingles only in the truth.</param>
/// <param name="ExactMatch">Whether the prediction's token sequence equals the truth's.</param>
public readonly record struct ShingleMatch(double TruePositive, double FalsePositive, double FalseNegative, bool ExactMatch)
{
    /// <summary>Whether the prediction has any shingle; only such pages count towards mean precision.</summary>
    public bool HasPrediction => TruePositive + FalsePositive > 0;

    /// <summary>Whether the truth has any shingle; only such pages count towards mean recall.</summary>
    public bool HasTruth => TruePositive + FalseNegative > 0;

    /// <summary>The page's precision, as the upstream script scores it (1 when nothing is wrong, 0 when nothing was predicted).</summary>
    public double Precision => Score(TruePositive, FalsePositive);

    /// <summary>The page's recall, as the upstream script scores it (1 when nothing is wrong, 0 when nothing is true).</summary>
    public double Recall => Score(TruePositive, FalseNegative);

    /// <summary>The page's own F1, used only to rank pages from worst to best; the corpus F1 is not a mean of these.</summary>
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;

    private double Score(double hits, double misses)
    {
        if (FalsePositive == 0 && FalseNegative == 0)
        {
            return 1;
        }

        return hits + misses == 0 ? 0 : hits / (hits + misses);
    }
}
