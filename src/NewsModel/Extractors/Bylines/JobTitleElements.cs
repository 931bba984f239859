using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Job titles a page sets apart from the writer's name, in the byline or in an author box: an element whose class names
/// both an author (it is among the byline-hinted elements, <see cref="DocumentIndex.Hinted"/>) and a title ("author__role",
/// "author-title", "contributor-bio__title", "byline-position"), whose container names one person of the byline and no
/// other; or the text right after the name's own element, an author link or a microdata author (<c>&lt;span
/// itemprop="author"&gt;…&lt;/span&gt; Education editor</c>), where that text is a title and nothing else.
/// </summary>
/// <remarks>Part of <see cref="BylineReconciliationExtractor"/>; reads the elements the document index collected, no walk of its own.</remarks>
internal static class JobTitleElements
{
    // Class and id parts that say an author's element holds her title; "title" alone also names an author box's heading
    // ("author-title": "About the author"), so that only with a post in its text.
    private static readonly string[] RoleTokens = ["role", "position", "job", "jobtitle", "designation", "occupation", "funktion", "cargo", "poste", "ruolo", "stanowisko", "должность"];

    private const string TitleToken = "title";

    /// <summary>
    /// The title each named person's element gives, by the person's folded name (<see cref="SiteNames.Fold"/>); null when the
    /// page has no such element for any of them.
    /// </summary>
    /// <param name="context">The page.</param>
    /// <param name="people">The names of the persons the byline credits, folded, each with the name as given.</param>
    public static Dictionary<string, string>? Find(ExtractionContext context, IReadOnlyDictionary<string, string> people)
    {
        Dictionary<string, string>? titles = null;
        foreach (var hinted in context.Index.Hinted)
        {
            if ((hinted.Hint & ElementHint.Byline) == 0 || TitleKind(hinted.Element) is not { } kind)
            {
                continue;
            }

            var element = hinted.Element;
            var text = TextNormalizer.CollapseOrNull(element.TextContent);
            if (text is null || text.Length > 80 || element.ChildElementCount > 3 || PageRegions.IsInComments(element))
            {
                continue;
            }

            var title = kind == TitleToken ? CreditOrganizations.AsPrintedTitle(text.Split(' ')) : ContributorNames.CleanJobTitle(text);
            if (title is null || title.Contains(':', StringComparison.Ordinal) || HasSentenceEnd(title)
                || (kind == TitleToken && title.Split(' ').Length > 5))
            {
                continue;
            }

            if (Owner(element, people, title) is { } owner)
            {
                (titles ??= new(StringComparer.Ordinal)).TryAdd(owner, title);
            }
        }

        foreach (var anchor in context.Index.AuthorAnchors)
        {
            AddFollowingTitle(anchor, people, ref titles);
        }

        foreach (var prop in context.Index.ItemProps)
        {
            if (prop.Has("author") && !prop.Element.HasAttribute("content"))
            {
                AddFollowingTitle(prop.Element, people, ref titles);
            }
        }

        return titles;
    }

    /// <summary>
    /// Adds the title printed right after a name's element (or the wrapper that holds nothing else), up to the next element
    /// or line break, where those words all make a title ending with a post (<see cref="PersonNames.IsTitleWords"/>) and the
    /// element names one person of the byline.
    /// </summary>
    private static void AddFollowingTitle(IElement element, IReadOnlyDictionary<string, string> people, ref Dictionary<string, string>? titles)
    {
        var name = TextNormalizer.CollapseOrNull(element.TextContent);
        if (name is null || name.Length > 60 || !people.TryGetValue(SiteNames.Fold(name), out _) || PageRegions.IsInComments(element))
        {
            return;
        }

        // "<span itemprop=author><a rel=author>Jane Roe</a></span> Education editor": past the wrappers that hold the name alone.
        var named = element;
        for (var level = 0; level < 2 && named.ParentElement is { ChildElementCount: 1 } parent
            && TextNormalizer.CollapseOrNull(parent.TextContent) == name; level++)
        {
            named = parent;
        }

        var following = named.NextSibling;
        if (following is not { NodeType: NodeType.Text } || TextNormalizer.CollapseOrNull(following.TextContent) is not { } text)
        {
            return;
        }

        var words = BylineText.TrimPunctuation(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && PersonNames.IsTitleWords(words) && CreditOrganizations.AsPrintedTitle(words) is { } title)
        {
            (titles ??= new(StringComparer.Ordinal)).TryAdd(SiteNames.Fold(name), title);
        }
    }

    /// <summary>Which token of the element's class or id says it holds a title: a role token, "title", or null.</summary>
    private static string? TitleKind(IElement element)
    {
        string? kind = null;
        foreach (var attribute in (ReadOnlySpan<string?>)[element.GetAttribute("class"), element.GetAttribute("id")])
        {
            if (attribute is null)
            {
                continue;
            }

            foreach (var token in attribute.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (Array.Exists(RoleTokens, r => token.Equals(r, StringComparison.OrdinalIgnoreCase)))
                {
                    return token;
                }

                if (token.Equals(TitleToken, StringComparison.OrdinalIgnoreCase))
                {
                    kind = TitleToken;
                }
            }
        }

        return kind;
    }

    /// <summary>
    /// The folded name of the one person whose name the element's nearest container (up to three levels up) holds beside
    /// the title, where it holds no other person's; null where none does, or more than one, or the title holds the name.
    /// </summary>
    private static string? Owner(IElement element, IReadOnlyDictionary<string, string> people, string title)
    {
        foreach (var (_, name) in people)
        {
            if (title.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        var container = element.ParentElement;
        for (var level = 0; level < 3 && container is not null; level++, container = container.ParentElement)
        {
            var text = container.TextContent;
            if (text.Length > 600)
            {
                return null;
            }

            string? owner = null;
            var count = 0;
            foreach (var (key, name) in people)
            {
                if (text.Contains(name, StringComparison.OrdinalIgnoreCase))
                {
                    owner = key;
                    count++;
                }
            }

            if (count > 0)
            {
                return count == 1 ? owner : null;
            }
        }

        return null;
    }

    /// <summary>Whether the text reads as a sentence (a bio: "Jane Roe is the paper's transport correspondent."), not a title.</summary>
    private static bool HasSentenceEnd(string text) => text.EndsWith('.') && text.Split(' ').Length > 3;
}
