using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Job titles a page sets in an element of their own beside the writer's name, in the byline or in an author box: an
/// element whose class names both an author (it is among the byline-hinted elements, <see cref="DocumentIndex.Hinted"/>)
/// and a title ("author__role", "author-title", "contributor-bio__title", "byline-position"), whose container names one
/// person of the byline and no other.
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
                || (kind == TitleToken && !PersonNames.IsTitleWords(title.Split(' '))))
            {
                continue;
            }

            if (Owner(element, people, title) is { } owner)
            {
                (titles ??= new(StringComparer.Ordinal)).TryAdd(owner, title);
            }
        }

        return titles;
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
