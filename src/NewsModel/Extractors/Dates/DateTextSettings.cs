using NodaTime;

namespace NewsModel.Extractors.Dates;

/// <summary>What a date's meaning depends on beyond its text: the page's language, the site's zone, the reference time.</summary>
/// <param name="Language">The page's primary language subtag ("de"), for month names and day/month order; null when unknown.</param>
/// <param name="Region">The page's region subtag ("US"), for day/month order; null when unknown.</param>
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

    public static DateTextSettings Neutral { get; } = new();

    /// <summary>Builds settings from a BCP 47 tag such as "en-US" or "fa".</summary>
    public static DateTextSettings FromLanguageTag(string? tag, DateTimeZone? zone = null, Instant? reference = null)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return new DateTextSettings(null, null, zone, reference);
        }

        var parts = tag.Split('-', '_');
        var language = parts[0].ToLowerInvariant();
        var region = parts.Length > 1 && parts[1].Length == 2 ? parts[1].ToUpperInvariant() : null;
        return new DateTextSettings(language, region, zone, reference);
    }

    /// <summary>Whether an ambiguous numeric date such as 03/05/2021 puts the day first. Only US-style English puts the month first.</summary>
    public bool DayFirst => !(Language == "en" && Region is null or "US" or "PH" or "CA");
}
