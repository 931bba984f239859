using System.Text.RegularExpressions;

namespace NewsModel.Evaluation.Metrics;

/// <summary>Scores extracted author names against a labelled author list, as sets of folded names.</summary>
/// <remarks>
/// Names compare by <see cref="TextNormalization.FoldedKey"/>: case, diacritics, punctuation and spacing are ignored,
/// so "José Núñez" matches "JOSE NUNEZ" and "J.R. Stone" matches "J R Stone". Strict: the two sets are equal.
/// Lenient: the first labelled author is among the extracted ones.
/// </remarks>
public static class AuthorScorer
{
    // Labels join authors with "; " by convention, but annotators also wrote commas, "&", "and" and "und".
    private static readonly Regex Separators = new(
        @"\s*(?:;|,|&|\||\band\b|\bund\b)\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Splits a labelled author list into names.</summary>
    /// <param name="label">The label ("Jane Doe; John Roe", "A, B und C").</param>
    /// <returns>The non-blank names, in label order.</returns>
    public static IReadOnlyList<string> SplitLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return [];
        }

        return Separators.Split(label)
            .Select(TextNormalization.CollapseWhitespace)
            .Where(name => name.Length > 0)
            .ToArray();
    }

    /// <summary>Scores one page.</summary>
    /// <param name="label">The labelled names: null when the page was not annotated, empty when it has none.</param>
    /// <param name="predicted">The extracted names, one per contributor (not split further).</param>
    /// <returns>The outcome; similarity is the Jaccard index of the two name sets.</returns>
    public static FieldOutcome Score(IReadOnlyList<string>? label, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        var predictedKeys = Keys(predicted);
        var hasPrediction = predictedKeys.Count > 0;
        if (label is null)
        {
            return FieldOutcome.NotLabelled(hasPrediction);
        }

        var expectedKeys = Keys(label);
        if (expectedKeys.Count == 0)
        {
            return FieldOutcome.EmptyLabel(hasPrediction);
        }

        var first = TextNormalization.FoldedKey(label.First(name => TextNormalization.FoldedKey(name).Length > 0));
        var shared = expectedKeys.Count(predictedKeys.Contains);
        var jaccard = (double)shared / (expectedKeys.Count + predictedKeys.Count - shared);
        return new FieldOutcome(LabelState.Present, hasPrediction, expectedKeys.SetEquals(predictedKeys), predictedKeys.Contains(first), jaccard);
    }

    private static HashSet<string> Keys(IEnumerable<string> names) =>
        names.Select(TextNormalization.FoldedKey).Where(key => key.Length > 0).ToHashSet(StringComparer.Ordinal);
}
