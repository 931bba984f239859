using NewsModel.Internal;

namespace NewsModel;

/// <summary>One contributor named in a byline: a person or an organization, with the role they played.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record Contributor
{
    /// <summary>Creates a contributor.</summary>
    /// <param name="name">The name as it should be displayed; must not be blank.</param>
    /// <param name="role">What the contributor did.</param>
    /// <param name="kind">Whether the contributor is a person or an organization.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public Contributor(string name, ContributorRole role = ContributorRole.Author, ContributorKind kind = ContributorKind.Person)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A contributor's name must not be blank.");
        Name = name;
        Role = role;
        Kind = kind;
    }

    /// <summary>The name as it should be displayed ("Jane Doe", "Reuters").</summary>
    public string Name { get; init; }

    /// <summary>What the contributor did.</summary>
    public ContributorRole Role { get; init; }

    /// <summary>Whether the contributor is a person or an organization.</summary>
    public ContributorKind Kind { get; init; }

    /// <summary>The organization or agency the byline ties the person to ("Press TV"), when it names one.</summary>
    public string? Organization { get; init; }

    /// <summary>
    /// The person's job title as the page gives it ("Senior Correspondent", "corresponsal", "Staff Writer"), when it gives
    /// one: printed after the name in the byline or declared (<c>jobTitle</c> in JSON-LD or microdata). Null for an
    /// organization and where no title is given.
    /// </summary>
    public string? JobTitle { get; init; }

    /// <summary>The place the byline gives for the person ("Tehran"), when it gives one.</summary>
    public string? Location { get; init; }

    /// <summary>The contributor's profile page, when the page links one.</summary>
    public Uri? ProfileUrl { get; init; }

    /// <summary>
    /// The contributor's e-mail address, when the page gives one for her: a <c>mailto:</c> link in the byline (on her name,
    /// or an "Email" link beside the one person it names), an address printed after her name ("Jane Roe, Staff Writer,
    /// jane@example.com"), or a declared <c>email</c> (JSON-LD, microdata). Without the <c>mailto:</c> scheme and any query.
    /// </summary>
    public string? Email { get; init; }
}
