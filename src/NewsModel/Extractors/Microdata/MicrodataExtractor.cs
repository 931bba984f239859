using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Microdata;

/// <summary>
/// Reads schema.org microdata (<c>itemprop</c>) of the page's article item (or its web page item, or properties
/// outside any item): <c>headline</c>, <c>description</c>, <c>author</c> (a nested person or organization item, or
/// text), <c>datePublished</c>, <c>dateModified</c>, <c>articleSection</c>, <c>keywords</c>, <c>image</c> and
/// <c>inLanguage</c>. Properties of comments, reviews and other items are ignored. Also reads schema.org RDFa Lite
/// (<c>property="schema:..."</c>) the same way, and the microformats hCard author (<c>class="author vcard"</c>).
/// </summary>
/// <remarks>Stateless and thread-safe. Uses the page index; the DOM is not walked again.</remarks>
public sealed class MicrodataExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public string Name => "microdata";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ProposeHCardAuthors(context);
        var props = context.Index.ItemProps;
        if (props.Count == 0)
        {
            return;
        }

        // The article's item: the first item of an article type that holds properties; else page-level properties.
        IElement? articleScope = null;
        var relevant = new List<(ItemPropElement Prop, IElement? Scope)>();
        foreach (var prop in props)
        {
            var scope = ScopeOf(prop.Element);
            var type = scope is null ? null : TypeOf(scope);

            // A date property inside the author's (or publisher's) item, which has none: a slip of the template, the
            // date belongs to the item around it ("<div itemprop=author itemscope itemtype=Person> … <meta itemprop=datePublished>").
            // A person's item that stands alone keeps its dates: they are not the article's.
            if (scope is not null && type is "Person" or "Organization" && IsDateProperty(prop) && ScopeOf(scope) is { } enclosing)
            {
                scope = enclosing;
                type = TypeOf(scope);
            }

            if (type is not null && SchemaTypes.Article.Contains(type))
            {
                articleScope ??= scope;
                if (!ReferenceEquals(scope, articleScope))
                {
                    continue;
                }
            }
            else if (type is not null && !SchemaTypes.Page.Contains(type))
            {
                continue;
            }

            relevant.Add((prop, scope));
        }

        var authors = new List<Contributor>();
        string? headline = null, name = null, description = null, section = null, language = null;
        string? published = null, modified = null, created = null;
        Uri? image = null;
        var keywords = new List<string?>();
        foreach (var (prop, scope) in relevant)
        {
            // Page-level values count only where the article item does not give them.
            var weak = articleScope is not null && !ReferenceEquals(scope, articleScope);
            foreach (var property in prop.Names.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                switch (property)
                {
                    case "headline" when !weak:
                        headline ??= Value(prop.Element);
                        break;
                    case "name" when !weak:
                        name ??= Value(prop.Element);
                        break;
                    case "description" when !weak:
                        description ??= Value(prop.Element);
                        break;
                    case "author" or "creator":
                        if (!weak || authors.Count == 0)
                        {
                            AddAuthors(context, prop.Element, authors);
                        }

                        break;
                    case "datePublished":
                        published ??= Value(prop.Element);
                        break;
                    case "dateModified":
                        modified ??= Value(prop.Element);
                        break;
                    case "dateCreated":
                        created ??= Value(prop.Element);
                        break;
                    case "articleSection" when !weak:
                        section ??= Value(prop.Element);
                        break;
                    case "keywords" when !weak:
                        keywords.Add(Value(prop.Element));
                        break;
                    case "inLanguage":
                        language ??= Value(prop.Element);
                        break;
                    case "image" when !weak && image is null:
                        image = context.ResolveUrl(ImageAddress(prop.Element));
                        break;
                    default:
                        break;
                }
            }
        }

        var site = SiteNames.Get(context);
        if (HeadlineCleaner.Clean(headline ?? name, site) is { } title)
        {
            context.Propose(ArticleFields.Headline, title, ArticleSources.Microdata);
        }

        if (TextNormalizer.CollapseOrNull(description) is { } text)
        {
            context.Propose(ArticleFields.Description, text, ArticleSources.Microdata);
        }

        if (authors.Count > 0)
        {
            Proposals.Byline(context, authors, ArticleSources.Microdata);
        }

        if (!Proposals.Date(context, ArticleFields.Published, published, ArticleSources.Microdata))
        {
            Proposals.Date(context, ArticleFields.Published, created, ArticleSources.Microdata);
        }

        Proposals.Date(context, ArticleFields.Modified, modified, ArticleSources.Microdata);
        Proposals.Section(context, section, ArticleSources.Microdata);

        var tags = TagList.From(keywords);
        if (tags.Count > 0)
        {
            context.Propose(ArticleFields.Tags, tags, ArticleSources.Microdata);
        }

        if (LanguageTag.Normalize(language) is { } tag)
        {
            context.Propose(ArticleFields.Language, tag, ArticleSources.Microdata);
        }

        if (image is not null)
        {
            context.Propose(ArticleFields.LeadImage, new ArticleImage(image), ArticleSources.Microdata);
        }
    }

    /// <summary>The authors of the first hCard author outside comments, sidebars and footers, and of the hCards beside it.</summary>
    private static void ProposeHCardAuthors(ExtractionContext context)
    {
        var authors = new List<Contributor>();
        IElement? group = null;
        foreach (var card in context.Index.HCardAuthors)
        {
            if (PageRegions.IsInComments(card) || (group is not null && !ReferenceEquals(card.ParentElement?.ParentElement, group)))
            {
                continue;
            }

            // Without an "fn", the name is the card's linked name ("Von <a>Jane Roe</a> Fr, 18. Oktober"), when it has one.
            var fn = card.QuerySelector(".fn") ?? card.QuerySelector(".nickname")
                ?? card.QuerySelectorAll("a[href]").FirstOrDefault(a => ContributorNames.Clean(a.TextContent) is { } linked && !linked.Split(' ').Any(Extractors.Bylines.BylineVocabulary.NonNameWords.Contains));
            var names = fn is not null ? [ContributorNames.Clean(fn.TextContent)] : ContributorNames.Split(card.TextContent).Cast<string?>().ToList();
            var link = fn?.LocalName == "a" ? fn : card.QuerySelector("a[href]");
            foreach (var name in names)
            {
                if (name is not null)
                {
                    group ??= card.ParentElement?.ParentElement;
                    ContributorNames.AddDistinct(authors, new Contributor(name) { ProfileUrl = context.ResolveUrl(link?.GetAttribute("href")) });
                }
            }
        }

        if (authors.Count > 0)
        {
            Proposals.Byline(context, authors, ArticleSources.Microformat);
        }
    }

    private static bool IsDateProperty(ItemPropElement prop) => prop.Has("datePublished") || prop.Has("dateModified") || prop.Has("dateCreated");

    /// <summary>The item an element's property belongs to: its nearest ancestor with <c>itemscope</c>.</summary>
    private static IElement? ScopeOf(IElement element)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent.HasAttribute("itemscope"))
            {
                return parent;
            }
        }

        return null;
    }

    private static string? TypeOf(IElement scope)
    {
        var type = scope.GetAttribute("itemtype");
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        // An item may declare several types; the first names it.
        return SchemaTypes.LocalName(type.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0]);
    }

    /// <summary>
    /// A property's value as microdata defines it (an attribute for some elements, else the text), extended as
    /// publishers write it: a <c>content</c> or <c>datetime</c> attribute on any element, an hAtom <c>abbr</c>'s title.
    /// </summary>
    private static string? Value(IElement element)
    {
        var value = element.LocalName switch
        {
            "meta" => element.GetAttribute("content"),
            "time" => element.GetAttribute("datetime") ?? element.TextContent,
            "abbr" => element.GetAttribute("title") ?? element.TextContent,
            "data" or "meter" => element.GetAttribute("value"),
            "a" or "link" or "area" => element.GetAttribute("content") ?? element.GetAttribute("href"),
            "img" or "source" or "video" or "audio" or "iframe" or "embed" => element.GetAttribute("content") ?? element.GetAttribute("src"),
            _ => element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent,
        };
        return TextNormalizer.CollapseOrNull(value);
    }

    private static string? ImageAddress(IElement element)
    {
        if (element.LocalName is "img" or "meta" or "link" or "a")
        {
            return element.GetAttribute("content") ?? element.GetAttribute("src") ?? element.GetAttribute("href");
        }

        // An ImageObject item: its url or contentUrl property, or the first image inside.
        return element.QuerySelector("[itemprop~=url],[itemprop~=contentUrl]") is { } inner
            ? inner.GetAttribute("content") ?? inner.GetAttribute("src") ?? inner.GetAttribute("href")
            : element.QuerySelector("img")?.GetAttribute("src");
    }

    private static void AddAuthors(ExtractionContext context, IElement element, List<Contributor> authors)
    {
        if (!element.HasAttribute("itemscope"))
        {
            var profile = element.LocalName == "a" ? context.ResolveUrl(element.GetAttribute("href")) : null;
            foreach (var contributor in ContributorNames.SplitContributors(element.LocalName is "a" or "link" ? element.GetAttribute("content") ?? element.TextContent : Value(element)))
            {
                ContributorNames.AddDistinct(authors, contributor with { ProfileUrl = profile });
            }

            return;
        }

        // A nested person or organization item: its name property.
        string? personName = null, given = null, family = null, jobTitle = null, email = null;
        Uri? url = null;
        foreach (var prop in context.Index.ItemProps)
        {
            if (!ReferenceEquals(ScopeOf(prop.Element), element))
            {
                continue;
            }

            if (prop.Has("name"))
            {
                personName ??= Value(prop.Element);
            }
            else if (prop.Has("givenName"))
            {
                given ??= Value(prop.Element);
            }
            else if (prop.Has("familyName"))
            {
                family ??= Value(prop.Element);
            }
            else if (prop.Has("jobTitle"))
            {
                jobTitle ??= ContributorNames.CleanJobTitle(Value(prop.Element));
            }
            else if (prop.Has("url") || prop.Has("sameAs"))
            {
                url ??= context.ResolveUrl(prop.Element.GetAttribute("href") ?? prop.Element.GetAttribute("content"));
            }
            else if (prop.Has("email"))
            {
                email ??= ContributorNames.Email(prop.Element.GetAttribute("href") ?? prop.Element.GetAttribute("content") ?? prop.Element.TextContent);
            }
        }

        personName ??= given is null ? null : family is null ? given : given + " " + family;
        if (ContributorNames.CleanPerson(personName) is { } cleaned)
        {
            var type = TypeOf(element);
            var kind = type is not null && SchemaTypes.IsOrganization(type) ? ContributorKind.Organization : ContributorKind.Person;
            ContributorNames.AddDistinct(authors, cleaned with
            {
                Kind = kind, ProfileUrl = url, JobTitle = kind == ContributorKind.Person ? jobTitle ?? cleaned.JobTitle : null, Email = email,
            });
        }
    }
}
