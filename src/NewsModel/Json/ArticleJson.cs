using System.Text.Encodings.Web;
using System.Text.Json;
using NewsModel.Internal;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace NewsModel.Json;

/// <summary>
/// Reads and writes articles in NewsModel's documented JSON shape (docs/json.md): camelCase names, dates in
/// ISO-8601 with their offset, null values omitted. The shape is a stable public contract.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class ArticleJson
{
    private static readonly NewsModelJsonContext Compact = CreateContext(indented: false);
    private static readonly NewsModelJsonContext Indented = CreateContext(indented: true);

    /// <summary>The serializer options of the compact form, for callers who embed articles in their own JSON.</summary>
    public static JsonSerializerOptions Options => Compact.Options;

    /// <summary>Writes an article as JSON.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">True for indented output; false for one line.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string Serialize(Article article, bool indented = false)
    {
        Preconditions.CheckNotNull(article);
        return JsonSerializer.Serialize(article, (indented ? Indented : Compact).Article);
    }

    /// <summary>Writes an article as UTF-8 JSON to a stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="article">The article.</param>
    /// <param name="indented">True for indented output.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream stream, Article article, bool indented = false)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(article);
        JsonSerializer.Serialize(stream, article, (indented ? Indented : Compact).Article);
    }

    /// <summary>Reads an article from JSON written by <see cref="Serialize(Article, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not an article in the documented shape.</exception>
    public static Article Deserialize(string json)
    {
        Preconditions.CheckNotNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, Compact.Article) ?? throw new JsonException("The JSON text is 'null', not an article.");
        }
        catch (ArgumentException e)
        {
            // A domain type refused a value (a link to a javascript: address, a heading of level 9): the text is not
            // in the documented shape.
            throw new JsonException("The JSON text holds a value the article model does not allow: " + e.Message, e);
        }
    }

    private static NewsModelJsonContext CreateContext(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = indented,
            // Article text is full of quotes, apostrophes and non-Latin scripts: keep them readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return new NewsModelJsonContext(options);
    }
}
