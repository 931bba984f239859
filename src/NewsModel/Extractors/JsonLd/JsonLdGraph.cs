using System.Net;
using System.Text.Json;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.JsonLd;

/// <summary>
/// Every JSON-LD block of a page, parsed once and shared by the extractors that need it (through
/// <see cref="ExtractionContext.GetShared{T}"/>): the nodes of all blocks (arrays and <c>@graph</c>s flattened),
/// an index by <c>@id</c>, and the nodes that matter: the article, the web page, the breadcrumb trail, the site.
/// </summary>
/// <remarks>Immutable once built; its elements are detached copies, so nothing needs disposing.</remarks>
internal sealed class JsonLdGraph
{
    private readonly Dictionary<string, JsonElement> _byId = new(StringComparer.Ordinal);

    private JsonLdGraph()
    {
    }

    /// <summary>Every object node, in document order: block roots, array items, <c>@graph</c> members and the objects they nest.</summary>
    public List<JsonElement> Nodes { get; } = [];

    /// <summary>The article node, when the page has one.</summary>
    public JsonElement? Article { get; private set; }

    /// <summary>The web page node, when the page has one.</summary>
    public JsonElement? WebPage { get; private set; }

    /// <summary>The first <c>BreadcrumbList</c>, when the page has one.</summary>
    public JsonElement? Breadcrumb { get; private set; }

    /// <summary>The <c>WebSite</c> node, when the page has one.</summary>
    public JsonElement? WebSite { get; private set; }

    /// <summary>The page's JSON-LD, parsed on first use and shared for the rest of the parse.</summary>
    public static JsonLdGraph Get(ExtractionContext context) => context.GetShared(Build);

    /// <summary>The types of a node (<c>@type</c> as a string or an array), without any "schema:" or IRI prefix.</summary>
    public static IEnumerable<string> TypesOf(JsonElement node)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty("@type", out var type))
        {
            yield break;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            yield return SchemaTypes.LocalName(type.GetString()!);
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in type.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    yield return SchemaTypes.LocalName(item.GetString()!);
                }
            }
        }
    }

    /// <summary>Whether a node's types include one of <paramref name="types"/>.</summary>
    public static bool IsA(JsonElement node, IReadOnlySet<string> types) => TypesOf(node).Any(types.Contains);

    /// <summary>Whether a node is an organization (any type ending in "Organization", or a corporation, agency or publisher type).</summary>
    public static bool IsOrganization(JsonElement node) => TypesOf(node).Any(SchemaTypes.IsOrganization);

    /// <summary>A property's values: an array's items, or the single value; JSON null and absent give nothing.</summary>
    public static IEnumerable<JsonElement> Values(JsonElement node, string property)
    {
        if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(property, out var value))
        {
            yield break;
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
                {
                    yield return item;
                }
            }
        }
        else if (value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined))
        {
            yield return value;
        }
    }

    /// <summary>
    /// The text of a value: a string (entities decoded, white space collapsed), a number, or an object's
    /// <c>@value</c> or <c>name</c>; null when blank.
    /// </summary>
    public static string? Text(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var s = value.GetString();
                if (s is not null && s.Contains('&', StringComparison.Ordinal))
                {
                    s = WebUtility.HtmlDecode(s);
                }

                return TextNormalizer.CollapseOrNull(s);
            case JsonValueKind.Number:
                return value.GetRawText();
            case JsonValueKind.Object:
                foreach (var key in (string[])["@value", "name"])
                {
                    if (value.TryGetProperty(key, out var inner) && inner.ValueKind == JsonValueKind.String)
                    {
                        return Text(inner);
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The text of a node's property: its first value that has text.</summary>
    public static string? TextOf(JsonElement node, string property)
    {
        foreach (var value in Values(node, property))
        {
            if (Text(value) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>The address a value stands for: a string, or an object's <c>url</c>, <c>contentUrl</c> or <c>@id</c>.</summary>
    public static string? Address(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var key in (string[])["url", "contentUrl", "@id"])
            {
                foreach (var inner in Values(value, key))
                {
                    if (inner.ValueKind == JsonValueKind.String)
                    {
                        return inner.GetString();
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The node a reference stands for: an object holding only an <c>@id</c> found in the graph resolves to that node; anything else is itself.</summary>
    public JsonElement Resolve(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
            && !value.TryGetProperty("@type", out _) && _byId.TryGetValue(id.GetString()!, out var node))
        {
            return node;
        }

        return value;
    }

    /// <summary>A property's values with references resolved.</summary>
    public IEnumerable<JsonElement> ResolvedValues(JsonElement node, string property) => Values(node, property).Select(Resolve);

    private static JsonLdGraph Build(ExtractionContext context)
    {
        var graph = new JsonLdGraph();
        foreach (var block in context.Index.JsonLdBlocks)
        {
            switch (JsonLdReader.TryRead(block, out var root, out var error))
            {
                case JsonLdReader.Outcome.Parsed:
                    graph.Collect(root);
                    break;
                case JsonLdReader.Outcome.Repaired:
                    graph.Collect(root);
                    context.Report(DiagnosticSeverity.Info, "jsonld.repaired", "A malformed JSON-LD block was repaired before reading.");
                    break;
                case JsonLdReader.Outcome.Malformed:
                    context.Report(DiagnosticSeverity.Warning, "jsonld.malformed", $"A JSON-LD block could not be read and was skipped: {error}");
                    break;
                default:
                    break;
            }
        }

        graph.Choose(context);
        return graph;
    }

    /// <summary>Collects every object node with an explicit stack: JSON-LD can nest as deeply as the parser allows.</summary>
    private void Collect(JsonElement root)
    {
        var stack = new Stack<JsonElement>();
        stack.Push(root);
        var found = new List<JsonElement>();
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.ValueKind == JsonValueKind.Array)
            {
                var items = element.EnumerateArray().ToArray();
                for (var i = items.Length - 1; i >= 0; i--)
                {
                    stack.Push(items[i]);
                }

                continue;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            found.Add(element);
            if (element.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String && element.TryGetProperty("@type", out _))
            {
                _byId.TryAdd(id.GetString()!, element);
            }

            var children = new List<JsonElement>();
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    children.Add(property.Value);
                }
            }

            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        Nodes.AddRange(found);
    }

    private void Choose(ExtractionContext context)
    {
        var page = context.PageUrl is { IsAbsoluteUri: true } url ? UrlNormalizer.Normalize(url) : null;
        JsonElement? firstArticle = null;
        JsonElement? matchingArticle = null;
        foreach (var node in Nodes)
        {
            if (IsA(node, SchemaTypes.Article) && (node.TryGetProperty("headline", out _) || node.TryGetProperty("name", out _) || node.TryGetProperty("datePublished", out _)))
            {
                firstArticle ??= node;
                if (matchingArticle is null && page is not null && Identifies(node, page, context))
                {
                    matchingArticle = node;
                }
            }
            else if (WebPage is null && IsA(node, SchemaTypes.Page))
            {
                WebPage = node;
            }
            else if (Breadcrumb is null && TypesOf(node).Contains("BreadcrumbList", StringComparer.OrdinalIgnoreCase))
            {
                Breadcrumb = node;
            }
            else if (WebSite is null && TypesOf(node).Contains("WebSite", StringComparer.OrdinalIgnoreCase))
            {
                WebSite = node;
            }
        }

        Article = matchingArticle ?? firstArticle;
        if (Article is null && WebPage is { } webPage)
        {
            // A web page whose main entity is the article, written as a reference or inline.
            foreach (var entity in ResolvedValues(webPage, "mainEntity"))
            {
                if (IsA(entity, SchemaTypes.Article))
                {
                    Article = entity;
                    break;
                }
            }
        }
    }

    private static bool Identifies(JsonElement node, Uri page, ExtractionContext context)
    {
        foreach (var key in (string[])["url", "mainEntityOfPage", "@id"])
        {
            foreach (var value in Values(node, key))
            {
                if (context.ResolveUrl(Address(value)) is { } address && UrlNormalizer.Normalize(address).AbsolutePath == page.AbsolutePath
                    && string.Equals(UrlNormalizer.Normalize(address).Host, page.Host, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
