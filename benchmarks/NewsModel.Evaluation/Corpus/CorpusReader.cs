using System.Text.Json;
using NewsModel.Evaluation.Metrics;
using NodaTime;

namespace NewsModel.Evaluation.Corpus;

/// <summary>
/// Finds and reads labelled corpora. A folder holding <c>ground-truth.json</c> (scrapinghub format) or
/// <c>labels.json</c> (trafilatura format) is one corpus; otherwise each immediate sub-folder holding one is.
/// </summary>
/// <remarks>
/// Both formats may also carry the metadata labels <c>title</c>, <c>author</c> (names joined with "; ", or a JSON
/// array) and <c>date</c> (<c>YYYY-MM-DD</c>), and a <c>url</c>. A key that is absent means "not annotated"; a null
/// or empty value means "the page has none". Missing folders, folders without labels and labels without their
/// page file are errors, never silently skipped.
/// </remarks>
public static class CorpusReader
{
    /// <summary>The scrapinghub-format labels file name.</summary>
    public const string GroundTruthFile = "ground-truth.json";

    /// <summary>The trafilatura-format labels file name.</summary>
    public const string LabelsFile = "labels.json";

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads the corpus in a folder, or every corpus in its immediate sub-folders.</summary>
    /// <param name="path">A corpus folder or a folder of corpora.</param>
    /// <returns>The corpora, sub-folders in ordinal name order.</returns>
    /// <exception cref="CorpusException">The folder is missing, holds no corpus, or a corpus is malformed.</exception>
    public static IReadOnlyList<LabelledCorpus> Discover(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = Path.GetFullPath(path);
        if (!Directory.Exists(root))
        {
            throw new CorpusException($"The corpus folder '{root}' does not exist.");
        }

        if (IsCorpus(root))
        {
            return [Read(root)];
        }

        var corpora = Directory.EnumerateDirectories(root)
            .Where(IsCorpus)
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToArray();
        if (corpora.Length == 0)
        {
            throw new CorpusException($"'{root}' holds no {GroundTruthFile} or {LabelsFile}, and neither does any of its sub-folders.");
        }

        return corpora;
    }

    /// <summary>Reads one corpus folder.</summary>
    /// <param name="directory">The folder holding <c>ground-truth.json</c> or <c>labels.json</c> and <c>html/</c>.</param>
    /// <returns>The corpus.</returns>
    /// <exception cref="CorpusException">The folder is not a corpus or is malformed.</exception>
    public static LabelledCorpus Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var root = Path.GetFullPath(directory);
        var groundTruth = Path.Combine(root, GroundTruthFile);
        var labels = Path.Combine(root, LabelsFile);
        var hasGroundTruth = File.Exists(groundTruth);
        var hasLabels = File.Exists(labels);
        if (hasGroundTruth && hasLabels)
        {
            throw new CorpusException($"'{root}' holds both {GroundTruthFile} and {LabelsFile}; keep one format per folder.");
        }

        if (!hasGroundTruth && !hasLabels)
        {
            throw new CorpusException($"'{root}' holds neither {GroundTruthFile} nor {LabelsFile}.");
        }

        var format = hasGroundTruth ? CorpusFormat.Scrapinghub : CorpusFormat.TrafilaturaDev;
        var file = hasGroundTruth ? groundTruth : labels;
        var warnings = new List<string>();
        var missing = new List<string>();
        var pages = new List<LabelledPage>();
        using (var document = Parse(file))
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new CorpusException($"'{file}' must hold a JSON object keyed by page.");
            }

            foreach (var entry in document.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.Object)
                {
                    throw new CorpusException($"'{file}': the entry '{entry.Name}' is not a JSON object.");
                }

                var page = format == CorpusFormat.Scrapinghub
                    ? ReadScrapinghubEntry(root, entry.Name, entry.Value)
                    : ReadTrafilaturaEntry(root, file, entry.Name, entry.Value);
                if (!File.Exists(page.PagePath))
                {
                    missing.Add(page.PagePath);
                    continue;
                }

                pages.Add(WithMetadata(page, entry.Value, warnings));
            }
        }

        if (missing.Count > 0)
        {
            throw new CorpusException(
                $"{missing.Count} labelled page(s) of '{root}' have no page file, for example: {string.Join(", ", missing.Take(5))}");
        }

        return new LabelledCorpus(Path.GetFileName(root), root, format, pages, warnings);
    }

    private static bool IsCorpus(string directory) =>
        File.Exists(Path.Combine(directory, GroundTruthFile)) || File.Exists(Path.Combine(directory, LabelsFile));

    private static JsonDocument Parse(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return JsonDocument.Parse(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new CorpusException($"'{file}' is not valid JSON: {ex.Message}", ex);
        }
    }

    private static LabelledPage ReadScrapinghubEntry(string root, string id, JsonElement entry) => new()
    {
        Id = id,
        PagePath = PagePath(root, id + ".html"),
        Url = AbsoluteUrl(String(entry, "url")),
        ExpectedBody = String(entry, "articleBody") ?? string.Empty,
    };

    private static LabelledPage ReadTrafilaturaEntry(string root, string file, string key, JsonElement entry)
    {
        var name = String(entry, "file");
        if (string.IsNullOrWhiteSpace(name) || name.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(name))
        {
            throw new CorpusException($"'{file}': the entry '{key}' needs a \"file\" naming a page under html/.");
        }

        return new LabelledPage
        {
            Id = key,
            PagePath = PagePath(root, name),
            Url = AbsoluteUrl(String(entry, "url")) ?? AbsoluteUrl(key),
            With = Strings(entry, "with"),
            Without = Strings(entry, "without"),
        };
    }

    // Pages are stored gzip-compressed as name.gz; a plain name is accepted for a user's own uncompressed folder.
    private static string PagePath(string root, string name)
    {
        var compressed = Path.Combine(root, "html", name + ".gz");
        var plain = Path.Combine(root, "html", name);
        return File.Exists(compressed) || !File.Exists(plain) ? compressed : plain;
    }

    private static LabelledPage WithMetadata(LabelledPage page, JsonElement entry, List<string> warnings)
    {
        var headline = entry.TryGetProperty("title", out var title) ? (String(title) ?? string.Empty) : null;

        string? authorsText = null;
        IReadOnlyList<string>? authors = null;
        if (entry.TryGetProperty("author", out var author))
        {
            var names = author.ValueKind == JsonValueKind.Array
                ? author.EnumerateArray().Select(String).Where(s => s is not null).Select(s => s!).ToArray()
                : [String(author) ?? string.Empty];
            authorsText = string.Join("; ", names);
            authors = names.SelectMany(AuthorScorer.SplitLabel).ToArray();
        }

        string? dateText = null;
        var dateState = LabelState.NotLabelled;
        LocalDate? date = null;
        if (entry.TryGetProperty("date", out var dateElement))
        {
            dateText = String(dateElement) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(dateText))
            {
                dateState = LabelState.Empty;
            }
            else if (DateScorer.TryParseLabel(dateText, out var parsed))
            {
                dateState = LabelState.Present;
                date = parsed;
            }
            else
            {
                warnings.Add($"{page.Id}: the date label '{dateText}' is not a date; the page is left out of the date figures.");
            }
        }

        // An empty list is not read as "no category": pages labelled so often print one.
        var categories = Strings(entry, "categories").Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();

        return page with
        {
            Categories = categories.Length > 0 ? categories : null,
            Headline = headline,
            AuthorsText = authorsText,
            Authors = authors,
            DateText = dateText,
            DateState = dateState,
            Date = date,
        };
    }

    private static Uri? AbsoluteUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    private static string? String(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) ? String(value) : null;

    private static string? String(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IReadOnlyList<string> Strings(JsonElement entry, string property) =>
        entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray().Select(String).Where(s => s is not null).Select(s => s!).ToArray()
            : [];
}
