using NewsModel.Internal;
using NewsModel.Pipeline;
using NewsModel.Publishers;

namespace NewsModel.Extractors.Publishers;

/// <summary>
/// Applies the publisher profile whose hosts match the page (by the page address, else, when none was given, by its
/// canonical link):
/// sets <see cref="ExtractionContext.Publisher"/>, proposes the values its selectors point at (ranked above generic
/// readers), its name and language as defaults, and the article's address on the publisher's other hosts as mirrors.
/// </summary>
/// <remarks>Stateless and thread-safe. Added by <see cref="PublisherProfilesExtension"/>; the default pipeline holds one with <see cref="PublisherRegistry.BuiltIn"/>.</remarks>
public sealed class PublisherProfileExtractor : IArticleExtractor
{
    /// <summary>Creates the extractor.</summary>
    /// <param name="registry">The profiles to apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public PublisherProfileExtractor(PublisherRegistry registry) => Registry = Preconditions.CheckNotNull(registry);

    /// <summary>The profiles applied.</summary>
    public PublisherRegistry Registry { get; }

    /// <inheritdoc />
    public string Name => "publisher-profile";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = context.PageUrl is { IsAbsoluteUri: true } url ? url : null;
        var profile = page is null ? null : Registry.FindCompiled(page);
        if (profile is not null)
        {
            ApplyToPage(context, profile);
        }
        else if (context.TryGetBest(ArticleFields.CanonicalUrl, out var canonical) && Registry.FindCompiled(canonical) is { } named)
        {
            // Without a page address, the page is taken to be where its canonical link says. A copy on another site
            // (syndication, an archive) whose canonical link names a known publisher gets the publisher's mirrors,
            // but not its selectors and defaults, which describe another site's pages.
            if (page is null)
            {
                ApplyToPage(context, named);
            }

            page = canonical;
        }
        else
        {
            return;
        }

        foreach (var mirror in Registry.GetMirrorUrls(page!))
        {
            context.Propose(ArticleFields.Alternates, new AlternateMirror(mirror, MirrorKind.Mirror) { Source = ArticleSources.PublisherProfile }, ArticleSources.PublisherProfile);
        }
    }

    private static void ApplyToPage(ExtractionContext context, CompiledProfile profile)
    {
        context.Publisher = profile.Profile;
        context.Propose(ArticleFields.SiteName, profile.Profile.Name, ArticleSources.PublisherProfile);
        if (profile.Profile.Language is { } language)
        {
            context.Propose(ArticleFields.Language, language, ArticleSources.PublisherProfile);
        }

        if (!profile.Selectors.IsEmpty)
        {
            ProfileSelectorReader.Read(context, profile);
        }
    }
}
