namespace NewsModel.Blocks;

/// <summary>Strongly emphasised text (<c>&lt;strong&gt;</c>, <c>&lt;b&gt;</c>), holding the inlines it applies to.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record StrongInline : ContainerInline
{
    /// <summary>Creates strong emphasis.</summary>
    /// <param name="inlines">The inlines it applies to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inlines"/> is null.</exception>
    public StrongInline(IReadOnlyList<Inline> inlines)
        : base(inlines)
    {
    }
}
