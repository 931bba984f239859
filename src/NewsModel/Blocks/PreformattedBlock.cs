using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>Preformatted text, such as code, whose white space is kept.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record PreformattedBlock : Block
{
    /// <summary>Creates a preformatted block.</summary>
    /// <param name="text">The text, white space kept.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public PreformattedBlock(string text) => Text = Preconditions.CheckNotNull(text);

    /// <summary>The text, white space kept.</summary>
    public string Text { get; init; }

    /// <inheritdoc />
    public override string ToPlainText() => Text;
}
