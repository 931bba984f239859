using NewsModel.Internal;

namespace NewsModel;

/// <summary>Another address where the same article, or a version of it, is served.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record AlternateMirror
{
    /// <summary>Creates an alternate address.</summary>
    /// <param name="url">The address.</param>
    /// <param name="kind">How it relates to the article.</param>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public AlternateMirror(Uri url, MirrorKind kind)
    {
        Url = Preconditions.CheckNotNull(url);
        Kind = kind;
    }

    /// <summary>The address.</summary>
    public Uri Url { get; init; }

    /// <summary>How the address relates to the article.</summary>
    public MirrorKind Kind { get; init; }

    /// <summary>The language of a translation (BCP 47, as the page gives it: "fa", "en-GB").</summary>
    public string? Language { get; init; }

    /// <summary>The media type of a feed ("application/rss+xml").</summary>
    public string? MediaType { get; init; }

    /// <summary>Where on the page the address was found (see <see cref="ArticleSources"/>).</summary>
    public string? Source { get; init; }
}
