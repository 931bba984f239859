using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Author boxes with a biography, read when nothing else credits the article. Two shapes, found from the page's h2 and
/// h3 headings (<see cref="DocumentIndex.Subheadings"/>, no walk of their own):
/// <list type="bullet">
/// <item>a heading of a person's name, a biography, and a link naming the same person as the one whose articles it
/// lists ("More by Jane Roe", "View all posts by Jane Roe", "View all of Jane Roe's posts", or any text naming them
/// that links their profile page);</item>
/// <item>a heading that says what follows is about the author ("About the author", "Über die Autorin", "À propos de
/// l'auteur", "Sobre el autor"), then the name on its own (an h4–h6, or bold) and a biography.</item>
/// </list>
/// Boxes in furniture (sidebars, related stories, cards), in comments or in menus are not read. Several boxes in the
/// article's own entry (or, on a page without one, after the article's text) credit each writer once; several outside
/// it are a list of the site's writers and credit nobody.
/// </summary>
internal static class BiographyBoxes
{
    /// <summary>How long a heading may be to hold a name alone, or an "About the author" label.</summary>
    private const int MaxHeading = 60;

    /// <summary>How long a "More by" link's text may be.</summary>
    private const int MaxLinkText = 80;

    /// <summary>How much text a box may hold: more is the article or a page region around it.</summary>
    private const int MaxBoxText = 1500;

    /// <summary>How many levels above a name heading a box may reach to find its "More by" link.</summary>
    private const int MaxBoxLevels = 4;

    /// <summary>How much text a biography holds.</summary>
    private const int MinBiography = 30;

    /// <summary>How many writers' boxes one article prints at most; more present the site's staff.</summary>
    private const int MaxWriters = 4;

    /// <summary>
    /// How many writers' boxes a page without an entry of its own prints at most for one article: two or more after an
    /// opening paragraph are as often a staff page ("Meet our editors") as co-writers' boxes.
    /// </summary>
    private const int MaxWritersWithoutEntry = 1;

    /// <summary>How many elements after an "About the author" heading its names and biographies are looked for.</summary>
    private const int AboutReach = 24;

    /// <summary>The author boxes' byline and the first box's element; null when the page has none to read.</summary>
    public static (IElement Element, Byline Byline)? Read(ExtractionContext context, SiteNames site)
    {
        var header = ArticleHeader.Of(context);
        var texts = ElementText.Cache.Of(context);
        var headlineText = context.TryGetBest(ArticleFields.Headline, out var best) ? best : null;
        List<(IElement Element, Contributor Contributor, bool Own)>? found = null;
        foreach (var (heading, _) in context.Index.Subheadings)
        {
            if (texts.ShortOrNull(heading, MaxHeading) is not { Length: > 0 } text || header.Headline is { } headline && heading.Contains(headline))
            {
                continue;
            }

            if (IsAboutTheAuthor(text))
            {
                foreach (var (element, name) in NamesAfterAboutHeading(heading, texts))
                {
                    Add(element, name, null);
                }
            }
            else if (MayBeAName(text) && Person(text) is { } person && MoreByLink(heading, text, header, texts) is { } link)
            {
                Add(heading, person, link);
            }
        }

        if (found is null)
        {
            return null;
        }

        // Boxes in the article's own entry are its writers'; outside it, one box is, several are the site's list of writers.
        // A page without an entry of its own: boxes after the article's text are its writers', unless the first box comes
        // before any (a staff page, whose first biography is the page's first paragraph).
        var own = header.HasOwnEntry || found[0].Own ? found.Where(f => f.Own).ToList() : [];
        var chosen = own.Count > 0 ? own : found;
        if (own.Count == 0 && chosen.Skip(1).Any(f => !SameName(f.Contributor.Name, chosen[0].Contributor.Name)))
        {
            return null;
        }

        var contributors = new List<Contributor>();
        foreach (var (_, contributor, _) in chosen)
        {
            if (!contributors.Any(c => SameName(c.Name, contributor.Name)))
            {
                contributors.Add(contributor);
            }
        }

        // More boxes than an article has writers: a presentation of the site's staff. Without an entry of its own to
        // hold them, two boxes after a page's opening text already may be (an "Our team" page).
        if (contributors.Count > (header.HasOwnEntry ? MaxWriters : MaxWritersWithoutEntry))
        {
            return null;
        }

        return (chosen[0].Element, new Byline { Text = string.Join(", ", contributors.Select(c => c.Name)), Contributors = contributors });

        void Add(IElement element, Contributor person, IElement? link)
        {
            // A page about the person (a profile, "Mara Quill" as the headline) is not written by its box's subject.
            if (header.IsFurniture(element) || PageRegions.IsInComments(element) || BylineExtractor.IsInMenu(element) || site.NamesSite(person.Name)
                || (headlineText is not null && SameName(headlineText, person.Name)))
            {
                return;
            }

            var profile = ProfileAnchor(element, person.Name, link) is { } anchor ? context.ResolveUrl(anchor.GetAttribute("href")) : null;
            found ??= [];
            found.Add((element, profile is null ? person : person with { ProfileUrl = profile }, header.HasOwnEntry ? header.InOwnEntry(element) : header.AfterOwnText(element)));
        }
    }

    /// <summary>
    /// A cheap test before the name parser: two to six words, no digit, opening with a letter (most of an article's
    /// subheadings fail it: "Verdict", "What happens next?", "Results in 2024").
    /// </summary>
    private static bool MayBeAName(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]))
        {
            return false;
        }

        var spaces = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c) || c is '?' or '!' or ':')
            {
                return false;
            }

            spaces += c == ' ' ? 1 : 0;
        }

        return spaces is >= 1 and <= 5;
    }

    /// <summary>The person a text names alone, or null ("Other stories", "Jane Roe, Editor", a desk, an organisation).</summary>
    private static Contributor? Person(string text) =>
        BylineParser.ParseSingleName(text) is { Contributors: [{ Kind: ContributorKind.Person } person] } ? person : null;

    /// <summary>
    /// The link of a box headed by <paramref name="name"/> that names the same person as the one whose articles it lists,
    /// within a few levels above the heading, in a box holding a biography as well; null when there is none.
    /// </summary>
    private static IElement? MoreByLink(IElement heading, string name, ArticleHeader header, ElementText.Cache texts)
    {
        var box = heading.ParentElement;
        for (var level = 0; level < MaxBoxLevels && box is not null && box.LocalName is not ("body" or "html" or "main"); level++, box = box.ParentElement)
        {
            if (header.Headline is { } headline && box.Contains(headline) || ElementText.ShortOrNull(box, MaxBoxText) is not { } whole)
            {
                return null;
            }

            foreach (var anchor in box.QuerySelectorAll("a[href]"))
            {
                if (heading.Contains(anchor) || texts.ShortOrNull(anchor, MaxLinkText) is not { } linkText || !ListsArticlesBy(anchor, linkText, name))
                {
                    continue;
                }

                // The box holds a biography besides the heading and the link.
                return whole.Length >= name.Length + linkText.Length + MinBiography ? anchor : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a link's text names <paramref name="name"/> as the one whose articles it lists: after a credit word ("More by
    /// Jane Roe", "Mehr von Jane Roe", "More from Jane Roe"), as a possessive ("View all of Jane Roe's posts"), or in any
    /// words when the link leads to a profile page ("Follow Jane Roe" → /author/jane-roe).
    /// </summary>
    private static bool ListsArticlesBy(IElement anchor, string linkText, string name)
    {
        var at = linkText.LastIndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (at < 0 || linkText.Length == name.Length)
        {
            return false;
        }

        var end = at + name.Length;
        if ((at > 0 && char.IsLetterOrDigit(linkText[at - 1])) || (end < linkText.Length && char.IsLetterOrDigit(linkText[end])))
        {
            return false;
        }

        var before = linkText[..at].TrimEnd();
        var space = before.LastIndexOf(' ');
        var lastWord = space < 0 ? before : before[(space + 1)..];
        var after = linkText[end..];
        return BylineVocabulary.CreditWords.Contains(lastWord) || lastWord.Equals("from", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("'s", StringComparison.OrdinalIgnoreCase) || after.StartsWith("’s", StringComparison.OrdinalIgnoreCase)
            || (anchor.GetAttribute("href") is { } href && BylineExtractor.NamesProfilePage(href));
    }

    /// <summary>Whether a heading says that what follows is about the article's author ("About the author", "Über die Autorin:").</summary>
    internal static bool IsAboutTheAuthor(string text)
    {
        var label = text.TrimEnd(':', ' ', '.').Replace('’', '\'');
        return BylineVocabulary.AboutTheAuthorHeadings.Contains(label);
    }

    /// <summary>
    /// The names printed on their own after an "About the author" heading, each followed by a biography: an h4–h6 (or a
    /// heading one level below the label's), a bold name alone in its block, or a bold name opening the biography
    /// ("<c>&lt;p&gt;&lt;strong&gt;Jane Roe&lt;/strong&gt; covers the harbour …&lt;/p&gt;</c>"). Read up to the next heading of the label's level or above.
    /// </summary>
    internal static IEnumerable<(IElement Element, Contributor Person)> NamesAfterAboutHeading(IElement heading, ElementText.Cache texts)
    {
        var level = heading.LocalName[1] - '0';
        var seen = 0;
        for (var element = Next(heading, heading); element is not null && seen < AboutReach; element = Next(element, heading), seen++)
        {
            if (element.LocalName is ['h', >= '1' and <= '6'] && element.LocalName[1] - '0' <= level)
            {
                yield break;
            }

            if (!IsNameShaped(element, level) || texts.ShortOrNull(element, MaxHeading) is not { Length: > 0 } text || Person(text) is not { } person)
            {
                continue;
            }

            if (HasBiography(element, texts))
            {
                yield return (element, person);
            }
        }
    }

    /// <summary>
    /// Whether an element prints a name on its own: a heading below the label's level, a block or a link holding nothing
    /// but inline text ("<c>&lt;p class=name&gt;&lt;a href=…&gt;Jane Roe&lt;/a&gt;&lt;/p&gt;</c>"; the caller checks the text is a name alone), or
    /// bold text alone in its block or opening it.
    /// </summary>
    private static bool IsNameShaped(IElement element, int labelLevel)
    {
        if (element.LocalName is ['h', >= '2' and <= '6'])
        {
            return element.LocalName[1] - '0' > labelLevel;
        }

        if (element.LocalName is "p" or "div" or "span" or "a")
        {
            return element.Children.All(c => c.LocalName is "a" or "span" or "strong" or "b" or "em" or "i");
        }

        if (element.LocalName is not ("strong" or "b") || element.ParentElement is not { } block)
        {
            return false;
        }

        // The bold text opens its block: nothing but white space before it.
        for (var node = block.FirstChild; node is not null && !ReferenceEquals(node, element); node = node.NextSibling)
        {
            if (node is IElement || !string.IsNullOrWhiteSpace(node.TextContent))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a biography follows the name: the rest of its block, or the next element holding text.</summary>
    private static bool HasBiography(IElement name, ElementText.Cache texts)
    {
        var nameLength = name.TextContent.Trim().Length;
        if (name.LocalName is "strong" or "b" && name.ParentElement is { } block && texts.ShortOrNull(block, 2000) is { } blockText
            && blockText.Length >= nameLength + MinBiography)
        {
            return true;
        }

        // The elements after the name, then after its wrappers ("<div class=name><h4>Jane Roe</h4></div><div class=bio>…").
        var level = 0;
        for (var e = name; e is not null && level < BiographyLevels && e.LocalName is not ("body" or "html"); e = e.ParentElement, level++)
        {
            for (var next = e.NextElementSibling; next is not null; next = next.NextElementSibling)
            {
                if (next.LocalName is ['h', >= '1' and <= '6'])
                {
                    return false;
                }

                if (ElementText.IsLongerThan(next, MinBiography))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>How many wrappers of a name the biography may follow.</summary>
    private const int BiographyLevels = 3;

    /// <summary>The element after <paramref name="element"/> in document order (its first child, else the next sibling of it or of an ancestor), staying out of <paramref name="skip"/>.</summary>
    private static IElement? Next(IElement element, IElement skip)
    {
        if (!ReferenceEquals(element, skip) && element.FirstElementChild is { } child)
        {
            return child;
        }

        for (var e = element; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (e.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>The link in a box that shows the name alone, else the box's "More by" link; its address is the writer's profile page.</summary>
    private static IElement? ProfileAnchor(IElement element, string name, IElement? moreLink)
    {
        var scope = element.ParentElement ?? element;
        foreach (var anchor in element.QuerySelectorAll("a[href]").Concat(scope.QuerySelectorAll("a[href]")))
        {
            if (string.Equals(TextNormalizer.Collapse(anchor.TextContent), name, StringComparison.OrdinalIgnoreCase))
            {
                return anchor;
            }
        }

        return moreLink;
    }

    private static bool SameName(string a, string b) => string.Equals(SiteNames.Fold(a), SiteNames.Fold(b), StringComparison.Ordinal);
}
