using System.Globalization;
using NewsModel.Evaluation.Harness;

namespace NewsModel.Evaluation.Reporting;

/// <summary>Writes the summary table of each corpus as Markdown.</summary>
public static class MarkdownSummary
{
    /// <summary>Writes one table per corpus.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="results">The corpus results.</param>
    public static void Write(TextWriter writer, IReadOnlyList<CorpusResult> results)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var result in results)
        {
            var t = result.Throughput;
            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"### {result.Corpus.Name}: {result.Pages.Count} pages, {result.Predictor}"));
            writer.WriteLine();
            writer.WriteLine("| figure | value | ± (bootstrap sd) | pages |");
            writer.WriteLine("| --- | ---: | ---: | ---: |");
            foreach (var figure in result.Figures)
            {
                writer.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {figure.Label}{(figure.HigherIsBetter ? string.Empty : " ↓")} | {Formatting.Ratio(figure.Value)} | {Formatting.Ratio(figure.StandardDeviation)} | {figure.Pages} |"));
            }

            writer.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| throughput (parse call only) | {Formatting.OneDecimal(t.PagesPerSecond)} pages/s, {Formatting.OneDecimal(t.MegabytesPerSecond)} MB/s | {Formatting.OneDecimal(t.MillisecondsPerPage)} ms/page | {t.Pages} |"));
            writer.WriteLine();
            if (result.FailedPages > 0)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"**{result.FailedPages} page(s) threw** (see the per-page report):"));
                foreach (var page in result.Pages.Where(p => p.Error is not null).Take(10))
                {
                    writer.WriteLine($"- `{page.Page.Id}`: {page.Error}");
                }

                writer.WriteLine();
            }

            foreach (var warning in result.Corpus.Warnings)
            {
                writer.WriteLine($"- note: {warning}");
            }

            if (result.Corpus.Warnings.Count > 0)
            {
                writer.WriteLine();
            }
        }
    }
}
