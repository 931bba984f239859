using System.Globalization;
using NewsModel.Evaluation.Harness;
using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Reporting;

/// <summary>Writes, per corpus and metric, the worst pages as Markdown: what was extracted against what was expected.</summary>
public static class WorstPagesWriter
{
    /// <summary>The number of pages listed per metric.</summary>
    public const int DefaultCount = 20;

    private const int BodyExcerpt = 600;

    /// <summary>Writes one file per metric the corpus has (<c>worst-&lt;corpus&gt;-&lt;metric&gt;.md</c>).</summary>
    /// <param name="directory">The output folder.</param>
    /// <param name="result">The corpus result.</param>
    /// <param name="count">How many pages to list per metric.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Write(string directory, CorpusResult result, int count = DefaultCount)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(result);
        var written = new List<string>();
        var pages = result.Pages;

        if (pages.Any(p => p.Body is not null))
        {
            var worst = pages.Where(p => p.Body is not null).OrderBy(p => p.Body!.Value.F1).ThenBy(p => p.Page.Id, StringComparer.Ordinal).Take(count);
            written.Add(WriteFile(directory, result, "body", "page F1 of shingles, lowest first", worst, page =>
            {
                var b = page.Body!.Value;
                return [
                    string.Create(CultureInfo.InvariantCulture, $"F1 {Formatting.Ratio(b.F1)}, precision {Formatting.Ratio(b.Precision)}, recall {Formatting.Ratio(b.Recall)}"),
                    $"- extracted: {Formatting.Cell(page.Prediction.Body, BodyExcerpt)}",
                    $"- expected: {Formatting.Cell(page.Page.ExpectedBody, BodyExcerpt)}",
                ];
            }));
        }

        if (pages.Any(p => p.Snippets is not null))
        {
            var worst = pages.Where(p => p.Snippets is not null)
                .OrderByDescending(p => p.Snippets!.Value.Errors)
                .ThenBy(p => p.Snippets!.Value.Accuracy)
                .ThenBy(p => p.Page.Id, StringComparer.Ordinal)
                .Take(count);
            written.Add(WriteFile(directory, result, "snippets", "most snippets judged wrongly first", worst, page =>
            {
                var text = TextNormalization.CollapseWhitespace(page.Prediction.Body);
                var lines = new List<string>
                {
                    string.Create(CultureInfo.InvariantCulture, $"{page.Snippets!.Value.FalseNegative} missing, {page.Snippets.Value.FalsePositive} unwanted of {page.Snippets.Value.Total}"),
                };
                lines.AddRange(page.Page.With.Where(s => !text.Contains(TextNormalization.CollapseWhitespace(s), StringComparison.Ordinal)).Select(s => $"- missing: {Formatting.Cell(s)}"));
                lines.AddRange(page.Page.Without.Where(s => text.Contains(TextNormalization.CollapseWhitespace(s), StringComparison.Ordinal)).Select(s => $"- unwanted: {Formatting.Cell(s)}"));
                lines.Add($"- extracted: {Formatting.Cell(page.Prediction.Body, BodyExcerpt)}");
                return lines;
            }));
        }

        WriteField(directory, result, count, written, "headline", p => p.Headline, p => p.Page.Headline, p => p.Prediction.Headline);
        WriteField(directory, result, count, written, "authors", p => p.Authors, p => p.Page.AuthorsText, p => string.Join("; ", p.Prediction.Authors));
        WriteField(directory, result, count, written, "date", p => p.Date, p => p.Page.DateText, p => Formatting.Date(p.Prediction.Published));
        WriteField(directory, result, count, written, "section", p => p.Section, p => p.Page.Categories is { } c ? string.Join("; ", c) : null, p => string.Join(" › ", p.Prediction.SectionLevels));
        return written;
    }

    private static void WriteField(
        string directory,
        CorpusResult result,
        int count,
        List<string> written,
        string metric,
        Func<PageResult, FieldOutcome> field,
        Func<PageResult, string?> expected,
        Func<PageResult, string?> extracted)
    {
        if (!result.Pages.Any(p => field(p).Label != LabelState.NotLabelled))
        {
            return;
        }

        // Wrong labelled values first (a wrong value misleads more than a missing one), then missing ones, then spurious ones.
        var worst = result.Pages
            .Where(p => (field(p).Label == LabelState.Present && !field(p).Correct) || (field(p).Label == LabelState.Empty && field(p).Predicted))
            .OrderBy(p => field(p).Label == LabelState.Present ? 0 : 1)
            .ThenBy(p => field(p).Predicted ? 0 : 1)
            .ThenBy(p => field(p).Similarity)
            .ThenBy(p => p.Page.Id, StringComparer.Ordinal)
            .Take(count);
        written.Add(WriteFile(directory, result, metric, "wrong values first, then missing, then spurious", worst, page => [
            string.Create(CultureInfo.InvariantCulture, $"similarity {Formatting.Ratio(field(page).Similarity)}"),
            $"- extracted: {Formatting.Cell(extracted(page))}",
            $"- expected: {Formatting.Cell(expected(page))}",
        ]));
    }

    private static string WriteFile(string directory, CorpusResult result, string metric, string order, IEnumerable<PageResult> pages, Func<PageResult, IReadOnlyList<string>> describe)
    {
        var path = Path.Combine(directory, $"worst-{result.Corpus.Name}-{metric}.md");
        using var writer = new StreamWriter(path);
        writer.WriteLine($"# {result.Corpus.Name}: worst pages for {metric} ({result.Predictor})");
        writer.WriteLine();
        writer.WriteLine($"Order: {order}.");
        writer.WriteLine();
        var rank = 0;
        foreach (var page in pages)
        {
            rank++;
            var lines = describe(page);
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"## {rank}. `{page.Page.Id}`"));
            writer.WriteLine();
            writer.WriteLine($"{page.Page.Url?.AbsoluteUri ?? "(no address)"}, file `{Path.GetFileName(page.Page.PagePath)}`: {lines[0]}");
            writer.WriteLine();
            foreach (var line in lines.Skip(1))
            {
                writer.WriteLine(line);
            }

            writer.WriteLine();
        }

        if (rank == 0)
        {
            writer.WriteLine("No page is wrong on this metric.");
        }

        return path;
    }
}
