using System.Globalization;
using System.Text.RegularExpressions;
using NewsModel.Internal;
using NodaTime;

namespace NewsModel.Publishers;

/// <summary>
/// A checked publisher profile with its pattern compiled, its selectors parsed and its zone looked up, so that
/// parsing pages costs no validation. Built once when a profile enters a registry; immutable and thread-safe.
/// </summary>
internal sealed class CompiledProfile
{
    /// <summary>
    /// Bounds the run time of a pattern the non-backtracking engine cannot run (one with lookarounds or
    /// backreferences), so that it cannot stall a parse.
    /// </summary>
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// The pattern as matched: the non-backtracking engine, whose run time is linear and whose result never depends
    /// on machine load. Building its automaton costs milliseconds, so it is built on a profile's first match rather
    /// than for every profile at load.
    /// </summary>
    private readonly Lazy<Regex>? _matcher;

    /// <summary>Addresses longer than this get no article id: no real article address is this long, and it bounds the match.</summary>
    private const int MaxMatchedLength = 2048;

    private CompiledProfile(PublisherProfile profile, Regex? pattern, DateTimeZone? zone, CompiledSelectors selectors)
    {
        Profile = profile;
        Pattern = pattern;
        _matcher = pattern is null ? null : new Lazy<Regex>(() => CreateMatcher(pattern), LazyThreadSafetyMode.ExecutionAndPublication);
        Zone = zone;
        Selectors = selectors;
    }

    /// <summary>The profile, with its hosts and language normalized.</summary>
    public PublisherProfile Profile { get; }

    /// <summary>The pattern as checked at load (backtracking engine, with a timeout).</summary>
    public Regex? Pattern { get; }

    public DateTimeZone? Zone { get; }

    public CompiledSelectors Selectors { get; }

    /// <summary>Checks a profile and compiles it.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="label">How to name the profile in messages when its id is missing ("profile #3").</param>
    /// <exception cref="PublisherProfileException">A field is missing or invalid.</exception>
    public static CompiledProfile Create(PublisherProfile profile, string? label = null)
    {
        var name = string.IsNullOrWhiteSpace(profile.Id) ? label ?? "(no id)" : profile.Id;
        CheckId(profile.Id, name);
        if (string.IsNullOrWhiteSpace(profile.Name))
        {
            throw new PublisherProfileException(name, "name", "a name is required.");
        }

        var primary = CheckHost(profile.PrimaryHost, name, "primaryHost");
        var mirrors = new List<string>();
        for (var i = 0; i < profile.MirrorHosts.Count; i++)
        {
            var mirror = CheckHost(profile.MirrorHosts[i], name, $"mirrorHosts[{i}]");
            if (mirror != primary && !mirrors.Contains(mirror))
            {
                mirrors.Add(mirror);
            }
        }

        DateTimeZone? zone = null;
        if (profile.TimeZone is not null)
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(profile.TimeZone.Trim())
                ?? throw new PublisherProfileException(name, "timeZone", $"'{profile.TimeZone}' is not a tzdb time zone id (such as \"Asia/Tehran\").");
        }

        string? language = null;
        if (profile.Language is not null)
        {
            language = LanguageTag.Normalize(profile.Language)
                ?? throw new PublisherProfileException(name, "language", $"'{profile.Language}' is not a BCP 47 language tag (such as \"en\" or \"pt-BR\").");
        }

        var pattern = profile.ArticleUrlPattern is null ? null : CompilePattern(profile.ArticleUrlPattern, name);
        var selectors = CompiledSelectors.Create(profile.Selectors, name);
        var normalized = profile with
        {
            PrimaryHost = primary,
            MirrorHosts = mirrors,
            TimeZone = zone?.Id,
            Language = language,
        };
        return new CompiledProfile(normalized, pattern, zone, selectors);
    }

    /// <summary>The article id the address yields, or null.</summary>
    /// <param name="normalized">An address normalized by <see cref="UrlNormalizer"/>.</param>
    public string? ArticleIdOf(Uri normalized)
    {
        if (Pattern is null)
        {
            return null;
        }

        try
        {
            var target = normalized.PathAndQuery;
            if (target.Length > MaxMatchedLength)
            {
                return null;
            }

            var match = _matcher!.Value.Match(target);
            return match.Success && match.Groups["id"] is { Success: true, Length: > 0 } id ? id.Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological address gets no id rather than stalling the parse.
            return null;
        }
    }

    private static void CheckId(string id, string name)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new PublisherProfileException(name, "id", "an id is required.");
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'))
            {
                throw new PublisherProfileException(name, "id", $"'{id}' may hold only lower-case ASCII letters, digits, '-', '_' and '.'.");
            }
        }
    }

    private static string CheckHost(string? host, string name, string field)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            throw new PublisherProfileException(name, field, "a host name is required.");
        }

        var trimmed = host.Trim();
        string ascii;
        try
        {
            ascii = new IdnMapping().GetAscii(trimmed.TrimEnd('.'));
        }
        catch (ArgumentException ex)
        {
            throw new PublisherProfileException(name, field, $"'{host}' is not a host name.", ex);
        }

        var normalized = UrlNormalizer.NormalizeHost(ascii);
        if (Uri.CheckHostName(normalized) != UriHostNameType.Dns || !normalized.Contains('.', StringComparison.Ordinal))
        {
            throw new PublisherProfileException(name, field, $"'{host}' is not a host name (write \"example.com\", without scheme, port or path).");
        }

        return normalized;
    }

    private static Regex CreateMatcher(Regex checkedPattern)
    {
        try
        {
            return new Regex(checkedPattern.ToString(), checkedPattern.Options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            // Lookarounds and backreferences need the backtracking engine; it keeps its timeout.
            return checkedPattern;
        }
    }

    private static Regex CompilePattern(string pattern, string name)
    {
        Regex regex;
        try
        {
            // The pattern comes from data and runs on addresses from the web: always with a timeout.
            regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, PatternTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new PublisherProfileException(name, "articleUrlPattern", $"'{pattern}' is not a valid regular expression: {ex.Message}", ex);
        }

        if (!regex.GetGroupNames().Contains("id", StringComparer.Ordinal))
        {
            throw new PublisherProfileException(name, "articleUrlPattern", $"'{pattern}' has no named group 'id' (write \"(?<id>\\d+)\").");
        }

        return regex;
    }
}
