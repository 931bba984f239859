using AngleSharp.Dom;

namespace NewsModel.Internal;

/// <summary>Recognizes the regions of a page that are not the article: navigation, sidebars, footers, comments and related-content lists.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class PageRegions
{
    /// <summary>
    /// Names of a "most read" list in the languages we read, matched where a class or id word starts ("most-read",
    /// "box-piu-letti", "meistgelesen", "lo-mas-leido", "les-plus-lus", "mais-lidas", "najczesciej-czytane",
    /// "populyarnoe", "en-cok-okunan"): furniture here, and a container of other stories for <see cref="ArticleHeader"/>.
    /// </summary>
    internal static readonly string[] MostReadHints =
    [
        "mostread", "most-read", "most-viewed", "mostviewed", "piu-lett", "piulett", "più-lett", "meistgelesen", "meist-gelesen", "mas-leid",
        "masleid", "más-leíd", "mas-vist", "plus-lu", "pluslu", "mais-lid", "maislid", "mais-vist", "najczesciej", "najczęściej",
        "najpopularniejsz", "populyarn", "chitaem", "cok-okunan", "cokokunan", "encokokunan", "meest-gelezen", "meestgelezen",
    ];

    // The readers' comments under an article ("comments", "disqus", "kommentare", "kommentarer", "yorumlar", "komentarze",
    // "reacties", a talkback list): the plural, a list's name. The singular "Kommentar", "komentář", "yorum" and a "forum"
    // name an opinion piece or a section.
    private static readonly string[] CommentHints = ["comment", "disqus", "kommentare", "kommentarer", "komentarze", "yorumlar", "reacties", "talkback"];

    // Furniture: comments, sidebars, related lists, footers, "most read" lists, and cookie, consent and privacy notices
    // (the content reader's words for them, ClassHints.ConsentWords).
    private static readonly string[] BoilerplateHints =
    [
        .. CommentHints, "sidebar", "aside", "related", "footer", "outbrain", "taboola", "more-stories", "morestories", .. MostReadHints,
        .. Extractors.Content.ClassHints.ConsentWords,
    ];


    // Names that also turn up on the article's own container ("single-promotion", "teaser-article", "widget-area"
    // around the whole story): they mark furniture only where the region does not hold the headline.
    private static readonly string[] SoftBoilerplateHints = ["widget", "recommend", "popular", "trending", "newsletter", "promo", "teaser"];


    // The furniture hints without footers, without comments, and without either (see IsRegion).
    private static readonly string[] NonFooterHints = [.. BoilerplateHints.Where(h => h != "footer")];
    private static readonly string[] NonCommentHints = [.. BoilerplateHints.Where(h => !CommentHints.Contains(h))];
    private static readonly string[] NeitherHints = [.. NonFooterHints.Where(h => !CommentHints.Contains(h))];

    private static readonly string[] LayoutModifiers = ["with-", "has-", "no-", "without-", "one-", "two-", "left-", "right-"];

    // Classes that file a post under a taxonomy or a state ("category-popular", "tag-sidebar", "has-comments" on a
    // WordPress post, "node-promoted" on a Drupal node) name what the article is about, not a region of the page.
    private static readonly string[] TaxonomyPrefixes = ["category-", "tag-", "tags-", "cat-", "tax-", "topic-", "has-", "format-", "status-"];

    /// <summary>
    /// Whether an element sits inside navigation, a sidebar, a footer, comments or a related-content list. A region
    /// whose class names furniture but which holds the page's top-level heading is a page wrapper, not furniture.
    /// </summary>
    public static bool IsBoilerplate(IElement element) => IsInside(element, BoilerplateHints, checkElements: true);

    /// <summary>
    /// Whether an element sits in furniture, where a region that holds the page's headline element (an h1, or the h2
    /// or h3 that stands in for a missing one) is the article, not furniture, whatever its class says.
    /// </summary>
    public static bool IsBoilerplate(IElement element, IElement? headline) =>
        IsInside(element, BoilerplateHints, checkElements: true, headline);

    /// <summary>Whether an element sits inside the comments: the weaker test for values marked as the article's own (a pubdate, an entry date), which themes also put in an entry footer.</summary>
    public static bool IsInComments(IElement element) => IsInside(element, CommentHints, checkElements: false);

    /// <summary>
    /// Whether the element itself is named for the readers' comments ("comments", "comment-list", "commentlist", "disqus",
    /// "kommentare", "yorumlar", "komentarze", "reacties", "talkback" in its class or id), whatever sits around it; the caller tells a meta line named for the comment count apart.
    /// </summary>
    public static bool IsCommentRegion(IElement element) => HasHint(element.GetAttribute("class"), CommentHints) || HasHint(element.Id, CommentHints);

    private static bool IsInside(IElement element, string[] hints, bool checkElements, IElement? headline = null)
    {
        // The body's and root's classes describe the page layout ("has-sidebar"), not a region.
        for (var e = element; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (headline is not null && e.Contains(headline))
            {
                return false;
            }

            if (IsRegion(e, hints, checkElements))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the element itself is a furniture region (navigation, a sidebar, a footer, comments, a related-content
    /// list), whatever sits around it: the per-element test behind <see cref="IsBoilerplate(IElement, IElement?)"/>,
    /// for callers that walk the ancestors themselves; counting footers (a <c>footer</c>, a "footer" class) only when
    /// <paramref name="footers"/> is set, and comments only when <paramref name="comments"/> is: an entry's own footer
    /// holds its categories and tags, and a meta line under the headline is often named for the comment count it shows
    /// ("date-comments").
    /// </summary>
    public static bool IsRegion(IElement element, bool footers, bool comments) => IsRegion(element, footers, comments, headline: null);

    /// <summary>
    /// <see cref="IsRegion(IElement, bool, bool)"/>, where a block named by a soft hint ("teaser", "promo") beside the
    /// page's <paramref name="headline"/> element is the article's own, as beside an h1: the headline may be an h2 or h3
    /// standing in for a missing h1.
    /// </summary>
    public static bool IsRegion(IElement element, bool footers, bool comments, IElement? headline)
    {
        if (element.LocalName is "body" or "html" || (!footers && element.LocalName == "footer"))
        {
            return false;
        }

        var hints = (footers, comments) switch
        {
            (true, true) => BoilerplateHints,
            (false, true) => NonFooterHints,
            (true, false) => NonCommentHints,
            _ => NeitherHints,
        };
        return IsRegion(element, hints, checkElements: true, headline);
    }

    private static bool IsRegion(IElement e, string[] hints, bool checkElements, IElement? headline = null)
    {
        if (checkElements && e.LocalName is "aside" or "footer" or "nav")
        {
            return true;
        }

        var classes = e.GetAttribute("class");
        var id = e.GetAttribute("id");
        if ((HasHint(classes, hints) || HasHint(id, hints)) && !(checkElements && e.QuerySelector("h1") is not null))
        {
            return true;
        }

        return checkElements && (HasHint(classes, SoftBoilerplateHints) || HasHint(id, SoftBoilerplateHints)) && !HoldsHeadline(e, headline);
    }

    /// <summary>
    /// A region that holds a top-level heading, or sits beside one, is the article itself ("single-promotion" around a
    /// sponsored story, "teaser-text" under the headline), whatever its class says; so is one that holds the page's
    /// headline element, where the caller knows it (an h2 or h3 standing in for a missing h1), or follows it as one of
    /// its next two siblings (the lede or meta block printed right under it). Checked only once a hint matched.
    /// </summary>
    private static bool HoldsHeadline(IElement element, IElement? headline)
    {
        if (headline is not null && (element.Contains(headline) || ReferenceEquals(element.PreviousElementSibling, headline)
            || ReferenceEquals(element.PreviousElementSibling?.PreviousElementSibling, headline)))
        {
            return true;
        }

        // The region itself, or its parent or grandparent: a "teaser" or "promo" block beside the headline is the
        // article's own lede or meta line (German CMSs call the lede the teaser), not a list of other stories.
        var e = element;
        for (var level = 0; level < 3 && e is not null && e.LocalName is not ("body" or "html"); level++, e = e.ParentElement)
        {
            if (e.QuerySelector("h1") is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"with-sidebar", "one-sidebar", "no-comments": a page or article that has such a region, not the region.</summary>
    internal static bool IsLayoutModifier(string token, int at)
    {
        foreach (var modifier in LayoutModifiers)
        {
            if (at >= modifier.Length && token.AsSpan(at - modifier.Length, modifier.Length).Equals(modifier, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a class token files a post under a taxonomy or a state ("category-popular", "tag-sidebar",
    /// "node-promoted") rather than naming a region of the page.
    /// </summary>
    public static bool IsTaxonomyToken(string token)
    {
        foreach (var prefix in TaxonomyPrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return token.EndsWith("promoted", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "headline__footer", "article-header__footer", "hero-footer": the foot of the article's headline block, where the
    /// byline and the date are printed, not the page's footer.
    /// </summary>
    private static bool IsHeadlineFooter(string token, int at, string hint)
    {
        if (at == 0 || hint != "footer")
        {
            return false;
        }

        var before = token.AsSpan(0, at).TrimEnd("-_");
        foreach (var head in HeadlineBlocks)
        {
            if (before.EndsWith(head, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] HeadlineBlocks = ["headline", "header", "heading", "title", "hero"];

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
            if (IsTaxonomyToken(token))
            {
                continue;
            }

            foreach (var hint in hints)
            {
                var at = token.IndexOf(hint, StringComparison.OrdinalIgnoreCase);
                if ((at == 0 || (at > 0 && token[at - 1] is '-' or '_')) && !IsLayoutModifier(token, at) && !IsHeadlineFooter(token, at, hint))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
