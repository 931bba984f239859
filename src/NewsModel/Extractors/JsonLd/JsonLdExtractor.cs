using System.Globalization;
using System.Text.Json;
using NewsModel.Extractors.Sections;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.JsonLd;

/// <summary>
/// Reads schema.org JSON-LD: the article node (<c>NewsArticle</c>, <c>Article</c>, <c>BlogPosting</c>,
/// <c>LiveBlogPosting</c> and kin, found in <c>@graph</c>s, arrays, or as a <c>WebPage</c>'s <c>mainEntity</c>)
/// gives the headline, description, authors (persons and organizations, with <c>@id</c> references resolved),
/// dates, section, keywords, language, publisher and image; a <c>BreadcrumbList</c> gives the section path; the
/// <c>WebPage</c> node fills dates the article node lacks. Malformed blocks are repaired or skipped with a diagnostic.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class JsonLdExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public string Name => "json-ld";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var graph = JsonLdGraph.Get(context);
        if (graph.Article is { } article)
        {
            ReadArticle(context, graph, article);
        }

        if (graph.WebPage is { } page)
        {
            Proposals.Date(context, ArticleFields.Published, JsonLdGraph.TextOf(page, "datePublished"), ArticleSources.JsonLdWebPage);
            Proposals.Date(context, ArticleFields.Modified, JsonLdGraph.TextOf(page, "dateModified"), ArticleSources.JsonLdWebPage);
            if (graph.Article is null)
            {
                ProposeAuthors(context, graph, page, ArticleSources.JsonLdWebPage);
            }
        }

        if (graph.WebSite is { } site && JsonLdGraph.TextOf(site, "name") is { } siteName)
        {
            context.Propose(ArticleFields.SiteName, siteName, ArticleSources.JsonLdWebSite);
        }

        var breadcrumb = graph.Breadcrumb;
        foreach (var owner in new[] { graph.Article, graph.WebPage })
        {
            if (breadcrumb is null && owner is { } node)
            {
                breadcrumb = graph.ResolvedValues(node, "breadcrumb").FirstOrDefault(b => b.ValueKind == JsonValueKind.Object);
            }
        }

        if (breadcrumb is { ValueKind: JsonValueKind.Object } trail && ReadBreadcrumb(context, graph, trail) is { IsEmpty: false } section)
        {
            context.Propose(ArticleFields.Section, section, ArticleSources.JsonLdBreadcrumb);
        }
    }

    private static void ReadArticle(ExtractionContext context, JsonLdGraph graph, JsonElement article)
    {
        var site = SiteNames.Get(context);
        if (HeadlineCleaner.Clean(JsonLdGraph.TextOf(article, "headline"), site) is { } headline)
        {
            context.Propose(ArticleFields.Headline, headline, ArticleSources.JsonLd);
        }
        else if (HeadlineCleaner.Clean(JsonLdGraph.TextOf(article, "name"), site) is { } name)
        {
            context.Propose(ArticleFields.Headline, name, ArticleSources.JsonLdName);
        }

        if (JsonLdGraph.TextOf(article, "description") is { } description)
        {
            context.Propose(ArticleFields.Description, description, ArticleSources.JsonLd);
        }

        if (!ProposeAuthors(context, graph, article, ArticleSources.JsonLd))
        {
            ProposeAuthors(context, graph, article, ArticleSources.JsonLd, "creator");
        }

        if (!Proposals.Date(context, ArticleFields.Published, JsonLdGraph.TextOf(article, "datePublished"), ArticleSources.JsonLd))
        {
            Proposals.Date(context, ArticleFields.Published, JsonLdGraph.TextOf(article, "dateCreated"), ArticleSources.JsonLd);
        }

        Proposals.Date(context, ArticleFields.Modified, JsonLdGraph.TextOf(article, "dateModified"), ArticleSources.JsonLd);

        Proposals.Section(context, JsonLdGraph.Values(article, "articleSection").Select(JsonLdGraph.Text).FirstOrDefault(t => t is not null), ArticleSources.JsonLd);

        var tags = TagList.From(JsonLdGraph.Values(article, "keywords").Select(JsonLdGraph.Text));
        if (tags.Count > 0)
        {
            context.Propose(ArticleFields.Tags, tags, ArticleSources.JsonLd);
        }

        var language = JsonLdGraph.Values(article, "inLanguage")
            .Select(v => v.ValueKind == JsonValueKind.Object ? JsonLdGraph.TextOf(v, "alternateName") ?? JsonLdGraph.Text(v) : JsonLdGraph.Text(v))
            .Select(LanguageTag.Normalize)
            .FirstOrDefault(l => l is not null);
        if (language is not null)
        {
            context.Propose(ArticleFields.Language, language, ArticleSources.JsonLd);
        }

        foreach (var publisher in graph.ResolvedValues(article, "publisher"))
        {
            if (JsonLdGraph.Text(publisher) is { } publisherName)
            {
                context.Propose(ArticleFields.SiteName, publisherName, ArticleSources.JsonLdPublisher);
                break;
            }
        }

        foreach (var image in graph.ResolvedValues(article, "image"))
        {
            if (ReadImage(context, graph, image) is { } leadImage)
            {
                context.Propose(ArticleFields.LeadImage, leadImage, ArticleSources.JsonLd);
                break;
            }
        }

        foreach (var key in (string[])["mainEntityOfPage", "url"])
        {
            var address = JsonLdGraph.Values(article, key).Select(JsonLdGraph.Address).FirstOrDefault(a => a is not null);
            if (context.ResolveUrl(address) is { } url && url.AbsolutePath.Length > 1)
            {
                context.Propose(ArticleFields.CanonicalUrl, url, ArticleSources.JsonLd);
                break;
            }
        }
    }

    private static bool ProposeAuthors(ExtractionContext context, JsonLdGraph graph, JsonElement node, string source, string property = "author")
    {
        var contributors = new List<Contributor>();
        foreach (var value in graph.ResolvedValues(node, property))
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                foreach (var contributor in ContributorNames.SplitContributors(JsonLdGraph.Text(value)))
                {
                    ContributorNames.AddDistinct(contributors, contributor);
                }
            }
            else if (value.ValueKind == JsonValueKind.Object)
            {
                var name = JsonLdGraph.TextOf(value, "name");
                if (name is null && JsonLdGraph.TextOf(value, "givenName") is { } given)
                {
                    name = JsonLdGraph.TextOf(value, "familyName") is { } family ? given + " " + family : given;
                }

                var kind = JsonLdGraph.IsOrganization(value) ? ContributorKind.Organization : ContributorKind.Person;
                if (kind == ContributorKind.Person && ContributorNames.SeveralPeople(name) is { } people)
                {
                    // One Person node whose name lists several writers ("Jane Roe, Tehran, John Doe"): each is credited; the node's profile is nobody's.
                    people.ForEach(p => ContributorNames.AddDistinct(contributors, p));
                    continue;
                }

                if (ContributorNames.CleanPerson(name) is not { } cleaned)
                {
                    continue;
                }

                var profile = JsonLdGraph.Values(value, "url").Concat(JsonLdGraph.Values(value, "sameAs"))
                    .Select(JsonLdGraph.Address).Select(context.ResolveUrl).FirstOrDefault(u => u is not null);
                // The declared title outranks one printed after the name ("Jane Roe, Staff Writer"); an organization has none.
                var jobTitle = kind == ContributorKind.Person ? ContributorNames.CleanJobTitle(JsonLdGraph.TextOf(value, "jobTitle")) ?? cleaned.JobTitle : null;
                ContributorNames.AddDistinct(contributors, cleaned with { Kind = kind, ProfileUrl = profile, JobTitle = jobTitle, Email = ContributorNames.Email(JsonLdGraph.TextOf(value, "email")) });
            }
        }

        if (contributors.Count == 0)
        {
            return false;
        }

        return Proposals.Byline(context, contributors, source);
    }

    private static ArticleImage? ReadImage(ExtractionContext context, JsonLdGraph graph, JsonElement image)
    {
        if (context.ResolveUrl(JsonLdGraph.Address(image)) is not { } url)
        {
            return null;
        }

        if (image.ValueKind != JsonValueKind.Object)
        {
            return new ArticleImage(url);
        }

        var credit = JsonLdGraph.TextOf(image, "creditText");
        if (credit is null)
        {
            foreach (var key in (string[])["copyrightHolder", "author", "creator"])
            {
                credit = graph.ResolvedValues(image, key).Select(JsonLdGraph.Text).FirstOrDefault(t => t is not null);
                if (credit is not null)
                {
                    break;
                }
            }
        }

        return new ArticleImage(url)
        {
            Caption = JsonLdGraph.TextOf(image, "caption"),
            Alt = JsonLdGraph.TextOf(image, "description"),
            Credit = credit,
            Width = Dimension(image, "width"),
            Height = Dimension(image, "height"),
        };
    }

    private static int? Dimension(JsonElement image, string property)
    {
        foreach (var value in JsonLdGraph.Values(image, property))
        {
            var text = value.ValueKind == JsonValueKind.Object ? JsonLdGraph.TextOf(value, "value") : JsonLdGraph.Text(value);
            if (text is not null)
            {
                text = text.Trim().Replace("px", string.Empty, StringComparison.OrdinalIgnoreCase);
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) && pixels is > 0 and < 100_000)
                {
                    return pixels;
                }
            }
        }

        return null;
    }

    private static Section? ReadBreadcrumb(ExtractionContext context, JsonLdGraph graph, JsonElement trail)
    {
        var items = new List<(int Position, string Name, Uri? Url)>();
        var order = 0;
        foreach (var element in graph.ResolvedValues(trail, "itemListElement"))
        {
            order++;
            var item = JsonLdGraph.Values(element, "item").FirstOrDefault();
            var resolvedItem = item.ValueKind == JsonValueKind.Undefined ? item : graph.Resolve(item);
            var name = JsonLdGraph.TextOf(element, "name") ?? (resolvedItem.ValueKind == JsonValueKind.Object ? JsonLdGraph.TextOf(resolvedItem, "name") : null);
            if (name is null)
            {
                continue;
            }

            var url = context.ResolveUrl(resolvedItem.ValueKind == JsonValueKind.Undefined ? null : JsonLdGraph.Address(resolvedItem));
            var position = JsonLdGraph.TextOf(element, "position") is { } p && int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : order;
            items.Add((position, name, url));
        }

        var ordered = items.OrderBy(i => i.Position).Select(i => new SectionSegment(i.Name, i.Url)).ToArray();
        var headline = context.TryGetBest(ArticleFields.Headline, out var h) ? h : null;
        return ordered.Length == 0 ? null : SectionTrail.Clean(context, ordered, headline, strict: false);
    }
}
