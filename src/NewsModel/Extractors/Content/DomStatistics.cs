using AngleSharp.Dom;

namespace NewsModel.Extractors.Content;

/// <summary>
/// Per-element statistics for one page, built from one walk of the DOM. The walk lists elements in document
/// order with their own text; later passes run over that list (children always after their parent), never over
/// the DOM again, and never recursively.
/// </summary>
/// <remarks>Built once per page and read-only afterwards.</remarks>
internal sealed class DomStatistics
{
    /// <summary>A paragraph at least this long (non-space characters) reads as prose on its own.</summary>
    public const int ProseLength = 80;

    private const double ShortTextWeight = 0.25;

    /// <summary>A teaser card links to its story once or twice (headline, picture, section); a page has many more links.</summary>
    private const int MaxCardLinks = 6;

    /// <summary>The most one named piece of furniture (a related-stories box, a comment thread) costs the element around it.</summary>
    private const double NamedFurnitureCap = 600;

    private readonly Dictionary<IElement, int> _indexOf;

    private DomStatistics(List<NodeStats> nodes, Dictionary<IElement, int> indexOf)
    {
        Nodes = nodes;
        _indexOf = indexOf;
    }

    /// <summary>Every element read, in document order; the root first.</summary>
    public List<NodeStats> Nodes { get; }

    public NodeStats? Get(IElement element) => _indexOf.TryGetValue(element, out var i) ? Nodes[i] : null;

    public static DomStatistics Build(IElement root, int maxDepth, CancellationToken cancellationToken)
    {
        var nodes = new List<NodeStats>(1024);
        var indexOf = new Dictionary<IElement, int>(1024, ReferenceEqualityComparer.Instance);
        Walk(root, maxDepth, nodes, indexOf, cancellationToken);
        SumTotals(nodes);
        ResolveFamilies(nodes);
        Classify(nodes);
        MarkTeasers(nodes);
        return new DomStatistics(nodes, indexOf);
    }

    /// <summary>True for characters that end or divide sentences, in Latin and CJK scripts.</summary>
    public static bool IsPunctuation(char c) => c is ',' or '.' or ';' or ':' or '!' or '?' or '、' or '。' or '，' or '！' or '？' or '；';

    private static void Walk(IElement root, int maxDepth, List<NodeStats> nodes, Dictionary<IElement, int> indexOf, CancellationToken cancellationToken)
    {
        var stack = new Stack<(IElement Element, int Parent, int Depth)>();
        var classHints = new ClassHintCache();
        stack.Push((root, -1, 0));
        while (stack.Count > 0)
        {
            if ((nodes.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (element, parent, depth) = stack.Pop();
            var name = element.LocalName;
            var node = new NodeStats(element, parent, depth) { IsBlock = ElementRules.IsBlock(name) };
            var parentNode = parent >= 0 ? nodes[parent] : null;
            var isAnchor = name == "a" && element.HasAttribute("href");
            node.InLink = (parentNode?.InLink ?? false) || isAnchor;
            node.Anchors = isAnchor ? 1 : 0;
            var (classFamily, classNamesBody) = classHints.Get(element.ClassName);
            var id = element.Id;
            node.NamesBody = classNamesBody || ClassHints.HasBodyWord(id) || IsArticleBodyItemProp(element);
            node.OwnFamily = OwnFamily(element, name, node.NamesBody, classFamily, id);
            var index = nodes.Count;
            nodes.Add(node);
            indexOf[element] = index;

            for (var child = element.FirstChild; child is not null; child = child.NextSibling)
            {
                if (child.NodeType == NodeType.Text)
                {
                    CountText(((IText)child).Data, node);
                }
            }

            if (depth >= maxDepth)
            {
                continue;
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                var childName = child.LocalName;
                if (ElementRules.IsIgnored(childName))
                {
                    if (childName is "img" or "iframe" or "video" or "picture" or "embed" or "object")
                    {
                        node.HasMedia = true;
                    }

                    continue;
                }

                stack.Push((child, index, depth + 1));
            }
        }
    }

    private static bool IsArticleBodyItemProp(IElement element)
    {
        var itemprop = element.GetAttribute("itemprop");
        return itemprop is not null && (itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase) || itemprop.Contains("reviewBody", StringComparison.OrdinalIgnoreCase));
    }

    private static BoilerplateFamily OwnFamily(IElement element, string name, bool namesBody, BoilerplateFamily classFamily, string? id)
    {
        if (name is "body" or "html")
        {
            return BoilerplateFamily.None;
        }

        if (ElementRules.IsHidden(element))
        {
            return BoilerplateFamily.Hidden;
        }

        // The article's own elements carry labels of what it is about ("tag-video", "category-sport") that read
        // like furniture; their names are not trusted to mark them as furniture.
        if (namesBody || name is "article" or "main")
        {
            return BoilerplateFamily.None;
        }

        // Names on inline elements (a link styled "tag", a span "author") say how a phrase looks, not that it is
        // furniture; only hiding removes inline text.
        if (!ElementRules.IsBlock(name))
        {
            return BoilerplateFamily.None;
        }

        var byTag = ElementRules.FamilyOfTag(name);
        return byTag != BoilerplateFamily.None ? byTag : ClassHints.FamilyOf(classFamily, id, element.GetAttribute("role"));
    }

    private static void CountText(string data, NodeStats node)
    {
        var chars = 0;
        var punctuation = 0;
        foreach (var c in data)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars++;
                if (IsPunctuation(c))
                {
                    punctuation++;
                }
            }
        }

        node.InlineText += chars;
        node.InlinePunctuation += punctuation;
        if (node.InLink)
        {
            node.InlineLinkText += chars;
        }
    }

    /// <summary>Children come after their parent in the list, so one backwards pass sums every subtree.</summary>
    private static void SumTotals(List<NodeStats> nodes)
    {
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            var node = nodes[i];
            node.Text += node.InlineText;
            node.LinkText += node.InlineLinkText;
            node.Punctuation += node.InlinePunctuation;
            if (node.IsBlock && node.InlineText >= ProseLength && node.InlineLinkText * 2 < node.InlineText)
            {
                node.ProseText += node.InlineText;
                node.ProseBlocks++;
            }

            if (node.NamesBody)
            {
                node.NamedBodyProse = Math.Max(node.NamedBodyProse, node.ProseText);
            }

            if (node.Parent < 0)
            {
                continue;
            }

            var parent = nodes[node.Parent];
            parent.NamedBodyProse = Math.Max(parent.NamedBodyProse, node.NamedBodyProse);
            parent.Text += node.Text;
            parent.LinkText += node.LinkText;
            parent.Punctuation += node.Punctuation;
            parent.ProseText += node.ProseText;
            parent.Anchors += node.Anchors;
            parent.ProseBlocks += node.ProseBlocks;
            parent.HasMedia |= node.HasMedia;
            parent.HasBlockDescendant |= node.IsBlock || node.HasBlockDescendant;
            if (!node.IsBlock)
            {
                // An inline element's text belongs to the run of the nearest block around it.
                parent.InlineText += node.InlineText;
                parent.InlineLinkText += node.InlineLinkText;
                parent.InlinePunctuation += node.InlinePunctuation;
            }
        }
    }

    /// <summary>
    /// Names like "page-with-sidebar", "widget" or "slider" sometimes sit on wrappers around the whole article. A
    /// weakly named element holding most of the page's prose, or holding mostly prose and few links, is such a
    /// wrapper, not furniture.
    /// </summary>
    private static void ResolveFamilies(List<NodeStats> nodes)
    {
        var pageProse = nodes.Count > 0 ? nodes[0].ProseText : 0;
        foreach (var node in nodes)
        {
            var family = node.OwnFamily;
            if (family is BoilerplateFamily.Navigation or BoilerplateFamily.Related or BoilerplateFamily.Advertising or BoilerplateFamily.Metadata or BoilerplateFamily.Share or BoilerplateFamily.Newsletter or BoilerplateFamily.Gallery
                && node.Element.LocalName is not ("nav" or "aside" or "footer" or "header")
                && ((node.Element.LocalName is not ("ul" or "ol" or "li") && node.ProseText >= 250 && node.ProseBlocks >= 3 && node.ProseText * 2 > pageProse)
                    || (node.NamedBodyProse >= 200 && node.NamedBodyProse * 2 > pageProse)
                    || (family is BoilerplateFamily.Navigation or BoilerplateFamily.Metadata && node.ProseText >= 400 && node.ProseText >= 0.6 * node.Text && node.LinkDensity < 0.25)))
            {
                family = BoilerplateFamily.None;
            }

            // Once a wrapper named "gallery" is known to hold the article, the slides inside it named the same
            // way are the article's sections.
            var parentExempted = node.Parent >= 0 ? nodes[node.Parent].ExemptedFamily : BoilerplateFamily.None;
            node.ExemptedFamily = parentExempted;
            if (family != BoilerplateFamily.None && family == parentExempted)
            {
                family = BoilerplateFamily.None;
            }
            else if (family == BoilerplateFamily.None && node.OwnFamily == BoilerplateFamily.Gallery)
            {
                node.ExemptedFamily = node.OwnFamily;
            }

            // A captioned wrapper around an image is a figure, read whole by the block builder.
            if (family == BoilerplateFamily.Caption && node.HasMedia)
            {
                family = BoilerplateFamily.None;
            }

            node.Family = family;
            node.InBoilerplate = family != BoilerplateFamily.None || (node.Parent >= 0 && nodes[node.Parent].InBoilerplate);
        }
    }

    /// <summary>
    /// A card pointing to another story: a linked heading over a short summary, or a linked picture with a
    /// one-paragraph summary. Alone it may be anything; three side by side are a list of teasers.
    /// </summary>
    private static bool IsTeaserCard(NodeStats node) =>
        node.Anchors <= MaxCardLinks
        && ((node.LinkedHeadings == 1 && node.Paragraphs <= 2 && node.Good < 800)
            || (node.LinkedHeadings == 0 && node.HasMedia && node.Paragraphs == 1 && node.Good < 400 && node.Anchors >= 1));

    private static void MarkTeasers(List<NodeStats> nodes)
    {
        foreach (var node in nodes)
        {
            if (node.Parent < 0)
            {
                continue;
            }

            var parent = nodes[node.Parent];
            node.IsTeaser = parent.TeaserChildren >= 3 && IsTeaserCard(node);
            node.InTeaser = node.IsTeaser || parent.InTeaser;
        }
    }

    /// <summary>Scores each block's own text as article text (good) or furniture (bad) and sums both up the tree.</summary>
    private static void Classify(List<NodeStats> nodes)
    {
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            var node = nodes[i];
            if (node.IsBlock && node.InlineText > 0)
            {
                var text = node.InlineText;
                var links = node.InlineLinkText;
                if (node.InBoilerplate || links * 2 > text)
                {
                    node.Bad += text;
                }
                else if (text >= ProseLength || (text >= 30 && node.InlinePunctuation >= 2))
                {
                    node.Good += text - links;
                    node.Paragraphs++;
                }
                else
                {
                    // Short text that is not a link: table cells, subheads, list items. It belongs somewhere,
                    // but says less about where the article is than a paragraph does.
                    node.Good += ShortTextWeight * (text - links);
                }
            }

            if (ElementRules.IsHeading(node.Element.LocalName) && node.LinkText * 2 > node.Text && node.Text > 0)
            {
                node.LinkedHeadings++;
            }

            // Named furniture is skipped whole when blocks are built, so a long related-stories box inside the
            // article costs the article no more than a short one: its weight is capped.
            if (node.Family != BoilerplateFamily.None && node.Parent >= 0 && !nodes[node.Parent].InBoilerplate && node.Bad > NamedFurnitureCap)
            {
                node.Bad = NamedFurnitureCap;
            }

            // Three or more teaser cards side by side are a list of other stories: their summaries read like
            // prose, but they are links to elsewhere, not this page's text.
            if (node.TeaserChildren >= 3)
            {
                node.Good -= node.TeaserGood;
                node.Bad += node.TeaserGood;
            }

            if (node.Parent >= 0)
            {
                var parent = nodes[node.Parent];
                if (IsTeaserCard(node))
                {
                    parent.TeaserChildren++;
                    parent.TeaserGood += node.Good;
                }

                parent.Good += node.Good;
                parent.Bad += node.Bad;
                parent.Paragraphs += node.Paragraphs;
                parent.LinkedHeadings += node.LinkedHeadings;
            }
        }
    }
}
