namespace NewsModel.Pipeline;

/// <summary>
/// One step of the pipeline: reads the parsed page through an <see cref="ExtractionContext"/> and proposes values
/// for article fields. Extractors run in the order the pipeline holds them; a later one can read what earlier ones
/// proposed.
/// </summary>
/// <remarks>
/// An extractor is shared by every parse that uses its pipeline, possibly on several threads at once: it must keep
/// no state between calls. Everything about one page lives in the context.
/// </remarks>
public interface IArticleExtractor
{
    /// <summary>A short, stable name used in diagnostics ("open-graph").</summary>
    string Name { get; }

    /// <summary>Reads the page and proposes values.</summary>
    /// <param name="context">The page being parsed and the candidates proposed so far.</param>
    void Extract(ExtractionContext context);
}
