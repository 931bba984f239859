using NewsModel.Internal;
using NewsModel.Pipeline;
using NewsModel.Publishers;

namespace NewsModel.Extractors.Identity;

/// <summary>
/// Gives the article its identity across addresses (see <see cref="PublisherRegistry.Identify"/>): from the
/// canonical address when the page declares a sound one, else from the page address. With a publisher registry,
/// mirror hosts map to the primary host and the publisher's URL pattern yields "publisher:id" keys. Also lists
/// the canonical address as an alternate when it differs from the page's own. Runs after the markup readers.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class IdentityExtractor : IArticleExtractor
{
    /// <summary>Creates the extractor without publisher profiles: identities are normalized addresses.</summary>
    public IdentityExtractor()
        : this(PublisherRegistry.Empty)
    {
    }

    /// <summary>Creates the extractor with publisher profiles.</summary>
    /// <param name="registry">The profiles that map mirrors and yield article ids.</param>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public IdentityExtractor(PublisherRegistry registry) => Registry = Preconditions.CheckNotNull(registry);

    /// <summary>The publisher profiles used.</summary>
    public PublisherRegistry Registry { get; }

    /// <inheritdoc />
    public string Name => "identity";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = context.PageUrl is { IsAbsoluteUri: true } url && url.Scheme is "http" or "https" ? url : null;
        var candidates = context.GetCandidates(ArticleFields.CanonicalUrl);
        var canonical = candidates.Count > 0 ? candidates[0] : (FieldCandidate<Uri>?)null;
        var pageIdentity = page is null ? null : Registry.Identify(page);
        // Extractors may propose any absolute address; only http(s) ones name a fetchable article.
        var canonicalIdentity = canonical is { Value: { IsAbsoluteUri: true, Scheme: "http" or "https" } c } ? Registry.Identify(c) : null;

        if (canonicalIdentity is not null && (pageIdentity is null || !IsSuspect(canonical!.Value.Value, page!, canonicalIdentity, pageIdentity, context)))
        {
            context.Propose(ArticleFields.Identity, canonicalIdentity, canonical!.Value.Source);
        }
        else if (pageIdentity is not null)
        {
            context.Propose(ArticleFields.Identity, pageIdentity, ArticleSources.PageUrl);
        }

        if (page is not null && canonical is { } declared && !UrlNormalizer.Normalize(page).Equals(UrlNormalizer.Normalize(declared.Value)))
        {
            context.Propose(ArticleFields.Alternates, new AlternateMirror(declared.Value, MirrorKind.Canonical) { Source = declared.Source }, declared.Source);
        }
    }

    /// <summary>
    /// A canonical link that points at the site's home page, or that loses the article id the page address has,
    /// is a template mistake (common on real sites); the page address then says more about the article.
    /// </summary>
    private static bool IsSuspect(Uri canonical, Uri page, ArticleIdentity canonicalIdentity, ArticleIdentity pageIdentity, ExtractionContext context)
    {
        var canonicalIsRoot = canonical.AbsolutePath is "/" or "" && canonical.Query.Length <= 1;
        var pageIsRoot = page.AbsolutePath is "/" or "" && page.Query.Length <= 1;
        var losesId = pageIdentity.ArticleId is not null && canonicalIdentity.ArticleId is null
            && string.Equals(pageIdentity.Publisher, canonicalIdentity.Publisher, StringComparison.Ordinal);
        if ((canonicalIsRoot && !pageIsRoot) || losesId)
        {
            context.Report(
                DiagnosticSeverity.Warning,
                "identity.canonical-ignored",
                $"The canonical link '{canonical.OriginalString}' does not name this article; the identity comes from the page address.");
            return true;
        }

        return false;
    }
}
