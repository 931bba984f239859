using AngleSharp.Dom;

namespace NewsModel.Extractors.Content;

/// <summary>What the content extractor knows about HTML tags: which it never reads, which start a block, which are page furniture.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ElementRules
{
    // Never text for readers: code, styling, form controls, vector graphics. Their subtrees are not walked.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "head", "title", "meta", "link", "button", "input", "select",
        "textarea", "option", "optgroup", "datalist", "object", "embed", "canvas", "map", "audio", "video", "iframe", "frame",
        "frameset", "dialog", "source", "track", "picture", "img", "param", "base", "wbr", "progress", "meter",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "summary", "caption", "menu", "body", "html",
        "listing", "xmp", "plaintext",
    };

    /// <summary>True for elements whose subtree holds no readable text (scripts, styles, controls, media).</summary>
    public static bool IsIgnored(string localName) => Ignored.Contains(localName);

    /// <summary>True for elements that start a new block of text.</summary>
    public static bool IsBlock(string localName) => BlockTags.Contains(localName);

    /// <summary>True for h1 to h6.</summary>
    public static bool IsHeading(string localName) =>
        localName.Length == 2 && localName[0] == 'h' && localName[1] is >= '1' and <= '6';

    /// <summary>The boilerplate family a tag belongs to by its name alone.</summary>
    public static BoilerplateFamily FamilyOfTag(string localName) => localName switch
    {
        "nav" or "menu" => BoilerplateFamily.Navigation,
        "aside" => BoilerplateFamily.Related,
        "footer" => BoilerplateFamily.Navigation,
        "header" => BoilerplateFamily.Metadata,
        "figcaption" => BoilerplateFamily.Caption,
        _ => BoilerplateFamily.None,
    };

    /// <summary>True when the element is hidden from readers by an attribute or an inline style.</summary>
    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var ariaHidden = element.GetAttribute("aria-hidden");
        if (ariaHidden is not null && ariaHidden.Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null || style.Length < 12)
        {
            return false;
        }

        return ContainsDeclaration(style, "display", "none") || ContainsDeclaration(style, "visibility", "hidden");
    }

    /// <summary>True when a CSS declaration list sets <paramref name="property"/> to <paramref name="value"/>, spaces ignored.</summary>
    private static bool ContainsDeclaration(string style, string property, string value)
    {
        var at = 0;
        while ((at = style.IndexOf(property, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var i = at + property.Length;
            at = i;
            while (i < style.Length && style[i] == ' ')
            {
                i++;
            }

            if (i >= style.Length || style[i] != ':')
            {
                continue;
            }

            i++;
            while (i < style.Length && style[i] == ' ')
            {
                i++;
            }

            if (string.Compare(style, i, value, 0, value.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
