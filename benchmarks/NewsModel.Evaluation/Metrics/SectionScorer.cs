namespace NewsModel.Evaluation.Metrics;

/// <summary>
/// Scores an extracted section path against a page's labelled categories (trafilatura format). A page files a post
/// under several categories while a section path names one branch, so the leaf counts when it is any of the
/// categories (strict), and the path counts when any of its levels is (lenient). Names compare case-, diacritics-,
/// punctuation- and spacing-insensitively ("ENERGIE &amp; UMWELT" = "Energie &amp; Umwelt", "Biologie" ≠ "Biology").
/// </summary>
public static class SectionScorer
{
    /// <summary>Scores a page.</summary>
    /// <param name="categories">The labelled categories; null when not annotated.</param>
    /// <param name="levels">The extracted section path's levels, root first.</param>
    /// <returns>The outcome.</returns>
    public static FieldOutcome Score(IReadOnlyList<string>? categories, IReadOnlyList<string> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var predicted = levels.Any(l => !string.IsNullOrWhiteSpace(l));
        if (categories is null)
        {
            return FieldOutcome.NotLabelled(predicted);
        }

        if (categories.Count == 0)
        {
            return FieldOutcome.EmptyLabel(predicted);
        }

        var keys = categories.Select(TextNormalization.FoldedKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var folded = levels.Select(TextNormalization.FoldedKey).Where(k => k.Length > 0).ToArray();
        var leaf = folded.Length > 0 && keys.Contains(folded[^1]);
        var any = folded.Any(keys.Contains);
        return new FieldOutcome(LabelState.Present, predicted, leaf, any, leaf ? 1 : any ? 0.5 : 0);
    }
}
