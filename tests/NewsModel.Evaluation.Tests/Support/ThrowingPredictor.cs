using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Harness;

namespace NewsModel.Evaluation.Tests.Support;

/// <summary>Throws on every page, as a buggy extractor would.</summary>
internal sealed class ThrowingPredictor : IPagePredictor
{
    public string Name => "throwing";

    public TimedPrediction Predict(LabelledPage page, byte[] bytes) => throw new InvalidOperationException("boom");
}
