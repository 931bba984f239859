using System.Collections.Frozen;
using NewsModel.Internal;

namespace NewsModel.Publishers;

/// <summary>
/// An immutable set of <see cref="PublisherProfile"/>s looked up by host: "www.", "amp." and subdomains are handled
/// ("edition.cnn.com" finds the profile of "cnn.com" unless a profile names that host itself). The registry also
/// tells when two addresses are one article: <see cref="Identify"/> maps mirror hosts to the primary one and reads
/// the article id from the address.
/// </summary>
/// <remarks>
/// Immutable and thread-safe: build one with <see cref="CreateBuilder"/> (or <see cref="ToBuilder"/> to extend an
/// existing one) and share it. <see cref="BuiltIn"/> holds the profiles shipped with the library.
/// </remarks>
public sealed class PublisherRegistry
{
    private static readonly Lazy<PublisherRegistry> BuiltInRegistry = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly CompiledProfile[] _profiles;
    private readonly FrozenDictionary<string, CompiledProfile> _byHost;
    private readonly FrozenDictionary<string, CompiledProfile> _byId;
    private readonly EquatableList<PublisherProfile> _publicProfiles;

    internal PublisherRegistry(IReadOnlyList<CompiledProfile> profiles)
    {
        _profiles = [.. profiles];
        _publicProfiles = EquatableList<PublisherProfile>.From(_profiles.Select(p => p.Profile));
        _byId = _profiles.ToFrozenDictionary(p => p.Profile.Id, StringComparer.Ordinal);
        var byHost = new Dictionary<string, CompiledProfile>(StringComparer.Ordinal);
        foreach (var profile in _profiles)
        {
            // Later profiles win a contested host: user profiles are added after the built-in ones.
            foreach (var host in profile.Profile.Hosts)
            {
                byHost[host] = profile;
            }
        }

        _byHost = byHost.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>A registry with no profiles.</summary>
    public static PublisherRegistry Empty { get; } = new([]);

    /// <summary>The profiles shipped with the library (docs/profiles.md lists them), loaded on first use.</summary>
    public static PublisherRegistry BuiltIn => BuiltInRegistry.Value;

    /// <summary>The profiles, in the order they were added, with hosts and language normalized.</summary>
    public IReadOnlyList<PublisherProfile> Profiles => _publicProfiles;

    /// <summary>Creates an empty builder.</summary>
    /// <returns>The builder.</returns>
    public static PublisherRegistryBuilder CreateBuilder() => new();

    /// <summary>Creates a builder that starts with this registry's profiles, to add or replace some.</summary>
    /// <returns>The builder.</returns>
    public PublisherRegistryBuilder ToBuilder() => new(_profiles);

    /// <summary>The profile with an id.</summary>
    /// <param name="id">The id ("presstv").</param>
    /// <returns>The profile, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public PublisherProfile? FindById(string id) =>
        _byId.TryGetValue(Preconditions.CheckNotNull(id), out var profile) ? profile.Profile : null;

    /// <summary>The profile serving a host: the host itself, without "www.", or its nearest parent domain with a profile.</summary>
    /// <param name="host">The host ("www.presstv.co.uk").</param>
    /// <returns>The profile, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="host"/> is null.</exception>
    public PublisherProfile? FindByHost(string host) => FindCompiled(Preconditions.CheckNotNull(host))?.Profile;

    /// <summary>The profile serving an address's host.</summary>
    /// <param name="url">An absolute address.</param>
    /// <returns>The profile, or null when none matches or the address is not absolute http(s).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public PublisherProfile? Find(Uri url) => FindCompiled(Preconditions.CheckNotNull(url))?.Profile;

    /// <summary>
    /// Normalizes an address (https, no "www.", no tracking parameters, no AMP forms, no trailing slash) and maps a
    /// mirror host to its publisher's primary host.
    /// </summary>
    /// <param name="url">The address.</param>
    /// <returns>The normalized address; an address that is not absolute http(s) is returned unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public Uri Normalize(Uri url)
    {
        var normalized = UrlNormalizer.Normalize(Preconditions.CheckNotNull(url));
        return normalized.IsAbsoluteUri && normalized.Scheme == "https" && FindCompiled(normalized.Host) is { } profile
            ? ToPrimary(normalized, profile)
            : normalized;
    }

    /// <summary>
    /// The identity of the article at an address: "publisher:id" when a profile's pattern yields an article id,
    /// else the address normalized by <see cref="Normalize"/>. Two addresses of one article on different mirrors,
    /// over AMP or with tracking parameters have equal identities.
    /// </summary>
    /// <param name="url">An absolute http(s) address.</param>
    /// <returns>The identity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is not an absolute http(s) address.</exception>
    public ArticleIdentity Identify(Uri url)
    {
        Preconditions.CheckNotNull(url);
        Preconditions.CheckArgument(url.IsAbsoluteUri && url.Scheme is "http" or "https", nameof(url), "Only absolute http(s) addresses have an identity.");
        var normalized = UrlNormalizer.Normalize(url);
        var profile = FindCompiled(normalized.Host);
        if (profile is null)
        {
            return new ArticleIdentity(normalized.AbsoluteUri) { CanonicalUrl = normalized };
        }

        var primary = ToPrimary(normalized, profile);
        var id = profile.ArticleIdOf(normalized);
        return id is null
            ? new ArticleIdentity(primary.AbsoluteUri) { Publisher = profile.Profile.Id, CanonicalUrl = primary }
            : new ArticleIdentity($"{profile.Profile.Id}:{id}") { Publisher = profile.Profile.Id, ArticleId = id, CanonicalUrl = primary };
    }

    /// <summary>The same address on each of its publisher's hosts (primary and mirrors) other than its own, normalized.</summary>
    /// <param name="url">An absolute address.</param>
    /// <returns>The addresses; empty when no profile names the address's host (a subdomain of a profile's host is not enough) or the publisher has one host.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public IReadOnlyList<Uri> GetMirrorUrls(Uri url)
    {
        var normalized = UrlNormalizer.Normalize(Preconditions.CheckNotNull(url));
        if (!normalized.IsAbsoluteUri || normalized.Scheme != "https" || FindCompiled(normalized.Host) is not { } profile
            || !profile.Profile.Hosts.Contains(normalized.Host, StringComparer.Ordinal))
        {
            // A subdomain ("edition.cnn.com") is the publisher's, but nothing says its paths work on the other hosts.
            return [];
        }

        var result = new List<Uri>();
        foreach (var host in profile.Profile.Hosts)
        {
            if (!string.Equals(host, normalized.Host, StringComparison.Ordinal))
            {
                result.Add(UrlNormalizer.WithHost(normalized, host));
            }
        }

        return result;
    }

    internal CompiledProfile? FindCompiled(Uri url) =>
        url.IsAbsoluteUri && url.Scheme is "http" or "https" ? FindCompiled(url.IdnHost) : null;

    internal CompiledProfile? FindCompiled(string host)
    {
        if (_byHost.Count == 0)
        {
            return null;
        }

        var candidate = UrlNormalizer.NormalizeHost(host);
        while (true)
        {
            if (_byHost.TryGetValue(candidate, out var profile))
            {
                return profile;
            }

            // Walk up to the parent domain, but never down to a bare top-level domain.
            var dot = candidate.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || candidate.IndexOf('.', dot + 1) < 0)
            {
                return null;
            }

            candidate = candidate[(dot + 1)..];
        }
    }

    private static Uri ToPrimary(Uri normalized, CompiledProfile profile)
    {
        var host = normalized.Host;
        if (string.Equals(host, profile.Profile.PrimaryHost, StringComparison.Ordinal) || !profile.Profile.MirrorHosts.Contains(host, StringComparer.Ordinal))
        {
            // Subdomains keep their host: "edition.cnn.com" may serve other paths than "cnn.com".
            return normalized;
        }

        return UrlNormalizer.WithHost(normalized, profile.Profile.PrimaryHost);
    }

    private static PublisherRegistry LoadBuiltIn()
    {
        using var stream = typeof(PublisherRegistry).Assembly.GetManifestResourceStream(PublisherRegistryBuilder.BuiltInResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{PublisherRegistryBuilder.BuiltInResourceName}' is missing from the NewsModel assembly.");
        return new PublisherRegistryBuilder().AddJson(stream, "the built-in profiles").Build();
    }
}
