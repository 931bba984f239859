using System.Text.Json.Serialization;
using NewsModel.Json;

namespace NewsModel;

/// <summary>How much of a date and time a page stated.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary>A calendar date only.</summary>
    Date,

    /// <summary>A date and a time of day, with no offset from UTC known.</summary>
    LocalDateTime,

    /// <summary>A date and a time of day with a known offset from UTC: an exact instant.</summary>
    OffsetDateTime,
}
