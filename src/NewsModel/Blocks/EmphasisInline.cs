namespace NewsModel.Blocks;

/// <summary>Emphasised text (<c>&lt;em&gt;</c>, <c>&lt;i&gt;</c>), holding the inlines it applies to.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record EmphasisInline : ContainerInline
{
    /// <summary>Creates emphasis.</summary>
    /// <param name="inlines">The inlines it applies to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inlines"/> is null.</exception>
    public EmphasisInline(IReadOnlyList<Inline> inlines)
        : base(inlines)
    {
    }
}
