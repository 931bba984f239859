using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Harness;

/// <summary>One page's prediction, cost and scores.</summary>
public sealed record PageResult
{
    /// <summary>The labelled page.</summary>
    public required LabelledPage Page { get; init; }

    /// <summary>What the extractor produced (empty when it failed).</summary>
    public required Prediction Prediction { get; init; }

    /// <summary>The size of the page file as stored.</summary>
    public long StoredBytes { get; init; }

    /// <summary>The size of the page's HTML after decompression.</summary>
    public long HtmlBytes { get; init; }

    /// <summary>The time spent in the extractor call.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The exception the extractor threw, or null. The library must never throw on a page, so any is a bug.</summary>
    public string? Error { get; init; }

    /// <summary>The shingle comparison with the labelled body, when the page has one.</summary>
    public ShingleMatch? Body { get; init; }

    /// <summary>The snippet outcomes, when the page has snippets.</summary>
    public SnippetCounts? Snippets { get; init; }

    /// <summary>The headline outcome.</summary>
    public required FieldOutcome Headline { get; init; }

    /// <summary>The authors outcome.</summary>
    public required FieldOutcome Authors { get; init; }

    /// <summary>The publication-date outcome.</summary>
    public required FieldOutcome Date { get; init; }

    /// <summary>The section outcome (labelled categories against the section path).</summary>
    public FieldOutcome Section { get; init; } = FieldOutcome.NotLabelled(false);
}
