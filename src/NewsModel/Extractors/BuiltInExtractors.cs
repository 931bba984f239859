using NewsModel.Extractors.Bylines;
using NewsModel.Extractors.Content;
using NewsModel.Extractors.Dates;
using NewsModel.Extractors.Headline;
using NewsModel.Extractors.Identity;
using NewsModel.Extractors.JsonLd;
using NewsModel.Extractors.Links;
using NewsModel.Extractors.Meta;
using NewsModel.Extractors.Microdata;
using NewsModel.Extractors.Mirrors;
using NewsModel.Extractors.OpenGraph;
using NewsModel.Extractors.Publishers;
using NewsModel.Extractors.Sections;
using NewsModel.Extractors.Time;
using NewsModel.Pipeline;
using NewsModel.Publishers;

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
        yield return new LinkExtractor();
        yield return new MirrorDiscoveryExtractor();

        // The built-in profiles are on by default, so that mirrors of known publishers are one article out of the box.
        // They run before the visible-page readers, which take the publisher's time zone and language from them.
        yield return new PublisherProfileExtractor(PublisherRegistry.BuiltIn);

        // Readers that use what the markup readers found: the headline first, since the visible-page readers look
        // for bylines and dates around it.
        yield return new HeadlineExtractor();

        // The <time> reader after the headline: a <time> in another story's card or list is no date of this article's.
        yield return new TimeElementExtractor();
        yield return new BylineExtractor();
        yield return new VisibleDateExtractor();
        yield return new BreadcrumbExtractor();
        yield return new CategoryLinkExtractor();
        yield return new UrlDateExtractor();
        yield return new UrlSectionExtractor();
        yield return new SectionReconciliationExtractor();
        yield return new DateReconciliationExtractor();
        yield return new BylineReconciliationExtractor();
        yield return new IdentityExtractor(PublisherRegistry.BuiltIn);

        // The body last: it reads the whole page, and drops the bylines, dates and headline the readers above found.
        yield return new ContentExtractor();

        // The writer's signature at the end of the body, when nothing above credited the article.
        yield return new BodySignatureExtractor();
    }
}
