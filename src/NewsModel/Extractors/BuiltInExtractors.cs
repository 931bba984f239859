using NewsModel.Extractors.Dates;
using NewsModel.Extractors.Headline;
using NewsModel.Extractors.Identity;
using NewsModel.Extractors.JsonLd;
using NewsModel.Extractors.Links;
using NewsModel.Extractors.Meta;
using NewsModel.Extractors.Microdata;
using NewsModel.Extractors.OpenGraph;
using NewsModel.Extractors.Time;
using NewsModel.Pipeline;

namespace NewsModel.Extractors;

/// <summary>The built-in extractors in their standard order: markup readers first, then those that combine their results.</summary>
internal static class BuiltInExtractors
{
    public static IEnumerable<IArticleExtractor> Create()
    {
        // Markup readers. Their order does not decide precedence (FieldPrecedence does); it only breaks ties.
        yield return new JsonLdExtractor();
        yield return new OpenGraphExtractor();
        yield return new MetaTagExtractor();
        yield return new MicrodataExtractor();
        yield return new TimeElementExtractor();
        yield return new LinkExtractor();

        // Readers that use what the markup readers found.
        yield return new HeadlineExtractor();
        yield return new DateReconciliationExtractor();
        yield return new IdentityExtractor();
    }
}
