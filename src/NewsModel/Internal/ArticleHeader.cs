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
/// the headline, it is furniture (<see cref="PageRegions"/>; not the footer of the headline's own block, nor a short
/// meta line named for its comments), a container of other stories (related, also-read, roundup blocks; teasers and
/// promos away from the headline), an entry of its own (an <c>article</c> that does not hold the headline, where the
/// headline has an article of its own or the block stands beside others like it, but not the article holding the
/// story after a headline printed outside it; a list item holding a heading), or, below the headline, a story card (a
/// short block linking a story, in a list of such cards or after the body with its link before the element). What is
/// printed in a foreign block may speak for another story or another moment. docs/precedence.md gives the rules whole.
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

    /// <summary>How many elements after the headline an article holding the story may start (see the constructor).</summary>
    private const int ContinuationReach = 10;

    /// <summary>How many levels above the headline the parent of the entry's own footer may sit.</summary>
    private const int OwnFooterLevels = 3;

    /// <summary>How long a meta line named for comments may be.</summary>
    private const int MaxMetaLineText = 160;

    /// <summary>How long the first unclassed paragraph of the body is at least: where teasers after the body may begin.</summary>
    private const int BodyStartLength = 60;

    /// <summary>How many words a link's text needs to title a story.</summary>
    private const int StoryTitleWords = 4;

    /// <summary>How long an unclassed paragraph is before it counts as body text, ending the band.</summary>
    private const int BodyParagraphLength = 120;

    /// <summary>How much text a block whose heading links elsewhere may hold and still be a teaser card.</summary>
    private const int MaxTeaserText = 600;

    /// <summary>How many links a navigation element above the headline may hold and still label the article.</summary>
    private const int MaxLabelLinks = 8;

    /// <summary>How many words make a paragraph running text rather than a line of links.</summary>
    private const int ProseWords = 12;

    // A footer of the site or page, never an entry's own.
    private static readonly string[] PageFooterKeys = ["site", "page", "global", "main-footer"];

    // Words beside "comments" in the name of a post's meta line ("date-comments", "comments-meta", "comment-count").
    private static readonly string[] MetaLineKeys = ["meta", "date", "count", "link", "num", "info", "byline", "posted"];

    // The first folder of a link to a page that is no story: a person's, a topic's, a section's, a search.
    private static readonly HashSet<string> NonStoryFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "author", "authors", "autor", "autoren", "auteur", "auteurs", "autore", "autori", "autores", "profile", "profil", "user", "users",
        "people", "person", "tag", "tags", "topic", "topics", "category", "categories", "schlagwort", "thema", "themen", "search",
    };

    // Containers of other stories, beside the furniture PageRegions knows, matched anywhere in a class or id
    // ("relatedArticles", "story-list__item", "c-read-more").
    private static readonly string[] OtherStoryKeys =
    [
        "related", "more-stories", "more-from", "roundup", "story-list", "story-card", "also-read", "alsoread", "see-also", "inline-story",
        "inlinestory", "outbrain", "taboola",
    ];

    // Containers of other stories except right beside the headline, where the same names mark the article's own lede
    // or meta line (German CMSs call the lede the teaser; "promo-header" wraps a sponsored story's own title).
    private static readonly string[] SoftOtherStoryKeys = ["teaser", "promo", "recommend", "trending", "popular", "widget"];

    private readonly PageLayout _layout;
    private readonly IElement? _ownEntry;
    private readonly bool _headlineInArticle;
    private readonly IElement? _continuation;
    private readonly IElement? _bodyStart;
    private readonly List<IElement> _headlineAncestors = [];
    private readonly Dictionary<IElement, bool> _foreignContainers = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, IElement?> _storyLinks = new(ReferenceEqualityComparer.Instance);
    private HashSet<IElement>? _reach;
    private HashSet<IElement>? _band;

    private ArticleHeader(PageLayout layout)
    {
        _layout = layout;
        if (layout.Headline is not { } headline)
        {
            return;
        }

        _ownEntry = headline.Closest("article, .hentry, .type-post");
        foreach (var after in layout.After)
        {
            if (after.LocalName == "p" && !after.HasAttribute("class") && ElementText.IsLongerThan(after, BodyStartLength))
            {
                _bodyStart = after;
                break;
            }
        }

        var ownArticle = headline.Closest("article");
        _headlineInArticle = ownArticle is not null;
        for (var up = headline.ParentElement; up is not null; up = up.ParentElement)
        {
            _headlineAncestors.Add(up);
        }

        // A headline printed outside the article, or in a short "hero" article of its own: the first article after it
        // holds the story (its byline, its dates) where it holds a story's text and is no entry among several (a live
        // blog's posts follow their headline the same way).
        if (ownArticle is null || !ElementText.IsLongerThan(ownArticle, MaxTeaserText))
        {
            for (var i = 0; i < layout.After.Count && i < ContinuationReach; i++)
            {
                if (layout.After[i] is { LocalName: "article" } next && (ownArticle is null || !ownArticle.Contains(next)))
                {
                    _continuation = ElementText.IsLongerThan(next, MaxTeaserText) && SameKindSiblings(next) <= 1 ? next : null;
                    break;
                }
            }
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

        var band = Band();
        for (var e = element; e is not null && !e.Contains(Headline); e = e.ParentElement)
        {
            if (band.Contains(e))
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

        // Above the headline, a block that links a story is the article's own series or kicker ("Fohlen › by
        // hufeisen77" over a chapter), not a teaser card.
        var below = headline.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following);
        for (var up = element.ParentElement; up is not null && up.LocalName is not ("body" or "html") && !up.Contains(headline); up = up.ParentElement)
        {
            if (IsForeignContainer(up) || (below && IsStoryCard(up, element)))
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

    /// <summary>Whether a container is one of the band's elements (see <see cref="Opens"/>).</summary>
    private bool InBand(IElement container) => Band().Contains(container);

    /// <summary>The elements of the band below the headline (see <see cref="Opens"/>), computed once.</summary>
    private HashSet<IElement> Band()
    {
        if (_band is not null)
        {
            return _band;
        }

        _band = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var after in _layout.After)
        {
            if (after.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
                || (after.LocalName == "p" && !after.HasAttribute("class") && ElementText.IsLongerThan(after, BodyParagraphLength - 1)))
            {
                break;
            }

            _band.Add(after);
        }

        return _band;
    }

    /// <summary>Whether a container, judged alone, is furniture, another story's container or an entry of its own.</summary>
    private bool IsForeignContainer(IElement container)
    {
        if (_foreignContainers.TryGetValue(container, out var known))
        {
            return known;
        }

        var foreign = (PageRegions.IsRegion(container, footers: !IsOwnFooter(container), comments: !IsMetaLine(container)) && !IsLabelNavigation(container))
            || HasKey(container.GetAttribute("class"), OtherStoryKeys) || HasKey(container.Id, OtherStoryKeys)
            || ((HasKey(container.GetAttribute("class"), SoftOtherStoryKeys) || HasKey(container.Id, SoftOtherStoryKeys)) && (!BesideHeadline(container) || LinksAStory(container)))
            || (container.LocalName == "article" && !ReferenceEquals(container, _continuation)
                && (_headlineInArticle || IsSameKind(container.PreviousElementSibling, container) || IsSameKind(container.NextElementSibling, container)))
            || (container.LocalName == "li" && container.QuerySelector("h2, h3, h4") is not null);
        _foreignContainers[container] = foreign;
        return foreign;
    }

    /// <summary>
    /// Whether a container is a story card: a short block (a title and a few lines) that links a story, either beside a
    /// block of the same kind (same element, same classes) that links one too (a list of cards), or, after the body's
    /// first paragraph, with that link before the element (a teaser: its title, then its byline or date). A lone block
    /// whose link comes after the element ("Read also" in a brief) or that comes before the body (a series heading in
    /// the meta lines) is the article's own.
    /// </summary>
    private bool IsStoryCard(IElement container, IElement element)
    {
        if (StoryLink(container) is not { } link)
        {
            return false;
        }

        if (_bodyStart is not null && _bodyStart.CompareDocumentPosition(container).HasFlag(DocumentPositions.Following)
            && link.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following))
        {
            return true;
        }

        var classes = container.GetAttribute("class");
        for (var sibling = container.ParentElement?.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (!ReferenceEquals(sibling, container) && sibling.LocalName == container.LocalName
                && string.Equals(sibling.GetAttribute("class"), classes, StringComparison.Ordinal) && StoryLink(sibling) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first link in a short block (600 characters or less) that links a story: a linked heading, or a link titling
    /// one (see <see cref="IsStoryLink"/>), to a page that may be a story; null when none.
    /// </summary>
    private IElement? StoryLink(IElement container)
    {
        if (_storyLinks.TryGetValue(container, out var known))
        {
            return known;
        }

        IElement? found = null;
        if (!ElementText.IsLongerThan(container, MaxTeaserText))
        {
            foreach (var link in container.QuerySelectorAll("a[href]"))
            {
                if (LinksAStoryPage(link) && ((link.Closest("h2, h3, h4") is { } heading && container.Contains(heading)) || link.QuerySelector("h2, h3, h4") is not null || TitlesAStory(link)))
                {
                    found = link;
                    break;
                }
            }
        }

        _storyLinks[container] = found;
        return found;
    }

    /// <summary>
    /// Whether a container is a short navigation element printed just above the headline (a kicker or a section's
    /// sub-navigation, a few links): it labels the article rather than the site. A site menu holds more links.
    /// </summary>
    private bool IsLabelNavigation(IElement container) =>
        container.LocalName == "nav" && Headline is { } headline && headline.CompareDocumentPosition(container).HasFlag(DocumentPositions.Preceding)
        && InReach(container) && container.QuerySelectorAll("a[href]").Length <= MaxLabelLinks;

    /// <summary>
    /// Whether a container sits in the footer of the headline's own entry (its categories, tags, "Posted by"): inside the
    /// headline's article or entry, or in a footer whose parent holds the headline within a few levels. The page's own
    /// footer sits further out.
    /// </summary>
    private bool IsOwnFooter(IElement container)
    {
        if (_ownEntry is not null && _ownEntry.Contains(container))
        {
            return true;
        }

        var parent = container.ParentElement;
        var level = parent is null || parent.LocalName is "body" or "html" ? -1 : _headlineAncestors.IndexOf(parent);
        return level is >= 0 and < OwnFooterLevels && !HasKey(container.GetAttribute("class"), PageFooterKeys) && !HasKey(container.Id, PageFooterKeys);
    }

    /// <summary>
    /// Whether a container named for comments is a meta line ("date-comments", "comments-meta": a date, categories and a
    /// comment count), not the comments: a short block, without a form, whose name also says meta, date, count, link or info.
    /// </summary>
    private static bool IsMetaLine(IElement container) =>
        (HasKey(container.GetAttribute("class"), MetaLineKeys) || HasKey(container.Id, MetaLineKeys))
        && !ElementText.IsLongerThan(container, MaxMetaLineText) && container.QuerySelector("form, textarea") is null;

    /// <summary>Whether a container links a story by its title (see <see cref="IsStoryLink"/>), as a teaser of another page does and the article's own lede does not.</summary>
    private static bool LinksAStory(IElement container)
    {
        foreach (var link in container.QuerySelectorAll("a[href]"))
        {
            if (IsStoryLink(link))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a link titles a story: four words or more, outside running text, to a page that may be a story ("Von <a
    /// href=/autoren/anna-maria-schmidt>Anna Maria Schmidt</a>" and "<a href=/2024/03/12/>March 12, 2024</a>" are the
    /// article's own meta line).
    /// </summary>
    private static bool IsStoryLink(IElement link) => TitlesAStory(link) && LinksAStoryPage(link);

    private static bool TitlesAStory(IElement link) =>
        WordCount(link.TextContent) >= StoryTitleWords && (link.Closest("p") is not { } paragraph || WordCount(paragraph.TextContent) <= ProseWords);

    /// <summary>Whether a link leads to a page that may be a story: not a person's, a topic's or a section's page, a search or a date archive.</summary>
    private static bool LinksAStoryPage(IElement link)
    {
        var href = link.GetAttribute("href");
        if (string.IsNullOrEmpty(href) || href.StartsWith('#'))
        {
            return false;
        }

        var path = href.AsSpan();
        var scheme = path.IndexOf("//", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            path = path[(scheme + 2)..];
            var slash = path.IndexOf('/');
            path = slash < 0 ? [] : path[slash..];
        }

        var first = path.TrimStart('/');
        var end = first.IndexOfAny('/', '?', '#');
        var segment = end < 0 ? first : first[..end];
        if (segment.IsEmpty || NonStoryFolders.Contains(segment.ToString()))
        {
            return false;
        }

        // A date archive: "/2024/03/12/" and nothing after.
        foreach (var c in first)
        {
            if (!char.IsAsciiDigit(c) && c is not '/' and not '-')
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
                    if ((at == 0 || token[at - 1] is '-' or '_' || (char.IsUpper(token[at]) && char.IsLower(token[at - 1])))
                        && !PageRegions.IsLayoutModifier(token, at))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>How many siblings of the same element name an element has.</summary>
    private static int SameKindSiblings(IElement element)
    {
        var count = 0;
        for (var sibling = element.ParentElement?.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            count += !ReferenceEquals(sibling, element) && sibling.LocalName == element.LocalName ? 1 : 0;
        }

        return count;
    }

    private static bool IsSameKind(IElement? sibling, IElement element) => sibling is not null && sibling.LocalName == element.LocalName;
}
