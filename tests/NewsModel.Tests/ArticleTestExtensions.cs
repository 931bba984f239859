namespace NewsModel.Tests;

internal static class ArticleTestExtensions
{
    /// <summary>
    /// The diagnostics about everything but the body. Metadata tests use pages without article text, on which the
    /// content extractor rightly reports <c>content.not-found</c>.
    /// </summary>
    public static IEnumerable<ArticleDiagnostic> DiagnosticsBesidesBody(this Article article) =>
        article.Diagnostics.Where(d => !d.Code.StartsWith("content.", StringComparison.Ordinal));
}
