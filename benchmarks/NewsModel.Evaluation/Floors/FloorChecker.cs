using System.Globalization;
using NewsModel.Evaluation.Harness;
using NewsModel.Evaluation.Reporting;

namespace NewsModel.Evaluation.Floors;

/// <summary>Compares corpus figures with their floors.</summary>
public static class FloorChecker
{
    /// <summary>Lists every way the results fall short of the floors.</summary>
    /// <param name="floors">The floors.</param>
    /// <param name="results">The evaluated corpora.</param>
    /// <returns>One message per failure; empty when every floor holds.</returns>
    /// <remarks>
    /// For a figure where lower is better (a spurious rate) the bound is a ceiling: the figure must not rise above it.
    /// A floor for a corpus that was not evaluated, or for a figure the corpus does not have, is a failure too: a gate
    /// that checks nothing must not pass. So is any page on which the extractor threw.
    /// </remarks>
    public static IReadOnlyList<string> Check(FloorSet floors, IReadOnlyList<CorpusResult> results)
    {
        ArgumentNullException.ThrowIfNull(floors);
        ArgumentNullException.ThrowIfNull(results);
        var failures = new List<string>();
        foreach (var (corpusName, corpusFloors) in floors.Corpora.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var result = results.FirstOrDefault(r => string.Equals(r.Corpus.Name, corpusName, StringComparison.Ordinal));
            if (result is null)
            {
                failures.Add($"{corpusName}: has floors but was not evaluated (corpora evaluated: {string.Join(", ", results.Select(r => r.Corpus.Name))}).");
                continue;
            }

            foreach (var (key, floor) in corpusFloors.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                var figure = result.Find(key);
                if (figure is null)
                {
                    failures.Add($"{corpusName}: {key} has a floor but no such figure was computed.");
                }
                else if (double.IsNaN(figure.Value))
                {
                    failures.Add($"{corpusName}: {key} could not be computed (no pages to compute it on).");
                }
                else if (figure.HigherIsBetter ? figure.Value < floor : figure.Value > floor)
                {
                    var breach = figure.HigherIsBetter ? "fell below its floor" : "rose above its ceiling";
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"{corpusName}: {key} = {Formatting.Ratio(figure.Value)} {breach} {floor.ToString("0.000", CultureInfo.InvariantCulture)}."));
                }
            }
        }

        foreach (var result in results.Where(r => r.FailedPages > 0))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"{result.Corpus.Name}: the extractor threw on {result.FailedPages} page(s); it must never throw on a page."));
        }

        return failures;
    }
}
