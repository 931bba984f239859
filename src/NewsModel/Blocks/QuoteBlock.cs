using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>A block quotation or a pull quote.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record QuoteBlock : TextBlock
{
    /// <summary>Creates a quote.</summary>
    /// <param name="text">The quoted text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public QuoteBlock(string text)
        : base(Preconditions.CheckNotNull(text))
    {
    }

    /// <summary>Who is quoted, when the page says so.</summary>
    public string? Attribution { get; init; }

    /// <summary>True for a pull quote: text repeated from the article for emphasis rather than a quotation in its flow.</summary>
    public bool IsPullQuote { get; init; }
}
