using System.Text.Json.Serialization;
using NewsModel.Internal;

namespace NewsModel;

/// <summary>Where an article sits in the publisher's site: a path from the root, such as News › Syria.</summary>
/// <remarks>Immutable and thread-safe; equality is by value. <see cref="Empty"/> stands for "no section known".</remarks>
public sealed record Section
{
    /// <summary>The separator used by <see cref="Path"/> and <see cref="ToString"/>.</summary>
    public const string PathSeparator = " › ";

    private readonly EquatableList<SectionSegment> _segments = EquatableList<SectionSegment>.Empty;

    /// <summary>The section of an article whose section is unknown.</summary>
    public static Section Empty { get; } = new();

    /// <summary>The path's segments from the root; empty when no section is known.</summary>
    public IReadOnlyList<SectionSegment> Segments
    {
        get => _segments;
        init => _segments = EquatableList<SectionSegment>.From(value);
    }

    /// <summary>The segment names joined by <see cref="PathSeparator"/> ("News › Syria"); empty when no section is known.</summary>
    [JsonIgnore]
    public string Path => string.Join(PathSeparator, _segments.Select(s => s.Name));

    /// <summary>True when no section is known.</summary>
    [JsonIgnore]
    public bool IsEmpty => _segments.Count == 0;

    /// <summary>Creates a section path from segment names.</summary>
    /// <param name="names">The names from the root down; blank names are skipped.</param>
    /// <returns>The section.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    public static Section FromNames(params string[] names) =>
        new() { Segments = Preconditions.CheckNotNull(names).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => new SectionSegment(n.Trim())).ToArray() };

    /// <inheritdoc />
    public override string ToString() => Path;
}
