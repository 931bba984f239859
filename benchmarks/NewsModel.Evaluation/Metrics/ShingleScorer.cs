namespace NewsModel.Evaluation.Metrics;

/// <summary>
/// The scrapinghub article-body metric for one page: overlapping 4-token shingles of the <c>\w+</c> tokens, counted
/// as multisets, compared between truth and prediction.
/// </summary>
/// <remarks>
/// Follows the benchmark's evaluation script: a text with fewer tokens than the shingle size still yields one
/// (shorter) shingle made of all its tokens, and a text without tokens yields none. TP/FP/FN are divided by their
/// sum so that long pages weigh no more than short ones.
/// </remarks>
public static class ShingleScorer
{
    /// <summary>The shingle size the benchmark uses.</summary>
    public const int ShingleSize = 4;

    /// <summary>Compares a prediction with the truth.</summary>
    /// <param name="truth">The labelled article body.</param>
    /// <param name="prediction">The extracted article body.</param>
    /// <returns>The normalised TP/FP/FN and whether the token sequences match.</returns>
    public static ShingleMatch Match(string? truth, string? prediction)
    {
        var truthTokens = WordTokenizer.Tokenize(truth);
        var predictionTokens = WordTokenizer.Tokenize(prediction);
        var truthShingles = Shingles(truthTokens);
        var predictionShingles = Shingles(predictionTokens);

        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, truthCount) in truthShingles)
        {
            predictionShingles.TryGetValue(shingle, out var predictionCount);
            tp += Math.Min(truthCount, predictionCount);
            fn += Math.Max(0, truthCount - predictionCount);
        }

        foreach (var (shingle, predictionCount) in predictionShingles)
        {
            truthShingles.TryGetValue(shingle, out var truthCount);
            fp += Math.Max(0, predictionCount - truthCount);
        }

        var sum = tp + fp + fn;
        if (sum > 0)
        {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }

        return new ShingleMatch(tp, fp, fn, truthTokens.SequenceEqual(predictionTokens, StringComparer.Ordinal));
    }

    /// <summary>The shingles of a token sequence with their counts.</summary>
    /// <param name="tokens">The tokens.</param>
    /// <param name="size">The shingle size.</param>
    /// <returns>Each shingle (its tokens joined by one space, which no token contains) and how often it occurs.</returns>
    public static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens, int size = ShingleSize)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return counts;
        }

        var windows = Math.Max(1, tokens.Count - size + 1);
        for (var i = 0; i < windows; i++)
        {
            var length = Math.Min(size, tokens.Count - i);
            var key = string.Join(' ', tokens.Skip(i).Take(length));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }
}
