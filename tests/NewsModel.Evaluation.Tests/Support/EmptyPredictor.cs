using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Harness;

namespace NewsModel.Evaluation.Tests.Support;

/// <summary>Predicts nothing at all: every metric must then read 0.</summary>
internal sealed class EmptyPredictor : IPagePredictor
{
    public string Name => "empty";

    public TimedPrediction Predict(LabelledPage page, byte[] bytes) => new(Prediction.Empty, TimeSpan.FromMilliseconds(1));
}
