using System.Text.Json.Serialization;
using NewsModel.Blocks;
using NewsModel.Internal;
using NewsModel.Rendering;

namespace NewsModel;

/// <summary>
/// A news article read from a page: its headline, byline, dates, section, lead image, body as typed blocks,
/// alternates and mirrors, and for every field where its value came from.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; equality is by value. Absent text values are null; absent structured values are
/// their empty value (<see cref="Byline.Empty"/>, <see cref="Section.Empty"/>, empty lists), never null.
/// <see cref="Text"/> and <see cref="Html"/> are derived from <see cref="Body"/>.
/// </remarks>
public sealed record Article
{
    private readonly EquatableList<string> _tags = EquatableList<string>.Empty;
    private readonly EquatableList<Block> _body = EquatableList<Block>.Empty;
    private readonly EquatableList<AlternateMirror> _alternates = EquatableList<AlternateMirror>.Empty;
    private readonly EquatableList<FieldProvenance> _provenance = EquatableList<FieldProvenance>.Empty;
    private readonly EquatableList<ArticleDiagnostic> _diagnostics = EquatableList<ArticleDiagnostic>.Empty;
    private readonly BodyRendering _rendering = BodyRendering.Empty;

    /// <summary>An article with no values, the starting point for building one by hand.</summary>
    public static Article Empty { get; } = new();

    /// <summary>The page's address as the caller gave it.</summary>
    public Uri? Url { get; init; }

    /// <summary>The canonical address the page declares, resolved against <see cref="Url"/>.</summary>
    public Uri? CanonicalUrl { get; init; }

    /// <summary>The headline, without site-name decorations.</summary>
    public string? Headline { get; init; }

    /// <summary>The description or dek (standfirst).</summary>
    public string? Description { get; init; }

    /// <summary>The byline; <see cref="Byline.Empty"/> when none is known.</summary>
    public Byline Byline { get; init; } = Byline.Empty;

    /// <summary>When the article was first published.</summary>
    public ArticleDate? Published { get; init; }

    /// <summary>When the article was last modified.</summary>
    public ArticleDate? Modified { get; init; }

    /// <summary>The section path; <see cref="Section.Empty"/> when none is known.</summary>
    public Section Section { get; init; } = Section.Empty;

    /// <summary>Tags and keywords, in the order the page gives them, without duplicates.</summary>
    public IReadOnlyList<string> Tags
    {
        get => _tags;
        init => _tags = EquatableList<string>.From(value);
    }

    /// <summary>The article's language as a BCP 47 tag, as the page states it ("en", "de-AT").</summary>
    public string? Language { get; init; }

    /// <summary>The publication's or site's name ("Press TV").</summary>
    public string? SiteName { get; init; }

    /// <summary>The lead image, with its caption and credit.</summary>
    public ArticleImage? LeadImage { get; init; }

    /// <summary>
    /// The body as typed blocks, in reading order. Empty when the page holds no article (a home page, a list of
    /// links); the built-in content extractor then reports an <see cref="DiagnosticSeverity.Info"/> diagnostic with
    /// the code <see cref="Extractors.Content.ContentExtractor.NotFoundCode"/> (<c>content.not-found</c>).
    /// </summary>
    public IReadOnlyList<Block> Body
    {
        get => _body;
        init
        {
            _body = EquatableList<Block>.From(value);
            _rendering = new BodyRendering(_body);
        }
    }

    /// <summary>
    /// The address of the next page when the article is split across pages; null for a one-page article.
    /// </summary>
    public Uri? NextPageUrl { get; init; }

    /// <summary>The body as plain text: blocks separated by blank lines.</summary>
    public string Text => _rendering.Text;

    /// <summary>The body as sanitized HTML, rendered from <see cref="Body"/>.</summary>
    public string Html => _rendering.Html;

    /// <summary>The article's identity across mirrors, AMP and tracking variants of its address.</summary>
    public ArticleIdentity? Identity { get; init; }

    /// <summary>Other addresses where the article, or a version of it, is served.</summary>
    public IReadOnlyList<AlternateMirror> Alternates
    {
        get => _alternates;
        init => _alternates = EquatableList<AlternateMirror>.From(value);
    }

    /// <summary>Where each field's value came from, one entry per field that has a value.</summary>
    public IReadOnlyList<FieldProvenance> Provenance
    {
        get => _provenance;
        init => _provenance = EquatableList<FieldProvenance>.From(value);
    }

    /// <summary>What the parser noticed while reading the page.</summary>
    public IReadOnlyList<ArticleDiagnostic> Diagnostics
    {
        get => _diagnostics;
        init => _diagnostics = EquatableList<ArticleDiagnostic>.From(value);
    }

    /// <summary>True when the parser could not read the input as a page at all (empty, binary, undecodable).</summary>
    [JsonIgnore]
    public bool IsUnreadable => _diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error && d.Code.StartsWith("input.", StringComparison.Ordinal));

    /// <summary>The provenance of one field.</summary>
    /// <param name="field">The field's JSON name ("headline").</param>
    /// <returns>The provenance, or null when the field has no value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public FieldProvenance? SourceOf(string field)
    {
        Preconditions.CheckNotNull(field);
        return _provenance.FirstOrDefault(p => string.Equals(p.Field, field, StringComparison.Ordinal));
    }

    /// <summary>The article as Markdown: headline, byline and dates, then the body.</summary>
    /// <returns>The Markdown text.</returns>
    public string ToMarkdown() => MarkdownRenderer.Render(this);
}
