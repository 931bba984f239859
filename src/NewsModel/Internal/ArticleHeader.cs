using AngleSharp.Dom;
using NewsModel.Pipeline;

namespace NewsModel.Internal;

/// <summary>
/// The article's own header: the headline, what is printed just above it (kicker, breadcrumb, dateline) and just below
/// it (byline, dates, meta lines), and the rules that tell which blocks on the page speak for something else. Every
/// reader that looks for the article's byline, dates or section asks here.
/// </summary>
/// <remarks>
/// <para>
/// Two strengths of the same rule. <em>Furniture</em> (<see cref="IsFurniture"/>) is what no reader takes a value from:
/// page furniture (<see cref="PageRegions"/>; not the footer of the headline's own entry, nor a short meta line named
/// for its comments), containers of other stories (related, also-read, roundup blocks; teasers and promos away from
/// the headline) and lists of story cards (short blocks side by side, each linking a story). <em>Foreign</em>
/// (<see cref="IsForeign"/>) adds what may belong to the page but does not speak for the article's header: an entry of
/// its own (an <c>article</c> that does not hold the headline or the body's first paragraph, where the headline has an
/// article of its own or the block stands beside others like it; a list item, beside others, holding a heading and a
/// story link), a lone teaser card after the body (its linked title before the element) and a navigation element above
/// the headline. A lone block with a linked heading is too often the article's own (a series, a column, an editor's
/// note) to be furniture, except after the headline's own entry when that entry holds the body's first paragraph.
/// docs/precedence.md gives the rules whole.
/// </para>
/// <para>
/// The header has two extents. Its <em>reach</em> (<see cref="Holds"/>) is the area the printed-date reader reads:
/// twelve elements above the headline and forty below it. Its <em>band</em> (<see cref="Opens"/>) is where a credit
/// line opens the article: below the headline, up to the first other heading or the first paragraph of body text.
/// </para>
/// Computed once per page, after the headline is known (from the time-element reader on); not thread-safe itself, as it belongs to
/// one page's extraction.
/// </remarks>
internal sealed class ArticleHeader
{
    /// <summary>How many elements after the headline the reach covers (the printed-date reader's reach).</summary>
    private const int ReachAfter = 40;

    /// <summary>How many elements before the headline the reach covers (the printed-date reader's reach).</summary>
    private const int ReachBefore = 12;

    /// <summary>How long a meta line named for comments may be.</summary>
    private const int MaxMetaLineText = 160;

    /// <summary>How many words a link's text needs to title a story.</summary>
    private const int StoryTitleWords = 4;

    /// <summary>How long an unclassed paragraph is before it counts as body text, ending the band.</summary>
    private const int BodyParagraphLength = 120;

    /// <summary>How much text a block linking a story may hold and still be a card.</summary>
    private const int MaxCardText = 600;

    /// <summary>How many links a navigation element above the headline may hold and still label the article.</summary>
    private const int MaxLabelLinks = 8;

    /// <summary>How many words make a paragraph running text rather than a line of links.</summary>
    private const int ProseWords = 12;

    // Words beside "comments" in the name of a post's meta line ("date-comments", "comments-meta", "comment-count").
    private static readonly string[] MetaLineKeys = ["meta", "date", "count", "link", "num", "info", "byline", "posted"];

    // Names of a post's own meta line, which a theme may print after the post block.
    private static readonly string[] OwnMetaKeys = ["meta", "info", "byline", "posted", "author"];

    // Folders of a link to a page that is no story: a person's, a topic's, a section's, a search.
    private static readonly HashSet<string> NonStoryFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "author", "authors", "autor", "autoren", "auteur", "auteurs", "autore", "autori", "autores", "profile", "profiles", "profil", "user",
        "users", "people", "person", "staff", "team", "journalist", "journalists", "journalisten", "journaliste", "journalistes", "redazione",
        "firmas", "by", "contributor", "contributors", "columnist", "columnists", "writer", "writers", "reporter", "reporters", "mitarbeiter",
        "redaktion", "series", "serie", "serien", "column", "columns", "kolumne", "kolumnen", "about", "ueber-uns", "impressum", "policy",
        "policies",
        "tag", "tags", "topic", "topics", "category", "categories", "schlagwort", "thema", "themen", "search",
    };

    // Containers of other stories, beside the furniture PageRegions knows ("relatedArticles", "story-list__item").
    private static readonly string[] OtherStoryKeys =
    [
        "related", "more-stories", "more-from", "more-articles", "more-posts", "more-news", "read-next", "readnext", "up-next", "roundup",
        "story-list", "story-card", "also-read", "alsoread", "see-also", "inline-story", "inlinestory", "outbrain", "taboola",
        .. PageRegions.MostReadHints,
    ];

    // Containers of other stories except right beside the headline, where the same names mark the article's own lede
    // or meta line (German CMSs call the lede the teaser; "promo-header" wraps a sponsored story's own title).
    private static readonly string[] SoftOtherStoryKeys = ["teaser", "promo", "recommend", "trending", "popular", "widget"];

    private readonly PageLayout _layout;
    private readonly IElement? _ownEntry;
    private readonly IElement? _ownBlock;
    private readonly bool _headlineInArticle;
    private readonly IElement? _bodyStart;
    private readonly string? _host;
    private readonly Uri? _page;
    private readonly Dictionary<IElement, Verdict> _verdicts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, IElement?> _storyLinks = new(ReferenceEqualityComparer.Instance);
    private HashSet<IElement>? _reach;
    private HashSet<IElement>? _band;

    private ArticleHeader(PageLayout layout, Uri? page)
    {
        _layout = layout;
        _page = page;
        _host = page is null ? null : UrlNormalizer.NormalizeHost(page.IdnHost);
        if (layout.Headline is not { } headline)
        {
            return;
        }

        _ownEntry = headline.Closest("article, .hentry, .type-post");
        _ownBlock = headline.Closest("article, .hentry, .type-post, .post, .entry") is { LocalName: not ("body" or "html") } block ? block : null;
        _headlineInArticle = headline.Closest("article") is not null;

        // The body's first paragraph: an unclassed paragraph of body text (a standfirst carries a class, or is short).
        foreach (var after in layout.After)
        {
            if (IsBodyParagraph(after))
            {
                _bodyStart = after;
                break;
            }
        }
    }

    /// <summary>What a container is, judged alone.</summary>
    private enum Verdict
    {
        /// <summary>Nothing that speaks for something else.</summary>
        Own,

        /// <summary>Page furniture (a navigation, a sidebar, a footer, an aside, comments) that names no other story.</summary>
        Furniture,

        /// <summary>Another story's container, or a list of story cards.</summary>
        OtherStories,

        /// <summary>An entry of its own.</summary>
        Entry,

        /// <summary>A navigation element just above the headline, few links: a kicker or a section's sub-navigation.</summary>
        LabelNavigation,
    }

    /// <summary>The headline element the header is built around; null when the page has none.</summary>
    public IElement? Headline => _layout.Headline;

    /// <summary>The page's layout around the headline.</summary>
    public PageLayout Layout => _layout;

    /// <summary>The article's header on this page (computed once and shared).</summary>
    public static ArticleHeader Of(ExtractionContext context) => context.GetShared(c => new ArticleHeader(PageLayout.Of(c), c.BaseUrl ?? c.PageUrl));

    /// <summary>Whether <paramref name="element"/> is printed in the header's reach, outside every foreign block.</summary>
    public bool Holds(IElement element) => Headline is not null && InReach(element) && !IsForeign(element);

    /// <summary>
    /// Whether <paramref name="element"/> stands after the headline's own entry (an article or post block holding the
    /// body's first paragraph), in no block named for the post's meta line: a sidebar's or a newsletter box's "Last
    /// updated" line in a rail after the story, which the furniture test may miss in a layout whose rail shares its
    /// parent with the story.
    /// </summary>
    public bool AfterOwnEntry(IElement element)
    {
        if (_ownBlock is null || _ownBlock.Contains(element) || !_ownBlock.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following)
            || !OwnBlockHoldsBody())
        {
            return false;
        }

        for (var up = element; up is not null && !up.Contains(_ownBlock); up = up.ParentElement)
        {
            if (HasKey(up.GetAttribute("class"), OwnMetaKeys) || HasKey(up.Id, OwnMetaKeys))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the headline's own block holds the body: its first paragraph, or two paragraphs of prose of any class.</summary>
    private bool OwnBlockHoldsBody()
    {
        if (_ownBlock is null)
        {
            return false;
        }

        if (_bodyStart is not null && _ownBlock.Contains(_bodyStart))
        {
            return true;
        }

        var prose = 0;
        foreach (var paragraph in _ownBlock.GetElementsByTagName("p"))
        {
            if (paragraph.TextContent.Length >= 100 && ++prose == 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="element"/> opens the article: below the headline, before any other heading and any
    /// paragraph of body text, outside every foreign block (a standfirst carries a class and belongs to the header).
    /// </summary>
    public bool Opens(IElement element) => Headline is not null && !IsForeign(element) && InBand(element);

    /// <summary>Whether <paramref name="element"/> or a container of it below the headline is in the band, foreign or not.</summary>
    private bool InBand(IElement element)
    {
        if (Headline is not { } headline)
        {
            return false;
        }

        var band = Band();
        for (var e = element; e is not null && !e.Contains(headline); e = e.ParentElement)
        {
            if (band.Contains(e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="element"/> belongs to the headline's own entry: inside its <c>article</c> (or entry) when
    /// it has one, else in no other article (the next post of an infinite scroll is not this one's).
    /// </summary>
    public bool InOwnEntry(IElement element) =>
        _ownEntry is not null ? _ownEntry.Contains(element) : element.Closest("article, .hentry, .type-post") is null;

    /// <summary>
    /// Whether <paramref name="element"/> sits in furniture, another story's container or a list of story cards: nothing
    /// there is the article's byline, date or section. Without a headline, only page furniture counts.
    /// </summary>
    public bool IsFurniture(IElement element) => Judge(element, entries: false, kicker: false);

    /// <summary>
    /// Whether <paramref name="element"/> sits in a block that does not speak for the article's header: furniture, an
    /// entry of its own, a lone teaser card after the body, or a navigation element (unless <paramref name="kicker"/>:
    /// a short one just above the headline then labels the article).
    /// </summary>
    public bool IsForeign(IElement element, bool kicker = false) => Judge(element, entries: true, kicker);

    /// <summary>
    /// Whether <paramref name="element"/> sits in another story's block: a container of other stories or a list of story
    /// cards, a list item or a card-sized <c>article</c> of its own that links a story, or a lone teaser after the
    /// headline's own entry (the furniture rule).
    /// Narrower than <see cref="IsForeign"/>: page furniture (an aside, a footer, a sidebar, a navigation) and a long
    /// <c>article</c> judged an entry of its own are not counted, since the article's own meta column, footer or body
    /// may be printed there when the headline or the body's start is misplaced; in the header's band, a block counts only
    /// when the other story's title comes before the element. False on a page without a headline.
    /// </summary>
    public bool InAnotherStory(IElement element)
    {
        if (Headline is not { } headline || element.Contains(headline))
        {
            return false;
        }

        var below = headline.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following);

        // In the header's band (below the headline, up to the first other heading or paragraph of body text) a block
        // is another story's only where that story's title comes first: "Related: <a>title</a> <time>", a card. The
        // article's own meta list, a lede block with a "Read also" link after its date, or a small wrapper of its byline
        // and date print the article's time first.
        // Asked only once a block of another story is met: most <time>s sit in none.
        bool? inHeader = null;
        for (var up = element; up is not null && up.LocalName is not ("body" or "html") && !up.Contains(headline); up = up.ParentElement)
        {
            var verdict = VerdictOf(up);
            if ((verdict == Verdict.OtherStories || (verdict == Verdict.Entry && (up.LocalName == "li" || StoryLink(up) is not null))
                    || (below && OutsideOwnEntry(up) && IsLoneTeaser(up, element)))
                && (!(inHeader ??= below && (InBand(element) || (_bodyStart is { } start && start.CompareDocumentPosition(element).HasFlag(DocumentPositions.Preceding))))
                    || TitlesAnotherStoryFirst(up, verdict, element)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a block between the headline and the body's first paragraph prints another story's title before
    /// <paramref name="element"/>, and that title is a story's: in a list or an entry of its own, or linking a dated
    /// address ("Related: <a href=/2023/11/02/…>title</a> <time>"). The article's own category, series or edition link
    /// printed before its date ("Part of our series: <a>…</a> · <time>") is none.
    /// </summary>
    private bool TitlesAnotherStoryFirst(IElement block, Verdict verdict, IElement element) =>
        StoryLink(block) is { } title && title.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following)
        && (verdict == Verdict.Entry || block.LocalName is "li" or "ul" or "ol"
            || (Resolve(title) is { } url && Extractors.Dates.UrlDateExtractor.FromPath(url.AbsolutePath) is not null));

    /// <summary>Whether the headline has an entry of its own (an <c>article</c>, <c>.hentry</c> or <c>.type-post</c> holding it).</summary>
    public bool HasOwnEntry => _ownEntry is not null;

    /// <summary>
    /// Whether <paramref name="element"/> follows the article's text: after the body's first paragraph, in a block that
    /// does not hold it, within the headline's own entry when it has one. A page whose headline no paragraph of running
    /// text follows (a staff page, a listing) has none.
    /// </summary>
    public bool AfterOwnText(IElement element)
    {
        if (_bodyStart is not { } start || element.Contains(start) || !start.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following))
        {
            return false;
        }

        return _ownEntry is null || _ownEntry.Contains(element);
    }

    /// <summary>
    /// Whether <paramref name="element"/> is printed beside a story's title: in a short block (a card, a list item of a
    /// "Most read" widget) that links a story. A date there is that story's, not the article's meta column.
    /// </summary>
    public bool BesideAStory(IElement element)
    {
        for (var up = element.ParentElement; up is not null && up.LocalName is not ("body" or "html") && (Headline is null || !up.Contains(Headline)); up = up.ParentElement)
        {
            if (StoryLink(up) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the date found at <paramref name="at"/> in <paramref name="element"/>'s text is another story's, printed
    /// as an item's beside its linked title: the date's nearest container (the element itself when it holds a link,
    /// else its parent), away from the headline, links a story (see <see cref="StoryLink"/>) before the date, as a
    /// ticker or a teaser does ("&lt;div class=ticker&gt;Breaking &lt;a href=/news/storm&gt;Storm warning for the
    /// coast&lt;/a&gt; &lt;span&gt;June 19, 2024&lt;/span&gt;&lt;/div&gt;" above the headline). Between the headline
    /// and the body's first paragraph the title must be a story's (in a list item, or linking a dated address): the
    /// article's own meta line may print a long category or series link before its date. A linked heading is left to the
    /// lone-teaser rule (a series' or a column's heading above the article's own meta is as common). False without a
    /// headline.
    /// </summary>
    /// <param name="element">The element whose text holds the date.</param>
    /// <param name="text">The element's text.</param>
    /// <param name="at">Where the date starts in <paramref name="text"/>.</param>
    /// <param name="dateText">The date as printed, when known: found in a list's item inside the element.</param>
    public bool DatesAnotherStory(IElement element, string text, int at, string? dateText = null)
    {
        if (Headline is not { } headline || at < 0)
        {
            return false;
        }

        // An item of a list of other stories ("Related stories" in a grid column, whatever its classes): a date in an item
        // that links a story page, in a list of two items or more that do, is that item's, its title short or long, the date
        // in the title or beside it. Not in the header's band (the article's own meta list), and only where the page's
        // address tells other pages from this one.
        if (_page is not null && element.Closest("li") is { } listItem && !listItem.Contains(headline) && !InHeaderBand(listItem) && InStoryList(listItem))
        {
            return true;
        }

        // The container of such a list (a card holding the list's heading and the list): the date printed in one of its items.
        if (_page is not null && dateText is { Length: > 0 } && !element.Contains(headline) && element.QuerySelector("li") is not null)
        {
            foreach (var printedIn in element.QuerySelectorAll("li"))
            {
                if (printedIn.TextContent.Contains(dateText, StringComparison.Ordinal))
                {
                    if (!InHeaderBand(printedIn) && InStoryList(printedIn))
                    {
                        return true;
                    }

                    break;
                }
            }
        }

        var own = element.QuerySelector("a[href]") is not null;
        var item = own ? element : element.ParentElement;
        if (item is null || item.LocalName is "body" or "html" || item.Contains(headline) || StoryLink(item) is not { } link
            || link.Closest("h1, h2, h3, h4, h5, h6") is not null || link.QuerySelector("h1, h2, h3, h4, h5, h6") is not null)
        {
            return false;
        }

        // The title comes first: in the element's own text before the date, or as an element before the date's.
        var first = own
            ? ElementText.ShortOrNull(link, MaxCardText) is { Length: > 0 } title && text.IndexOf(title, StringComparison.Ordinal) is >= 0 and var t && t < at
            : link.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following);
        if (!first)
        {
            return false;
        }

        return !InHeaderBand(item) || item.Closest("li") is not null
            || (Resolve(link) is { } url && Extractors.Dates.UrlDateExtractor.FromPath(url.AbsolutePath) is not null);
    }

    /// <summary>
    /// Whether <paramref name="element"/> sits in the readers' comments, inside the article or after it: a container named
    /// for them ("comments", "comment-list", "commentlist") that is not a short meta line named for the comment count
    /// ("date-comments", "comment-date"). A stamp there dates a comment, never the article, even as a last resort.
    /// </summary>
    public bool InComments(IElement element)
    {
        for (var up = element; up is not null && up.LocalName is not ("body" or "html") && (Headline is null || !up.Contains(Headline)); up = up.ParentElement)
        {
            if (PageRegions.IsCommentRegion(up) && !IsMetaLine(up))
            {
                return true;
            }
        }

        return false;
    }

    private bool Judge(IElement element, bool entries, bool kicker)
    {
        if (Headline is not { } headline)
        {
            return PageRegions.IsBoilerplate(element);
        }

        if (element.Contains(headline))
        {
            return false;
        }

        var below = headline.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following);
        for (var up = element; up is not null && up.LocalName is not ("body" or "html") && !up.Contains(headline); up = up.ParentElement)
        {
            var verdict = VerdictOf(up);
            if (verdict is Verdict.Furniture or Verdict.OtherStories || (entries && verdict == Verdict.Entry) || (verdict == Verdict.LabelNavigation && !kicker))
            {
                return true;
            }

            // A teaser after the body: its linked title, then the element (its byline or date). Outside the headline's own
            // entry (an article or post block that holds the body's first paragraph too) it is furniture as well: the
            // article's own series box or editor's note is printed inside it.
            if (below && (entries || OutsideOwnEntry(up)) && IsLoneTeaser(up, element))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a block stands after the headline's own entry (an article or post block holding the body's first
    /// paragraph too), and is not named for the post's meta line ("post-info", "entry-meta", "byline"), which themes
    /// print after the post block as well.
    /// </summary>
    private bool OutsideOwnEntry(IElement container) =>
        _ownBlock is not null && _bodyStart is not null && _ownBlock.Contains(_bodyStart) && !_ownBlock.Contains(container)
        && !HasKey(container.GetAttribute("class"), OwnMetaKeys) && !HasKey(container.Id, OwnMetaKeys);

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

    /// <summary>The elements of the band below the headline (see <see cref="Opens"/>), computed once.</summary>
    private HashSet<IElement> Band()
    {
        if (_band is not null)
        {
            return _band;
        }

        _band = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < _layout.After.Count; i++)
        {
            var after = _layout.After[i];

            // A classed subheading right after the headline is its dek ("<h2 class=news-spot>"), part of the header, as a
            // classed standfirst is; an unclassed one is a section's heading that ends it.
            var dek = i == 0 && after.LocalName is "h2" or "h3" && (after.HasAttribute("class") || after.HasAttribute("itemprop"));
            if ((after.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && !dek) || IsBodyParagraph(after))
            {
                break;
            }

            _band.Add(after);
        }

        return _band;
    }

    private static bool IsBodyParagraph(IElement element) =>
        element.LocalName == "p" && !element.HasAttribute("class") && ElementText.IsLongerThan(element, BodyParagraphLength - 1);

    private Verdict VerdictOf(IElement container)
    {
        if (_verdicts.TryGetValue(container, out var known))
        {
            return known;
        }

        var classes = container.GetAttribute("class");
        var id = container.Id;
        Verdict verdict;
        // The exceptions (the entry's own footer, a comment-count meta line) are asked only of a region: most containers are none.
        if (PageRegions.IsRegion(container, footers: true, comments: true, Headline)
            && PageRegions.IsRegion(container, footers: !IsOwnFooter(container), comments: !IsMetaLine(container), Headline))
        {
            verdict = IsLabelNavigation(container) ? Verdict.LabelNavigation : HoldsOtherStories(container, classes, id) ? Verdict.OtherStories : Verdict.Furniture;
        }
        else if (HoldsOtherStories(container, classes, id))
        {
            verdict = Verdict.OtherStories;
        }
        else if ((container.LocalName == "article" && IsOtherEntry(container))
            || (container.LocalName == "li" && container.QuerySelector("h2, h3, h4") is not null && StoryLink(container) is not null
                && IsSameKind(container.PreviousElementSibling ?? container.NextElementSibling, container)))
        {
            verdict = Verdict.Entry;
        }
        else
        {
            verdict = Verdict.Own;
        }

        _verdicts[container] = verdict;
        return verdict;
    }

    /// <summary>
    /// Whether a container holds other stories by its name (related, read-next, most-read blocks; a teaser or promo block
    /// away from the headline, or one linking a story) or is a card in a list of story cards.
    /// </summary>
    private bool HoldsOtherStories(IElement container, string? classes, string? id) =>
        HasKey(classes, OtherStoryKeys) || HasKey(id, OtherStoryKeys)
        || ((HasKey(classes, SoftOtherStoryKeys) || HasKey(id, SoftOtherStoryKeys)) && (!BesideHeadline(container) || LinksAStory(container)))
        || IsCardInAList(container);

    /// <summary>
    /// Whether an <c>article</c> that does not hold the headline is an entry of its own: where the headline has an
    /// article of its own or this one stands beside others like it, unless it holds the body's first paragraph (the
    /// story printed after a headline set outside it, in a hero block, or an inner article for the body).
    /// </summary>
    private bool IsOtherEntry(IElement article) =>
        !(_bodyStart is not null && article.Contains(_bodyStart))
        && (_headlineInArticle || IsSameKind(article.PreviousElementSibling, article) || IsSameKind(article.NextElementSibling, article));

    /// <summary>
    /// Whether a container is one card of a list of story cards: a card (see <see cref="IsCard"/>) beside a card of the
    /// same kind (same element, same classes). The article's own meta lines, printed twice or in repeated sections, hold
    /// no heading or picture beside their links and are no cards.
    /// </summary>
    private bool IsCardInAList(IElement container)
    {
        if (!IsCard(container))
        {
            return false;
        }

        var classes = container.GetAttribute("class");
        for (var sibling = container.ParentElement?.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (!ReferenceEquals(sibling, container) && sibling.LocalName == container.LocalName
                && string.Equals(sibling.GetAttribute("class"), classes, StringComparison.Ordinal) && IsCard(sibling))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A card: a short block that links a story and holds a heading or a picture (a title, a thumbnail).</summary>
    private bool IsCard(IElement container) =>
        StoryLink(container) is not null && container.QuerySelector("h2, h3, h4, h5, img, picture") is not null;

    /// <summary>
    /// Whether a container is a lone teaser card after the body: a short block, starting after the body's first
    /// paragraph, whose linked heading comes before the element (or the card itself, read whole). A block with a linked heading before the body (a series
    /// heading in the meta lines), or with its link after the element (a brief's "Read also"), is the article's own.
    /// </summary>
    private bool IsLoneTeaser(IElement container, IElement element) =>
        _bodyStart is not null && StoryLink(container) is { } link && (link.Closest("h2, h3, h4") is not null || link.QuerySelector("h2, h3, h4") is not null)
        && _bodyStart.CompareDocumentPosition(container).HasFlag(DocumentPositions.Following)
        && (ReferenceEquals(container, element) || link.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following));

    /// <summary>
    /// Whether an address names a story rather than a section: its last segment holds a digit or a slug of three words or
    /// more ("/story/5000", "/news/pier-reopens-to-walkers"; not "/sports/high-school/").
    /// </summary>
    private static bool NamesAStory(Uri target)
    {
        var path = target.AbsolutePath.TrimEnd('/');
        var leaf = path[(path.LastIndexOf('/') + 1)..];
        return leaf.Any(char.IsAsciiDigit) || leaf.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).Length >= 3;
    }

    /// <summary>Whether an element lies between the headline and the body's first paragraph, in the article's header.</summary>
    private bool InHeaderBand(IElement element) =>
        Headline is { } headline && headline.CompareDocumentPosition(element).HasFlag(DocumentPositions.Following)
        && (InBand(element) || (_bodyStart is { } start && start.CompareDocumentPosition(element).HasFlag(DocumentPositions.Preceding)));

    /// <summary>Whether a list item links a story page, and so does another item of its list.</summary>
    private bool InStoryList(IElement item) =>
        IsStoryItem(item) && item.ParentElement is { } list && list.Children.Any(c => c != item && c.LocalName == "li" && IsStoryItem(c));

    /// <summary>
    /// Whether a list item is a story's card: short (not a forum's post), linking a story page of this site other than this
    /// one by a title of two words or more.
    /// </summary>
    private bool IsStoryItem(IElement item)
    {
        if (ElementText.IsLongerThan(item, MaxCardText))
        {
            return false;
        }

        foreach (var link in item.QuerySelectorAll("a[href]"))
        {
            if (LinksAStoryPage(link) && OnThisSite(link) && !LinksThisPage(link) && WordCount(link.TextContent) >= 2
                && (TitlesAStory(link) || Resolve(link) is not { } target || NamesAStory(target)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first link in a short block (600 characters or less) that titles a story (see <see cref="IsStoryLink"/>), on
    /// this site; null when none. A person's name (three words or fewer) titles no story, linked heading or not.
    /// </summary>
    private IElement? StoryLink(IElement container)
    {
        if (_storyLinks.TryGetValue(container, out var known))
        {
            return known;
        }

        IElement? found = null;
        if (!ElementText.IsLongerThan(container, MaxCardText))
        {
            foreach (var link in container.QuerySelectorAll("a[href]"))
            {
                if (TitlesAStory(link) && LinksAStoryPage(link) && OnThisSite(link) && !LinksThisPage(link))
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

    /// <summary>Whether a container sits in the headline's own entry or post block, whose footer holds its categories, tags and "Posted by".</summary>
    private bool IsOwnFooter(IElement container) => _ownBlock is not null && _ownBlock.Contains(container);

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

    /// <summary>
    /// Whether a link leads to a page that may be a story: a web page (a relative address or http/https, not mailto:,
    /// tel: or javascript:) that is not a person's, a topic's or a section's page (nor marked as one with
    /// <c>rel="category"</c>, <c>tag</c> or <c>author</c>), a search, a date archive or the site's home, and no
    /// WordPress query for a post or page.
    /// </summary>
    private static bool LinksAStoryPage(IElement link)
    {
        var href = link.GetAttribute("href")?.Trim();
        if (string.IsNullOrEmpty(href) || href.StartsWith('#') || link.GetAttribute("rel") is { Length: > 0 } rel
            && (DocumentIndex.HasToken(rel, "category") || DocumentIndex.HasToken(rel, "tag") || DocumentIndex.HasToken(rel, "author")))
        {
            return false;
        }

        var path = href.AsSpan();
        var colon = path.IndexOf(':');
        var firstSlash = path.IndexOf('/');
        if (colon >= 0 && (firstSlash < 0 || colon < firstSlash))
        {
            var scheme = path[..colon];
            if (!scheme.Equals("http", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            path = path[(colon + 1)..];
        }

        // Drop the host of an absolute or scheme-relative address, then the query and fragment.
        if (path.StartsWith("//", StringComparison.Ordinal))
        {
            path = path[2..];
            var slash = path.IndexOfAny('/', '?', '#');
            path = slash < 0 ? [] : path[slash..];
        }

        var end = path.IndexOfAny('?', '#');
        var query = end < 0 ? [] : path[end..];
        path = end < 0 ? path : path[..end];
        if (query.StartsWith("?p=", StringComparison.Ordinal) || query.StartsWith("?page_id=", StringComparison.Ordinal))
        {
            return false;
        }

        var anyLetter = false;
        foreach (var range in SplitSegments(path))
        {
            var segment = path[range];
            if (segment.StartsWith("@") || NonStoryFolders.Contains(segment.ToString()))
            {
                return false;
            }

            foreach (var c in segment)
            {
                anyLetter |= !char.IsAsciiDigit(c) && c is not '-' and not '.';
            }
        }

        // A date archive ("/2024/03/12/") or the home page names no story.
        return anyLetter;
    }

    /// <summary>Whether a link stays on this site: a relative address, or an absolute one on the page's host (www. aside).</summary>
    private bool OnThisSite(IElement link)
    {
        var href = link.GetAttribute("href")?.Trim();
        if (_host is null || href is null || !(href.StartsWith("//", StringComparison.Ordinal) || href.Contains("://", StringComparison.Ordinal)))
        {
            return true;
        }

        return Uri.TryCreate(href.StartsWith("//", StringComparison.Ordinal) ? "https:" + href : href, UriKind.Absolute, out var url)
            && string.Equals(UrlNormalizer.NormalizeHost(url.IdnHost), _host, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a link leads to this page itself (a live blog's entry permalink "#post-2", the article's own address).</summary>
    private bool LinksThisPage(IElement link) =>
        Resolve(link) is { } url && string.Equals(url.AbsolutePath.TrimEnd('/'), _page!.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal)
        && string.Equals(url.IdnHost, _page.IdnHost, StringComparison.OrdinalIgnoreCase);

    /// <summary>A link's address resolved against the page's; null without a page address or a usable href.</summary>
    private Uri? Resolve(IElement link) =>
        _page is not null && link.GetAttribute("href") is { } href && Uri.TryCreate(_page, href.Trim(), out var url) ? url : null;

    private static List<Range> SplitSegments(ReadOnlySpan<char> path)
    {
        var segments = new List<Range>();
        var start = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i == path.Length || path[i] == '/')
            {
                if (i > start && !(i - start <= 2 && path[start] == '.'))
                {
                    segments.Add(start..i);
                }

                start = i + 1;
            }
        }

        return segments;
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Whether the container's parent or grandparent holds the headline.</summary>
    private bool BesideHeadline(IElement container) =>
        Headline is { } headline && container.ParentElement is { } parent
        && (parent.Contains(headline) || (parent.ParentElement is { } grandparent && grandparent.Contains(headline)));

    /// <summary>
    /// Whether a class list or id names one of <paramref name="keys"/>: at the start of a token, after a hyphen or an
    /// underscore, or at a camel-case word ("relatedArticles", "c-related"); not in a layout flag
    /// ("article__content--has-related-links") or a taxonomy class ("category-related", "node-promoted").
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

    private static bool IsSameKind(IElement? sibling, IElement element) => sibling is not null && sibling.LocalName == element.LocalName;
}
