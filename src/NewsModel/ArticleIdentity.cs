using NewsModel.Internal;

namespace NewsModel;

/// <summary>
/// The identity of one article across the addresses it is served from: the same article fetched from a mirror
/// host, over AMP or with tracking parameters has the same identity.
/// </summary>
/// <remarks>Immutable and thread-safe; two identities are equal when their <see cref="Key"/>s are equal.</remarks>
public sealed record ArticleIdentity
{
    /// <summary>Creates an identity.</summary>
    /// <param name="key">The stable key: "publisher:id" when a publisher profile yields an article id, else the normalized canonical address.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank.</exception>
    public ArticleIdentity(string key)
    {
        Preconditions.CheckNotNull(key);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(key), nameof(key), "An identity key must not be blank.");
        Key = key;
    }

    /// <summary>The stable key that two copies of one article share.</summary>
    public string Key { get; init; }

    /// <summary>The publisher profile's identifier, when a profile matched.</summary>
    public string? Publisher { get; init; }

    /// <summary>The publisher's own article id, when the address yields one.</summary>
    public string? ArticleId { get; init; }

    /// <summary>The canonical address, normalized.</summary>
    public Uri? CanonicalUrl { get; init; }

    /// <inheritdoc />
    public bool Equals(ArticleIdentity? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    /// <inheritdoc />
    public override string ToString() => Key;
}
