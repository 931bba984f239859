using System.Text.Json;

namespace NewsModel.Evaluation.Floors;

/// <summary>
/// The accuracy floors CI holds the library to: per corpus, the lowest value each figure may take. Floors only ever
/// go up: when a change improves a figure, raise its floor to the new value (rounded down a little).
/// </summary>
/// <param name="Corpora">Per corpus name, the floor of each figure key.</param>
public sealed record FloorSet(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Corpora)
{
    /// <summary>Reads a floors file: <c>{"floors": {"corpus": {"figure.key": 0.123}}}</c>; other top-level keys are notes.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The floors.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is not a floors file.</exception>
    public static FloorSet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The floors file '{Path.GetFullPath(path)}' does not exist.", path);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!document.RootElement.TryGetProperty("floors", out var floors) || floors.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"'{path}' has no \"floors\" object.");
            }

            var corpora = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
            foreach (var corpus in floors.EnumerateObject())
            {
                corpora[corpus.Name] = corpus.Value.EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetDouble(), StringComparer.Ordinal);
            }

            return new FloorSet(corpora);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"'{path}' is not a valid floors file: {ex.Message}", ex);
        }
    }
}
