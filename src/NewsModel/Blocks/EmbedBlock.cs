namespace NewsModel.Blocks;

/// <summary>Embedded content from elsewhere: a video, a social post, an audio player, a map.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record EmbedBlock : Block
{
    /// <summary>Creates an embed.</summary>
    /// <param name="url">The embedded content's address, when known.</param>
    public EmbedBlock(Uri? url) => Url = url;

    /// <summary>The embedded content's address.</summary>
    public Uri? Url { get; init; }

    /// <summary>The provider, when recognised ("youtube", "x", "instagram").</summary>
    public string? Provider { get; init; }

    /// <summary>Text the page shows for the embed (a post's text, a video's title).</summary>
    public string? Text { get; init; }

    /// <inheritdoc />
    public override string ToPlainText() => Text ?? string.Empty;
}
