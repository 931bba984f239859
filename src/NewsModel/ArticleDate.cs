using System.Text.Json.Serialization;
using NewsModel.Internal;
using NewsModel.Json;
using NodaTime;
using NodaTime.Text;

namespace NewsModel;

/// <summary>
/// A date as a page stated it: an exact <see cref="NodaTime.OffsetDateTime"/> when the offset is known, a
/// <see cref="NodaTime.LocalDateTime"/> when only the wall-clock time is known, or a calendar date alone. No offset is
/// ever invented. The raw text and the source that gave the value are kept.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value. Dates are always held in the ISO calendar.</remarks>
[JsonConverter(typeof(ArticleDateJsonConverter))]
public sealed record ArticleDate
{
    private ArticleDate(DatePrecision precision, LocalDateTime local, Offset? offset, string? zoneId, string? text, string source)
    {
        Preconditions.CheckNotNull(source);
        Precision = precision;
        Local = local.WithCalendar(CalendarSystem.Iso);
        OffsetValue = offset;
        ZoneId = zoneId;
        Text = text;
        Source = source;
    }

    /// <summary>How much of the date and time the page stated.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The calendar date (ISO calendar), always known.</summary>
    public LocalDate Date => Local.Date;

    /// <summary>The wall-clock date and time; null when only a date is known.</summary>
    public LocalDateTime? LocalDateTime => Precision == DatePrecision.Date ? null : Local;

    /// <summary>The date and time with its offset from UTC; null when the offset is not known.</summary>
    public OffsetDateTime? OffsetDateTime => OffsetValue is { } offset ? new OffsetDateTime(Local, offset) : null;

    /// <summary>The exact instant; null when the offset is not known.</summary>
    public Instant? Instant => OffsetDateTime?.ToInstant();

    /// <summary>The tzdb time zone the offset was derived from ("Asia/Tehran"), when a zone rather than an offset was known.</summary>
    public string? ZoneId { get; }

    /// <summary>The text the value was read from, as found on the page.</summary>
    public string? Text { get; }

    /// <summary>Where the value came from (see <see cref="ArticleSources"/>).</summary>
    public string Source { get; }

    private LocalDateTime Local { get; }

    private Offset? OffsetValue { get; }

    /// <summary>Creates a date with a known offset.</summary>
    /// <param name="value">The date, time and offset.</param>
    /// <param name="source">Where the value came from.</param>
    /// <param name="text">The text it was read from.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static ArticleDate FromOffsetDateTime(OffsetDateTime value, string source, string? text = null) =>
        new(DatePrecision.OffsetDateTime, value.LocalDateTime, value.Offset, null, text, source);

    /// <summary>Creates a date from a time in a tzdb zone; the offset in force at that time is kept with the zone's id.</summary>
    /// <param name="value">The date and time in its zone.</param>
    /// <param name="source">Where the value came from.</param>
    /// <param name="text">The text it was read from.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static ArticleDate FromZonedDateTime(ZonedDateTime value, string source, string? text = null) =>
        new(DatePrecision.OffsetDateTime, value.LocalDateTime, value.Offset, value.Zone.Id, text, source);

    /// <summary>Creates a date and time whose offset is not known.</summary>
    /// <param name="value">The wall-clock date and time.</param>
    /// <param name="source">Where the value came from.</param>
    /// <param name="text">The text it was read from.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static ArticleDate FromLocalDateTime(LocalDateTime value, string source, string? text = null) =>
        new(DatePrecision.LocalDateTime, value, null, null, text, source);

    /// <summary>Creates a calendar date without a time.</summary>
    /// <param name="value">The date.</param>
    /// <param name="source">Where the value came from.</param>
    /// <param name="text">The text it was read from.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static ArticleDate FromDate(LocalDate value, string source, string? text = null) =>
        new(DatePrecision.Date, value.AtMidnight(), null, null, text, source);

    /// <summary>The same value with another source and text, as when a value is confirmed by another reader.</summary>
    /// <param name="source">The new source.</param>
    /// <param name="text">The new text.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ArticleDate WithSource(string source, string? text) => new(Precision, Local, OffsetValue, ZoneId, text, source);

    /// <summary>
    /// RFC 3339's form of an offset date and time: NodaTime's extended ISO pattern writes a whole hour's offset without its
    /// minutes ("+01"), which RFC 3339 and ECMAScript's date parser reject; this one writes "+01:00", and "Z" for UTC.
    /// </summary>
    private static readonly OffsetDateTimePattern OffsetIsoPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<Z+HH:mm>");

    /// <summary>The value in ISO-8601 form, at the precision known ("2021-05-25", "2021-05-25T10:30:00", "2021-05-25T10:30:00+04:30").</summary>
    /// <returns>The ISO-8601 text.</returns>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.OffsetDateTime => OffsetIsoPattern.Format(OffsetDateTime!.Value),
        DatePrecision.LocalDateTime => LocalDateTimePattern.ExtendedIso.Format(Local),
        _ => LocalDatePattern.Iso.Format(Date),
    };

    /// <summary>Whether two dates state the same value (precision, date, time, offset and zone), whatever their text and source.</summary>
    /// <param name="other">The other date.</param>
    /// <returns>True when the values are the same.</returns>
    public bool HasSameValue(ArticleDate? other) =>
        other is not null && Precision == other.Precision && Local == other.Local && OffsetValue == other.OffsetValue && ZoneId == other.ZoneId;

    /// <inheritdoc />
    public override string ToString() => ToIsoString();

    internal static ArticleDate Create(DatePrecision precision, LocalDateTime local, Offset? offset, string? zoneId, string? text, string source) =>
        new(precision, local, offset, zoneId, text, source);
}
