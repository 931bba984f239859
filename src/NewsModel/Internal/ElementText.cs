using System.Text;
using AngleSharp.Dom;

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
                raw.Append(text.Data);
                if (raw.Length > rawLimit)
                {
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
                }
            }

            for (var child = e.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }

        var collapsed = TextNormalizer.Collapse(raw.ToString());
        return collapsed.Length > maxLength ? null : collapsed;
    }

    private static bool IsInlineFormatting(IElement element) =>
        element.LocalName is "b" or "strong" or "i" or "em" or "span" or "sup" or "sub" or "u" or "small" or "mark" && string.IsNullOrEmpty(element.ClassName);
}
