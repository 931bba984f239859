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

    /// <summary>
    /// Empty: a figure adds no text to <see cref="Article.Text"/>. Its caption and credit describe the image rather
    /// than continue the article, and are read from <see cref="Image"/>.
    /// </summary>
    /// <returns>An empty string.</returns>
    public override string ToPlainText() => string.Empty;
}
