using System.Text.Json;

namespace NewsModel.Publishers;

/// <summary>
/// Reads publisher profiles in the JSON format of docs/profiles.md with <see cref="JsonDocument"/> (no reflection,
/// so the library stays trimmable). Unknown fields are rejected so that a misspelt field cannot pass unnoticed.
/// </summary>
internal static class PublisherProfileJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    public static List<(PublisherProfile Profile, string Label)> Read(Stream utf8Json, string origin)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json, DocumentOptions);
            return Read(document.RootElement, origin);
        }
        catch (JsonException ex)
        {
            throw new PublisherProfileException($"Publisher profiles in {origin} are not valid JSON: {ex.Message}", ex);
        }
    }

    public static List<(PublisherProfile Profile, string Label)> Read(string json, string origin)
    {
        try
        {
            using var document = JsonDocument.Parse(json, DocumentOptions);
            return Read(document.RootElement, origin);
        }
        catch (JsonException ex)
        {
            throw new PublisherProfileException($"Publisher profiles in {origin} are not valid JSON: {ex.Message}", ex);
        }
    }

    private static List<(PublisherProfile Profile, string Label)> Read(JsonElement root, string origin)
    {
        JsonElement list;
        if (root.ValueKind == JsonValueKind.Array)
        {
            list = root;
        }
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("profiles", out var profiles) && profiles.ValueKind == JsonValueKind.Array)
        {
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("profiles" or "$schema" or "$comment"))
                {
                    throw new PublisherProfileException($"Publisher profiles in {origin}: unknown top-level field '{property.Name}'.");
                }
            }

            list = profiles;
        }
        else
        {
            throw new PublisherProfileException($"Publisher profiles in {origin} must be an array of profiles or an object with a \"profiles\" array.");
        }

        var result = new List<(PublisherProfile Profile, string Label)>();
        var position = 0;
        foreach (var item in list.EnumerateArray())
        {
            position++;
            var label = $"profile #{position} in {origin}";
            result.Add((ReadProfile(item, label), label));
        }

        return result;
    }

    private static PublisherProfile ReadProfile(JsonElement element, string label)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new PublisherProfileException(label, "(profile)", "a profile must be a JSON object.");
        }

        var name = element.TryGetProperty("id", out var idElement) && idElement.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(idElement.GetString())
            ? idElement.GetString()!
            : label;
        string? id = null, displayName = null, primaryHost = null, timeZone = null, language = null, pattern = null;
        List<string> mirrors = [];
        var selectors = PublisherSelectors.None;
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "id":
                    id = String(property, name);
                    break;
                case "name":
                    displayName = String(property, name);
                    break;
                case "primaryHost":
                    primaryHost = String(property, name);
                    break;
                case "mirrorHosts":
                    mirrors = Strings(property.Value, name, "mirrorHosts");
                    break;
                case "timeZone":
                    timeZone = String(property, name);
                    break;
                case "language":
                    language = String(property, name);
                    break;
                case "articleUrlPattern":
                    pattern = String(property, name);
                    break;
                case "selectors":
                    selectors = ReadSelectors(property.Value, name);
                    break;
                case "$comment":
                    break;
                default:
                    throw new PublisherProfileException(name, property.Name, "unknown field.");
            }
        }

        return new PublisherProfile(id ?? string.Empty, displayName ?? string.Empty, primaryHost ?? string.Empty)
        {
            MirrorHosts = mirrors,
            TimeZone = timeZone,
            Language = language,
            ArticleUrlPattern = pattern,
            Selectors = selectors,
        };
    }

    private static PublisherSelectors ReadSelectors(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return PublisherSelectors.None;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new PublisherProfileException(name, "selectors", "must be an object.");
        }

        var selectors = PublisherSelectors.None;
        foreach (var property in element.EnumerateObject())
        {
            var field = "selectors." + property.Name;
            selectors = property.Name switch
            {
                "headline" => selectors with { Headline = String(property, name, field) },
                "byline" => selectors with { Byline = String(property, name, field) },
                "published" => selectors with { Published = String(property, name, field) },
                "modified" => selectors with { Modified = String(property, name, field) },
                "section" => selectors with { Section = String(property, name, field) },
                "body" => selectors with { Body = String(property, name, field) },
                "remove" => selectors with { Remove = Strings(property.Value, name, field) },
                _ => throw new PublisherProfileException(name, field, "unknown field."),
            };
        }

        return selectors;
    }

    private static string? String(JsonProperty property, string name, string? field = null) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString(),
        JsonValueKind.Null => null,
        _ => throw new PublisherProfileException(name, field ?? property.Name, $"must be a string, not {property.Value.ValueKind}."),
    };

    private static List<string> Strings(JsonElement element, string name, string field)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new PublisherProfileException(name, field, "must be an array of strings.");
        }

        var list = new List<string>();
        var i = 0;
        foreach (var item in element.EnumerateArray())
        {
            list.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new PublisherProfileException(name, $"{field}[{i}]", $"must be a string, not {item.ValueKind}."));
            i++;
        }

        return list;
    }
}
