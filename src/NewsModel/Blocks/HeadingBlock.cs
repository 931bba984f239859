using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>A heading inside the body (a subhead), with its level from 1 to 6.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record HeadingBlock : TextBlock
{
    /// <summary>Creates a heading.</summary>
    /// <param name="level">The level, 1 to 6, as in HTML.</param>
    /// <param name="text">The heading's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not between 1 and 6.</exception>
    public HeadingBlock(int level, string text)
        : base(Preconditions.CheckNotNull(text))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 6);
        Level = level;
    }

    /// <summary>The level, 1 to 6.</summary>
    public int Level { get; init; }
}
