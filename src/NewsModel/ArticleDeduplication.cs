using System.Runtime.CompilerServices;
using NewsModel.Internal;

namespace NewsModel;

/// <summary>
/// Removes copies of one article from a stream of parsed articles: the same article fetched from a mirror host,
/// over AMP or with tracking parameters has the same <see cref="Article.Identity"/>, and only the first copy is kept.
/// </summary>
/// <remarks>
/// Thread-safe (no shared state); each enumeration keeps the keys it has seen, so memory grows with the number of
/// distinct articles. An article without an identity (parsed without an address or canonical link) cannot be
/// compared and is always kept.
/// </remarks>
public static class ArticleDeduplication
{
    /// <summary>The articles in order, without later copies of an article already seen.</summary>
    /// <param name="articles">The articles.</param>
    /// <returns>The first copy of each article, lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    public static IEnumerable<Article> DistinctByIdentity(this IEnumerable<Article> articles)
    {
        Preconditions.CheckNotNull(articles);
        return Iterate(articles);

        static IEnumerable<Article> Iterate(IEnumerable<Article> articles)
        {
            var seen = new HashSet<ArticleIdentity>();
            foreach (var article in articles)
            {
                if (article is not null && (article.Identity is null || seen.Add(article.Identity)))
                {
                    yield return article;
                }
            }
        }
    }

    /// <summary>The articles in order, without later copies of an article already seen.</summary>
    /// <param name="articles">The articles, as they arrive.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The first copy of each article, as they arrive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="articles"/> is null.</exception>
    public static IAsyncEnumerable<Article> DistinctByIdentity(this IAsyncEnumerable<Article> articles, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(articles);
        return Iterate(articles, cancellationToken);

        static async IAsyncEnumerable<Article> Iterate(IAsyncEnumerable<Article> articles, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var seen = new HashSet<ArticleIdentity>();
            await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (article is not null && (article.Identity is null || seen.Add(article.Identity)))
                {
                    yield return article;
                }
            }
        }
    }
}
