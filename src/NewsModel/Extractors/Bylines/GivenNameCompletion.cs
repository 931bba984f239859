using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// A credit that prints a given name alone ("Von Jane", an author tag "Jane") completed from the one full name the page
/// gives elsewhere for a person of that given name: another source's byline ("Jane Roe" in JSON-LD), an author's name in
/// markup (a Person item that is an item's <c>author</c>, with <c>itemprop=name</c>, or <c>givenName</c> and
/// <c>familyName</c>; not a comment's, nor a reviewed book's), or a heading listing that person's pieces ("More by Jane
/// Roe", "Mehr von Jane Roe", in a sidebar too; not "The Quiet Pier, by Jane Roe").
/// Two different full names of that given name leave the credit as printed; names in the comments are not read.
/// </summary>
/// <remarks>Stateless; reads the page's index (<see cref="DocumentIndex.ItemProps"/>, <see cref="DocumentIndex.Subheadings"/>), no walk of its own.</remarks>
internal static class GivenNameCompletion
{
    // The first word of a heading that lists a person's other pieces ("More by", "Mehr von", "Plus d'articles par",
    // "Weitere Artikel von", "View all posts by", "All stories by").
    private static readonly HashSet<string> MoreWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "more", "mehr", "weitere", "plus", "más", "mas", "altri", "altre", "meer", "mer", "więcej", "view", "see", "all", "alle", "tous", "todos",
        "latest", "neueste", "other", "andere", "autres", "otros",
    };

    /// <summary>How long a heading may be to list a person's pieces.</summary>
    private const int MaxHeading = 80;

    /// <summary>
    /// The full name completing <paramref name="given"/>, or null when <paramref name="given"/> is no given name printed
    /// alone ("Jane"; not a handle such as "JaneR" or "jroe", an acronym or a desk) or the page gives no single full name for it.
    /// </summary>
    public static string? Complete(ExtractionContext context, string given, IEnumerable<Byline> otherSources)
    {
        if (!IsGivenNameAlone(given))
        {
            return null;
        }

        var site = SiteNames.Get(context);
        string? found = null;
        var ambiguous = false;

        foreach (var byline in otherSources)
        {
            foreach (var contributor in byline.Contributors)
            {
                Consider(contributor.Kind == ContributorKind.Person ? contributor.Name : null);
            }
        }

        foreach (var itemProp in context.Index.ItemProps)
        {
            // A commenter of that given name is someone else.
            if (PageRegions.IsInComments(itemProp.Element))
            {
                continue;
            }

            if (itemProp.Has("name") && InPersonItem(itemProp.Element))
            {
                Consider(Person(ElementText.ShortOrNull(itemProp.Element, MaxHeading)));
            }
            else if (itemProp.Has("givenName") && InPersonItem(itemProp.Element)
                && string.Equals(TextNormalizer.Collapse(itemProp.Element.TextContent), given, StringComparison.OrdinalIgnoreCase)
                && FamilyName(itemProp.Element) is { } family)
            {
                Consider(Person(given + " " + family));
            }
        }

        foreach (var (heading, _) in context.Index.Subheadings)
        {
            // A sidebar's "Mehr von Jane Roe" counts: a blog printing its writer by given name lists her pieces there.
            if (!PageRegions.IsInComments(heading) && ElementText.ShortOrNull(heading, MaxHeading) is { } text && AfterCreditWord(text, given) is { } rest)
            {
                Consider(Person(rest));
            }
        }

        return ambiguous ? null : found;

        void Consider(string? name)
        {
            if (name is null || ambiguous || !name.StartsWith(given + " ", StringComparison.OrdinalIgnoreCase) || site.NamesSite(name))
            {
                return;
            }

            if (found is null)
            {
                found = name;
            }
            else if (!string.Equals(SiteNames.Fold(found), SiteNames.Fold(name), StringComparison.Ordinal))
            {
                ambiguous = true;
            }
        }
    }

    /// <summary>"Jane", "Jean-Luc": one capitalised word of letters (a hyphen between two parts), lower case after its first letter.</summary>
    internal static bool IsGivenNameAlone(string name) =>
        name.Length >= 3 && char.IsUpper(name[0]) && name.Skip(1).All(c => char.IsLower(c) || c == '-')
        && !name.EndsWith('-') && !name.Contains("--", StringComparison.Ordinal)
        && !BylineVocabulary.NonNameWords.Contains(name) && !BylineVocabulary.CollectiveWords.Contains(name);

    /// <summary>
    /// A person's full name that <paramref name="text"/> holds and nothing else (two to four words), title-cased as the
    /// parser gives it; null otherwise ("Jane Roe Photo agency", "Jane Roe a.k.a. Jane Doe": more than a name).
    /// </summary>
    private static string? Person(string? text)
    {
        if (text is null || BylineParser.Parse(text) is not { Contributors: [{ Kind: ContributorKind.Person } person] })
        {
            return null;
        }

        var words = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 2 and <= 4 && words == text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length ? person.Name : null;
    }

    /// <summary>
    /// Whether an element is a property of a schema.org Person item that is the page's item's author: the Person is its
    /// <c>author</c> property, and no enclosing item is a comment or the thing a review reviews (a book's author is not
    /// the reviewer; a footer's founder or copyright holder is no author).
    /// </summary>
    private static bool InPersonItem(IElement element)
    {
        if (element.ParentElement?.Closest("[itemscope]") is not { } item || item.GetAttribute("itemtype") is not { } type
            || !type.EndsWith("/Person", StringComparison.OrdinalIgnoreCase) || !DocumentIndex.HasToken(item.GetAttribute("itemprop") ?? string.Empty, "author"))
        {
            return false;
        }

        for (var outer = item.ParentElement?.Closest("[itemscope]"); outer is not null; outer = outer.ParentElement?.Closest("[itemscope]"))
        {
            if (outer.GetAttribute("itemtype") is { } outerType && outerType.EndsWith("/Comment", StringComparison.OrdinalIgnoreCase)
                || DocumentIndex.HasToken(outer.GetAttribute("itemprop") ?? string.Empty, "itemReviewed"))
            {
                return false;
            }
        }

        return !DocumentIndex.HasToken(item.ParentElement?.Closest("[itemprop]")?.GetAttribute("itemprop") ?? string.Empty, "itemReviewed");
    }

    /// <summary>The family name printed in the same Person item as a given name.</summary>
    private static string? FamilyName(IElement givenName)
    {
        var item = givenName.ParentElement?.Closest("[itemscope]");
        var family = item?.QuerySelectorAll("[itemprop]").FirstOrDefault(e => DocumentIndex.HasToken(e.GetAttribute("itemprop") ?? string.Empty, "familyName"));
        return family is null ? null : ElementText.ShortOrNull(family, MaxHeading);
    }

    /// <summary>
    /// The name a heading lists pieces of, when it follows a credit word right before the given name ("More by Jane Roe",
    /// "MEHR VON JANE ROE", "Plus d'articles par Jane Roe"): the text from the given name on; null otherwise.
    /// </summary>
    private static string? AfterCreditWord(string text, string given)
    {
        // The heading opens with a "more" word and names nothing else before the credit word: "The Quiet Pier, by Jane
        // Roe" (a book), "Photography by Jane Roe" and "Concert organised by Jane Roe Choir" are no such heading.
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length - 1 && i <= 4; i++)
        {
            if (string.Equals(words[i], given, StringComparison.OrdinalIgnoreCase) && BylineVocabulary.CreditWords.Contains(words[i - 1])
                && MoreWords.Contains(words[0]))
            {
                return string.Join(' ', words[i..]);
            }
        }

        return null;
    }
}
