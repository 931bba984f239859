using AngleSharp.Html.Parser;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel;

/// <summary>
/// Parses news pages into <see cref="Article"/>s. The common case is one call:
/// <c>ArticleParser.Parse(html, new Uri("https://example.com/news/1"))</c>.
/// </summary>
/// <remarks>
/// Thread-safe. Malformed pages never throw: they give the best article possible, with
/// <see cref="Article.Diagnostics"/>. Exceptions are thrown only for null arguments, for limits set in
/// <see cref="ArticleParserOptions"/> (<see cref="ArticleLimitExceededException"/>) and for cancellation.
/// No script is run and nothing is fetched.
/// </remarks>
public static class ArticleParser
{
    /// <summary>Parses a page given as text.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="pageUrl">The page's address; relative links resolve against it. Optional.</param>
    /// <param name="options">The options; <see cref="ArticleParserOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArticleLimitExceededException">The input or the time taken exceeds a limit in <paramref name="options"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Article Parse(string html, Uri? pageUrl = null, ArticleParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(html);
        options ??= ArticleParserOptions.Default;
        if (html.Length > options.MaxInputBytes)
        {
            throw TooLarge(options);
        }

        var diagnostics = new List<ArticleDiagnostic>();
        if (string.IsNullOrWhiteSpace(html))
        {
            diagnostics.Add(new ArticleDiagnostic(DiagnosticSeverity.Error, "input.empty", "The input is empty."));
            return Unreadable(pageUrl, diagnostics);
        }

        if (InputDecoder.LooksBinary(html))
        {
            diagnostics.Add(new ArticleDiagnostic(DiagnosticSeverity.Error, "input.binary", "The input is binary data, not an HTML page."));
            return Unreadable(pageUrl, diagnostics);
        }

        return Run(html, pageUrl, options, diagnostics, cancellationToken);
    }

    /// <summary>Parses a page given as bytes in any charset, or gzip-compressed; the charset is detected as browsers do.</summary>
    /// <param name="html">The page's bytes.</param>
    /// <param name="pageUrl">The page's address; relative links resolve against it. Optional.</param>
    /// <param name="options">The options; <see cref="ArticleParserOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the parse.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArticleLimitExceededException">The input or the time taken exceeds a limit in <paramref name="options"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Article Parse(byte[] html, Uri? pageUrl = null, ArticleParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(html);
        options ??= ArticleParserOptions.Default;
        return ParseBytes(html, html.Length, pageUrl, options, cancellationToken);
    }

    /// <summary>Reads a page from a stream of bytes in any charset, or gzip-compressed, and parses it.</summary>
    /// <param name="html">The stream; read to its end, not disposed.</param>
    /// <param name="pageUrl">The page's address; relative links resolve against it. Optional.</param>
    /// <param name="options">The options; <see cref="ArticleParserOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the read and the parse.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ArticleLimitExceededException">The input or the time taken exceeds a limit in <paramref name="options"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<Article> ParseAsync(Stream html, Uri? pageUrl = null, ArticleParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(html);
        options ??= ArticleParserOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await html.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxInputBytes)
            {
                throw TooLarge(options);
            }

            buffer.Write(chunk, 0, read);
        }

        return ParseBytes(buffer.GetBuffer(), (int)buffer.Length, pageUrl, options, cancellationToken);
    }

    private static Article ParseBytes(byte[] bytes, int length, Uri? pageUrl, ArticleParserOptions options, CancellationToken cancellationToken)
    {
        if (length > options.MaxInputBytes)
        {
            throw TooLarge(options);
        }

        var diagnostics = new List<ArticleDiagnostic>();
        var text = InputDecoder.Decode(bytes, length, options, diagnostics);
        return text is null ? Unreadable(pageUrl, diagnostics) : Run(text, pageUrl, options, diagnostics, cancellationToken);
    }

    private static Article Run(string html, Uri? pageUrl, ArticleParserOptions options, List<ArticleDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var timeout = options.Timeout is { } limit ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        timeout?.CancelAfter(options.Timeout!.Value);
        var token = timeout?.Token ?? cancellationToken;
        try
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });
            using var document = parser.ParseDocument(html);
            var context = new ExtractionContext(document, pageUrl, options, token);
            foreach (var extractor in options.Pipeline.Extractors)
            {
                token.ThrowIfCancellationRequested();
                RunExtractor(extractor, context, options);
            }

            token.ThrowIfCancellationRequested();
            return ArticleAssembler.Assemble(context, diagnostics);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && timeout is not null)
        {
            throw new ArticleLimitExceededException(ArticleLimit.Time, $"The parse took longer than the limit of {options.Timeout}.", ex);
        }
    }

    private static void RunExtractor(IArticleExtractor extractor, ExtractionContext context, ArticleParserOptions options)
    {
        if (options.ThrowOnExtractorFailure)
        {
            extractor.Extract(context);
            return;
        }

        try
        {
            extractor.Extract(context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ArticleLimitExceededException and not OutOfMemoryException)
        {
            // One faulty extractor must not cost the caller the rest of the article; the failure stays visible.
            context.Report(DiagnosticSeverity.Error, "extractor.failed", $"Extractor '{extractor.Name}' failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static Article Unreadable(Uri? pageUrl, List<ArticleDiagnostic> diagnostics) =>
        new() { Url = pageUrl, Diagnostics = diagnostics };

    private static ArticleLimitExceededException TooLarge(ArticleParserOptions options) =>
        new(ArticleLimit.InputSize, $"The input exceeds the limit of {options.MaxInputBytes} bytes set in {nameof(ArticleParserOptions)}.{nameof(ArticleParserOptions.MaxInputBytes)}.");
}
