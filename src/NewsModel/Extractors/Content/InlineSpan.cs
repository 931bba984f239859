using AngleSharp.Dom;

namespace NewsModel.Extractors.Content;

/// <summary>
/// A formatting element seen while text was collected: its kind and the range of collected text it covers. Links
/// keep their element so that the address is read and resolved only for blocks that are kept as inlines.
/// </summary>
/// <param name="Kind">The formatting.</param>
/// <param name="Start">Where its text starts in the collected text.</param>
/// <param name="End">Where its text ends; -1 while the element is open.</param>
/// <param name="Element">The element.</param>
internal readonly record struct InlineSpan(InlineKind Kind, int Start, int End, IElement Element)
{
    /// <summary>The formatting an element gives, by its name: em/i, strong/b, a with an href, code.</summary>
    public static InlineKind KindOf(IElement element, string name) => name switch
    {
        "em" or "i" => InlineKind.Emphasis,
        "strong" or "b" => InlineKind.Strong,
        "code" => InlineKind.Code,
        "a" when element.HasAttribute("href") => InlineKind.Link,
        _ => InlineKind.None,
    };
}
