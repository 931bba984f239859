using NewsModel.Internal;

namespace NewsModel.Pipeline;

/// <summary>
/// An ordered, immutable list of extractors, built once by an <see cref="ArticlePipelineBuilder"/> and shared by
/// every parse that uses it.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ArticlePipeline
{
    private readonly EquatableList<IArticleExtractor> _extractors;

    internal ArticlePipeline(IArticleExtractor[] extractors) => _extractors = EquatableList<IArticleExtractor>.From(extractors);

    /// <summary>
    /// The pipeline with the built-in extractors in their standard order, including the built-in publisher profiles
    /// (<see cref="Publishers.PublisherRegistry.BuiltIn"/>), so that known publishers' mirrors are one article out of
    /// the box. Use <see cref="Publishers.PublisherProfilesExtension"/> for other profiles, or remove
    /// <see cref="Extractors.Publishers.PublisherProfileExtractor"/> from a builder to go without.
    /// </summary>
    public static ArticlePipeline Default { get; } = new ArticlePipelineBuilder().Build();

    /// <summary>The extractors, in the order they run.</summary>
    public IReadOnlyList<IArticleExtractor> Extractors => _extractors;
}
