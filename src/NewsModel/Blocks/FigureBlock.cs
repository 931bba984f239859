using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>An image in the body, with its caption and credit.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record FigureBlock : Block
{
    /// <summary>Creates a figure.</summary>
    /// <param name="image">The image with its caption and credit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="image"/> is null.</exception>
    public FigureBlock(ArticleImage image) => Image = Preconditions.CheckNotNull(image);

    /// <summary>The image with its caption and credit.</summary>
    public ArticleImage Image { get; init; }

    /// <inheritdoc />
    public override string ToPlainText() => Image.Caption ?? string.Empty;
}
