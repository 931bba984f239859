using AngleSharp.Dom;
using NewsModel.Pipeline;

namespace NewsModel.Internal;

/// <summary>
/// What extractors need from the page's markup, gathered in one walk of the DOM: meta and link tags, anchors, the
/// title, the headings, JSON-LD blocks, the language, microdata properties, <c>&lt;time&gt;</c> elements,
/// <c>rel=author</c> anchors, and elements whose names hint at bylines, dates and breadcrumbs. Built once per page,
/// on first use.
/// </summary>
internal sealed class DocumentIndex
{
    private DocumentIndex()
    {
    }

    public List<MetaTag> Metas { get; } = [];

    public List<LinkTag> Links { get; } = [];

    /// <summary>The <c>&lt;a href&gt;</c> elements, in document order (mirror notices, and any reader of links).</summary>
    public List<AnchorTag> Anchors { get; } = [];

    public List<IElement> H1s { get; } = [];

    public List<string> JsonLdBlocks { get; } = [];

    /// <summary>Elements whose class, id or attributes hint at a byline, a date or a breadcrumb trail, in document order.</summary>
    public List<HintedElement> Hinted { get; } = [];

    /// <summary>The document-order position of each h1 in <see cref="H1s"/>, so extractors can measure distance from the headline.</summary>
    public List<int> H1Orders { get; } = [];

    /// <summary>Elements carrying an <c>itemprop</c> attribute (microdata) or a schema.org RDFa <c>property</c>, in document order, meta and link tags included.</summary>
    public List<ItemPropElement> ItemProps { get; } = [];

    /// <summary>The <c>&lt;time&gt;</c> elements, and <c>&lt;abbr&gt;</c> elements carrying an hAtom date in their title, in document order.</summary>
    public List<IElement> Times { get; } = [];

    /// <summary>The hCard authors (microformats: an element of class <c>vcard</c> and an author class, not a comment's), in document order.</summary>
    public List<IElement> HCardAuthors { get; } = [];

    /// <summary>The <c>&lt;a&gt;</c> elements whose rel holds the token <c>author</c>, in document order.</summary>
    public List<IElement> AuthorAnchors { get; } = [];

    /// <summary>
    /// The h2 and h3 elements, in document order, with their document-order positions: where a page prints its headline
    /// when it has no fitting h1 (none, or one that is the site's banner).
    /// </summary>
    public List<(IElement Element, int Order)> Subheadings { get; } = [];

    /// <summary>
    /// Elements other than headings whose class names a title ("article-head-title", "headline"), with their order: where
    /// no heading states the headline, one of them may (up to <see cref="MaxTitled"/>).
    /// </summary>
    public List<(IElement Element, int Order)> Titled { get; } = [];

    /// <summary>The most <see cref="Titled"/> elements recorded.</summary>
    private const int MaxTitled = 200;

    public string? Title { get; private set; }

    public string? HtmlLang { get; private set; }

    public Uri? BaseUrl { get; private set; }

    public int MaxDepth { get; private set; }

    public static DocumentIndex Build(ExtractionContext context)
    {
        var index = new DocumentIndex();
        var document = context.Document;
        var root = document.DocumentElement;
        index.HtmlLang = TextNormalizer.CollapseOrNull(root?.GetAttribute("lang") ?? root?.GetAttribute("xml:lang"));
        string? baseHref = null;

        // An explicit stack rather than recursion: pages nest deeply, and a stack overflow cannot be caught.
        var stack = new Stack<(IElement Element, int Depth)>();
        if (root is not null)
        {
            stack.Push((root, 0));
        }

        var depthLimit = context.Options.MaxDepth;
        var order = 0;

        // Pages repeat the same class lists on many elements: each distinct list is classified once.
        var classHints = new Dictionary<string, ElementHint>(StringComparer.Ordinal);
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            index.MaxDepth = Math.Max(index.MaxDepth, depth);
            order++;

            // Every element is looked at, so its attributes are read in one pass rather than by name, one lookup each.
            var attributes = ElementAttributes.Read(element);
            if (ElementHints.Classify(attributes, classHints) is var hint and not ElementHint.None)
            {
                index.Hinted.Add(new HintedElement(element, hint, order));
            }

            if (attributes.ItemProp is { Length: > 0 } itemprop)
            {
                index.ItemProps.Add(new ItemPropElement(itemprop, element));
            }
            else if (attributes.Property is { Length: > 7 } property && SchemaProperty(property) is { } rdfa)
            {
                // RDFa Lite with the schema.org vocabulary ("schema:datePublished") reads like microdata.
                index.ItemProps.Add(new ItemPropElement(rdfa, element));
            }

            if (attributes.Class is { } className && className.Contains("vcard", StringComparison.OrdinalIgnoreCase) && IsAuthorCard(className))
            {
                index.HCardAuthors.Add(element);
            }

            switch (element.LocalName)
            {
                case "meta":
                    index.Metas.Add(new MetaTag(
                        element.GetAttribute("name"),
                        element.GetAttribute("property"),
                        element.GetAttribute("itemprop"),
                        element.GetAttribute("http-equiv"),
                        element.GetAttribute("content") ?? element.GetAttribute("value"),
                        element));
                    break;
                case "link":
                    index.Links.Add(new LinkTag(
                        element.GetAttribute("rel") ?? string.Empty,
                        element.GetAttribute("href"),
                        element.GetAttribute("hreflang"),
                        element.GetAttribute("type"),
                        element.GetAttribute("title"),
                        element));
                    break;
                case "title" when index.Title is null && element.NamespaceUri == NamespaceNames.HtmlUri:
                    index.Title = TextNormalizer.CollapseOrNull(element.TextContent);
                    break;
                case "h1":
                    index.H1s.Add(element);
                    index.H1Orders.Add(order);
                    break;
                case "a":
                    if (element.GetAttribute("href") is { Length: > 0 } href)
                    {
                        index.Anchors.Add(new AnchorTag(href, element));
                    }

                    if (element.GetAttribute("rel") is { } anchorRel && HasToken(anchorRel, "author"))
                    {
                        index.AuthorAnchors.Add(element);
                    }

                    break;
                case "time":
                    index.Times.Add(element);
                    break;
                case "abbr" when element.HasAttribute("title") && element.ClassName is { } abbrClass
                    && (abbrClass.Contains("published", StringComparison.OrdinalIgnoreCase) || abbrClass.Contains("updated", StringComparison.OrdinalIgnoreCase)):
                    // The hAtom microformat writes the machine-readable date in an abbr's title.
                    index.Times.Add(element);
                    break;
                case "base" when baseHref is null:
                    baseHref = element.GetAttribute("href");
                    break;
                case "script":
                    var type = element.GetAttribute("type");
                    if (type is not null && type.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
                    {
                        index.JsonLdBlocks.Add(element.TextContent);
                    }

                    continue;
                case "style" or "template" or "noscript":
                    continue;
                default:
                    break;
            }

            if (element.LocalName is "h2" or "h3")
            {
                index.Subheadings.Add((element, order));
            }
            else if (index.Titled.Count < MaxTitled && element.LocalName is "div" or "span" or "p" or "strong" or "header"
                && attributes.Class is { } titleClass && (titleClass.Contains("title", StringComparison.OrdinalIgnoreCase) || titleClass.Contains("headline", StringComparison.OrdinalIgnoreCase)))
            {
                index.Titled.Add((element, order));
            }

            if (depth >= depthLimit)
            {
                continue;
            }

            // Push children in reverse so they pop in document order.
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push((child, depth + 1));
            }
        }

        if (index.MaxDepth >= depthLimit)
        {
            context.Report(DiagnosticSeverity.Warning, "input.too-deep", $"Elements nested deeper than {depthLimit} levels were not read.");
        }

        index.BaseUrl = UrlResolver.Resolve(context.PageUrl, baseHref) ?? (context.PageUrl is { IsAbsoluteUri: true } page ? page : null);
        return index;
    }

    /// <summary>The content of the first meta tag whose name or property equals <paramref name="key"/> (case-insensitive) and is not blank.</summary>
    public string? MetaContent(string key) => MetaContents(key).FirstOrDefault();

    /// <summary>Links whose rel attribute holds the token <paramref name="rel"/> (case-insensitive).</summary>
    public IEnumerable<LinkTag> LinksWithRel(string rel) => Links.Where(l => l.HasRel(rel));

    /// <summary>The non-blank contents of every meta tag whose name or property equals <paramref name="key"/> (case-insensitive), in document order.</summary>
    public IEnumerable<string> MetaContents(string key)
    {
        foreach (var meta in Metas)
        {
            if ((string.Equals(meta.Name, key, StringComparison.OrdinalIgnoreCase) || string.Equals(meta.Property, key, StringComparison.OrdinalIgnoreCase))
                && !string.IsNullOrWhiteSpace(meta.Content))
            {
                yield return meta.Content;
            }
        }
    }

    /// <summary>Whether a class list marks an hCard as the author's: "author vcard", "post-author vcard", but not "comment-author vcard".</summary>
    private static bool IsAuthorCard(string className)
    {
        var vcard = false;
        var author = false;
        foreach (var token in className.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.Equals("vcard", StringComparison.OrdinalIgnoreCase))
            {
                vcard = true;
            }
            else if (token.StartsWith("comment", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            else if (token.Contains("author", StringComparison.OrdinalIgnoreCase) || token.Contains("byline", StringComparison.OrdinalIgnoreCase))
            {
                author = true;
            }
        }

        return vcard && author;
    }

    /// <summary>The schema.org property names an RDFa <c>property</c> attribute holds ("schema:author" → "author"), or null for other vocabularies.</summary>
    private static string? SchemaProperty(string property)
    {
        List<string>? names = null;
        foreach (var part in property.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            string? name = null;
            if (part.StartsWith("schema:", StringComparison.OrdinalIgnoreCase))
            {
                name = part[7..];
            }
            else if (part.Contains("schema.org/", StringComparison.OrdinalIgnoreCase))
            {
                name = part[(part.LastIndexOf('/') + 1)..];
            }

            if (!string.IsNullOrEmpty(name))
            {
                (names ??= []).Add(name);
            }
        }

        return names is null ? null : string.Join(' ', names);
    }

    /// <summary>Whether a space-separated attribute value (rel, itemprop) holds <paramref name="token"/> (case-insensitive).</summary>
    public static bool HasToken(string value, string token)
    {
        foreach (var part in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>An element with microdata properties: its <c>itemprop</c> value (one or more space-separated names) and the element.</summary>
internal sealed record ItemPropElement(string Names, IElement Element)
{
    public bool Has(string name) => DocumentIndex.HasToken(Names, name);
}

/// <summary>An element with hints about what it holds, and its position in document order.</summary>
internal sealed record HintedElement(IElement Element, ElementHint Hint, int Order);

/// <summary>An anchor with its href as written (not resolved).</summary>
internal sealed record AnchorTag(string Href, IElement Element);

/// <summary>A meta tag's attributes.</summary>
internal sealed record MetaTag(string? Name, string? Property, string? ItemProp, string? HttpEquiv, string? Content, IElement Element);

/// <summary>A link tag's attributes.</summary>
internal sealed record LinkTag(string Rel, string? Href, string? HrefLang, string? Type, string? Title, IElement Element)
{
    public bool HasRel(string token) => DocumentIndex.HasToken(Rel, token);
}
