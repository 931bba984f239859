using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Harness;
using NewsModel.Evaluation.Tests.Support;

namespace NewsModel.Evaluation.Tests;

/// <summary>
/// The proofs that the harness measures on the published scale, run on the shared corpora (see
/// <see cref="CorpusLocation"/> for where they are looked for).
/// </summary>
public class RealCorpusTests
{
    [SkippableFact]
    public void Scrapinghub_GroundTruthAsPrediction_EveryFigureOne()
    {
        var corpus = CorpusReader.Read(CorpusLocation.SubCorpus("scrapinghub"));

        var result = CorpusEvaluator.Evaluate(corpus, new OraclePredictor(), resamples: 100);

        Assert.Equal(181, result.Pages.Count);
        Assert.All(result.Figures, f => Assert.Equal(1, f.Value, 12));
    }

    [SkippableFact]
    public void Scrapinghub_EmptyPrediction_EveryFigureZero()
    {
        var corpus = CorpusReader.Read(CorpusLocation.SubCorpus("scrapinghub"));

        var result = CorpusEvaluator.Evaluate(corpus, new EmptyPredictor(), resamples: 100);

        Assert.Equal(4, result.Figures.Count);
        Assert.All(result.Figures, f => Assert.Equal(0, f.Value));
    }

    [SkippableFact]
    public void TrafilaturaDev_GroundTruthAsPrediction_EveryFigureOneAndNothingSpurious()
    {
        var corpus = CorpusReader.Read(CorpusLocation.SubCorpus("trafilatura-dev"));

        var result = CorpusEvaluator.Evaluate(corpus, new OraclePredictor(), resamples: 100);

        Assert.Equal(346, result.Pages.Count);
        Assert.Equal(18, result.Figures.Count);
        Assert.Equal(69, result.Find("section.accuracy")!.Pages);
        Assert.All(result.Figures, f => Assert.Equal(f.HigherIsBetter ? 1 : 0, f.Value, 12));
    }

    [SkippableFact]
    public void TrafilaturaDev_EmptyPrediction_EveryFigureZeroButSnippetAccuracy()
    {
        var corpus = CorpusReader.Read(CorpusLocation.SubCorpus("trafilatura-dev"));
        var withouts = corpus.Pages.Sum(p => p.Without.Count);
        var snippets = withouts + corpus.Pages.Sum(p => p.With.Count);

        var result = CorpusEvaluator.Evaluate(corpus, new EmptyPredictor(), resamples: 100);

        // Extracting nothing leaves every "without" snippet rightly absent: accuracy is their share, the rest is 0.
        Assert.Equal((double)withouts / snippets, result.Find("snippets.accuracy")!.Value, 12);
        Assert.All(result.Figures.Where(f => f.Key != "snippets.accuracy"), f => Assert.Equal(0, f.Value));
    }

    [SkippableFact]
    public void Scrapinghub_WholeVisiblePageText_ReproducesPublishedHtmlTextBaseline()
    {
        // Published for html-text 0.7.0 (the whole page's text): F1 0.665, precision 0.500, recall 0.994.
        var corpus = CorpusReader.Read(CorpusLocation.SubCorpus("scrapinghub"));

        var result = CorpusEvaluator.Evaluate(corpus, new VisibleTextPredictor());

        Assert.InRange(result.Find("body.f1")!.Value, 0.645, 0.685);
        Assert.InRange(result.Find("body.precision")!.Value, 0.48, 0.52);
        Assert.InRange(result.Find("body.recall")!.Value, 0.984, 1.0);
        Assert.Equal(0, result.Find("body.accuracy")!.Value);

        // The published ± for that row is 0.015 (F1), 0.017 (precision), 0.001 (recall).
        Assert.InRange(result.Find("body.f1")!.StandardDeviation, 0.010, 0.020);
        Assert.InRange(result.Find("body.precision")!.StandardDeviation, 0.012, 0.022);
    }
}
