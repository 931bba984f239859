namespace NewsModel.Pipeline;

/// <summary>
/// A bundle of pipeline changes that users apply in one call (adding extractors, replacing or removing built-in
/// ones), as publisher profiles do.
/// </summary>
public interface IArticlePipelineExtension
{
    /// <summary>Applies the extension to a builder before the pipeline is built.</summary>
    /// <param name="builder">The builder to change.</param>
    void Setup(ArticlePipelineBuilder builder);
}
