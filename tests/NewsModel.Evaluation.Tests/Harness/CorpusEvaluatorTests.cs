using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Harness;
using NewsModel.Evaluation.Tests.Support;

namespace NewsModel.Evaluation.Tests.Harness;

public class CorpusEvaluatorTests
{
    private static readonly string[] HigherIsBetterKeys =
    [
        "snippets.f1", "snippets.precision", "snippets.recall", "snippets.accuracy",
        "headline.accuracy", "headline.lenient", "headline.coverage",
        "authors.accuracy", "authors.lenient", "authors.coverage",
        "date.accuracy", "date.coverage",
        "section.accuracy", "section.lenient", "section.coverage",
    ];

    [Fact]
    public void Evaluate_GroundTruthAsPredictionOnBodies_EveryFigureOne()
    {
        using var corpus = new TempCorpus().Scrapinghub(
            ("ferry", "https://gazette.example/ferry", Pages.FerryBody, Pages.FerryHtml),
            ("short", "https://gazette.example/short", "Two words", "<p>Two words</p>"));

        var result = CorpusEvaluator.Evaluate(CorpusReader.Read(corpus.Directory), new OraclePredictor(), resamples: 50);

        Assert.Equal(["body.f1", "body.precision", "body.recall", "body.accuracy"], result.Figures.Select(f => f.Key));
        Assert.All(result.Figures, f => Assert.Equal(1, f.Value, 12));
        Assert.All(result.Figures, f => Assert.Equal(0, f.StandardDeviation, 12));
    }

    [Fact]
    public void Evaluate_GroundTruthAsPredictionOnSnippetsAndMetadata_EveryFigureOneAndNothingSpurious()
    {
        using var corpus = new TempCorpus().Trafilatura(Pages.BakeryLabels(), Pages.BakeryPages());

        var result = CorpusEvaluator.Evaluate(CorpusReader.Read(corpus.Directory), new OraclePredictor(), resamples: 50);

        Assert.All(HigherIsBetterKeys, key => Assert.Equal(1, result.Find(key)!.Value, 12));
        Assert.All(result.Figures.Where(f => !f.HigherIsBetter), f => Assert.Equal(0, f.Value));
    }

    [Fact]
    public void Evaluate_EmptyPredictionOnBodies_EveryFigureZero()
    {
        using var corpus = new TempCorpus().Scrapinghub(("ferry", "https://gazette.example/ferry", Pages.FerryBody, Pages.FerryHtml));

        var result = CorpusEvaluator.Evaluate(CorpusReader.Read(corpus.Directory), new EmptyPredictor(), resamples: 50);

        Assert.Equal(4, result.Figures.Count);
        Assert.All(result.Figures, f => Assert.Equal(0, f.Value));
    }

    [Fact]
    public void Evaluate_EmptyPredictionOnSnippetsAndMetadata_ZeroExceptTrueNegatives()
    {
        using var corpus = new TempCorpus().Trafilatura(Pages.BakeryLabels(), Pages.BakeryPages());

        var result = CorpusEvaluator.Evaluate(CorpusReader.Read(corpus.Directory), new EmptyPredictor(), resamples: 50);

        // Snippet accuracy counts absent "without" snippets as right: 3 of the 5 snippets.
        Assert.Equal(0.6, result.Find("snippets.accuracy")!.Value, 12);
        Assert.All(HigherIsBetterKeys.Where(k => k != "snippets.accuracy"), key => Assert.Equal(0, result.Find(key)!.Value));
    }

    [Fact]
    public void Evaluate_NoPage_Throws()
    {
        using var corpus = new TempCorpus();
        File.WriteAllText(Path.Combine(corpus.Directory, "ground-truth.json"), "{}");

        var error = Assert.Throws<CorpusException>(() => CorpusEvaluator.Evaluate(CorpusReader.Read(corpus.Directory), new OraclePredictor()));

        Assert.Contains("no labelled page", error.Message);
    }

    [Fact]
    public void Evaluate_PredictorThrows_RecordsEveryPageAsFailed()
    {
        using var corpus = new TempCorpus().Scrapinghub(("ferry", "https://gazette.example/ferry", Pages.FerryBody, Pages.FerryHtml));

        var result = CorpusEvaluator.Evaluate(CorpusReader.Read(corpus.Directory), new ThrowingPredictor(), resamples: 10);

        Assert.Equal(1, result.FailedPages);
        Assert.Contains("boom", result.Pages[0].Error);
        Assert.Equal(0, result.Find("body.recall")!.Value);
    }

    [Fact]
    public void Evaluate_NewsModel_PassesBytesAndAddressAndTimesTheCall()
    {
        using var corpus = new TempCorpus().Trafilatura(Pages.BakeryLabels(), Pages.BakeryPages());

        var result = CorpusEvaluator.Evaluate(CorpusReader.Read(corpus.Directory), new NewsModelPredictor(), resamples: 10);

        Assert.Equal(0, result.FailedPages);
        Assert.Equal("Bäckerei öffnet wieder", result.Pages[0].Prediction.Headline);
        Assert.True(result.Pages[0].HtmlBytes > result.Pages[0].StoredBytes / 2);
        Assert.True(result.Throughput.Elapsed > TimeSpan.Zero);
        Assert.Equal(2, result.Throughput.Pages);
    }
}
