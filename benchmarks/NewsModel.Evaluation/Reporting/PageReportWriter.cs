using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsModel.Evaluation.Harness;
using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Reporting;

/// <summary>Writes one JSON line per page: what was extracted, what was expected, and every score.</summary>
public static class PageReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the report of several corpora to one JSONL file.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="results">The corpus results.</param>
    public static void Write(string path, IReadOnlyList<CorpusResult> results)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(results);
        using var file = File.Create(path);
        foreach (var result in results)
        {
            foreach (var page in result.Pages)
            {
                WriteLine(file, result, page);
            }
        }
    }

    private static void WriteLine(Stream stream, CorpusResult result, PageResult page)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("corpus", result.Corpus.Name);
            json.WriteString("id", page.Page.Id);
            json.WriteString("url", page.Page.Url?.AbsoluteUri);
            json.WriteString("file", Path.GetFileName(page.Page.PagePath));
            json.WriteNumber("htmlBytes", page.HtmlBytes);
            json.WriteNumber("parseMs", Math.Round(page.Elapsed.TotalMilliseconds, 3));
            if (page.Error is not null)
            {
                json.WriteString("error", page.Error);
            }

            if (page.Body is { } body)
            {
                json.WriteStartObject("body");
                json.WriteNumber("tp", body.TruePositive);
                json.WriteNumber("fp", body.FalsePositive);
                json.WriteNumber("fn", body.FalseNegative);
                json.WriteNumber("precision", body.Precision);
                json.WriteNumber("recall", body.Recall);
                json.WriteNumber("f1", body.F1);
                json.WriteBoolean("exact", body.ExactMatch);
                json.WriteNumber("expectedTokens", WordTokenizer.Tokenize(page.Page.ExpectedBody).Count);
                json.WriteNumber("extractedTokens", WordTokenizer.Tokenize(page.Prediction.Body).Count);
                json.WriteEndObject();
            }

            if (page.Snippets is { } snippets)
            {
                json.WriteStartObject("snippets");
                json.WriteNumber("tp", snippets.TruePositive);
                json.WriteNumber("fp", snippets.FalsePositive);
                json.WriteNumber("fn", snippets.FalseNegative);
                json.WriteNumber("tn", snippets.TrueNegative);
                json.WriteEndObject();
            }

            WriteField(json, "headline", page.Headline, page.Page.Headline, page.Prediction.Headline);
            WriteField(json, "authors", page.Authors, page.Page.AuthorsText, string.Join("; ", page.Prediction.Authors));
            WriteField(json, "date", page.Date, page.Page.DateText, Formatting.Date(page.Prediction.Published));
            WriteField(json, "section", page.Section, page.Page.Categories is { } categories ? string.Join("; ", categories) : null, string.Join(" › ", page.Prediction.SectionLevels));
            json.WriteString("extractedText", page.Prediction.Body);
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteField(Utf8JsonWriter json, string name, FieldOutcome outcome, string? expected, string? extracted)
    {
        if (outcome.Label == LabelState.NotLabelled && string.IsNullOrEmpty(extracted))
        {
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("label", outcome.Label.ToString());
        json.WriteString("expected", expected);
        json.WriteString("extracted", string.IsNullOrEmpty(extracted) ? null : extracted);
        if (outcome.Label == LabelState.Present)
        {
            json.WriteBoolean("correct", outcome.Correct);
            json.WriteBoolean("lenientCorrect", outcome.LenientCorrect);
            json.WriteNumber("similarity", outcome.Similarity);
        }

        json.WriteEndObject();
    }
}
