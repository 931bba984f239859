using NewsModel.Evaluation.Corpus;

namespace NewsModel.Evaluation.Harness;

/// <summary>An extractor under evaluation: NewsModel itself, or a reference baseline.</summary>
public interface IPagePredictor
{
    /// <summary>The name shown in reports ("newsmodel").</summary>
    string Name { get; }

    /// <summary>Extracts one page, timing the extraction call alone.</summary>
    /// <param name="page">The page's labels (for its address; a predictor must not read the expected values).</param>
    /// <param name="bytes">The page file's bytes, as stored (possibly gzip-compressed).</param>
    /// <returns>The prediction and the time it took.</returns>
    TimedPrediction Predict(LabelledPage page, byte[] bytes);
}
