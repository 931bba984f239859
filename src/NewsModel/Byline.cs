using System.Text.Json.Serialization;
using NewsModel.Internal;

namespace NewsModel;

/// <summary>An article's byline: the text as printed and the contributors parsed from it.</summary>
/// <remarks>Immutable and thread-safe; equality is by value. <see cref="Empty"/> stands for "no byline".</remarks>
public sealed record Byline
{
    private readonly EquatableList<Contributor> _contributors = EquatableList<Contributor>.Empty;

    /// <summary>The byline of an article that has none.</summary>
    public static Byline Empty { get; } = new();

    /// <summary>The byline text as printed on the page ("By Jane Doe and John Roe, Reuters"), or null when none was printed.</summary>
    public string? Text { get; init; }

    /// <summary>The contributors, in the order the byline names them; empty when none is known.</summary>
    public IReadOnlyList<Contributor> Contributors
    {
        get => _contributors;
        init => _contributors = EquatableList<Contributor>.From(value);
    }

    /// <summary>
    /// The news agencies (wire services: Reuters, AP, AFP, dpa, EFE, ANSA, SANA, IRNA, TASS, Xinhua, Kyodo and more) the byline
    /// credits, each once by its display name, in byline order: an agency credited as a contributor ("Reuters", "Mit Material
    /// von dpa") and the agency a person is credited with ("Jane Roe, Associated Press" → "AP"). Empty when it credits none,
    /// or only organizations that are no agency (a desk, the staff, a newspaper). Derived from <see cref="Contributors"/>:
    /// tells a story written on wire copy from one the publication's own staff wrote alone.
    /// </summary>
    public IReadOnlyList<string> Agencies
    {
        get
        {
            List<string>? agencies = null;
            foreach (var contributor in _contributors)
            {
                var name = contributor.Kind == ContributorKind.Organization ? contributor.Name : contributor.Organization;
                if (name is not null && Extractors.Bylines.NewsAgencies.DisplayNameOf(name) is { } agency && !(agencies?.Contains(agency) ?? false))
                {
                    (agencies ??= []).Add(agency);
                }
            }

            return agencies is null ? [] : agencies.AsReadOnly();
        }
    }

    /// <summary>True when neither text nor contributors are known.</summary>
    [JsonIgnore]
    public bool IsEmpty => Text is null && _contributors.Count == 0;

    /// <summary>Creates a byline from contributors only.</summary>
    /// <param name="contributors">The contributors, in byline order.</param>
    /// <returns>The byline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contributors"/> is null.</exception>
    public static Byline FromContributors(IEnumerable<Contributor> contributors) =>
        new() { Contributors = Preconditions.CheckNotNull(contributors).ToArray() };

    /// <inheritdoc />
    public override string ToString() => Text ?? string.Join(", ", _contributors.Select(c => c.Name));
}
