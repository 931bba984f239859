using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Identity;

/// <summary>
/// Gives the article its identity across addresses: the normalized canonical address when the page declares one,
/// else the normalized page address. Runs after the markup readers.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class IdentityExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public string Name => "identity";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Uri? basis = null;
        string source = ArticleSources.PageUrl;
        var candidates = context.GetCandidates(ArticleFields.CanonicalUrl);
        if (candidates.Count > 0)
        {
            basis = candidates[0].Value;
            source = candidates[0].Source;
        }
        else if (context.PageUrl is { IsAbsoluteUri: true } page && page.Scheme is "http" or "https")
        {
            basis = page;
        }

        if (basis is null)
        {
            return;
        }

        var normalized = UrlNormalizer.Normalize(basis);
        context.Propose(ArticleFields.Identity, new ArticleIdentity(normalized.AbsoluteUri) { CanonicalUrl = normalized }, source);
        if (context.PageUrl is { IsAbsoluteUri: true } pageUrl && candidates.Count > 0
            && !UrlNormalizer.Normalize(pageUrl).Equals(normalized))
        {
            context.Propose(ArticleFields.Alternates, new AlternateMirror(candidates[0].Value, MirrorKind.Canonical) { Source = source }, source);
        }
    }
}
