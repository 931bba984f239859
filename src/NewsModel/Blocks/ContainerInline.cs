using System.Text;
using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>An inline that applies to other inlines: emphasis, strong emphasis or a link.</summary>
/// <remarks>Immutable and thread-safe; equality is by value. The set of container inlines is closed.</remarks>
public abstract record ContainerInline : Inline
{
    private readonly EquatableList<Inline> _inlines = EquatableList<Inline>.Empty;

    private protected ContainerInline(IReadOnlyList<Inline> inlines) => Inlines = Preconditions.CheckNotNull(inlines);

    /// <summary>The inlines it applies to.</summary>
    public IReadOnlyList<Inline> Inlines
    {
        get => _inlines;
        init => _inlines = EquatableList<Inline>.From(value);
    }

    internal override void AppendPlainText(StringBuilder builder) => InlineText.AppendPlainText(builder, _inlines);
}
