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
    /// page has no such element for any of them. An element with a role class outranks one with a "title" class.
    /// </summary>
    /// <param name="context">The page.</param>
    /// <param name="people">Every person the byline credits: the folded name, with the name as given.</param>
    /// <param name="untitled">The folded names of those who have no title yet, the only ones given one.</param>
    public static Dictionary<string, string>? Find(ExtractionContext context, IReadOnlyDictionary<string, string> people, IReadOnlySet<string> untitled)
    {
        Dictionary<string, string>? titles = null;
        Dictionary<string, string>? headings = null;
        var texts = ElementText.Cache.Of(context);
        foreach (var hinted in context.Index.Hinted)
        {
            if ((hinted.Hint & ElementHint.Byline) == 0 || TitleKind(hinted.Element) is not { } kind)
            {
                continue;
            }

            var element = hinted.Element;
            var text = TextNormalizer.CollapseOrNull(element.TextContent);
            if (text is null || text.Length > 80 || element.ChildElementCount > 3 || IsElsewhere(element)
                || (kind == TitleToken ? TitleClassText(text) : RoleClassText(text)) is not { } title)
            {
                continue;
            }

            if (Owner(element, people, title) is { } owner && untitled.Contains(owner))
            {
                (kind == TitleToken ? headings ??= new(StringComparer.Ordinal) : titles ??= new(StringComparer.Ordinal)).TryAdd(owner, title);
            }
        }

        foreach (var (owner, title) in headings ?? [])
        {
            (titles ??= new(StringComparer.Ordinal)).TryAdd(owner, title);
        }

        foreach (var anchor in context.Index.AuthorAnchors)
        {
            AddFollowingTitle(anchor, people, untitled, texts, ref titles);
        }

        foreach (var prop in context.Index.ItemProps)
        {
            if (prop.Has("author") && !prop.Element.HasAttribute("content"))
            {
                AddFollowingTitle(prop.Element, people, untitled, texts, ref titles);
                AddLineAfterCredit(prop.Element, untitled, texts, ref titles);
            }
        }

        foreach (var hinted in context.Index.Hinted)
        {
            if ((hinted.Hint & ElementHint.Byline) != 0)
            {
                AddLineAfterCredit(hinted.Element, untitled, texts, ref titles);
            }
            else if ((hinted.Hint & ElementHint.Biography) != 0 && texts.ShortOrNull(hinted.Element, MaxBiography) is { } biography
                && !IsElsewhere(hinted.Element) && BiographyTitle(biography, people) is var (owner, title) && untitled.Contains(owner))
            {
                (titles ??= new(StringComparer.Ordinal)).TryAdd(owner, title);
            }
        }

        return titles;
    }

    /// <summary>
    /// The title in a role-class element's text ("author__role"): a post's words ("Senior Editor", "redaktorka działu
    /// gospodarczego"), or two to six capitalised words ("Project Manager"); not a bio ("Covers housing, planning and
    /// local government"), a desk or a badge alone ("Politics", "Verified"), a label ("Editor: …") or a sentence.
    /// </summary>
    private static string? RoleClassText(string text)
    {
        var words = text.Split(' ');
        if (words.Length > 6 || text.Contains(',', StringComparison.Ordinal) || text.Contains(':', StringComparison.Ordinal) || HasSentenceEnd(text))
        {
            return null;
        }

        if (CreditOrganizations.AsPrintedTitle(words) is { } post)
        {
            return post;
        }

        return words.Length >= 2 && words.All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and" or "at") ? ContributorNames.CleanJobTitle(text) : null;
    }

    /// <summary>
    /// The title in a "title"-class element's text, which may as well head an author box ("About the author", "Über die
    /// Autorin", "More by this writer"): up to five capitalised words (or linking words) ending with a post ("Senior
    /// Writer", "Ideas Contributor"), or words that are all title words ("staff writer"); after an outlet that opens them,
    /// the words after it ("Sports Writer" in "CBS Sports Writer").
    /// </summary>
    private static string? TitleClassText(string text)
    {
        var words = text.Split(' ');
        if (words.Length > 5 || HasSentenceEnd(text) || text.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        // In a script without case the post opens the title ("محرر الشؤون الاقتصادية", economics editor).
        var uncased = !text.Any(char.IsUpper) && !text.Any(char.IsLower);
        var capitalised = !BoxHeadingWords.Contains(words[0])
            && (uncased ? BylineVocabulary.IsPost(words[0])
                : words.All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and" or "at") && BylineVocabulary.IsPostWord(words[^1]));
        if (!capitalised && !PersonNames.IsTitleWords(words))
        {
            return null;
        }

        // "CBS Sports Writer": the title after the outlet that opens it.
        return CreditOrganizations.IsAffiliation(text, out var outlet) && outlet is not null && CreditOrganizations.JobTitleIn(text, outlet) is { } title
            ? title : CreditOrganizations.AsPrintedTitle(words);
    }

    // The first words of an author box's heading in the languages we meet ("About the author", "Meet the reporter").
    private static readonly HashSet<string> BoxHeadingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "meet", "more", "contact", "follow", "read", "über", "sobre", "à", "a", "o", "autor", "autorin", "author", "auteur", "autore",
    };

    /// <summary>
    /// Whether the element stands where no writer's title is: inside comments, a sidebar, a related-stories or a promotion
    /// block, a figure's caption or a quotation.
    /// </summary>
    private static bool IsElsewhere(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            // An aside that is the author's box ("<aside class=author-box>") is where her title is.
            if (e.LocalName == "aside" && (e.GetAttribute("class")?.Contains("author", StringComparison.OrdinalIgnoreCase) ?? false))
            {
                continue;
            }

            if (e.LocalName is "figure" or "figcaption" or "blockquote" or "q" or "nav" || PageRegions.IsRegion(e, footers: false, comments: true))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Which token of the element's class or id says it holds a title: a role token, "title", or null. Layout utilities ("position-relative") do not count.</summary>
    private static string? TitleKind(IElement element)
    {
        string? kind = null;
        foreach (var attribute in (ReadOnlySpan<string?>)[element.GetAttribute("class"), element.GetAttribute("id")])
        {
            if (attribute is null)
            {
                continue;
            }

            foreach (var name in attribute.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (name.StartsWith("position-", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                foreach (var token in name.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries))
                {
                    if (Array.Exists(RoleTokens, r => token.Equals(r, StringComparison.OrdinalIgnoreCase)))
                    {
                        return token;
                    }

                    // "author-bio-box-subline": the line under the name in an author box, read as strictly as a "title" class.
                    if (token.Equals(TitleToken, StringComparison.OrdinalIgnoreCase) || token.Equals("subline", StringComparison.OrdinalIgnoreCase))
                    {
                        kind = TitleToken;
                    }
                }
            }
        }

        return kind;
    }

    /// <summary>
    /// The folded name of the one person whose name the element's nearest container (up to three levels up) holds beside
    /// the title, as whole words, where it holds no other person's; null where none does, or more than one, or the title
    /// holds the name, or a container on the way names somebody the byline does not (its link or name element: an editor
    /// credited apart, a related story's writer).
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
                if (ContainsWords(text, name) || HasNameElement(container, name))
                {
                    owner = key;
                    count++;
                }
            }

            if (count > 0)
            {
                return count == 1 && !NamesSomebodyElse(container, people) ? owner : null;
            }

            if (NamesSomebodyElse(container, people))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether an element inside the container holds the name and nothing else (its text runs into the next element's, in a script without case too).</summary>
    private static bool HasNameElement(IElement container, string name)
    {
        foreach (var element in container.Descendants<IElement>())
        {
            if (element.TextContent.Length < name.Length + 8 && string.Equals(TextNormalizer.CollapseOrNull(element.TextContent), name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a container holds a link or a name element ("author-name") whose text is a full name of capitalised words that the byline does not credit.</summary>
    private static bool NamesSomebodyElse(IElement container, IReadOnlyDictionary<string, string> people)
    {
        foreach (var candidate in container.QuerySelectorAll("a, [class*=name]"))
        {
            var text = TextNormalizer.CollapseOrNull(candidate.TextContent);
            if (text is null || text.Length > 40 || people.ContainsKey(SiteNames.Fold(text)))
            {
                continue;
            }

            var words = text.Split(' ');
            if (words.Length is >= 2 and <= 4 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower))
                && !people.Values.Any(name => ContainsWords(text, name)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds <paramref name="name"/> as whole words ("Ann Lee" is not in "Joann Leeds"). An
    /// element's text runs into the next one's without a space ("Jane RoePolitical Editor"): a capital after a small letter
    /// parts words too.
    /// </summary>
    private static bool ContainsWords(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1]) || (char.IsLower(text[at - 1]) && char.IsUpper(text[at])))
                && (end == text.Length || !char.IsLetterOrDigit(text[end]) || (char.IsLower(text[end - 1]) && char.IsUpper(text[end]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the title printed right after a name's element (or the wrapper that holds nothing else): the next element where
    /// its class names a title or a role ("author-bio-box-subline"), else the text up to the next element or line break,
    /// where those words all make a title ending with a post (<see cref="PersonNames.IsTitleWords"/>), or the byline parser
    /// reads them as her title after her name ("Washington Bureau Chief", "Korrespondentin in Brüssel"), and the element
    /// names one person of the byline.
    /// </summary>
    private static void AddFollowingTitle(IElement element, IReadOnlyDictionary<string, string> people, IReadOnlySet<string> untitled, ElementText.Cache texts, ref Dictionary<string, string>? titles)
    {
        var name = TextNormalizer.CollapseOrNull(element.TextContent);
        if (name is null || name.Length > 60 || !untitled.Contains(SiteNames.Fold(name)) || IsElsewhere(element))
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

        // "<span class=author-bio-box-name><a rel=author>Jane Roe</a></span><div class=author-bio-box-subline>CBS Sports
        // Writer</div>": the element right after the name's, classed as a title's or a role's, in a box the byline hints
        // leave out (a bio box); its text read as strictly as a "title" class's, whatever its class, since no byline hint
        // vouches for the element.
        if (named.NextElementSibling is { } line && TitleKind(line) is not null && line.ChildElementCount == 0 && !IsElsewhere(line)
            && TextNormalizer.CollapseOrNull(line.TextContent) is { Length: <= 80 } lineText && TitleClassText(lineText) is { } lineTitle)
        {
            (titles ??= new(StringComparer.Ordinal)).TryAdd(SiteNames.Fold(name), lineTitle);
            return;
        }

        var following = named.NextSibling;
        if (following is null && LineAfterCredit(named, name, texts) is { } creditTitle)
        {
            (titles ??= new(StringComparer.Ordinal)).TryAdd(SiteNames.Fold(name), creditTitle);
            return;
        }

        if (following is not { NodeType: NodeType.Text } || TextNormalizer.CollapseOrNull(following.TextContent) is not { } text)
        {
            return;
        }

        var words = BylineText.TrimPunctuation(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && PersonNames.IsTitleWords(words) && CreditOrganizations.AsPrintedTitle(words) is { } title)
        {
            (titles ??= new(StringComparer.Ordinal)).TryAdd(SiteNames.Fold(name), title);
        }
        else if (words.Length is > 0 and <= MaxFollowingWords && !HasSentenceEnd(text)
            && !BylineVocabulary.Conjunctions.Any(c => (" " + text).StartsWith(c, StringComparison.OrdinalIgnoreCase))
            && BylineParser.Parse(name + ", " + string.Join(' ', words)) is { Contributors: [{ JobTitle: { } read } person] }
            && string.Equals(person.Name, name, StringComparison.Ordinal))
        {
            // "Washington Bureau Chief", "Korrespondentin in Brüssel": what the parser reads as her title, printed after her name
            // ("and Senior Editor <a>Tom Fairlie</a>" opens the next writer's credit).
            (titles ??= new(StringComparer.Ordinal)).TryAdd(SiteNames.Fold(name), read);
        }
    }

    /// <summary>
    /// "<c>&lt;p&gt;By &lt;a&gt;Jane Roe&lt;/a&gt;&lt;/p&gt;&lt;div&gt;&lt;p&gt;Opinion Columnist&lt;/p&gt;&lt;/div&gt;</c>": the
    /// line right after the byline's own, where the name ends that byline and the byline credits her alone (a label before
    /// her name at most), and the line holds a title and nothing else, read as strictly as a "title" class's: no class
    /// vouches for it. Null for anything else ("<c>&lt;p&gt;John Doe&lt;/p&gt;</c>", a second writer's line; "Updated May 3").
    /// </summary>
    /// <param name="named">The name's element, or the byline's block itself.</param>
    /// <param name="name">The name.</param>
    /// <param name="texts">The page's element texts.</param>
    private static string? LineAfterCredit(IElement named, string name, ElementText.Cache texts)
    {
        // Up to the byline's block: the element itself when it is one, else the parents whose text is such a credit.
        var block = CreditsAlone(named, name, texts) ? named : null;
        for (var up = named; up.ParentElement is { } parent && up.NextSibling is null && up != block && CreditsAlone(parent, name, texts);)
        {
            block = up = parent;
        }

        // The line may be wrapped once ("<div><p>Opinion Columnist</p></div>").
        if (block is null || block.NextElementSibling is not { } line || IsElsewhere(line)
            || line.ChildElementCount > 1 || line.FirstElementChild is { ChildElementCount: > 0 })
        {
            return null;
        }

        return texts.ShortOrNull(line, 60) is { } lineText ? TitleClassText(lineText) : null;

        // "By Jane Roe", "Von: Jane Roe": a label and the name, last.
        static bool CreditsAlone(IElement element, string name, ElementText.Cache texts) =>
            texts.ShortOrNull(element, name.Length + 12) is { } text && text.Length > name.Length
            && text.EndsWith(name, StringComparison.Ordinal)
            && BylineParser.Parse(text) is { Contributors: [{ Kind: ContributorKind.Person } only] } && only.Name == name;
    }

    /// <summary>The title on the line after a byline block that credits one person of the byline alone (<see cref="LineAfterCredit"/>).</summary>
    private static void AddLineAfterCredit(IElement block, IReadOnlySet<string> untitled, ElementText.Cache texts, ref Dictionary<string, string>? titles)
    {
        // The line after it first: most byline elements are followed by no title, and reading them as a credit costs more.
        if (block.NextElementSibling is not { } next || texts.ShortOrNull(next, 60) is not { } nextText || TitleClassText(nextText) is null
            || texts.ShortOrNull(block, 80) is not { } text || IsElsewhere(block)
            || BylineParser.Parse(text) is not { Contributors: [{ Kind: ContributorKind.Person } only] }
            || !untitled.Contains(SiteNames.Fold(only.Name)) || LineAfterCredit(block, only.Name, texts) is not { } title)
        {
            return;
        }

        (titles ??= new(StringComparer.Ordinal)).TryAdd(SiteNames.Fold(only.Name), title);
    }

    /// <summary>
    /// The title a biography's sentence gives a writer of the byline: "Julius is an LA Entertainment Reporter for Fox News.",
    /// "Jane Roe is a senior reporter at the Harbour Times, covering …": her full name or given name, "is a" or "is an",
    /// then words that make a title as strictly as a "title" class's, up to the outlet, a comma or the sentence's end.
    /// Null for anything else ("… is the paper's transport correspondent", "… was a reporter", another person's name).
    /// </summary>
    /// <returns>The folded name of the person, and the title.</returns>
    internal static (string Owner, string Title)? BiographyTitle(string text, IReadOnlyDictionary<string, string> people)
    {
        var words = TextNormalizer.Collapse(text.Length > 400 ? text[..400] : text).Split(' ');
        var verb = Array.IndexOf(words, "is", 1, Math.Min(words.Length - 1, 12));
        if (verb < 1 || verb + 3 > words.Length || words[verb + 1] is not ("a" or "an"))
        {
            return null;
        }

        // Her name right before "is": the full name, or the given name of one writer only.
        string? owner = null;
        for (var length = Math.Min(verb, 4); length >= 1 && owner is null; length--)
        {
            var who = SiteNames.Fold(string.Join(' ', words[(verb - length)..verb]));
            var matches = people.Where(p => p.Key == who
                || (length == 1 && p.Value.Contains(' ', StringComparison.Ordinal) && SiteNames.Fold(p.Value[..p.Value.IndexOf(' ', StringComparison.Ordinal)]) == who)).Take(2).ToArray();
            owner = matches.Length == 1 ? matches[0].Key : null;
        }

        var title = new List<string>();
        for (var i = verb + 2; owner is not null && i < words.Length && title.Count <= 5; i++)
        {
            var word = words[i].TrimEnd(',', '.', ';', ':');
            if (BiographyStops.Contains(word))
            {
                break;
            }

            title.Add(word);
            if (word.Length != words[i].Length)
            {
                break;
            }
        }

        return owner is not null && title.Count is > 0 and <= 5 && TitleClassText(string.Join(' ', title)) is { } read ? (owner, read) : null;
    }

    /// <summary>Words that end the title in a biography's sentence: the outlet's or the beat's opening ("at", "for", "covering").</summary>
    private static readonly HashSet<string> BiographyStops = new(StringComparer.Ordinal)
    {
        "at", "for", "with", "who", "and", "based", "covering", "in", "on", "from", "whose", "since", "to", "the",
    };

    /// <summary>How long an author's biography may be to be read for her title.</summary>
    private const int MaxBiography = 1000;

    /// <summary>How many words the text after a name's element may hold to be read as her title through the byline parser.</summary>
    private const int MaxFollowingWords = 8;

    /// <summary>Whether the text reads as a sentence (a bio: "Jane Roe is the paper's transport correspondent."), not a title.</summary>
    private static bool HasSentenceEnd(string text) => text.EndsWith('.') && text.Split(' ').Length > 3;
}
