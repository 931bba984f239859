using NewsModel.Extractors.Content;
using NewsModel.Extractors.Html;
using NewsModel.Extractors.Identity;
using NewsModel.Extractors.OpenGraph;
using NewsModel.Pipeline;

namespace NewsModel.Extractors;

/// <summary>The built-in extractors in their standard order: markup readers first, then those that combine their results.</summary>
internal static class BuiltInExtractors
{
    public static IEnumerable<IArticleExtractor> Create()
    {
        yield return new HtmlHeadExtractor();
        yield return new OpenGraphExtractor();
        yield return new IdentityExtractor();
        yield return new ContentExtractor();
    }
}
