using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Json;

/// <summary>
/// Writes an <see cref="ArticleDate"/> as
/// <c>{"value":"2021-05-25T10:30:00+04:30","precision":"offsetDateTime","instant":"2021-05-25T06:00:00Z","zone":"Asia/Tehran","text":"...","source":"json-ld"}</c>
/// and reads it back. <c>instant</c> is written for convenience and ignored when read.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class ArticleDateJsonConverter : JsonConverter<ArticleDate>
{
    /// <inheritdoc />
    public override ArticleDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("An article date must be a JSON object.");
        }

        string? value = null, precision = null, zone = null, text = null, source = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("Malformed article date.");
            }

            var name = reader.GetString();
            reader.Read();
            var str = reader.TokenType == JsonTokenType.Null ? null : reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }

            switch (name)
            {
                case "value": value = str; break;
                case "precision": precision = str; break;
                case "zone": zone = str; break;
                case "text": text = str; break;
                case "source": source = str; break;
                default: break;
            }
        }

        if (value is null || precision is null || source is null)
        {
            throw new JsonException("An article date needs 'value', 'precision' and 'source'.");
        }

        switch (precision)
        {
            case "offsetDateTime":
                var odt = Parse(OffsetDateTimePattern.ExtendedIso, value);
                return ArticleDate.Create(DatePrecision.OffsetDateTime, odt.LocalDateTime, odt.Offset, zone, text, source);
            case "localDateTime":
                return ArticleDate.Create(DatePrecision.LocalDateTime, Parse(LocalDateTimePattern.ExtendedIso, value), null, null, text, source);
            case "date":
                return ArticleDate.Create(DatePrecision.Date, Parse(LocalDatePattern.Iso, value).AtMidnight(), null, null, text, source);
            default:
                throw new JsonException($"Unknown date precision '{precision}'.");
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ArticleDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("value", value.ToIsoString());
        writer.WriteString("precision", value.Precision switch
        {
            DatePrecision.OffsetDateTime => "offsetDateTime",
            DatePrecision.LocalDateTime => "localDateTime",
            _ => "date",
        });
        if (value.Instant is { } instant)
        {
            writer.WriteString("instant", InstantPattern.ExtendedIso.Format(instant));
        }

        if (value.ZoneId is not null)
        {
            writer.WriteString("zone", value.ZoneId);
        }

        if (value.Text is not null)
        {
            writer.WriteString("text", value.Text);
        }

        writer.WriteString("source", value.Source);
        writer.WriteEndObject();
    }

    private static T Parse<T>(IPattern<T> pattern, string text)
    {
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException($"'{text}' is not a valid ISO-8601 value.");
    }
}
