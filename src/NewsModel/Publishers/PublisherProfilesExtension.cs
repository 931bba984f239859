using NewsModel.Extractors.Identity;
using NewsModel.Extractors.Publishers;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Publishers;

/// <summary>
/// Makes a pipeline use a set of publisher profiles: puts a <see cref="PublisherProfileExtractor"/> for the registry
/// in place of any there (or just before the <see cref="IdentityExtractor"/>), and makes identities use the same
/// registry. <c>new ArticlePipelineBuilder().Use(new PublisherProfilesExtension(registry)).Build()</c>.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. The default pipeline already uses <see cref="PublisherRegistry.BuiltIn"/>; to keep the
/// built-in profiles and add your own, pass <c>PublisherRegistry.BuiltIn.ToBuilder().Add(...).Build()</c>.
/// </remarks>
public sealed class PublisherProfilesExtension : IArticlePipelineExtension
{
    /// <summary>Creates the extension.</summary>
    /// <param name="registry">The profiles to use.</param>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public PublisherProfilesExtension(PublisherRegistry registry) => Registry = Preconditions.CheckNotNull(registry);

    /// <summary>The profiles used.</summary>
    public PublisherRegistry Registry { get; }

    /// <inheritdoc />
    public void Setup(ArticlePipelineBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var profiles = new PublisherProfileExtractor(Registry);
        if (!builder.Replace<PublisherProfileExtractor>(profiles))
        {
            builder.InsertBefore<IdentityExtractor>(profiles);
        }

        var identity = new IdentityExtractor(Registry);
        if (!builder.Replace<IdentityExtractor>(identity))
        {
            builder.Add(identity);
        }
    }
}
