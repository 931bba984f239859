using System.Text;

namespace NewsModel.Blocks;

/// <summary>A line break inside a block (<c>&lt;br&gt;</c>); its plain text is <c>'\n'</c>.</summary>
/// <remarks>Immutable and thread-safe; every line break equals every other.</remarks>
public sealed record LineBreakInline : Inline
{
    /// <summary>A line break, shared because line breaks carry nothing.</summary>
    public static LineBreakInline Instance { get; } = new();

    internal override void AppendPlainText(StringBuilder builder) => builder.Append('\n');
}
