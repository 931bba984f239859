namespace NewsModel.Evaluation.Corpus;

/// <summary>The labelled-folder layouts the harness reads.</summary>
public enum CorpusFormat
{
    /// <summary><c>ground-truth.json</c> (<c>{id: {articleBody, url}}</c>) and <c>html/&lt;id&gt;.html.gz</c>: whole article bodies.</summary>
    Scrapinghub,

    /// <summary><c>labels.json</c> (<c>{url: {file, with, without, title, author, date}}</c>) and <c>html/&lt;file&gt;.gz</c>: body snippets and metadata.</summary>
    TrafilaturaDev,
}
