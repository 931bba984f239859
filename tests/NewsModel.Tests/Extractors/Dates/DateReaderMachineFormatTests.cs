using NewsModel.Extractors.Dates;
using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Tests.Extractors.Dates;

public class DateReaderMachineFormatTests
{
    // text, expected ISO value at the precision read, expected precision
    public static TheoryData<string, string, DatePrecision> Dates => new()
    {
        // ISO-8601 with offsets, 'Z', fractions, with and without seconds.
        { "2021-05-25T10:30:00+04:30", "2021-05-25T10:30:00+04:30", DatePrecision.OffsetDateTime },
        { "2021-05-25T10:30:00-05:00", "2021-05-25T10:30:00-05:00", DatePrecision.OffsetDateTime },
        { "2021-05-25T10:30:00Z", "2021-05-25T10:30:00Z", DatePrecision.OffsetDateTime },
        { "2021-05-25T10:30:00z", "2021-05-25T10:30:00Z", DatePrecision.OffsetDateTime },
        { "2021-05-25T10:30:00.123Z", "2021-05-25T10:30:00.123Z", DatePrecision.OffsetDateTime },
        { "2021-05-25T10:30:00.1234567+02:00", "2021-05-25T10:30:00.1234567+02:00", DatePrecision.OffsetDateTime },
        { "2021-05-25T10:30+02:00", "2021-05-25T10:30:00+02:00", DatePrecision.OffsetDateTime },
        { "2021-05-25T10:30:00+0200", "2021-05-25T10:30:00+02:00", DatePrecision.OffsetDateTime },
        { "2021-05-25T10:30:00+02", "2021-05-25T10:30:00+02:00", DatePrecision.OffsetDateTime },
        { "2021-05-25T10:30:00 +05:30", "2021-05-25T10:30:00+05:30", DatePrecision.OffsetDateTime },
        { "2021-05-25 10:30:00 +0000", "2021-05-25T10:30:00Z", DatePrecision.OffsetDateTime },
        { "2021-05-25 10:30:00 UTC", "2021-05-25T10:30:00Z", DatePrecision.OffsetDateTime },
        { "  2021-05-25T10:30:00Z \n", "2021-05-25T10:30:00Z", DatePrecision.OffsetDateTime },

        // RFC 1123 and RFC 822, with zone names RFC 822 defines.
        { "Tue, 25 May 2021 10:30:00 GMT", "2021-05-25T10:30:00Z", DatePrecision.OffsetDateTime },
        { "Tue, 25 May 2021 10:30:00 +0430", "2021-05-25T10:30:00+04:30", DatePrecision.OffsetDateTime },
        { "25 May 2021 10:30:00 -0700", "2021-05-25T10:30:00-07:00", DatePrecision.OffsetDateTime },
        { "Tue, 25 May 2021 10:30:00 EST", "2021-05-25T10:30:00-05:00", DatePrecision.OffsetDateTime },
        { "Tue, 25 May 2021 10:30:00 PDT", "2021-05-25T10:30:00-07:00", DatePrecision.OffsetDateTime },
        { "Tue, 5 May 2021 08:05 GMT", "2021-05-05T08:05:00Z", DatePrecision.OffsetDateTime },
        { "Tue May 25 2021 10:30:00 GMT+0200", "2021-05-25T10:30:00+02:00", DatePrecision.OffsetDateTime },

        // Wall-clock times with no offset: kept as local date-times, never given one.
        { "2021-05-25T10:30:00", "2021-05-25T10:30:00", DatePrecision.LocalDateTime },
        { "2021-05-25 10:30:00", "2021-05-25T10:30:00", DatePrecision.LocalDateTime },
        { "2021-05-25 10:30", "2021-05-25T10:30:00", DatePrecision.LocalDateTime },
        { "2021-5-5 9:07:36", "2021-05-05T09:07:36", DatePrecision.LocalDateTime },
        { "2022-05-03 13:32:45.000000", "2022-05-03T13:32:45", DatePrecision.LocalDateTime },
        { "2021/05/25 10:30:00", "2021-05-25T10:30:00", DatePrecision.LocalDateTime },
        { "20210525T103000", "2021-05-25T10:30:00", DatePrecision.LocalDateTime },
        { "25.05.2021 10:30", "2021-05-25T10:30:00", DatePrecision.LocalDateTime },
        { "May 25, 2021 at 10:30", "2021-05-25T10:30:00", DatePrecision.LocalDateTime },
        { "25 May 2021 10:30", "2021-05-25T10:30:00", DatePrecision.LocalDateTime },

        // Calendar dates alone.
        { "2021-05-25", "2021-05-25", DatePrecision.Date },
        { "2021-5-5", "2021-05-05", DatePrecision.Date },
        { "2021/05/25", "2021-05-25", DatePrecision.Date },
        { "20210525", "2021-05-25", DatePrecision.Date },
        { "25.05.2021", "2021-05-25", DatePrecision.Date },
        { "5.5.2021", "2021-05-05", DatePrecision.Date },
        { "May 25, 2021", "2021-05-25", DatePrecision.Date },
        { "Tuesday, May 25, 2021", "2021-05-25", DatePrecision.Date },
        { "25 May 2021", "2021-05-25", DatePrecision.Date },
        { "25 Sep 2021", "2021-09-25", DatePrecision.Date },
        { "September 3, 2021", "2021-09-03", DatePrecision.Date },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Parse_KnownForm_GivesValueAtItsPrecision(string text, string expected, DatePrecision precision)
    {
        var date = DateReader.ParseMachine(text, "test");

        Assert.NotNull(date);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(expected, date.ToIsoString());
        Assert.Equal("test", date.Source);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("2021-13-01")]
    [InlineData("2021-02-30")]
    [InlineData("25/05/2021")]
    [InlineData("05/25/2021")]
    [InlineData("2021-05-25T25:00:00Z")]
    [InlineData("1621938600")]
    [InlineData("2021-05-25T10:30:00 (Coordinated Universal Time)")]
    [InlineData("Posted 2021-05-25 by Jane")]
    public void Parse_UnknownOrInvalidForm_GivesNull(string text)
    {
        Assert.Null(DateReader.ParseMachine(text, "test"));
    }

    [Fact]
    public void Parse_Null_GivesNull()
    {
        Assert.Null(DateReader.ParseMachine(null, "test"));
    }

    [Fact]
    public void Parse_OffsetGiven_KeepsOffsetAndInstant()
    {
        var date = DateReader.ParseMachine("2021-05-25T10:30:00+04:30", "test")!;

        Assert.Equal(Offset.FromHoursAndMinutes(4, 30), date.OffsetDateTime!.Value.Offset);
        Assert.Equal(Instant.FromUtc(2021, 5, 25, 6, 0), date.Instant);
        Assert.Equal("2021-05-25T10:30:00+04:30", date.Text);
    }

    [Fact]
    public void Parse_NoOffsetGiven_InventsNone()
    {
        var date = DateReader.ParseMachine("2021-05-25 10:30:00", "test")!;

        Assert.Null(date.OffsetDateTime);
        Assert.Null(date.Instant);
        Assert.Equal(new LocalDateTime(2021, 5, 25, 10, 30), date.LocalDateTime);
    }

    [Fact]
    public void Parse_UnderTurkishCulture_GivesSameValue()
    {
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal("2021-05-25T10:30:00Z", DateReader.ParseMachine("TUE, 25 MAY 2021 10:30:00 GMT", "test")!.ToIsoString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }

    [Theory]
    [InlineData("1989-12-31", false)]
    [InlineData("1990-01-01", true)]
    [InlineData("2021-05-26", true)]
    [InlineData("2021-05-27", false)]
    [InlineData("2021-05-26T23:00:00Z", true)]
    [InlineData("2021-05-26T23:00:01Z", false)]
    public void IsPlausible_AgainstClock_RejectsOldAndFutureDates(string text, bool expected)
    {
        var clock = new FakeClock(Instant.FromUtc(2021, 5, 25, 23, 0));

        Assert.Equal(expected, DateReader.IsPlausible(DateReader.ParseMachine(text, "test")!, clock));
    }

    [Fact]
    public void IsPlausible_NoClock_AcceptsFutureDates()
    {
        Assert.True(DateReader.IsPlausible(DateReader.ParseMachine("2999-01-01", "test")!, null));
    }
}
