using AngleSharp.Dom;
using NewsModel.Pipeline;

namespace NewsModel.Internal;

/// <summary>
/// The article's own header: the headline, what is printed just above it (kicker, breadcrumb, dateline) and just below
/// it (byline, dates, meta lines), and the one rule that tells which blocks near it speak for something else. Every
/// reader that trusts the header more than the rest of the page asks here: the dates (offsets, update lines), the
/// printed byline (whether it may beat a markup author), the category kicker and meta links.
/// </summary>
/// <remarks>
/// <para>
/// A block is <em>foreign</em> (<see cref="IsForeign"/>) when, between an element and the container it shares with
/// the headline, it is furniture (<see cref="PageRegions"/>), a container of other stories (a teaser, a related, promo,
/// read-more or also-read block, an inline story, a roundup's item), an entry of its own (an <c>article</c> that does
/// not hold the headline, where the headline has an article of its own or the block stands beside others like it; a
/// list item holding a heading), or, below the headline and up to three levels up, a short block whose heading links to
/// another page (a teaser card). What is printed in a foreign block may speak for another story or another moment.
/// </para>
/// <para>
/// The header has two extents. Its <em>reach</em> (<see cref="Holds"/>) is the area the printed-date reader reads:
/// twelve elements above the headline and forty below it. Its <em>band</em> (<see cref="Opens"/>) is where a credit
/// line opens the article: below the headline, up to the first other heading or the first paragraph of body text.
/// </para>
/// Computed once per page, after the headline is known (from the bylines on); not thread-safe itself, as it belongs to
/// one page's extraction.
/// </remarks>
internal sealed class ArticleHeader
{
    /// <summary>How many elements after the headline the reach covers (the printed-date reader's reach).</summary>
    private const int ReachAfter = 40;

    /// <summary>How many elements before the headline the reach covers (the printed-date reader's reach).</summary>
    private const int ReachBefore = 12;

    /// <summary>How many levels above an element a block whose heading links elsewhere marks a teaser.</summary>
    private const int LinkedHeadingLevels = 3;

    /// <summary>How long an unclassed paragraph is before it counts as body text, ending the band.</summary>
    private const int BodyParagraphLength = 120;

    /// <summary>How much text a block whose heading links elsewhere may hold and still be a teaser card.</summary>
    private const int MaxTeaserText = 600;

    /// <summary>How many links a navigation element above the headline may hold and still label the article.</summary>
    private const int MaxLabelLinks = 8;

    /// <summary>How many words make a paragraph running text rather than a line of links.</summary>
    private const int ProseWords = 12;

    private const string LinkedHeading = "h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4";

    // Containers of other stories, beside the furniture PageRegions knows, matched anywhere in a class or id
    // ("relatedArticles", "story-list__item", "c-read-more").
    private static readonly string[] OtherStoryKeys =
    [
        "related", "more-stories", "more-from", "roundup", "list-item", "story-list", "story-card", "read-more", "readmore",
        "also-read", "alsoread", "see-also", "inline-story", "inlinestory", "outbrain", "taboola",
    ];

    // Containers of other stories except right beside the headline, where the same names mark the article's own lede
    // or meta line (German CMSs call the lede the teaser; "promo-header" wraps a sponsored story's own title).
    private static readonly string[] SoftOtherStoryKeys = ["teaser", "promo", "recommend", "trending", "popular", "widget"];

    private readonly PageLayout _layout;
    private readonly IElement? _ownEntry;
    private readonly bool _headlineInArticle;
    private readonly Dictionary<IElement, bool> _foreignContainers = new();
    private readonly Dictionary<IElement, IElement[]> _linkedHeadings = new();
    private HashSet<IElement>? _reach;
    private int _bandEnd = -1;

    private ArticleHeader(PageLayout layout)
    {
        _layout = layout;
        if (layout.Headline is { } headline)
        {
            _ownEntry = headline.Closest("article, .hentry, .type-post");
            _headlineInArticle = headline.Closest("article") is not null;
        }
    }

    /// <summary>The headline element the header is built around; null when the page has none.</summary>
    public IElement? Headline => _layout.Headline;

    /// <summary>The page's layout around the headline.</summary>
    public PageLayout Layout => _layout;

    /// <summary>The article's header on this page (computed once and shared).</summary>
    public static ArticleHeader Of(ExtractionContext context) => context.GetShared(c => new ArticleHeader(PageLayout.Of(c)));

    /// <summary>Whether <paramref name="element"/> is printed in the header's reach, outside every foreign block.</summary>
    public bool Holds(IElement element) => Headline is not null && InReach(element) && !IsForeign(element);

    /// <summary>
    /// Whether <paramref name="element"/> opens the article: below the headline, before any other heading and any
    /// paragraph of body text, outside every foreign block (a standfirst carries a class and belongs to the header).
    /// </summary>
    public bool Opens(IElement element)
    {
        if (Headline is null || IsForeign(element))
        {
            return false;
        }

        var end = BandEnd();
        for (var i = 0; i < end; i++)
        {
            var after = _layout.After[i];
            if (ReferenceEquals(after, element) || after.Contains(element))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="element"/> belongs to the headline's own entry: inside its <c>article</c> (or WordPress
    /// entry) when it has one, else in no other article (the next post of an infinite scroll is not this one's).
    /// </summary>
    public bool InOwnEntry(IElement element) =>
        _ownEntry is not null ? _ownEntry.Contains(element) : element.Closest("article, .hentry, .type-post") is null;

    /// <summary>
    /// Whether <paramref name="element"/> sits in a block that speaks for something other than the article: furniture,
    /// another story's container, an entry of its own, or a teaser (see the remarks). Without a headline, only
    /// furniture counts.
    /// </summary>
    public bool IsForeign(IElement element)
    {
        if (Headline is not { } headline)
        {
            return PageRegions.IsBoilerplate(element);
        }

        if (element.Contains(headline))
        {
            return false;
        }

        if (IsForeignContainer(element))
        {
            return true;
        }

        // Above the headline, a block whose heading links elsewhere is the article's own series or kicker ("Fohlen › by
        // hufeisen77" over a chapter), not a teaser.
        var below = headline.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following);
        var level = 0;
        for (var up = element.ParentElement; up is not null && up.LocalName is not ("body" or "html") && !up.Contains(headline); up = up.ParentElement, level++)
        {
            if (IsForeignContainer(up) || (below && level < LinkedHeadingLevels && HasOtherLinkedHeading(up, element)))
            {
                return true;
            }
        }

        return false;
    }

    private bool InReach(IElement element)
    {
        if (_reach is null)
        {
            _reach = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < _layout.After.Count && i < ReachAfter; i++)
            {
                _reach.Add(_layout.After[i]);
            }

            for (var i = 0; i < _layout.Before.Count && i < ReachBefore; i++)
            {
                _reach.Add(_layout.Before[i]);
            }
        }

        return _reach.Contains(element);
    }

    private int BandEnd()
    {
        if (_bandEnd >= 0)
        {
            return _bandEnd;
        }

        var end = 0;
        for (; end < _layout.After.Count; end++)
        {
            var after = _layout.After[end];
            if (after.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
                || (after.LocalName == "p" && !after.HasAttribute("class") && after.TextContent.Length >= BodyParagraphLength))
            {
                break;
            }
        }

        return _bandEnd = end;
    }

    /// <summary>Whether a container, judged alone, is furniture, another story's container or an entry of its own.</summary>
    private bool IsForeignContainer(IElement container)
    {
        if (_foreignContainers.TryGetValue(container, out var known))
        {
            return known;
        }

        var foreign = (PageRegions.IsRegion(container, footers: !InOwnEntryFooter(container), comments: !InBand(container)) && !IsLabelNavigation(container))
            || HasKey(container.GetAttribute("class"), OtherStoryKeys) || HasKey(container.Id, OtherStoryKeys)
            || ((HasKey(container.GetAttribute("class"), SoftOtherStoryKeys) || HasKey(container.Id, SoftOtherStoryKeys)) && (!BesideHeadline(container) || LinksAStory(container)))
            || (container.LocalName == "article" && (_headlineInArticle || IsSameKind(container.PreviousElementSibling, container) || IsSameKind(container.NextElementSibling, container)))
            || (container.LocalName == "li" && container.QuerySelector("h2, h3, h4") is not null);
        _foreignContainers[container] = foreign;
        return foreign;
    }

    /// <summary>Whether a container holds a heading that links to another page, other than one around or inside the element.</summary>
    private bool HasOtherLinkedHeading(IElement container, IElement element)
    {
        if (!_linkedHeadings.TryGetValue(container, out var headings))
        {
            // A teaser is a card: a heading and a few lines. A long block with a linked heading is the body, where a
            // linked subheading (a "read also" line) sits among the paragraphs.
            headings = ElementText.IsLongerThan(container, MaxTeaserText)
                ? []
                : [.. container.QuerySelectorAll(LinkedHeading).Select(m => m.LocalName is "h2" or "h3" or "h4" ? m : m.Closest("h2, h3, h4") ?? m).Distinct()];
            _linkedHeadings[container] = headings;
        }

        foreach (var heading in headings)
        {
            if (!heading.Contains(element) && !element.Contains(heading))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a container is a short navigation element printed just above the headline (a kicker or a section's
    /// sub-navigation, a few links): it labels the article rather than the site. A site menu holds more links.
    /// </summary>
    private bool IsLabelNavigation(IElement container) =>
        container.LocalName == "nav" && Headline is { } headline && headline.CompareDocumentPosition(container).HasFlag(DocumentPositions.Preceding)
        && InReach(container) && container.QuerySelectorAll("a[href]").Length <= MaxLabelLinks;

    /// <summary>Whether a container sits in the headline's own entry (a footer there holds the entry's categories and tags).</summary>
    private bool InOwnEntryFooter(IElement container) => _ownEntry is not null && _ownEntry.Contains(container);

    /// <summary>Whether a container sits in the band below the headline (see <see cref="Opens"/>).</summary>
    private bool InBand(IElement container)
    {
        var end = BandEnd();
        for (var i = 0; i < end; i++)
        {
            if (ReferenceEquals(_layout.After[i], container))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a container links a story by its title: a link of three words or more outside running text ("Ferry back
    /// on time"), as a teaser of another page does and the article's own lede does not.
    /// </summary>
    private static bool LinksAStory(IElement container)
    {
        foreach (var link in container.QuerySelectorAll("a[href]"))
        {
            if (WordCount(link.TextContent) >= 3 && (link.Closest("p") is not { } paragraph || WordCount(paragraph.TextContent) <= ProseWords))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Whether the container's parent or grandparent holds the headline.</summary>
    private bool BesideHeadline(IElement container) =>
        Headline is { } headline && container.ParentElement is { } parent
        && (parent.Contains(headline) || (parent.ParentElement is { } grandparent && grandparent.Contains(headline)));

    /// <summary>
    /// Whether a class list or id names one of <paramref name="keys"/>: at the start of a token, after a hyphen or an
    /// underscore, or at a camel-case word ("relatedArticles", "c-read-more", "articleTeaser"); not in a taxonomy class
    /// ("category-related", "node-promoted").
    /// </summary>
    private static bool HasKey(string? name, string[] keys)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var token in name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (PageRegions.IsTaxonomyToken(token))
            {
                continue;
            }

            foreach (var key in keys)
            {
                for (var at = token.IndexOf(key, StringComparison.OrdinalIgnoreCase); at >= 0; at = token.IndexOf(key, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    if (at == 0 || token[at - 1] is '-' or '_' || (char.IsUpper(token[at]) && char.IsLower(token[at - 1])))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsSameKind(IElement? sibling, IElement element) => sibling is not null && sibling.LocalName == element.LocalName;
}
