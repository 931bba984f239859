using NodaTime;

namespace NewsModel.Extractors.Dates;

/// <summary>What a date's meaning depends on beyond its text: the page's language, the site's zone, the reference time.</summary>
/// <param name="Language">The page's primary language subtag ("de"), for month names and day/month order; null when unknown.</param>
/// <param name="Region">
/// The page's region ("US"), for day/month order and the zone abbreviations several regions share: the tag's subtag, else
/// the host's country domain, else the one country of a language written in one only (Hindi's India); null when unknown.
/// </param>
/// <param name="Zone">The site's time zone, applied when the text gives a time but no offset; null when unknown.</param>
/// <param name="Reference">The reference time: later dates (plus a day) are rejected and relative dates resolve against it; null when unknown.</param>
internal sealed record DateTextSettings(string? Language = null, string? Region = null, DateTimeZone? Zone = null, Instant? Reference = null)
{
    /// <summary>
    /// Whether a bare time printed before a date ("10:35 14.11.2024") is the date's time: only where the caller knows the
    /// two stand in one run of text (<see cref="TimeThenDateText.InOneRun"/>), not a duration or a score in an element of
    /// its own before the date.
    /// </summary>
    public bool BareTimeFirst { get; init; }

    /// <summary>
    /// Whether <see cref="Region"/> comes from the page's country domain rather than its language tag: a British or an
    /// Indian site's report from Washington may print "10:35 a.m. ET", which a tag's region would rule out.
    /// </summary>
    public bool RegionFromHost { get; init; }

    public static DateTextSettings Neutral { get; } = new();

    /// <summary>Builds settings from a BCP 47 tag such as "en-US" or "fa" (see <see cref="Region"/> for where the region comes from).</summary>
    /// <param name="tag">The page's language tag, or null.</param>
    /// <param name="zone">The site's time zone, or null.</param>
    /// <param name="reference">The reference time, or null.</param>
    /// <param name="page">
    /// The page's address: where the tag names no region, a country's top-level domain gives it ("en" on a ".co.uk" site is
    /// British English, which puts the day first; "IST" on a ".in" site is India's time). Domains sold for other uses
    /// (".io", ".co", ".tv", ".me", ".fm", ...) name no country.
    /// </param>
    public static DateTextSettings FromLanguageTag(string? tag, DateTimeZone? zone = null, Instant? reference = null, Uri? page = null)
    {
        var hostRegion = HostRegion(page);
        if (string.IsNullOrWhiteSpace(tag))
        {
            return new DateTextSettings(null, hostRegion, zone, reference) { RegionFromHost = hostRegion is not null };
        }

        var parts = tag.Split('-', '_');
        var language = parts[0].ToLowerInvariant();
        var tagRegion = parts.Length > 1 && parts[1].Length == 2 ? parts[1].ToUpperInvariant() : null;
        return new DateTextSettings(language, tagRegion ?? hostRegion ?? LanguageRegions.GetValueOrDefault(language), zone, reference)
        {
            RegionFromHost = tagRegion is null && hostRegion is not null,
        };
    }

    // Languages written in one country only, which is the page's region when neither its tag nor its host names one ("IST"
    // on a page in Hindi is India's time, on one in Hebrew Israel's).
    private static readonly Dictionary<string, string> LanguageRegions = new(StringComparer.Ordinal)
    {
        ["hi"] = "IN", ["mr"] = "IN", ["gu"] = "IN", ["kn"] = "IN", ["ml"] = "IN", ["te"] = "IN", ["or"] = "IN", ["he"] = "IL",
    };

    // Country codes that sites use for their letters rather than their country.
    private static readonly HashSet<string> GenericCountryDomains = new(StringComparer.Ordinal)
    {
        "io", "co", "tv", "me", "fm", "ai", "ly", "to", "cc", "ws", "gg", "am", "im", "ag", "sh", "so", "vc", "nu", "tk", "ml", "ga", "cf", "gq",
        "la", "st", "ms", "mu", "tc", "vg", "gl", "ac", "as", "bz", "cx", "dj", "fo", "gs", "ht", "ki", "lc", "md", "mn", "mx", "nf", "pw", "sc", "sx",
        "tl", "vu", "eu",
    };

    /// <summary>The region a page's host names by its country's top-level domain ("bbc.co.uk" → GB, "ndtv.in" → IN), or null.</summary>
    private static string? HostRegion(Uri? page)
    {
        if (page is not { IsAbsoluteUri: true } || page.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }

        var host = page.IdnHost;
        var dot = host.LastIndexOf('.');
        var tld = dot < 0 ? string.Empty : host[(dot + 1)..].ToLowerInvariant();
        if (tld.Length != 2 || GenericCountryDomains.Contains(tld) || !tld.All(c => c is >= 'a' and <= 'z'))
        {
            return null;
        }

        return tld == "uk" ? "GB" : tld.ToUpperInvariant();
    }

    /// <summary>Whether an ambiguous numeric date such as 03/05/2021 puts the day first. Only US-style English puts the month first.</summary>
    public bool DayFirst => !(Language == "en" && Region is null or "US" or "PH" or "CA");
}
