namespace NewsModel.Evaluation.Metrics;

/// <summary>
/// The trafilatura evaluation's body metric: labelled snippets that must ("with") or must not ("without") appear in
/// the extracted text, compared after collapsing white space on both sides, then micro-averaged over all snippets.
/// </summary>
public static class SnippetScorer
{
    /// <summary>Scores one page.</summary>
    /// <param name="extracted">The extracted main text.</param>
    /// <param name="with">Snippets that must appear.</param>
    /// <param name="without">Snippets that must not appear.</param>
    /// <returns>The counts. Snippets that are blank after collapsing are ignored: they would be "found" in any text.</returns>
    public static SnippetCounts Score(string? extracted, IEnumerable<string> with, IEnumerable<string> without)
    {
        ArgumentNullException.ThrowIfNull(with);
        ArgumentNullException.ThrowIfNull(without);
        var text = TextNormalization.CollapseWhitespace(extracted);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var snippet in Collapsed(with))
        {
            if (text.Contains(snippet, StringComparison.Ordinal))
            {
                tp++;
            }
            else
            {
                fn++;
            }
        }

        foreach (var snippet in Collapsed(without))
        {
            if (text.Contains(snippet, StringComparison.Ordinal))
            {
                fp++;
            }
            else
            {
                tn++;
            }
        }

        return new SnippetCounts(tp, fp, fn, tn);
    }

    /// <summary>Micro-averages pages: sums their counts.</summary>
    /// <param name="pages">The page counts.</param>
    /// <returns>The summed counts, whose ratios are the micro-averaged figures.</returns>
    public static SnippetCounts Summarize(IEnumerable<SnippetCounts> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        return pages.Aggregate(default(SnippetCounts), (sum, page) => sum + page);
    }

    private static IEnumerable<string> Collapsed(IEnumerable<string> snippets) =>
        snippets.Select(TextNormalization.CollapseWhitespace).Where(s => s.Length > 0);
}
