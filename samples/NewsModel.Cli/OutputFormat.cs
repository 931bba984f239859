namespace NewsModel.Cli;

/// <summary>How <c>extract</c> writes articles.</summary>
internal enum OutputFormat
{
    /// <summary>One indented JSON document for one page; one JSON line per page for a folder.</summary>
    Json,

    /// <summary>One JSON line per page, each with an <c>"id"</c>.</summary>
    Jsonl,

    /// <summary>Headline, byline, date and body as plain text.</summary>
    Text,

    /// <summary>The article as Markdown.</summary>
    Markdown,
}
