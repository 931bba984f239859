using NewsModel.Internal;

namespace NewsModel;

/// <summary>One value a source proposed for a field, whether or not it was chosen.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record ProvenanceCandidate
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="source">The source that proposed it (see <see cref="ArticleSources"/>).</param>
    /// <param name="value">The proposed value, as text.</param>
    /// <param name="selected">Whether this is the value the article carries.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or <paramref name="value"/> is null.</exception>
    public ProvenanceCandidate(string source, string value, bool selected)
    {
        Source = Preconditions.CheckNotNull(source);
        Value = Preconditions.CheckNotNull(value);
        Selected = selected;
    }

    /// <summary>The source that proposed the value.</summary>
    public string Source { get; init; }

    /// <summary>The proposed value, as text.</summary>
    public string Value { get; init; }

    /// <summary>Whether this is the value the article carries.</summary>
    public bool Selected { get; init; }
}
