using NodaTime;

namespace NewsModel.Extractors.Dates;

/// <summary>
/// The one entry point for reading dates, used by every extractor: machine forms written for software (ISO-8601,
/// RFC 1123, compact and dotted numeric forms; see <see cref="MachineDateFormats"/>) and dates written for people in
/// the page's language and calendar (see <see cref="DateTextParser"/>), with one set of plausibility guards.
/// </summary>
/// <remarks>Stateless and thread-safe; never uses the current culture or the system clock.</remarks>
internal static class DateReader
{
    /// <summary>
    /// The earliest year a date a publisher declares in markup is believed: archives of older print articles state
    /// their print date, so markup is trusted a little further back than dates inferred from the visible page.
    /// </summary>
    public const int MinimumDeclaredYear = 1990;

    /// <summary>The earliest year a date read from the visible page or the address is believed.</summary>
    public const int MinimumPrintedYear = 1995;

    /// <summary>Reads a value that must be a machine form as a whole (a markup attribute); null when it is not one.</summary>
    /// <param name="text">The value.</param>
    /// <param name="source">The source recorded on the result.</param>
    /// <returns>The date, or null.</returns>
    public static ArticleDate? ParseMachine(string? text, string source) => MachineDateFormats.TryParse(text, source, out var date) ? date : null;

    /// <summary>
    /// Reads a value given as a date: a machine form when it is one (a wall-clock time placed in the settings' zone,
    /// when one is known), else the first date written for people in it. Implausible dates (see
    /// <see cref="IsPlausible(ArticleDate, Instant?, int)"/>) are rejected.
    /// </summary>
    /// <param name="text">The value.</param>
    /// <param name="settings">The page's language, the site's zone and the reference time.</param>
    /// <param name="source">The source recorded on the result.</param>
    /// <param name="declared">Whether the publisher declared the value as the date (markup), which is believed further back.</param>
    /// <returns>The date, or null.</returns>
    public static ArticleDate? Parse(string? text, DateTextSettings settings, string source, bool declared = false)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (MachineDateFormats.TryParse(text, source, out var machine))
        {
            var placed = settings.Zone is { } zone && machine.LocalDateTime is { } local && machine.Instant is null
                ? ArticleDate.FromZonedDateTime(local.InZoneLeniently(zone), source, machine.Text)
                : machine;
            return IsPlausible(placed, settings.Reference, declared ? MinimumDeclaredYear : MinimumPrintedYear) ? placed : null;
        }

        return DateTextParser.Parse(text, settings, source) is { } human
            && IsPlausible(human, settings.Reference, declared ? MinimumDeclaredYear : MinimumPrintedYear) ? human : null;
    }

    /// <summary>Every date written for people in a text (a header line, a dateline), in order; implausible ones left out.</summary>
    /// <param name="text">The text.</param>
    /// <param name="settings">The page's language, the site's zone and the reference time.</param>
    /// <param name="source">The source recorded on the results.</param>
    /// <returns>The dates.</returns>
    public static IEnumerable<ArticleDate> FindAll(string text, DateTextSettings settings, string source) =>
        DateTextParser.FindAll(text, settings, source);

    /// <summary>
    /// Whether a date can be a page's publication or modification date: not before <paramref name="minimumYear"/>
    /// and, when a reference time is known, not more than a day after it (a typo, a countdown, an event date).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <param name="reference">The reference time, or null for no upper bound.</param>
    /// <param name="minimumYear">The earliest year believed.</param>
    /// <returns>True when plausible.</returns>
    public static bool IsPlausible(ArticleDate date, Instant? reference, int minimumYear)
    {
        ArgumentNullException.ThrowIfNull(date);
        if (date.Date.Year < minimumYear)
        {
            return false;
        }

        if (reference is not { } now)
        {
            return true;
        }

        // Without an offset, compare calendar dates: a day of slack covers the widest offsets.
        var limit = now + Duration.FromDays(1);
        return date.Instant is { } instant ? instant <= limit : date.Date <= limit.InUtc().Date;
    }

    /// <summary>Whether a date a publisher declared in markup is plausible against a reference clock.</summary>
    /// <param name="date">The date.</param>
    /// <param name="clock">The reference clock, or null for no upper bound.</param>
    /// <returns>True when plausible.</returns>
    public static bool IsPlausible(ArticleDate date, IClock? clock) => IsPlausible(date, clock?.GetCurrentInstant(), MinimumDeclaredYear);
}
