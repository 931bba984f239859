using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;
using NodaTime;
using NodaTime.TimeZones;

namespace NewsModel.Extractors.Dates;

/// <summary>
/// What a page shows about its own clock, gathered while its dates are read: moments it states both as an instant and
/// as the local time it prints for readers (so the offset of the publisher's clock at that moment is known, not
/// guessed), which readers write their zoneless values in UTC, and which readers stamp a wrong offset on a clock reading.
/// </summary>
/// <remarks>
/// One per page, created through <see cref="ExtractionContext.GetShared{T}"/>; written by the <c>&lt;time&gt;</c> reader and
/// the date reconciliation, in that order. Whether a recorded offset may be carried to another moment is decided only when
/// asked (<see cref="OffsetNear"/>), once the page's layout is known, and the zones it needs are looked up once per reading.
/// </remarks>
internal sealed class PageClock
{
    /// <summary>The widest offset from UTC a zone has (Kiribati, +14:00).</summary>
    public const int MaxOffsetMinutes = 14 * 60;

    /// <summary>The westmost offset an inhabited zone has (Niue, American Samoa, −11:00); −12:00 is kept by no one.</summary>
    private const int MinOffsetMinutes = -11 * 60;

    /// <summary>Twelve hours: the shift a 12-hour clock read without am/pm makes, which is never evidence of an offset.</summary>
    private const int HalfDayMinutes = 12 * 60;

    /// <summary>How far from a moment whose local time the page prints its offset is considered for another moment.</summary>
    private static readonly Duration ReadingReach = Duration.FromHours(24);

    /// <summary>The offsets zones have that are not whole hours (Newfoundland, Iran, India, Nepal, Myanmar, central Australia, ...), in minutes.</summary>
    private static readonly HashSet<int> FractionalOffsets = [-570, -210, -150, 210, 270, 330, 345, 390, 525, 570, 630, 765, 825];

    private readonly ExtractionContext _context;
    private readonly List<Reading> _readings = [];
    private readonly List<(IElement Element, bool SecondsAgree)> _utcEvidence = [];
    private bool? _zonelessTimesAreUtc;

    private PageClock(ExtractionContext context) => _context = context;

    /// <summary>
    /// Whether the page writes a zoneless <c>&lt;time datetime&gt;</c> in UTC: one element's printed text shows the same
    /// minute and seconds in local time, or two elements' texts show their minutes so. One element printing only the
    /// minute may agree by chance.
    /// </summary>
    public bool ZonelessTimesAreUtc => _zonelessTimesAreUtc ??=
        _utcEvidence.Exists(e => e.SecondsAgree) || _utcEvidence.Select(e => e.Element).Distinct().Count() >= 2;

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
    public static PageClock Of(ExtractionContext context) => context.GetShared(c => new PageClock(c));

    /// <summary>
    /// Records that the page prints the moment <paramref name="at"/> as the local time at <paramref name="offset"/>; a zero
    /// offset says nothing. <paramref name="printedBy"/> is the element that prints it (null for the article's own settled
    /// date); <paramref name="zone"/> the zone a printed abbreviation names, when one does.
    /// </summary>
    public void Record(Instant at, Offset offset, IElement? printedBy, DateTimeZone? zone)
    {
        if (offset != Offset.Zero)
        {
            _readings.Add(new Reading(at, offset, printedBy, zone));
        }
    }

    /// <summary>Records that a <c>&lt;time&gt;</c> element's text shows its zoneless <c>datetime</c> to be UTC, and whether both gave the same seconds.</summary>
    public void RecordUtcTime(IElement element, bool secondsAgree)
    {
        _utcEvidence.Add((element, secondsAgree));
        _zonelessTimesAreUtc = null;
    }

    /// <summary>
    /// The offset of the page's printed clock at the recorded moment nearest <paramref name="at"/>, within a day of it,
    /// where carrying it is sound: the reading comes from the article's header or its own settled date, and no zone that
    /// keeps that offset at the recorded moment (the zone a printed abbreviation names, when known) changes it before
    /// <paramref name="at"/>. Null when none.
    /// </summary>
    public Offset? OffsetNear(Instant at)
    {
        Reading? best = null;
        var nearest = ReadingReach;
        foreach (var reading in _readings)
        {
            var distance = reading.At > at ? reading.At - at : at - reading.At;
            if (distance <= nearest && (reading.PrintedBy is null || ArticleHeader.Of(_context).Holds(reading.PrintedBy)) && reading.Holds(at))
            {
                nearest = distance;
                best = reading;
            }
        }

        return best?.Offset;
    }

    /// <summary>
    /// The offset that turns the UTC clock reading <paramref name="utc"/> into the local one <paramref name="local"/>
    /// when both show the same minute (and the same seconds, where both give them) and differ by an offset zones have: a
    /// whole number of hours from −11 to +14 other than ±12 (a 12-hour clock read without am/pm), or one of the few
    /// fractional ones such as +05:30. Null otherwise (and for no difference at all).
    /// </summary>
    public static Offset? ShiftBetween(LocalDateTime utc, LocalDateTime local)
    {
        if (SecondsAgreement(utc, local) == Match.None)
        {
            return null;
        }

        var minutes = (int)Period.Between(Minute(utc), Minute(local), PeriodUnits.Minutes).Minutes;
        return IsZoneOffset(minutes) ? Offset.FromSeconds(minutes * 60) : null;
    }

    /// <summary>
    /// <see cref="ShiftBetween"/> for a printed clock reading: a time printed without am/pm at an hour a 12-hour clock
    /// also shows (1 to 12) is read both ways ("9:24" is 09:24 or 21:24), and shows an offset only when the other reading
    /// is impossible (no offset zones have, and not the UTC clock itself).
    /// </summary>
    public static Offset? PrintedShift(LocalDateTime utc, ArticleDate printed)
    {
        var local = printed.LocalDateTime!.Value;
        var shift = ShiftBetween(utc, local);
        if (local.Hour is < 1 or > 12 || DateVocabulary.HasMeridiem(printed.Text))
        {
            return shift;
        }

        var other = local.PlusHours(local.Hour == 12 ? -12 : 12);
        var otherShift = ShiftBetween(utc, other);
        var otherPossible = otherShift is not null || Agreement(utc, other) != Match.None;
        var possible = shift is not null || Agreement(utc, local) != Match.None;
        return possible == otherPossible ? null : shift ?? otherShift;
    }

    /// <summary>Whether two clock readings show the same minute, and the same seconds where both give them.</summary>
    public static bool SameMinute(LocalDateTime a, LocalDateTime b) => Agreement(a, b) != Match.None;

    /// <summary>
    /// How two clock readings agree: <see cref="Match.Firm"/> when they show the same minute and either both give the same
    /// seconds or neither gives any; <see cref="Match.Weak"/> when they show the same minute and only one gives seconds (a
    /// printed "1:40 p.m." for 17:40:30: the minute may agree by chance); <see cref="Match.None"/> otherwise.
    /// </summary>
    public static Match Agreement(LocalDateTime a, LocalDateTime b) => Minute(a) == Minute(b) ? SecondsAgreement(a, b) : Match.None;

    /// <summary>How the seconds of two clock readings agree, whatever their hours and minutes (see <see cref="Agreement"/>).</summary>
    public static Match SecondsAgreement(LocalDateTime a, LocalDateTime b)
    {
        var (secondsA, secondsB) = (HasSeconds(a), HasSeconds(b));
        return secondsA && secondsB ? (a.Second == b.Second ? Match.Firm : Match.None)
            : secondsA == secondsB ? Match.Firm
            : Match.Weak;
    }

    /// <summary>Whether a clock reading gives seconds (or a fraction of one).</summary>
    public static bool HasSeconds(LocalDateTime value) => value.Second != 0 || value.NanosecondOfSecond != 0;

    /// <summary>A zoneless date read as UTC; any other date unchanged.</summary>
    public static ArticleDate AsUtc(ArticleDate date) =>
        date.Precision == DatePrecision.LocalDateTime ? ArticleDate.FromOffsetDateTime(date.LocalDateTime!.Value.WithOffset(Offset.Zero), date.Source, date.Text) : date;

    /// <summary>The family of a source: the publication and modification tags of one vocabulary are written by the same code.</summary>
    public static string Family(string source) => source switch
    {
        ArticleSources.ArticlePublishedTime or ArticleSources.ArticleModifiedTime or ArticleSources.OpenGraphUpdatedTime => "article",
        ArticleSources.MetaDate or ArticleSources.MetaModified => "meta",
        ArticleSources.DomDate or ArticleSources.DomModified => "dom",
        _ => source,
    };

    /// <summary>Whether an offset of this many minutes is one a zone keeps and a shift a clock could show (not ±12 h).</summary>
    private static bool IsZoneOffset(int minutes) =>
        minutes != 0 && minutes >= MinOffsetMinutes && minutes <= MaxOffsetMinutes && Math.Abs(minutes) != HalfDayMinutes
        && (minutes % 60 == 0 || FractionalOffsets.Contains(minutes));

    private static LocalDateTime Minute(LocalDateTime value) => value.Date.At(new LocalTime(value.Hour, value.Minute));

    /// <summary>The zones people live in (tzdb's zone1970 table: one per region whose clocks have agreed since 1970), not aliases or fixed "Etc/" offsets; loaded on first use.</summary>
    private static class RealZones
    {
        public static readonly DateTimeZone[] All = Load();

        private static DateTimeZone[] Load()
        {
            var source = TzdbDateTimeZoneSource.Default;
            IEnumerable<string> ids = source.Zone1970Locations?.Select(l => l.ZoneId) ?? source.ZoneLocations?.Select(l => l.ZoneId) ?? source.CanonicalIdMap.Values;
            return ids.Distinct(StringComparer.Ordinal).Where(id => !id.StartsWith("Etc/", StringComparison.Ordinal))
                .Select(DateTimeZoneProviders.Tzdb.GetZoneOrNull).OfType<DateTimeZone>().ToArray();
        }
    }

    /// <summary>How two readings of the same moment agree.</summary>
    public enum Match
    {
        /// <summary>They do not show the same minute (or show different seconds).</summary>
        None,

        /// <summary>The same minute, seconds given by one only: evidence only with another independent match.</summary>
        Weak,

        /// <summary>The same minute, and the same seconds or none on both sides.</summary>
        Firm,
    }

    /// <summary>A moment the page prints as local time, and the zones that could have printed it (looked up when first needed).</summary>
    private sealed class Reading(Instant at, Offset offset, IElement? printedBy, DateTimeZone? zone)
    {
        private DateTimeZone[]? _zones;

        public Instant At { get; } = at;

        public Offset Offset { get; } = offset;

        public IElement? PrintedBy { get; } = printedBy;

        /// <summary>Whether every zone that keeps this offset at this moment keeps it at <paramref name="other"/> too: no change of summer time lies between.</summary>
        public bool Holds(Instant other)
        {
            _zones ??= zone is not null ? [zone] : Array.FindAll(RealZones.All, z => z.GetUtcOffset(At) == Offset);
            return _zones.Length > 0 && Array.TrueForAll(_zones, z => z.GetUtcOffset(At) == Offset && z.GetUtcOffset(other) == Offset);
        }
    }
}
