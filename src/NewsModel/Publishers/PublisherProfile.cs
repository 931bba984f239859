using NewsModel.Internal;

namespace NewsModel.Publishers;

/// <summary>
/// What NewsModel knows about one publisher's site: its hosts (the primary one and its mirrors), its default time
/// zone and language, the URL pattern that yields its article ids, and optional CSS selectors that help extraction.
/// Profiles are data: they are written in JSON (docs/profiles.md) or built in code, and checked when they are added
/// to a <see cref="PublisherRegistry"/>.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record PublisherProfile
{
    private readonly EquatableList<string> _mirrorHosts = EquatableList<string>.Empty;

    /// <summary>Creates a profile.</summary>
    /// <param name="id">The stable identifier ("presstv"): lower-case letters, digits, '-', '_' and '.'. It prefixes identity keys ("presstv:123456").</param>
    /// <param name="name">The publisher's display name ("Press TV").</param>
    /// <param name="primaryHost">The host that mirror addresses are mapped to ("presstv.ir").</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PublisherProfile(string id, string name, string primaryHost)
    {
        Id = Preconditions.CheckNotNull(id);
        Name = Preconditions.CheckNotNull(name);
        PrimaryHost = Preconditions.CheckNotNull(primaryHost);
    }

    /// <summary>The stable identifier ("presstv"); it prefixes identity keys.</summary>
    public string Id { get; init; }

    /// <summary>The publisher's display name ("Press TV").</summary>
    public string Name { get; init; }

    /// <summary>The host that mirror addresses are mapped to ("presstv.ir"), without "www.".</summary>
    public string PrimaryHost { get; init; }

    /// <summary>Other hosts serving the same articles under the same paths ("presstv.co.uk").</summary>
    public IReadOnlyList<string> MirrorHosts
    {
        get => _mirrorHosts;
        init => _mirrorHosts = EquatableList<string>.From(value);
    }

    /// <summary>The tzdb time zone the site prints times in when it gives no offset ("Asia/Tehran").</summary>
    public string? TimeZone { get; init; }

    /// <summary>The site's language as a BCP 47 tag ("en"), used when the page states none.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// A .NET regular expression matched against the normalized address's path and query ("/Detail/2021/05/25/123456/slug");
    /// its named group <c>id</c> is the article id. Null when the site's addresses carry no stable id.
    /// </summary>
    public string? ArticleUrlPattern { get; init; }

    /// <summary>CSS selectors that help extraction on this site; <see cref="PublisherSelectors.None"/> when there are none.</summary>
    public PublisherSelectors Selectors { get; init; } = PublisherSelectors.None;

    /// <summary>The primary host followed by the mirror hosts.</summary>
    public IEnumerable<string> Hosts => _mirrorHosts.Prepend(PrimaryHost);
}
