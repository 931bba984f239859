using NewsModel.Json;
using NodaTime;

namespace NewsModel.Tests.Domain;

public class ArticleDateTests
{
    [Fact]
    public void FromOffsetDateTime_KeepsOffsetAndInstant()
    {
        var value = new OffsetDateTime(new LocalDateTime(2021, 5, 25, 10, 30), Offset.FromHoursAndMinutes(4, 30));

        var date = ArticleDate.FromOffsetDateTime(value, "json-ld", "2021-05-25T10:30:00+04:30");

        Assert.Equal(DatePrecision.OffsetDateTime, date.Precision);
        Assert.Equal(value, date.OffsetDateTime);
        Assert.Equal(Instant.FromUtc(2021, 5, 25, 6, 0), date.Instant);
        Assert.Equal("2021-05-25T10:30:00+04:30", date.ToIsoString());
        Assert.Null(date.ZoneId);
    }

    // RFC 3339's form: a whole hour's offset with its minutes, UTC as "Z", fractions of a second only when non-zero.
    [Theory]
    [InlineData(1, 0, 0, "2021-05-25T10:30:00+01:00")]
    [InlineData(-5, 0, 0, "2021-05-25T10:30:00-05:00")]
    [InlineData(5, 30, 0, "2021-05-25T10:30:00+05:30")]
    [InlineData(0, 0, 0, "2021-05-25T10:30:00Z")]
    [InlineData(2, 0, 250, "2021-05-25T10:30:00.25+02:00")]
    public void ToIsoString_WritesTheOffsetAsRfc3339Does(int hours, int minutes, int milliseconds, string expected)
    {
        var local = new LocalDateTime(2021, 5, 25, 10, 30).PlusMilliseconds(milliseconds);
        var date = ArticleDate.FromOffsetDateTime(new OffsetDateTime(local, Offset.FromHoursAndMinutes(hours, minutes)), "json-ld");

        Assert.Equal(expected, date.ToIsoString());
    }

    [Fact]
    public void JsonWrittenWithAnHourOnlyOffset_IsStillRead()
    {
        var article = ArticleJson.Deserialize("""{"published":{"value":"2021-05-25T10:30:00+01","precision":"offsetDateTime","source":"json-ld"}}""");

        Assert.Equal(Offset.FromHours(1), article.Published!.OffsetDateTime!.Value.Offset);
        Assert.Equal("2021-05-25T10:30:00+01:00", article.Published.ToIsoString());
    }

    [Fact]
    public void FromZonedDateTime_KeepsZoneIdAndOffsetInForce()
    {
        var zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var summer = new LocalDateTime(2023, 7, 1, 9, 0).InZoneStrictly(zone);

        var date = ArticleDate.FromZonedDateTime(summer, "profile");

        Assert.Equal("Europe/Berlin", date.ZoneId);
        Assert.Equal("2023-07-01T09:00:00+02:00", date.ToIsoString());
    }

    [Fact]
    public void FromLocalDateTime_InventsNoOffset()
    {
        var date = ArticleDate.FromLocalDateTime(new LocalDateTime(2020, 1, 2, 3, 4, 5), "dom");

        Assert.Equal(DatePrecision.LocalDateTime, date.Precision);
        Assert.Null(date.OffsetDateTime);
        Assert.Null(date.Instant);
        Assert.Equal(new LocalDate(2020, 1, 2), date.Date);
        Assert.Equal("2020-01-02T03:04:05", date.ToIsoString());
    }

    [Fact]
    public void FromDate_HasNoTime()
    {
        var date = ArticleDate.FromDate(new LocalDate(2019, 12, 31), "url");

        Assert.Null(date.LocalDateTime);
        Assert.Equal("2019-12-31", date.ToIsoString());
    }

    [Fact]
    public void FromDate_OtherCalendar_StoredInIso()
    {
        // 1 Farvardin 1403 in the Solar Hijri calendar is 20 March 2024.
        var persian = new LocalDate(1403, 1, 1, CalendarSystem.PersianArithmetic);

        var date = ArticleDate.FromDate(persian, "dom");

        Assert.Equal(new LocalDate(2024, 3, 20), date.Date);
        Assert.Equal(CalendarSystem.Iso, date.Date.Calendar);
    }

    [Fact]
    public void Equality_IncludesTextAndSource_HasSameValueIgnoresThem()
    {
        var a = ArticleDate.FromDate(new LocalDate(2019, 1, 1), "a", "x");
        var b = ArticleDate.FromDate(new LocalDate(2019, 1, 1), "b", "y");

        Assert.NotEqual(a, b);
        Assert.True(a.HasSameValue(b));
        Assert.Equal(a, a.WithSource("a", "x"));
    }
}
