using NewsModel.Internal;

namespace NewsModel;

/// <summary>One level of a section path ("Syria" in News › Syria), with the section's page when known.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record SectionSegment
{
    /// <summary>Creates a segment.</summary>
    /// <param name="name">The segment's name as displayed; must not be blank.</param>
    /// <param name="url">The section's page, if known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public SectionSegment(string name, Uri? url = null)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A section name must not be blank.");
        Name = name;
        Url = url;
    }

    /// <summary>The segment's name as displayed ("Syria").</summary>
    public string Name { get; init; }

    /// <summary>The section's page, when the page links it.</summary>
    public Uri? Url { get; init; }
}
