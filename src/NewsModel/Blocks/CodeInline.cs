using System.Text;
using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>A run of code (a command, a file name, an identifier) inside running text.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record CodeInline : Inline
{
    /// <summary>Creates a code run.</summary>
    /// <param name="text">The code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public CodeInline(string text) => Text = Preconditions.CheckNotNull(text);

    /// <summary>The code.</summary>
    public string Text { get; init; }

    internal override void AppendPlainText(StringBuilder builder) => builder.Append(Text);
}
