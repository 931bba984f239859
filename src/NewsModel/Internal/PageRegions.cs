using AngleSharp.Dom;

namespace NewsModel.Internal;

/// <summary>Recognizes the regions of a page that are not the article: navigation, sidebars, footers, comments and related-content lists.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class PageRegions
{
    private static readonly string[] BoilerplateHints =
    [
        "comment", "sidebar", "related", "widget", "footer", "recommend", "popular", "trending", "newsletter", "promo", "teaser", "outbrain",
        "taboola", "mostread", "most-read", "more-stories", "morestories",
    ];

    private static readonly string[] CommentHints = ["comment"];

    /// <summary>Whether an element sits inside navigation, a sidebar, a footer, comments or a related-content list.</summary>
    public static bool IsBoilerplate(IElement element) => IsInside(element, BoilerplateHints, checkElements: true);

    /// <summary>Whether an element sits inside the comments: the weaker test for values marked as the article's own (a pubdate, an entry date), which themes also put in an entry footer.</summary>
    public static bool IsInComments(IElement element) => IsInside(element, CommentHints, checkElements: false);

    private static bool IsInside(IElement element, string[] hints, bool checkElements)
    {
        // The body's and root's classes describe the page layout ("has-sidebar"), not a region.
        for (var e = element; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (checkElements && e.LocalName is "aside" or "footer" or "nav")
            {
                return true;
            }

            if (HasHint(e.GetAttribute("class"), hints) || HasHint(e.GetAttribute("id"), hints))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a class or id token names a region: "sidebar", "sidebar__item", "site-footer", "widget_text", but
    /// not a layout flag that merely mentions it ("layoutTwoColumnsRightSidebar").
    /// </summary>
    private static bool HasHint(string? value, string[] hints)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var token in value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var hint in hints)
            {
                var at = token.IndexOf(hint, StringComparison.OrdinalIgnoreCase);
                if (at == 0 || (at > 0 && token[at - 1] is '-' or '_'))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
