using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsModel.Json;

/// <summary>Writes an enum member as its camelCase name ("photographer"), the shape documented in docs/json.md.</summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class CamelCaseEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter; integer values are not accepted.</summary>
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
