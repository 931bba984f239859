using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Harness;

/// <summary>Runs an extractor over every page of a corpus and scores it.</summary>
public static class CorpusEvaluator
{
    /// <summary>Evaluates one corpus.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="predictor">The extractor.</param>
    /// <param name="resamples">Bootstrap resamples.</param>
    /// <param name="seed">Bootstrap seed.</param>
    /// <returns>The result.</returns>
    /// <exception cref="CorpusException">The corpus has no page: an evaluation of nothing must not pass.</exception>
    public static CorpusResult Evaluate(LabelledCorpus corpus, IPagePredictor predictor, int resamples = Bootstrap.DefaultResamples, int seed = Bootstrap.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(predictor);
        if (corpus.Pages.Count == 0)
        {
            throw new CorpusException($"The corpus '{corpus.Directory}' has no labelled page: nothing would be evaluated.");
        }

        // One untimed call first, so that JIT compilation is not billed to the first page.
        Run(predictor, corpus.Pages[0], File.ReadAllBytes(corpus.Pages[0].PagePath));

        var results = new List<PageResult>(corpus.Pages.Count);
        foreach (var page in corpus.Pages)
        {
            var bytes = File.ReadAllBytes(page.PagePath);
            var (prediction, elapsed, error) = Run(predictor, page, bytes);
            results.Add(PageScorer.Score(page, prediction) with
            {
                StoredBytes = bytes.LongLength,
                HtmlBytes = PageBytes.Decompress(bytes).LongLength,
                Elapsed = elapsed,
                Error = error,
            });
        }

        var throughput = new Throughput(
            results.Count,
            results.Sum(r => r.HtmlBytes),
            TimeSpan.FromTicks(results.Sum(r => r.Elapsed.Ticks)));
        return new CorpusResult(corpus, predictor.Name, results, FigureCalculator.Compute(results, resamples, seed), throughput);
    }

    private static (Prediction Prediction, TimeSpan Elapsed, string? Error) Run(IPagePredictor predictor, LabelledPage page, byte[] bytes)
    {
        try
        {
            var timed = predictor.Predict(page, bytes);
            return (timed.Prediction, timed.Elapsed, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Recorded and reported (and failing the floors check), so one bad page does not hide the others' scores.
            return (Prediction.Empty, TimeSpan.Zero, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
