namespace NewsModel.Evaluation.Metrics;

/// <summary>Scores an extracted headline against its label.</summary>
public static class HeadlineScorer
{
    /// <summary>The token F1 from which a headline counts as leniently correct.</summary>
    public const double TokenF1Threshold = 0.8;

    /// <summary>Scores one page.</summary>
    /// <param name="label">The labelled headline: null when the page was not annotated, blank when it has none.</param>
    /// <param name="predicted">The extracted headline, or null.</param>
    /// <returns>Strict: equal after collapsing white space (case kept). Lenient: token F1 ≥ <see cref="TokenF1Threshold"/>.</returns>
    public static FieldOutcome Score(string? label, string? predicted)
    {
        var prediction = TextNormalization.CollapseWhitespace(predicted);
        var hasPrediction = prediction.Length > 0;
        if (label is null)
        {
            return FieldOutcome.NotLabelled(hasPrediction);
        }

        var expected = TextNormalization.CollapseWhitespace(label);
        if (expected.Length == 0)
        {
            return FieldOutcome.EmptyLabel(hasPrediction);
        }

        var f1 = hasPrediction ? TokenF1(expected, prediction) : 0;
        return new FieldOutcome(LabelState.Present, hasPrediction, string.Equals(expected, prediction, StringComparison.Ordinal), f1 >= TokenF1Threshold, f1);
    }

    /// <summary>
    /// The F1 of the two texts' <c>\w+</c> tokens compared as case-folded multisets: 2·overlap / (|expected| + |predicted|).
    /// </summary>
    /// <param name="expected">The labelled text.</param>
    /// <param name="predicted">The extracted text.</param>
    /// <returns>The F1; 1 when neither has a token.</returns>
    public static double TokenF1(string? expected, string? predicted)
    {
        var left = Fold(expected);
        var right = Fold(predicted);
        if (left.Count == 0 && right.Count == 0)
        {
            return 1;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in left)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        var overlap = 0;
        foreach (var token in right)
        {
            if (counts.TryGetValue(token, out var count) && count > 0)
            {
                overlap++;
                counts[token] = count - 1;
            }
        }

        return 2.0 * overlap / (left.Count + right.Count);
    }

    private static List<string> Fold(string? text) =>
        WordTokenizer.Tokenize(text).Select(t => t.ToLowerInvariant()).ToList();
}
