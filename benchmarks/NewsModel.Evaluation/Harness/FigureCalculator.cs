using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Harness;

/// <summary>
/// Turns page results into the corpus figures. The same calculation runs on the corpus and on every bootstrap
/// resample, so a figure and its ± always come from one definition.
/// </summary>
public static class FigureCalculator
{
    /// <summary>A figure's definition: key, label, direction, and how to compute it from a set of pages.</summary>
    private sealed record Definition(string Key, string Label, bool HigherIsBetter, Func<IReadOnlyList<PageResult>, double> Compute, Func<IReadOnlyList<PageResult>, int> Pages);

    /// <summary>Computes the figures a corpus supports, with bootstrap standard deviations.</summary>
    /// <param name="pages">The page results.</param>
    /// <param name="resamples">Bootstrap resamples.</param>
    /// <param name="seed">Bootstrap seed.</param>
    /// <returns>The figures, in table order.</returns>
    public static IReadOnlyList<Figure> Compute(IReadOnlyList<PageResult> pages, int resamples = Bootstrap.DefaultResamples, int seed = Bootstrap.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var definitions = Definitions(pages);
        var deviations = Bootstrap.StandardDeviations(
            pages,
            sample => definitions.Select(d => d.Compute(sample)).ToArray(),
            resamples,
            seed);
        return definitions
            .Select((d, i) => new Figure(d.Key, d.Label, d.Compute(pages), deviations[i], d.Pages(pages), d.HigherIsBetter))
            .ToArray();
    }

    private static List<Definition> Definitions(IReadOnlyList<PageResult> pages)
    {
        var definitions = new List<Definition>();
        if (pages.Any(p => p.Body is not null))
        {
            static ShingleSummary Body(IReadOnlyList<PageResult> s) => ShingleSummary.Summarize(s.Where(p => p.Body is not null).Select(p => p.Body!.Value).ToArray());
            static int BodyPages(IReadOnlyList<PageResult> s) => s.Count(p => p.Body is not null);
            definitions.Add(new("body.f1", "body F1 (shingles)", true, s => Body(s).F1, BodyPages));
            definitions.Add(new("body.precision", "body precision (shingles)", true, s => Body(s).Precision, s => s.Count(p => p.Body is { HasPrediction: true })));
            definitions.Add(new("body.recall", "body recall (shingles)", true, s => Body(s).Recall, s => s.Count(p => p.Body is { HasTruth: true })));
            definitions.Add(new("body.accuracy", "body exact-match accuracy", true, s => Body(s).Accuracy, BodyPages));
        }

        if (pages.Any(p => p.Snippets is not null))
        {
            static SnippetCounts Snippets(IReadOnlyList<PageResult> s) => SnippetScorer.Summarize(s.Where(p => p.Snippets is not null).Select(p => p.Snippets!.Value));
            static int SnippetPages(IReadOnlyList<PageResult> s) => s.Count(p => p.Snippets is not null);
            definitions.Add(new("snippets.f1", "body F1 (snippets)", true, s => Snippets(s).F1, SnippetPages));
            definitions.Add(new("snippets.precision", "body precision (snippets)", true, s => Snippets(s).Precision, SnippetPages));
            definitions.Add(new("snippets.recall", "body recall (snippets)", true, s => Snippets(s).Recall, SnippetPages));
            definitions.Add(new("snippets.accuracy", "body accuracy (snippets)", true, s => Snippets(s).Accuracy, SnippetPages));
        }

        AddField(definitions, pages, "headline", "headline", p => p.Headline, "exact", "token F1 ≥ 0.8");
        AddField(definitions, pages, "authors", "authors", p => p.Authors, "exact set", "first author found");
        AddField(definitions, pages, "date", "published date", p => p.Date, "same day", null);
        AddField(definitions, pages, "section", "section", p => p.Section, "leaf in categories", "any level in categories", spurious: false);
        return definitions;
    }

    private static void AddField(List<Definition> definitions, IReadOnlyList<PageResult> pages, string key, string label, Func<PageResult, FieldOutcome> field, string strict, string? lenient, bool spurious = true)
    {
        if (!pages.Any(p => field(p).Label != LabelState.NotLabelled))
        {
            return;
        }

        FieldSummary Summary(IReadOnlyList<PageResult> s) => FieldSummary.Summarize(s.Select(field));
        int Labelled(IReadOnlyList<PageResult> s) => s.Count(p => field(p).Label == LabelState.Present);
        definitions.Add(new($"{key}.accuracy", $"{label} {strict}", true, s => Summary(s).Accuracy, Labelled));
        if (lenient is not null)
        {
            definitions.Add(new($"{key}.lenient", $"{label} {lenient}", true, s => Summary(s).LenientAccuracy, Labelled));
        }

        definitions.Add(new($"{key}.coverage", $"{label} coverage", true, s => Summary(s).Coverage, Labelled));
        if (!spurious)
        {
            return;
        }

        definitions.Add(new($"{key}.spurious", $"{label} spurious (label empty)", false, s => Summary(s).Spurious, s => s.Count(p => field(p).Label == LabelState.Empty)));
    }
}
