using System.Diagnostics.CodeAnalysis;
using AngleSharp.Html.Dom;
using NewsModel.Internal;
using NewsModel.Publishers;

namespace NewsModel.Pipeline;

/// <summary>
/// Everything about one page while it is being parsed: the DOM, the page address, the options, the values proposed
/// so far and the diagnostics. Created by the parser for each page and handed to each extractor in turn.
/// </summary>
/// <remarks>Not thread-safe: one context belongs to one parse.</remarks>
public sealed class ExtractionContext
{
    private readonly Dictionary<ArticleField, List<object>> _candidates = [];
    private readonly List<ArticleDiagnostic> _diagnostics = [];
    private readonly Dictionary<Type, object> _shared = [];
    private int _order;
    private DocumentIndex? _index;

    internal ExtractionContext(IHtmlDocument document, Uri? pageUrl, ArticleParserOptions options, CancellationToken cancellationToken)
    {
        Document = document;
        PageUrl = pageUrl;
        Options = options;
        CancellationToken = cancellationToken;
    }

    /// <summary>The parsed page. Scripts were not run and no resource was loaded.</summary>
    public IHtmlDocument Document { get; }

    /// <summary>The page's address as the caller gave it.</summary>
    public Uri? PageUrl { get; }

    /// <summary>The options of this parse.</summary>
    public ArticleParserOptions Options { get; }

    /// <summary>Signalled when the caller cancels or the time limit passes; long-running extractors check it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The address relative links resolve against: the page's <c>&lt;base href&gt;</c> resolved against the page address, else the page address.</summary>
    public Uri? BaseUrl => Index.BaseUrl;

    /// <summary>
    /// The publisher profile that matched the page, set by the profile extractor (or a user's own) so that later
    /// extractors can use the site's defaults, such as its time zone for dates printed without an offset. Null when
    /// no profile matched.
    /// </summary>
    public PublisherProfile? Publisher { get; set; }

    internal DocumentIndex Index => _index ??= DocumentIndex.Build(this);

    internal IReadOnlyList<ArticleDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Proposes a value for a field.</summary>
    /// <typeparam name="T">The field's value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value.</param>
    /// <param name="source">Where it was read (see <see cref="ArticleSources"/>).</param>
    /// <param name="priority">Its precedence; when omitted, the documented precedence of <paramref name="source"/> for that field.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public void Propose<T>(ArticleField<T> field, T value, string source, int? priority = null)
        where T : notnull
    {
        Preconditions.CheckNotNull(field);
        ArgumentNullException.ThrowIfNull(value);
        Preconditions.CheckNotNull(source);
        if (!_candidates.TryGetValue(field, out var list))
        {
            _candidates[field] = list = [];
        }

        list.Add(new Entry<T>(new FieldCandidate<T>(value, source, priority ?? FieldPrecedence.PriorityOf(field, source)), _order++));
    }

    /// <summary>The values proposed so far for a field, highest precedence first.</summary>
    /// <typeparam name="T">The field's value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <returns>The candidates; empty when none was proposed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public IReadOnlyList<FieldCandidate<T>> GetCandidates<T>(ArticleField<T> field)
        where T : notnull
    {
        Preconditions.CheckNotNull(field);
        if (!_candidates.TryGetValue(field, out var list))
        {
            return [];
        }

        return list.Cast<Entry<T>>()
            .OrderByDescending(e => e.Candidate.Priority)
            .ThenBy(e => e.Order)
            .Select(e => e.Candidate)
            .ToArray();
    }

    /// <summary>The value of highest precedence proposed so far for a field.</summary>
    /// <typeparam name="T">The field's value type.</typeparam>
    /// <param name="field">The field.</param>
    /// <param name="value">The value, when there is one.</param>
    /// <returns>True when a value was proposed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public bool TryGetBest<T>(ArticleField<T> field, [MaybeNullWhen(false)] out T value)
        where T : notnull
    {
        var candidates = GetCandidates(field);
        if (candidates.Count == 0)
        {
            value = default;
            return false;
        }

        value = candidates[0].Value;
        return true;
    }

    /// <summary>Records a diagnostic about the page.</summary>
    /// <param name="severity">How much it matters.</param>
    /// <param name="code">A stable, dotted code.</param>
    /// <param name="message">A message for people.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    public void Report(DiagnosticSeverity severity, string code, string message) =>
        _diagnostics.Add(new ArticleDiagnostic(severity, code, message));

    /// <summary>Resolves a link from the page against <see cref="BaseUrl"/>; only http and https addresses are returned.</summary>
    /// <param name="href">The link as written; surrounding white space is ignored.</param>
    /// <returns>The absolute address, or null when the link is empty, malformed or of another scheme.</returns>
    public Uri? ResolveUrl(string? href) => UrlResolver.Resolve(BaseUrl, href);

    /// <summary>
    /// A value computed once per page and shared by extractors (an index of the page's JSON-LD, say), created on
    /// first use.
    /// </summary>
    /// <typeparam name="T">The value's type, which is also its key.</typeparam>
    /// <param name="factory">Creates the value from this context.</param>
    /// <returns>The shared value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factory"/> is null.</exception>
    public T GetShared<T>(Func<ExtractionContext, T> factory)
        where T : class
    {
        Preconditions.CheckNotNull(factory);
        if (_shared.TryGetValue(typeof(T), out var existing))
        {
            return (T)existing;
        }

        var created = factory(this);
        _shared[typeof(T)] = created;
        return created;
    }

    internal IEnumerable<(FieldCandidate<T> Candidate, int Order)> Entries<T>(ArticleField<T> field)
        where T : notnull =>
        _candidates.TryGetValue(field, out var list) ? list.Cast<Entry<T>>().Select(e => (e.Candidate, e.Order)) : [];

    private sealed record Entry<T>(FieldCandidate<T> Candidate, int Order)
        where T : notnull;
}
