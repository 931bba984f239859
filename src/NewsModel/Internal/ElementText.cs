using System.Text;
using AngleSharp.Dom;
using NewsModel.Pipeline;

namespace NewsModel.Internal;

/// <summary>
/// Reads an element's text only when it is short. <c>TextContent</c> copies the text of the whole subtree, which
/// for a candidate that turns out to wrap the article body means copying the article to learn that it is too
/// long; this reader stops as soon as the limit is passed. Element boundaries other than inline formatting count as
/// spaces, so that a hidden label and the name after it ("Author" "Jane Roe") do not run together.
/// </summary>
internal static class ElementText
{
    /// <summary>The element's text with white space collapsed, or null when it is longer than <paramref name="maxLength"/> characters.</summary>
    public static string? ShortOrNull(IElement element, int maxLength) => Read(element, maxLength, new StringBuilder(), new Stack<INode>(), lead: false, out _);

    /// <summary>The first <paramref name="length"/> characters of the element's text with white space collapsed, reading no further than needed.</summary>
    public static string Lead(IElement element, int length)
    {
        var text = Read(element, length, new StringBuilder(), new Stack<INode>(), lead: true, out _)!;
        return text.Length > length ? text[..length] : text;
    }

    /// <summary>
    /// Whether the element's text (its <c>TextContent</c>, script text included) runs longer than
    /// <paramref name="limit"/> characters, read no further than that and without building it.
    /// </summary>
    public static bool IsLongerThan(IElement element, int limit)
    {
        var length = 0;
        for (var node = element.FirstChild; node is not null; node = NextInside(node, element))
        {
            if (node is IText text && (length += text.Data.Length) > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The node after <paramref name="node"/> in document order, within <paramref name="root"/>; null past the root's last descendant.</summary>
    internal static INode? NextInside(INode node, INode root)
    {
        if (node.FirstChild is { } child)
        {
            return child;
        }

        for (var current = node; current is not null && current != root; current = current.Parent)
        {
            if (current.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the element's text into <paramref name="raw"/> (cleared first), stopping once it passes what
    /// <paramref name="maxLength"/> collapsed characters can take: null then, or with <paramref name="lead"/> the
    /// collapsed text read so far.
    /// </summary>
    private static string? Read(IElement element, int maxLength, StringBuilder raw, Stack<INode> stack, bool lead, out int rawLength)
    {
        raw.Clear();
        stack.Clear();
        stack.Push(element);
        var rawLimit = RawLimit(maxLength);

        // With lead, the collapsed characters read so far (a run of white space counts once) decide when to stop.
        var collapsed = 0;
        var inSpace = true;
        var textLength = 0;
        while (stack.Count > 0)
        {
            var node = stack.Pop();

            // What follows a block's end is a word of its own, though set in bold or bare ("<summary>17.30 BST</summary><span>Last
            // modified …</span>").
            if (!ReferenceEquals(node, element) && node.PreviousSibling is IElement { } before && IsBlock(before) && (node is IText || (node is IElement inline && IsInlineFormatting(inline))))
            {
                raw.Append(' ');
                inSpace = true;
            }

            if (node is IText text)
            {
                raw.Append(text.Data);
                textLength = raw.Length;
                if (lead)
                {
                    foreach (var c in text.Data)
                    {
                        var space = char.IsWhiteSpace(c);
                        collapsed += space && inSpace ? 0 : 1;
                        inSpace = space;
                    }

                    if (collapsed > maxLength + 1)
                    {
                        break;
                    }
                }
                else if (raw.Length > rawLimit)
                {
                    rawLength = textLength;
                    return null;
                }

                continue;
            }

            if (node is not IElement e)
            {
                continue;
            }

            if (!ReferenceEquals(e, element))
            {
                if (e.LocalName is "script" or "style" or "template" or "noscript")
                {
                    continue;
                }

                // A word set in bold stays one word; any other element boundary separates words.
                if (!IsInlineFormatting(e))
                {
                    raw.Append(' ');
                    inSpace = true;
                }
            }

            for (var child = e.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }

        // The raw length where the last text ended: what the limit was checked against.
        rawLength = textLength;
        var result = TextNormalizer.Collapse(raw.ToString());
        return lead || result.Length <= maxLength ? result : null;
    }

    /// <summary>How many raw characters (white space included) a reading for <paramref name="maxLength"/> collapsed ones takes before it gives up.</summary>
    private static int RawLimit(int maxLength) => (maxLength * 3) + 64;

    /// <summary>
    /// The short texts of one page, read once: the byline, date and breadcrumb readers look at the same elements around
    /// the headline. Texts up to <see cref="CachedLength"/> characters are kept; a reader asking for more reads afresh.
    /// Belongs to one page's extraction (not thread-safe itself).
    /// </summary>
    internal sealed class Cache
    {
        /// <summary>The longest text kept: the longest any reader of the header asks for.</summary>
        public const int CachedLength = 250;

        private readonly Dictionary<IElement, (string? Text, int RawLength)> _texts = new(ReferenceEqualityComparer.Instance);
        private readonly StringBuilder _raw = new();
        private readonly Stack<INode> _stack = new();

        /// <summary>The page's cache.</summary>
        public static Cache Of(ExtractionContext context) => context.GetShared(_ => new Cache());

        /// <summary>As <see cref="ElementText.ShortOrNull"/>, read once per element.</summary>
        public string? ShortOrNull(IElement element, int maxLength)
        {
            if (maxLength > CachedLength)
            {
                return Read(element, maxLength, _raw, _stack, lead: false, out _);
            }

            if (!_texts.TryGetValue(element, out var read))
            {
                var text = Read(element, CachedLength, _raw, _stack, lead: false, out var rawLength);
                read = (text, rawLength);
                _texts[element] = read;
            }

            // What the direct reading for this limit gives: null once the raw text passes its own limit, as there.
            return read.Text is not null && read.Text.Length <= maxLength && read.RawLength <= RawLimit(maxLength) ? read.Text : null;
        }
    }

    private static bool IsBlock(IElement element) =>
        element.LocalName is "div" or "p" or "summary" or "details" or "li" or "ul" or "ol" or "dl" or "dt" or "dd" or "h1" or "h2" or "h3" or "h4" or "h5"
            or "h6" or "section" or "header" or "footer" or "article" or "aside" or "figure" or "figcaption" or "blockquote" or "table" or "tr" or "td" or "th";

    private static bool IsInlineFormatting(IElement element) =>
        element.LocalName is "b" or "strong" or "i" or "em" or "span" or "sup" or "sub" or "u" or "small" or "mark" && string.IsNullOrEmpty(element.ClassName);
}
