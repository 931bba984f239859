using System.Text;
using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>A run of text without formatting.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record TextInline : Inline
{
    /// <summary>Creates a text run.</summary>
    /// <param name="text">The text; a line break inside a block is a <see cref="LineBreakInline"/>, not a <c>'\n'</c> here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public TextInline(string text) => Text = Preconditions.CheckNotNull(text);

    /// <summary>The text.</summary>
    public string Text { get; init; }

    internal override void AppendPlainText(StringBuilder builder) => builder.Append(Text);
}
