using NewsModel.Evaluation.Metrics;
using NodaTime;

namespace NewsModel.Evaluation.Corpus;

/// <summary>One labelled page of a corpus: where its bytes are and what it should yield.</summary>
public sealed record LabelledPage
{
    /// <summary>The page's key in the labels file.</summary>
    public required string Id { get; init; }

    /// <summary>The full path of the page's file (gzip-compressed or plain HTML).</summary>
    public required string PagePath { get; init; }

    /// <summary>The page's address, when the labels give an absolute http(s) one.</summary>
    public Uri? Url { get; init; }

    /// <summary>The labelled article body (scrapinghub format), or null.</summary>
    public string? ExpectedBody { get; init; }

    /// <summary>Snippets the main text must contain (trafilatura format).</summary>
    public IReadOnlyList<string> With { get; init; } = [];

    /// <summary>Snippets the main text must not contain (trafilatura format).</summary>
    public IReadOnlyList<string> Without { get; init; } = [];

    /// <summary>The labelled headline: null when not annotated, empty when the page has none.</summary>
    public string? Headline { get; init; }

    /// <summary>The labelled author list as written, for reports: null when not annotated.</summary>
    public string? AuthorsText { get; init; }

    /// <summary>The labelled author names: null when not annotated, empty when the page has none.</summary>
    public IReadOnlyList<string>? Authors { get; init; }

    /// <summary>The labelled publication date as written, for reports: null when not annotated.</summary>
    public string? DateText { get; init; }

    /// <summary>Whether the page has a usable publication-date label.</summary>
    public LabelState DateState { get; init; }

    /// <summary>The labelled publication date, when <see cref="DateState"/> is <see cref="LabelState.Present"/>.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>
    /// The labelled categories (trafilatura format's <c>categories</c>): null when not annotated. An empty list is read
    /// as not annotated too, since pages labelled so often print a category.
    /// </summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Whether any snippet is labelled.</summary>
    public bool HasSnippets => With.Count + Without.Count > 0;
}
