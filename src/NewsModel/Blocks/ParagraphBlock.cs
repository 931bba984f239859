using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>A paragraph of body text.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record ParagraphBlock : TextBlock
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The paragraph's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ParagraphBlock(string text)
        : base(Preconditions.CheckNotNull(text))
    {
    }
}
