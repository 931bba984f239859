namespace NewsModel.Evaluation.Harness;

/// <summary>A prediction and how long the extractor's own call took (not the file reading).</summary>
/// <param name="Prediction">The prediction.</param>
/// <param name="Elapsed">The time spent in the extractor call.</param>
public sealed record TimedPrediction(Prediction Prediction, TimeSpan Elapsed);
