namespace NewsModel.Evaluation.Corpus;

/// <summary>A labelled corpus read from one folder.</summary>
/// <param name="Name">The folder's name ("scrapinghub"), the key of its floors.</param>
/// <param name="Directory">The folder's full path.</param>
/// <param name="Format">The layout it was read in.</param>
/// <param name="Pages">The pages, in label-file order.</param>
/// <param name="Warnings">Labels that could not be used (an unreadable date, for instance).</param>
public sealed record LabelledCorpus(string Name, string Directory, CorpusFormat Format, IReadOnlyList<LabelledPage> Pages, IReadOnlyList<string> Warnings);
