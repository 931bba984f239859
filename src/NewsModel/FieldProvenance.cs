using System.Text.Json.Serialization;
using NewsModel.Internal;

namespace NewsModel;

/// <summary>Where one field of an article came from: the source chosen and every candidate that was proposed.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record FieldProvenance
{
    private readonly EquatableList<ProvenanceCandidate> _candidates = EquatableList<ProvenanceCandidate>.Empty;

    /// <summary>Creates a provenance record.</summary>
    /// <param name="field">The field's name as in JSON ("headline", "published").</param>
    /// <param name="source">The source of the value the article carries.</param>
    /// <param name="candidates">Every value proposed, in order of precedence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FieldProvenance(string field, string source, IReadOnlyList<ProvenanceCandidate> candidates)
    {
        Field = Preconditions.CheckNotNull(field);
        Source = Preconditions.CheckNotNull(source);
        Candidates = Preconditions.CheckNotNull(candidates);
    }

    /// <summary>The field's name as in JSON.</summary>
    public string Field { get; init; }

    /// <summary>The source of the value the article carries.</summary>
    public string Source { get; init; }

    /// <summary>Every value proposed, in order of precedence; the chosen one is marked.</summary>
    public IReadOnlyList<ProvenanceCandidate> Candidates
    {
        get => _candidates;
        init => _candidates = EquatableList<ProvenanceCandidate>.From(value);
    }

    /// <summary>True when sources proposed different values.</summary>
    [JsonIgnore]
    public bool HasConflict => _candidates.Select(c => c.Value).Distinct(StringComparer.Ordinal).Skip(1).Any();
}
