using AngleSharp.Dom;
using NewsModel.Pipeline;

namespace NewsModel.Internal;

/// <summary>
/// Where the article's headline sits on the page, and the elements printed around it: the area where bylines,
/// dates and breadcrumbs are read with the most confidence. Computed once per page and shared.
/// </summary>
internal sealed class PageLayout
{
    /// <summary>How many elements after the headline count as its neighbourhood.</summary>
    private const int NeighbourhoodAfter = 60;

    /// <summary>How many elements before the headline count as its neighbourhood (breadcrumbs, kickers).</summary>
    private const int NeighbourhoodBefore = 25;

    /// <summary>How much of the headline's words an h2 or h3 must state to stand in for a missing h1.</summary>
    private const double SubheadingMatch = 0.8;

    private PageLayout(IElement? headline, int headlineOrder, IReadOnlyList<IElement> before, IReadOnlyList<IElement> after)
    {
        Headline = headline;
        HeadlineOrder = headlineOrder;
        Before = before;
        After = after;
    }

    /// <summary>The headline element, or null when the page has no h1.</summary>
    public IElement? Headline { get; }

    /// <summary>The headline's position in document order (0 when unknown).</summary>
    public int HeadlineOrder { get; }

    /// <summary>Elements just before the headline, nearest first.</summary>
    public IReadOnlyList<IElement> Before { get; }

    /// <summary>Elements just after the headline (outside it), in document order.</summary>
    public IReadOnlyList<IElement> After { get; }

    public static PageLayout Of(ExtractionContext context) => context.GetShared(Build);

    /// <summary>How far an element at <paramref name="order"/> is from the headline, in elements; large when no headline is known.</summary>
    public int DistanceFromHeadline(int order) => Headline is null ? 1000 : Math.Abs(order - HeadlineOrder);

    private static PageLayout Build(ExtractionContext context)
    {
        var index = context.Index;
        var hasHeadline = context.TryGetBest(ArticleFields.Headline, out var headline);

        // The h1 that best matches the headline chosen so far; else the first.
        var chosen = 0;
        var best = -1.0;
        if (hasHeadline)
        {
            for (var i = 0; i < index.H1s.Count; i++)
            {
                var overlap = Overlap(TextNormalizer.Collapse(index.H1s[i].TextContent), headline!);
                if (overlap > best)
                {
                    best = overlap;
                    chosen = i;
                }
            }
        }

        // A page without an h1 that states the headline (none at all, or one that names the site or a menu) may print
        // it in an h2 or h3: the first that states the headline anchors the layout.
        if (hasHeadline && best < SubheadingMatch && index.Subheadings.Find(s => StatesHeadline(TextNormalizer.Collapse(s.Element.TextContent), headline!)) is { Element: not null } subheading)
        {
            return new PageLayout(subheading.Element, subheading.Order, Preceding(subheading.Element, NeighbourhoodBefore), Following(subheading.Element, NeighbourhoodAfter));
        }

        // Nor in a heading at all ("<div class="article-head-title">"): the first element whose class names a title and
        // whose text states the headline, where its text is no longer than twice the headline.
        if (hasHeadline && best < SubheadingMatch
            && index.Titled.Find(t => !ElementText.IsLongerThan(t.Element, headline!.Length * 2) && StatesHeadline(TextNormalizer.Collapse(t.Element.TextContent), headline)) is { Element: not null } titled)
        {
            return new PageLayout(titled.Element, titled.Order, Preceding(titled.Element, NeighbourhoodBefore), Following(titled.Element, NeighbourhoodAfter));
        }

        if (index.H1s.Count == 0)
        {
            return new PageLayout(null, 0, [], []);
        }

        var element = index.H1s[chosen];
        return new PageLayout(element, index.H1Orders[chosen], Preceding(element, NeighbourhoodBefore), Following(element, NeighbourhoodAfter));
    }

    /// <summary>
    /// Whether a subheading states the headline: most of its words, or all of it before a short decoration the title
    /// adds ("Der Purzelbaum" for "Der Purzelbaum (2021/5)").
    /// </summary>
    private static bool StatesHeadline(string heading, string headline) =>
        Overlap(heading, headline) >= SubheadingMatch
        || (heading.Contains(' ', StringComparison.Ordinal) && headline.Length > heading.Length && heading.Length * 3 >= headline.Length * 2
            && headline.StartsWith(heading, StringComparison.OrdinalIgnoreCase) && !char.IsLetterOrDigit(headline[heading.Length]));

    private static double Overlap(string a, string b)
    {
        var wordsA = a.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var wordsB = b.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return wordsB.Length == 0 ? 0 : wordsB.Count(wordsA.Contains) / (double)Math.Max(wordsA.Count, wordsB.Length);
    }

    /// <summary>Elements after <paramref name="start"/> in document order, not inside it.</summary>
    private static List<IElement> Following(IElement start, int limit)
    {
        var result = new List<IElement>(limit);
        var current = NextOutside(start);
        while (current is not null && result.Count < limit)
        {
            result.Add(current);
            current = current.FirstElementChild ?? NextOutside(current);
        }

        return result;
    }

    /// <summary>The element after <paramref name="element"/> in document order that is not inside it: its next sibling, or an ancestor's.</summary>
    internal static IElement? NextOutside(IElement element)
    {
        for (var node = element; node is not null; node = node.ParentElement)
        {
            if (node.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>Elements before <paramref name="start"/> in reverse document order (nearest first), ancestors excluded.</summary>
    private static List<IElement> Preceding(IElement start, int limit)
    {
        var result = new List<IElement>(limit);
        for (var node = start; node is not null && result.Count < limit; node = node.ParentElement)
        {
            for (var sibling = node.PreviousElementSibling; sibling is not null && result.Count < limit; sibling = sibling.PreviousElementSibling)
            {
                // A sibling and its descendants, last first.
                var stack = new Stack<IElement>();
                stack.Push(sibling);
                var subtree = new List<IElement>();
                while (stack.Count > 0)
                {
                    var e = stack.Pop();
                    subtree.Add(e);
                    for (var child = e.LastElementChild; child is not null; child = child.PreviousElementSibling)
                    {
                        stack.Push(child);
                    }
                }

                for (var i = subtree.Count - 1; i >= 0 && result.Count < limit; i--)
                {
                    result.Add(subtree[i]);
                }
            }
        }

        return result;
    }
}
