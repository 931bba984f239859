namespace NewsModel.Evaluation.Metrics;

/// <summary>How one metadata field fared on one page.</summary>
/// <param name="Label">Whether the page carries a label for the field.</param>
/// <param name="Predicted">Whether the extractor gave a value.</param>
/// <param name="Correct">Whether the value matches the label strictly (exact headline, exact author set, same date).</param>
/// <param name="LenientCorrect">Whether it matches leniently (headline token F1 ≥ 0.8, first labelled author found, same date).</param>
/// <param name="Similarity">How close the value is, from 0 to 1, to rank the worst pages.</param>
public sealed record FieldOutcome(LabelState Label, bool Predicted, bool Correct, bool LenientCorrect, double Similarity)
{
    /// <summary>The outcome for a page without a label for the field.</summary>
    /// <param name="predicted">Whether the extractor gave a value.</param>
    /// <returns>The outcome.</returns>
    public static FieldOutcome NotLabelled(bool predicted) => new(LabelState.NotLabelled, predicted, false, false, 0);

    /// <summary>The outcome for a page whose label says it has no value.</summary>
    /// <param name="predicted">Whether the extractor gave a value anyway.</param>
    /// <returns>The outcome.</returns>
    public static FieldOutcome EmptyLabel(bool predicted) => new(LabelState.Empty, predicted, false, false, predicted ? 0 : 1);
}
