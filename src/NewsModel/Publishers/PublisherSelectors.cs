using NewsModel.Internal;

namespace NewsModel.Publishers;

/// <summary>
/// CSS selectors (the syntax of <c>document.querySelector</c>) that point at parts of a publisher's article pages.
/// Values read through them rank above what generic extractors find.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value. Every selector is optional.</remarks>
public sealed record PublisherSelectors
{
    private readonly EquatableList<string> _remove = EquatableList<string>.Empty;

    /// <summary>No selectors.</summary>
    public static PublisherSelectors None { get; } = new();

    /// <summary>The headline element.</summary>
    public string? Headline { get; init; }

    /// <summary>The byline element ("Name / Press TV, Tehran").</summary>
    public string? Byline { get; init; }

    /// <summary>The publication date: an element whose <c>datetime</c> or <c>content</c> attribute, or else text, holds an ISO-8601 date.</summary>
    public string? Published { get; init; }

    /// <summary>The modification date, read like <see cref="Published"/>.</summary>
    public string? Modified { get; init; }

    /// <summary>The breadcrumb or section element ("News / Syria"): its links, or else its text split at '/', '›', '»' or '>'.</summary>
    public string? Section { get; init; }

    /// <summary>The element holding the article body.</summary>
    public string? Body { get; init; }

    /// <summary>Elements left out when reading the elements above (share bars, related links, inline ads).</summary>
    public IReadOnlyList<string> Remove
    {
        get => _remove;
        init => _remove = EquatableList<string>.From(value);
    }

    /// <summary>True when no selector is set.</summary>
    public bool IsEmpty => Headline is null && Byline is null && Published is null && Modified is null && Section is null && Body is null && _remove.Count == 0;
}
