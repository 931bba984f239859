namespace NewsModel.Extractors.Content;

/// <summary>
/// The short lines the body cleaner dropped after the body's last kept paragraph, nearest the text first: a closing
/// credit ("Von Jane Roe", "Quelle: dpa") is furniture for the body but evidence for the byline.
/// </summary>
/// <remarks>
/// One holder per page, created by <see cref="Pipeline.ExtractionContext.GetShared{T}"/> whichever extractor asks
/// first; the body reader fills it once (<see cref="Set"/>), readers that run before it see no lines. Not shared
/// between pages; the lines are copied.
/// </remarks>
internal sealed class ClosingLines
{
    private IReadOnlyList<string> _lines = [];
    private int _set;

    private ClosingLines()
    {
    }

    /// <summary>The dropped lines, nearest the text first; empty when the body reader dropped none or has not run.</summary>
    public IReadOnlyList<string> Lines => Volatile.Read(ref _lines);

    /// <summary>This page's holder.</summary>
    public static ClosingLines Of(Pipeline.ExtractionContext context) => context.GetShared(_ => new ClosingLines());

    /// <summary>Records the lines the body reader dropped; only the first call counts.</summary>
    /// <returns>Whether the lines were recorded.</returns>
    public bool Set(IEnumerable<string> lines)
    {
        if (Interlocked.Exchange(ref _set, 1) != 0)
        {
            return false;
        }

        Volatile.Write(ref _lines, lines.ToArray());
        return true;
    }
}
