using System.Text;
using AngleSharp.Dom;

namespace NewsModel.Internal;

/// <summary>
/// Reads an element's text only when it is short. <c>TextContent</c> copies the text of the whole subtree, which
/// for a candidate that turns out to wrap the article body means copying the article to learn that it is too
/// long; this reader stops as soon as the limit is passed.
/// </summary>
internal static class ElementText
{
    /// <summary>The element's text with white space collapsed, or null when it is longer than <paramref name="maxLength"/> characters.</summary>
    public static string? ShortOrNull(IElement element, int maxLength)
    {
        var raw = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(element);
        var rawLimit = (maxLength * 3) + 64;
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                raw.Append(text.Data).Append(' ');
                if (raw.Length > rawLimit)
                {
                    return null;
                }

                continue;
            }

            if (node is IElement e && e.LocalName is "script" or "style" or "template" or "noscript" && !ReferenceEquals(e, element))
            {
                continue;
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }

        var collapsed = TextNormalizer.Collapse(raw.ToString());
        return collapsed.Length > maxLength ? null : collapsed;
    }
}
