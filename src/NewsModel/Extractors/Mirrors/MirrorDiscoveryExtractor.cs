using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Mirrors;

/// <summary>
/// Finds the other addresses a page declares: <c>rel=amphtml</c> (AMP), <c>rel=alternate</c> with <c>hreflang</c>
/// (translations; regional editions in the page's own language count as mirrors) or a feed type (RSS, Atom, JSON
/// Feed), and notices listing the site's alternate addresses, whose hosts are turned into this article's address
/// on each host (mirror sites serve the same paths).
/// </summary>
/// <remarks>Stateless and thread-safe. Reads the link tags and anchors gathered by the page's single DOM walk.</remarks>
public sealed class MirrorDiscoveryExtractor : IArticleExtractor
{
    private static readonly HashSet<string> FeedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml", "application/x-rss+xml",
    };

    /// <inheritdoc />
    public string Name => "mirror-discovery";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var basis = context.PageUrl is { IsAbsoluteUri: true } page && page.Scheme is "http" or "https" ? page
            : context.TryGetBest(ArticleFields.CanonicalUrl, out var canonical) ? canonical : null;
        var self = basis is null ? null : UrlNormalizer.Normalize(basis);
        foreach (var link in context.Index.Links)
        {
            if (link.HasRel("amphtml"))
            {
                if (context.ResolveUrl(link.Href) is { } amp)
                {
                    context.Propose(ArticleFields.Alternates, new AlternateMirror(amp, MirrorKind.Amp) { Source = ArticleSources.AmpHtmlLink }, ArticleSources.AmpHtmlLink);
                }
            }
            else if (link.HasRel("alternate") && context.ResolveUrl(link.Href) is { } url)
            {
                ProposeAlternate(context, link, url, self);
            }
        }

        var hosts = AlternateAddressNotice.FindHosts(context, self?.Host);
        foreach (var host in hosts)
        {
            // The notice names whole sites; the article's address on each is the same path on that host.
            var mirror = self is null ? new Uri($"https://{host}/") : UrlNormalizer.WithHost(self, host);
            context.Propose(ArticleFields.Alternates, new AlternateMirror(mirror, MirrorKind.Mirror) { Source = ArticleSources.AlternateAddressNotice }, ArticleSources.AlternateAddressNotice);
        }
    }

    private static bool SamePrimaryLanguage(string a, string b)
    {
        var dashA = a.IndexOf('-', StringComparison.Ordinal);
        var dashB = b.IndexOf('-', StringComparison.Ordinal);
        return a.AsSpan(0, dashA < 0 ? a.Length : dashA).Equals(b.AsSpan(0, dashB < 0 ? b.Length : dashB), StringComparison.OrdinalIgnoreCase);
    }

    private static void ProposeAlternate(ExtractionContext context, LinkTag link, Uri url, Uri? self)
    {
        var type = link.Type?.Trim();
        if (type is not null && FeedTypes.Contains(type))
        {
            context.Propose(
                ArticleFields.Alternates,
                new AlternateMirror(url, MirrorKind.Feed) { MediaType = type.ToLowerInvariant(), Source = ArticleSources.AlternateLink },
                ArticleSources.AlternateLink);
            return;
        }

        var hreflang = link.HrefLang?.Trim();
        if (string.IsNullOrEmpty(hreflang) || hreflang.Equals("x-default", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        // Pages list themselves in their own hreflang set, and some templates point every language at a home page:
        // neither is another address of this article.
        var normalized = UrlNormalizer.Normalize(url);
        if (self is not null && (normalized.Equals(self) || (normalized.AbsolutePath == "/" && self.AbsolutePath != "/")))
        {
            return;
        }

        // The same language for another region ("en-GB" beside an "en" page) is a regional edition of the same
        // text, not a translation.
        var language = LanguageTag.Normalize(hreflang) ?? hreflang;
        var kind = context.TryGetBest(ArticleFields.Language, out var pageLanguage) && SamePrimaryLanguage(language, pageLanguage)
            ? MirrorKind.Mirror
            : MirrorKind.Translation;
        context.Propose(
            ArticleFields.Alternates,
            new AlternateMirror(url, kind) { Language = language, Source = ArticleSources.AlternateLink },
            ArticleSources.AlternateLink);
    }
}
