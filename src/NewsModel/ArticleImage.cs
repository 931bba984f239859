using NewsModel.Internal;

namespace NewsModel;

/// <summary>An image with its caption and credit, such as an article's lead image or a figure in its body.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record ArticleImage
{
    /// <summary>Creates an image.</summary>
    /// <param name="url">The image's address, absolute when the page address was known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public ArticleImage(Uri url) => Url = Preconditions.CheckNotNull(url);

    /// <summary>The image's address.</summary>
    public Uri Url { get; init; }

    /// <summary>The alternative text.</summary>
    public string? Alt { get; init; }

    /// <summary>The caption, without the credit.</summary>
    public string? Caption { get; init; }

    /// <summary>Who the image is credited to ("Getty Images", "File photo by Reuters").</summary>
    public string? Credit { get; init; }

    /// <summary>The width in pixels, when the page states it.</summary>
    public int? Width { get; init; }

    /// <summary>The height in pixels, when the page states it.</summary>
    public int? Height { get; init; }
}
