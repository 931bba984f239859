using NewsModel.Evaluation.Corpus;

namespace NewsModel.Evaluation.Harness;

/// <summary>The evaluation of one extractor on one corpus.</summary>
/// <param name="Corpus">The corpus.</param>
/// <param name="Predictor">The extractor's name.</param>
/// <param name="Pages">Per-page results, in corpus order.</param>
/// <param name="Figures">The corpus figures, in table order.</param>
/// <param name="Throughput">The extractor's speed.</param>
public sealed record CorpusResult(LabelledCorpus Corpus, string Predictor, IReadOnlyList<PageResult> Pages, IReadOnlyList<Figure> Figures, Throughput Throughput)
{
    /// <summary>Pages where the extractor threw.</summary>
    public int FailedPages => Pages.Count(p => p.Error is not null);

    /// <summary>The figure with a key, or null.</summary>
    /// <param name="key">The key ("body.f1").</param>
    /// <returns>The figure.</returns>
    public Figure? Find(string key) => Figures.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));
}
