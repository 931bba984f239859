using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Harness;

namespace NewsModel.Evaluation.Tests.Support;

/// <summary>Predicts exactly what the labels say: every metric must then read 1.</summary>
internal sealed class OraclePredictor : IPagePredictor
{
    public string Name => "oracle";

    public TimedPrediction Predict(LabelledPage page, byte[] bytes) => new(
        new Prediction(
            page.ExpectedBody ?? string.Join("\n", page.With),
            page.Headline,
            page.Authors ?? [],
            page.Date,
            page.Categories),
        TimeSpan.FromMilliseconds(1));
}
