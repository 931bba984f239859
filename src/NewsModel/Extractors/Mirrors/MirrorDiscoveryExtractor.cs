using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Mirrors;

/// <summary>
/// Finds the other addresses a page declares: <c>rel=amphtml</c> (AMP), <c>rel=alternate</c> with <c>hreflang</c>
/// (translations) or a feed type (RSS, Atom, JSON Feed), and notices listing the site's alternate addresses, whose
/// hosts are turned into this article's address on each host (mirror sites serve the same paths).
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
            var mirror = self is null ? new Uri($"https://{host}/") : new UriBuilder(self) { Host = host }.Uri;
            context.Propose(ArticleFields.Alternates, new AlternateMirror(mirror, MirrorKind.Mirror) { Source = ArticleSources.AlternateAddressNotice }, ArticleSources.AlternateAddressNotice);
        }
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

        // Pages list themselves in their own hreflang set; that entry is not another address.
        if (self is not null && UrlNormalizer.Normalize(url).Equals(self))
        {
            return;
        }

        context.Propose(
            ArticleFields.Alternates,
            new AlternateMirror(url, MirrorKind.Translation) { Language = LanguageTag.Normalize(hreflang) ?? hreflang, Source = ArticleSources.AlternateLink },
            ArticleSources.AlternateLink);
    }
}
