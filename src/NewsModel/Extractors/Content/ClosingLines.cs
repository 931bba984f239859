namespace NewsModel.Extractors.Content;

/// <summary>
/// The short lines the body cleaner dropped after the body's last kept block, nearest the text first: a closing
/// credit ("Von Jane Roe", "Quelle: dpa") is furniture for the body but evidence for the byline.
/// </summary>
/// <remarks>Immutable; shared per page through <see cref="Pipeline.ExtractionContext.GetShared{T}"/>.</remarks>
internal sealed class ClosingLines
{
    /// <summary>No dropped lines.</summary>
    public static readonly ClosingLines None = new([]);

    public ClosingLines(IReadOnlyList<string> lines) => Lines = lines;

    /// <summary>The dropped lines, nearest the text first.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The lines the body reader left for this page; empty when it dropped none (or has not run).</summary>
    public static ClosingLines Get(Pipeline.ExtractionContext context) => context.GetShared(_ => None);
}
