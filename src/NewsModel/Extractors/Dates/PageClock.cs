using NewsModel.Pipeline;
using NodaTime;

namespace NewsModel.Extractors.Dates;

/// <summary>
/// What a page shows about its own clock, gathered while its dates are read: moments it states both as an instant and
/// as the local time it prints for readers (so the offset of the publisher's clock at that moment is known, not
/// guessed), which readers write their zoneless values in UTC, and which readers stamp a wrong offset on a clock reading.
/// </summary>
/// <remarks>One per page, created through <see cref="ExtractionContext.GetShared{T}"/>; written by the <c>&lt;time&gt;</c> reader and the date reconciliation, in that order.</remarks>
internal sealed class PageClock
{
    /// <summary>The widest offset from UTC a zone has (Kiribati, +14:00; the westmost is −12:00).</summary>
    public const int MaxOffsetMinutes = 14 * 60;

    /// <summary>How far from a moment whose local time the page prints its offset is believed for another moment (the same day's offset: no change of summer time between).</summary>
    private static readonly Duration ReadingReach = Duration.FromHours(24);

    private readonly List<(Instant At, Offset Offset)> _readings = [];

    /// <summary>Whether a <c>&lt;time&gt;</c> element of the page writes a zoneless <c>datetime</c> in UTC (its printed text shows the same minute in local time).</summary>
    public bool ZonelessTimesAreUtc { get; set; }

    /// <summary>Families of sources (see <see cref="Family"/>) whose zoneless values this page writes in UTC.</summary>
    public HashSet<string> UtcFamilies { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Families of sources that this page showed stamping a wrong offset on a clock reading, with the correction that
    /// brings their instants to the one the other sources agree on (a family's code makes the same slip for every date).
    /// </summary>
    public Dictionary<string, Duration> Slips { get; } = new(StringComparer.Ordinal);

    /// <summary>The page's clock evidence.</summary>
    /// <param name="context">The extraction context.</param>
    /// <returns>The holder, created on first use.</returns>
    public static PageClock Of(ExtractionContext context) => context.GetShared(_ => new PageClock());

    /// <summary>Records that the page prints the moment <paramref name="at"/> as the local time at <paramref name="offset"/>; a zero offset says nothing.</summary>
    public void Record(Instant at, Offset offset)
    {
        if (offset != Offset.Zero)
        {
            _readings.Add((at, offset));
        }
    }

    /// <summary>The offset of the page's printed clock at the recorded moment nearest <paramref name="at"/>, within a day of it; null when none.</summary>
    public Offset? OffsetNear(Instant at)
    {
        Offset? best = null;
        var nearest = ReadingReach;
        foreach (var (moment, offset) in _readings)
        {
            var distance = moment > at ? moment - at : at - moment;
            if (distance <= nearest)
            {
                nearest = distance;
                best = offset;
            }
        }

        return best;
    }

    /// <summary>
    /// The offset that turns the UTC clock reading <paramref name="utc"/> into the local one <paramref name="local"/>
    /// when both show the same minute (and the same seconds, where both give them) and differ by a whole or half
    /// number of hours that is an offset zones have (a whole number of hours from −12 to +14, or one of the few
    /// fractional ones such as +05:30); null otherwise (and for no difference at all).
    /// </summary>
    public static Offset? ShiftBetween(LocalDateTime utc, LocalDateTime local)
    {
        if (!SecondsAgree(utc, local))
        {
            return null;
        }

        var minutes = Period.Between(Minute(utc), Minute(local), PeriodUnits.Minutes).Minutes;
        return minutes == 0 || minutes < MinOffsetMinutes || minutes > MaxOffsetMinutes || (minutes % 60 != 0 && !FractionalOffsets.Contains((int)minutes))
            ? null
            : Offset.FromSeconds((int)minutes * 60);
    }

    /// <summary>The offsets zones have that are not whole hours (Newfoundland, Iran, India, Nepal, Myanmar, central Australia, ...), in minutes.</summary>
    private static readonly HashSet<int> FractionalOffsets = [-570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825];

    /// <summary>The westmost offset a zone has (−12:00).</summary>
    private const int MinOffsetMinutes = -12 * 60;

    /// <summary>Whether two clock readings show the same minute, and the same seconds where both give them.</summary>
    public static bool SameMinute(LocalDateTime a, LocalDateTime b) => Minute(a) == Minute(b) && SecondsAgree(a, b);

    /// <summary>The family of a source: the publication and modification tags of one vocabulary are written by the same code.</summary>
    public static string Family(string source) => source switch
    {
        ArticleSources.ArticlePublishedTime or ArticleSources.ArticleModifiedTime or ArticleSources.OpenGraphUpdatedTime => "article",
        ArticleSources.MetaDate or ArticleSources.MetaModified => "meta",
        ArticleSources.DomDate or ArticleSources.DomModified => "dom",
        _ => source,
    };

    private static LocalDateTime Minute(LocalDateTime value) => value.Date.At(new LocalTime(value.Hour, value.Minute));

    private static bool SecondsAgree(LocalDateTime a, LocalDateTime b) =>
        a.TimeOfDay.Second == 0 || b.TimeOfDay.Second == 0 || a.TimeOfDay.Second == b.TimeOfDay.Second;
}
