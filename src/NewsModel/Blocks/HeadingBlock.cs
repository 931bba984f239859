using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>A heading inside the body (a subhead), with its level from 1 to 6.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record HeadingBlock : Block
{
    /// <summary>Creates a heading.</summary>
    /// <param name="level">The level, 1 to 6, as in HTML.</param>
    /// <param name="text">The heading's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not between 1 and 6.</exception>
    public HeadingBlock(int level, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 6);
        Level = level;
        Text = Preconditions.CheckNotNull(text);
    }

    /// <summary>The level, 1 to 6.</summary>
    public int Level { get; init; }

    /// <summary>The heading's text.</summary>
    public string Text { get; init; }

    /// <inheritdoc />
    public override string ToPlainText() => Text;
}
