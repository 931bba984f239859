using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Dates;

/// <summary>
/// The article's own header and byline area: the elements just above the headline and just below it that the
/// printed-date reader reads, outside furniture (<see cref="PageRegions"/>), teasers for other pages (a block whose
/// heading links elsewhere), and entries of their own (a live blog's posts, the items of a list of stories: an <c>article</c> or <c>li</c> beside others like it
/// that does not hold the headline). What is printed there speaks for the article; what is printed elsewhere may speak
/// for another story or another moment.
/// </summary>
/// <remarks>Stateless and thread-safe. Uses the page's layout, so only once the headline is known (from the date reconciliation on).</remarks>
internal static class ArticleHeader
{
    /// <summary>How many elements after the headline the area reaches (the printed-date reader's reach).</summary>
    private const int After = 40;

    /// <summary>How many elements before the headline the area reaches (the printed-date reader's reach).</summary>
    private const int Before = 12;

    /// <summary>Whether <paramref name="element"/> sits in the article's header or byline area.</summary>
    public static bool Holds(ExtractionContext context, IElement element)
    {
        var layout = PageLayout.Of(context);
        if (layout.Headline is not { } headline || !Near(layout, element) || PageRegions.IsBoilerplate(element, headline))
        {
            return false;
        }

        // Up to the region that holds the headline: an entry among others like it, or a block (up to three levels up)
        // whose heading links to another page.
        var level = 0;
        for (var up = element.ParentElement; up is not null && !up.Contains(headline); up = up.ParentElement, level++)
        {
            if ((up.LocalName is "article" or "li" && (IsSameKind(up.PreviousElementSibling, up) || IsSameKind(up.NextElementSibling, up)))
                || (level < 3 && up.QuerySelector(LinkedHeading) is not null))
            {
                return false;
            }
        }

        return true;
    }

    private const string LinkedHeading = "h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4";

    private static bool Near(PageLayout layout, IElement element)
    {
        for (var i = 0; i < layout.After.Count && i < After; i++)
        {
            if (ReferenceEquals(layout.After[i], element))
            {
                return true;
            }
        }

        for (var i = 0; i < layout.Before.Count && i < Before; i++)
        {
            if (ReferenceEquals(layout.Before[i], element))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSameKind(IElement? sibling, IElement element) => sibling is not null && sibling.LocalName == element.LocalName;
}
