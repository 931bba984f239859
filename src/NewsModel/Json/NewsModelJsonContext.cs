using System.Text.Json.Serialization;

namespace NewsModel.Json;

/// <summary>The source-generated serializer metadata for the domain types. Use <see cref="ArticleJson"/> rather than this type directly.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = false)]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(IReadOnlyList<Article>))]
internal sealed partial class NewsModelJsonContext : JsonSerializerContext
{
}
