using System.Text;
using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>Emphasised text (<c>&lt;em&gt;</c>, <c>&lt;i&gt;</c>), holding the inlines it applies to.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record EmphasisInline : Inline
{
    private readonly EquatableList<Inline> _inlines = EquatableList<Inline>.Empty;

    /// <summary>Creates emphasis.</summary>
    /// <param name="inlines">The inlines it applies to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inlines"/> is null.</exception>
    public EmphasisInline(IReadOnlyList<Inline> inlines) => Inlines = Preconditions.CheckNotNull(inlines);

    /// <summary>The inlines it applies to.</summary>
    public IReadOnlyList<Inline> Inlines
    {
        get => _inlines;
        init => _inlines = EquatableList<Inline>.From(value);
    }

    internal override void AppendPlainText(StringBuilder builder) => InlineText.AppendPlainText(builder, _inlines);
}
