using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Harness;

/// <summary>Scores one page's prediction against every label the page has.</summary>
public static class PageScorer
{
    /// <summary>Scores a page.</summary>
    /// <param name="page">The labelled page.</param>
    /// <param name="prediction">The prediction.</param>
    /// <returns>The result, without cost figures (the caller adds them).</returns>
    public static PageResult Score(LabelledPage page, Prediction prediction)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(prediction);
        return new PageResult
        {
            Page = page,
            Prediction = prediction,
            Body = page.ExpectedBody is null ? null : ShingleScorer.Match(page.ExpectedBody, prediction.Body),
            Snippets = page.HasSnippets ? SnippetScorer.Score(prediction.Body, page.With, page.Without) : null,
            Headline = HeadlineScorer.Score(page.Headline, prediction.Headline),
            Authors = AuthorScorer.Score(page.Authors, prediction.Authors),
            Date = DateScorer.Score(page.Date, page.DateState, prediction.Published),
            Section = SectionScorer.Score(page.Categories, prediction.SectionLevels),
        };
    }
}
