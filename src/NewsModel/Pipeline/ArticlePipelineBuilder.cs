using NewsModel.Extractors;
using NewsModel.Internal;

namespace NewsModel.Pipeline;

/// <summary>
/// Builds an <see cref="ArticlePipeline"/>: starts with the built-in extractors in their standard order, lets the
/// caller add, insert, remove or replace extractors and apply extensions, then produces an immutable pipeline.
/// </summary>
/// <remarks>Not thread-safe; build once, then share the pipeline.</remarks>
public sealed class ArticlePipelineBuilder
{
    private readonly List<IArticleExtractor> _extractors;
    private readonly List<IArticlePipelineExtension> _extensions = [];

    /// <summary>Creates a builder holding the built-in extractors in their standard order.</summary>
    public ArticlePipelineBuilder()
        : this(includeBuiltIns: true)
    {
    }

    private ArticlePipelineBuilder(bool includeBuiltIns) =>
        _extractors = includeBuiltIns ? [.. BuiltInExtractors.Create()] : [];

    /// <summary>Creates a builder with no extractors at all, for callers who assemble their own.</summary>
    /// <returns>An empty builder.</returns>
    public static ArticlePipelineBuilder CreateEmpty() => new(includeBuiltIns: false);

    /// <summary>The extractors, in the order they will run.</summary>
    public IReadOnlyList<IArticleExtractor> Extractors => _extractors;

    /// <summary>Appends an extractor; it runs after those already held.</summary>
    /// <param name="extractor">The extractor.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is null.</exception>
    public ArticlePipelineBuilder Add(IArticleExtractor extractor)
    {
        _extractors.Add(Preconditions.CheckNotNull(extractor));
        return this;
    }

    /// <summary>Inserts an extractor just before the first extractor of type <typeparamref name="TBefore"/>, or at the end when there is none.</summary>
    /// <typeparam name="TBefore">The type of the extractor to insert before.</typeparam>
    /// <param name="extractor">The extractor.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extractor"/> is null.</exception>
    public ArticlePipelineBuilder InsertBefore<TBefore>(IArticleExtractor extractor)
        where TBefore : IArticleExtractor
    {
        Preconditions.CheckNotNull(extractor);
        var index = _extractors.FindIndex(e => e is TBefore);
        _extractors.Insert(index < 0 ? _extractors.Count : index, extractor);
        return this;
    }

    /// <summary>Replaces every extractor of type <typeparamref name="TExtractor"/> by <paramref name="replacement"/> (at the first one's place).</summary>
    /// <typeparam name="TExtractor">The type to replace.</typeparam>
    /// <param name="replacement">The extractor to put in its place.</param>
    /// <returns>True when an extractor was replaced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="replacement"/> is null.</exception>
    public bool Replace<TExtractor>(IArticleExtractor replacement)
        where TExtractor : IArticleExtractor
    {
        Preconditions.CheckNotNull(replacement);
        var index = _extractors.FindIndex(e => e is TExtractor);
        if (index < 0)
        {
            return false;
        }

        _extractors[index] = replacement;
        _extractors.RemoveAll(e => e is TExtractor && !ReferenceEquals(e, replacement));
        return true;
    }

    /// <summary>Removes every extractor of type <typeparamref name="TExtractor"/>.</summary>
    /// <typeparam name="TExtractor">The type to remove.</typeparam>
    /// <returns>True when an extractor was removed.</returns>
    public bool Remove<TExtractor>()
        where TExtractor : IArticleExtractor => _extractors.RemoveAll(e => e is TExtractor) > 0;

    /// <summary>Registers an extension; it is applied, in registration order, when <see cref="Build"/> runs.</summary>
    /// <param name="extension">The extension.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    public ArticlePipelineBuilder Use(IArticlePipelineExtension extension)
    {
        _extensions.Add(Preconditions.CheckNotNull(extension));
        return this;
    }

    /// <summary>Applies the registered extensions and produces the immutable pipeline.</summary>
    /// <returns>The pipeline, safe to share across threads.</returns>
    public ArticlePipeline Build()
    {
        // Extensions change a copy so that Build can be called again with the same outcome.
        var working = CreateEmpty();
        working._extractors.AddRange(_extractors);
        foreach (var extension in _extensions)
        {
            extension.Setup(working);
        }

        return new ArticlePipeline(working._extractors.ToArray());
    }
}
