using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Reads the byline printed on the page: elements whose class, id or itemprop names an author or byline, and
/// "By ..." lines near the headline, parsed into contributors. Names in sidebars, related lists, comments and
/// footers are decoys and are never read. The candidate nearest the headline wins.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class BylineExtractor : IArticleExtractor
{
    private const int MaxBylineText = 250;

    /// <summary>How many elements after the headline a bare profile link may sit and still credit the article.</summary>
    private const int ProfileLinkReach = 25;

    private static readonly string[] AuthorWords = ["author", "autor", "auteur", "autore", "writer", "redakteur", "journalist"];

    private static readonly string[] ProfileSegments =
    [
        "author", "authors", "autor", "autoren", "auteur", "auteurs", "autore", "autori", "autores", "profile", "profil", "journalist", "journalisten",
        "journalists", "journaliste", "journalistes", "redakteur", "redakteure", "writer", "writers", "reporter", "reporters",
        // A columnist's page: "/opinion/columnists/jane-roe", "/yazarlar/ayse-yilmaz", "/kolumnisten/jana-holm".
        "columnist", "columnists", "kolumnist", "kolumnisten", "chroniqueur", "chroniqueurs", "columnista", "columnistas", "editorialista",
        "editorialistas", "colunista", "colunistas", "opinionista", "opinionistas", "yazar", "yazarlar", "felietonista", "felietonisci",
        // A writer's page in Indonesian and Malay, Hungarian, Finnish, Dutch, Swedish, Norwegian and Danish.
        "penulis", "wartawan", "szerzo", "szerzok", "toimittaja", "toimittajat", "journalisti", "redacteur", "redacteuren", "skribent", "skribenter",
        "journalister",
    ];
    private static readonly string[] Prefixes = ["by ", "by:", "von ", "par ", "por ", "di ", "door ", "av ", "autor:", "autorin:", "author:", "text:", "tekst:", "texto:", "yazar:", "автор", "نویسنده", "بقلم", "reporting by", "written by", "words by", "ein artikel von", "text von ", "text und fotos von ", "autoren:", "autoren ", "geschrieben von", "verfasst von", "erstellt von", "gespeichert von", "posted by", "submitted by", "escrito por", "publicado por", "écrit par", "scritto da", "ein beitrag von", "gastbeitrag von", "ein gastbeitrag von", "redaktion:", "un article de", "un artículo de"];

    /// <inheritdoc />
    public string Name => "byline";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = ArticleHeader.Of(context);
        var layout = header.Layout;
        var site = SiteNames.Get(context);
        var texts = ElementText.Cache.Of(context);
        Candidate? best = null;

        // A word that credits the writer in the page's language only: "Oleh" in Malay and Indonesian (elsewhere as often the
        // Ukrainian given name), Swahili "Na" ("by"; elsewhere a word of many languages). Czech and Slovak "a" ("and")
        // between two names (elsewhere as often a preposition, Italian "di Marco Galli a Roma").
        var tag = (context.TryGetBest(ArticleFields.Language, out var language) ? language : context.Index.HtmlLang) ?? string.Empty;
        var creditWord = IsLanguage(tag, "id") || IsLanguage(tag, "ms") ? "Oleh" : IsLanguage(tag, "sw") ? "Na" : null;
        var smallAnd = IsLanguage(tag, "cs") || IsLanguage(tag, "sk");

        // Nested elements print the same text ("<div class=byline><span class=author>By Jane Roe</span></div>"): each text is parsed once.
        var parsed = new Dictionary<string, Byline>(StringComparer.Ordinal);

        foreach (var hinted in context.Index.Hinted)
        {
            if ((hinted.Hint & ElementHint.Byline) != 0)
            {
                Consider(hinted.Element, hinted.Order, hinted: true);
            }
        }

        for (var i = 0; i < layout.After.Count; i++)
        {
            Consider(layout.After[i], layout.HeadlineOrder + i + 1, hinted: false);
            if (i < ProfileLinkReach && layout.After[i] is { LocalName: "a" } anchor && ProfileLinkName(anchor) is { } name)
            {
                ConsiderProfileLink(anchor, name, layout.HeadlineOrder + i + 1);
            }
        }

        // "05.02.2020 - Redaktion: Jane Roe" printed above the headline, beside the kicker and the date.
        for (var i = 0; i < layout.Before.Count; i++)
        {
            Consider(layout.Before[i], layout.HeadlineOrder - i - 1, hinted: false);
            if (i < ProfileLinkReach && layout.Before[i] is { LocalName: "a" } anchor && ProfileLinkName(anchor) is { } name)
            {
                ConsiderProfileLink(anchor, name, layout.HeadlineOrder - i - 1);
            }
        }

        best ??= AuthorBox(context, site);
        best ??= CreditsList(context, site);
        if (best is null && BiographyBoxes.Read(context, site) is { } box)
        {
            best = new Candidate(box.Element, box.Byline, -3);
        }

        if (best is { } winner)
        {
            context.Propose(ArticleFields.Byline, WithProfiles(context, winner.Element, ElementBeside(winner.Element) is { } beside ? WithCreditBeside(beside, WithPlaceBeside(beside, winner.Byline, texts), texts) : winner.Byline), ArticleSources.DomByline);
            context.GetShared(_ => new PrintedPlace()).InHeader = ArticleHeader.Of(context).Opens(winner.Element);
        }

        // "<a href=/autoren/jane-roe>Jane Roe</a>" just below the headline: a link to the writer's profile page names
        // them with no credit word, on news sites and on community sites ("/profile/142450" → "delta201") alike.
        void ConsiderProfileLink(IElement anchor, string name, int order)
        {
            // A quote's or a picture's attribution ("Jane Roe, CEO" under a pull quote) links a profile too.
            if (header.IsFurniture(anchor) || IsInMenu(anchor) || site.NamesSite(name) || anchor.Closest("blockquote, figure, q") is not null)
            {
                return;
            }

            // The link shows the name and nothing else: "Jane Roe, CEO" describes someone rather than credits them.
            var byline = BylineParser.ParseSingleName(name)
                ?? (IsUserName(name) ? new Byline { Text = name, Contributors = [new Contributor(name)] } : Byline.Empty);

            if (byline.IsEmpty)
            {
                return;
            }

            var score = 2 - Math.Min(3, layout.DistanceFromHeadline(order) / 40.0);
            if (best is null || score > best.Value.Score)
            {
                best = new Candidate(anchor, byline, score);
            }
        }

        Byline ParseOnce(string text)
        {
            if (!parsed.TryGetValue(text, out var byline))
            {
                // "Oleh Mohd Faizal bin Abdul Rahman dan Nurul Ain": the credit word, read as "By".
                var read = creditWord is not null && IsLanguageCredit(text, creditWord) ? "By " + text[(creditWord.Length + 1)..] : text;
                byline = BylineParser.Parse(smallAnd ? BetweenNames(read, " a ", " and ") : read) is var found && !ReferenceEquals(read, text) && !found.IsEmpty
                    ? found with { Text = text } : found;
                parsed[text] = byline;
            }

            return byline;
        }

        void Consider(IElement element, int order, bool hinted)
        {
            if (element.LocalName is "script" or "style" or "h1" || texts.ShortOrNull(element, MaxBylineText) is not { Length: > 0 } text)
            {
                return;
            }

            // "Reportagem: Tiago Mendes", "Propos recueillis par …", "كتبه: …": a writing credit's label in any language the parser
            // knows; "Источник: ТАСС", "Zdroj: ČTK": a source's label before news agencies only, in the header (at the end, the
            // body's closing source line, BodySignatureExtractor).
            // "<div class=field__label>Quelle</div><div class=field__item>dpa</div>": the label in an element of its own.
            if (BodySignatureExtractor.LabelledAgencySource(text) is { } labelled && header.Opens(element))
            {
                text = labelled;
            }
            else if (!hinted && NamesSource(element) && header.Opens(element) && element.Closest("figure") is null && BodySignatureExtractor.IsAgencySourceLine("Source: " + text))
            {
                // "<span class="source">PTI</span>" in the header's meta line: the element's name is the source's label.
                text = "Source: " + text;
            }

            var prefixed = IsPrefixed(text) || (creditWord is not null && IsLanguageCredit(text, creditWord)) || EastAsianCredits.OpensWithWritingLabel(text) || (RoleCredits.OpensWithRoleLabel(text, out var labelRole)
                && labelRole is ContributorRole.Author or ContributorRole.Reporter or ContributorRole.Contributor)
                || (BodySignatureExtractor.IsAgencySourceLine(text) && header.Opens(element));
            if (!hinted && !prefixed)
            {
                return;
            }

            if (hinted && (CreditsPicture(element) || element.Closest("figure") is not null))
            {
                return;
            }

            if (header.IsFurniture(element) || IsInMenu(element) || InListOfCreditedItems(element, header.Headline))
            {
                return;
            }

            // An author box: the name in its heading, then a biography that often opens with the name again ("Jane Roe
            // covers the harbour …"). The heading alone is the credit; under an "About the author" heading, the name
            // printed alone after it, or nobody (the label and the biography run together name no one).
            var boxHeading = hinted && !prefixed ? element.QuerySelector("h2, h3, h4, h5, h6") : null;
            if (boxHeading is not null && texts.ShortOrNull(boxHeading, MaxBoxName) is { } label && BiographyBoxes.IsAboutTheAuthor(label))
            {
                var names = BiographyBoxes.NamesAfterAboutHeading(boxHeading, texts).Select(n => n.Person.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                if (names.Count == 0)
                {
                    return;
                }

                text = string.Join(" and ", names);
            }
            else if (boxHeading is not null && BoxHeadingName(element, boxHeading, texts) is { } boxName)
            {
                text = boxName;
            }

            // "VON ELENA PETROVA<br>Aus dem Englischen von Clara Vogt": a line break parts two credits, as a bar would.
            if (boxHeading is null && element.QuerySelector("br") is not null && WithBreaks(element) is { } broken)
            {
                text = broken;
            }
            else if (boxHeading is null && CreditBlocks(element, texts) is { } blocked)
            {
                // "<div>Par <a>Ingrid Solheimsen</a></div><div>Traduit de l’anglais par <a>Lucie Vanderbeken</a></div>": a
                // second credit in a block of its own, parted as a line break parts it.
                text = blocked;
            }

            var byline = ParseOnce(text);

            // "<a>Jane Roe</a> <a>John Doe</a>", "<div>Jane Roe</div><div>Madrid</div>": items set apart by the markup alone
            // are read as if a comma stood between them, where run together they made one name.
            if (boxHeading is null && ListedText(element, texts) is { } listed && ParseOnce(listed) is { IsEmpty: false } itemised)
            {
                byline = itemised with { Text = byline.Text ?? text };
            }

            // "<div class=contributor>Tamsin Oduya …</div><div class=contributor>Marcus Webb …</div>" in a row no class marks:
            // cards marked alike side by side are one credit, read as the row's list.
            if (hinted && boxHeading is null && element.LocalName is "div" or "li" or "article" or "section" && element.ChildElementCount >= 1
                && element.ClassName is { Length: > 0 } cardClass && element.ParentElement is { ChildElementCount: >= 2 } row
                && row.Children.All(c => c.ClassName == cardClass) && ListedText(row, texts) is { } rowText
                && ParseOnce(rowText) is { } rowByline && rowByline.Contributors.Count(c => c.Kind == ContributorKind.Person) > byline.Contributors.Count(c => c.Kind == ContributorKind.Person))
            {
                byline = rowByline with { Text = texts.ShortOrNull(row, MaxBylineText) ?? byline.Text };
                element = row;
            }

            if (byline.IsEmpty && text.Length <= 12 && element.ParentElement is { } parent)
            {
                // "<span class=author>Von</span> <a>Name</a>": the label alone names nobody; its parent holds the name, or
                // the names set apart by the markup ("<strong>By:</strong> <a>Jane Roe</a> <a>John Doe</a>").
                if (texts.ShortOrNull(parent, MaxBylineText) is { } parentText)
                {
                    byline = ListedText(parent, texts) is { } listedNames && ParseOnce(listedNames) is { IsEmpty: false } listedByline
                        ? listedByline with { Text = parentText } : ParseOnce(parentText);
                    element = parent;
                }
            }

            if (byline.IsEmpty && prefixed && UserNameAfterPrefix(element, text) is { } userName)
            {
                byline = new Byline { Text = text, Contributors = [new Contributor(userName)] };
            }

            // A fact check's claim box prints who made the claim ("<h4 class=author>The ministry</h4>"): that is the author
            // of the item the page reviews, not of the page.
            if (NamesReviewedAuthor(context, text, byline))
            {
                return;
            }

            // "von Harbour Gazette" printed under the headline names the publisher, as a markup author naming the site does.
            var notTheSite = byline.Contributors.Where(c => !site.NamesSite(c.Name)).ToArray();
            if (notTheSite.Length < byline.Contributors.Count)
            {
                byline = byline with { Contributors = notTheSite };
                if (byline.Contributors.Count == 0)
                {
                    return;
                }
            }

            if (byline.IsEmpty)
            {
                return;
            }

            var score = (hinted ? 2 : 0) + (prefixed ? 2 : 0)
                + (element.GetAttribute("itemprop")?.Contains("author", StringComparison.OrdinalIgnoreCase) == true ? 1 : 0)
                - Math.Min(3, layout.DistanceFromHeadline(order) / 40.0);
            if (best is null || Outranks(element, byline, score, best.Value))
            {
                best = new Candidate(element, byline, score);
            }
        }
    }

    /// <summary>
    /// Whether a candidate beats the best so far: by its score, except that of two candidates one inside the other the one
    /// naming more contributors wins ("<c>&lt;div class=byline&gt;&lt;span class=author&gt;Jane Roe and John Doe&lt;/span&gt;
    /// &lt;span&gt;Harbour Gazette&lt;/span&gt;&lt;/div&gt;</c>": the container's text runs the last name into the publication's).
    /// </summary>
    /// <remarks>
    /// A container naming more wins only when its extra names come from children marked as authors ("&lt;span
    /// class=author&gt;" each): "Harbour Gazette · By Jane Roe · John Doe Photography" or a row of share buttons around
    /// the credit adds words, not writers, and the inner credit wins.
    /// </remarks>
    private static bool Outranks(IElement element, Byline byline, double score, Candidate best)
    {
        var nested = best.Element.Contains(element) || element.Contains(best.Element);
        if (!nested || byline.Contributors.Count == best.Byline.Contributors.Count)
        {
            return score > best.Score;
        }

        var (more, fewer) = byline.Contributors.Count > best.Byline.Contributors.Count ? ((element, byline), (best.Element, best.Byline)) : ((best.Element, best.Byline), (element, byline));
        var moreWins = !more.Item1.Contains(fewer.Item1) || ExtrasFromAuthorChildren(more.Item1, more.Item2, fewer.Item2);
        return moreWins ? more.Item1 == element : fewer.Item1 == element;
    }

    /// <summary>
    /// Whether every name a container reads beyond an inner candidate's is printed in a descendant marked as an author or a
    /// byline, or in a link to a profile page, or is credited in another role than the writing's (a label gave it).
    /// </summary>
    private static bool ExtrasFromAuthorChildren(IElement container, Byline bigger, Byline smaller)
    {
        var known = smaller.Contributors.Select(c => SiteNames.Fold(c.Name)).ToHashSet(StringComparer.Ordinal);
        var marked = container.QuerySelectorAll("[class],[itemprop],[rel],a[href]")
            .Where(e => AuthorMarked(e.GetAttribute("class")) || AuthorMarked(e.GetAttribute("itemprop")) || AuthorMarked(e.GetAttribute("rel"))
                || (e.LocalName == "a" && e.GetAttribute("href") is { } href && NamesProfilePage(href)))
            .Select(e => SiteNames.Fold(e.TextContent)).ToList();
        // A name credited under a role's own label ("Fotos: Ben Hartung", "Eindredactie: Yvonne Smits") is a credit too.
        return bigger.Contributors.Where(c => !known.Contains(SiteNames.Fold(c.Name)))
            .All(c => c.Role != ContributorRole.Author || (SiteNames.Fold(c.Name) is { Length: > 0 } name && marked.Any(m => m.Contains(name, StringComparison.Ordinal))));

        static bool AuthorMarked(string? value) => MarksAuthor(value) || value?.Contains("name", StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>Whether an element's class names the story's source or agency ("source", "news-source", "agency"), not a picture's.</summary>
    private static bool NamesSource(IElement element) =>
        element.GetAttribute("class") is { Length: > 0 } value
        && value.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries) is var parts
        && parts.Any(part => part.Equals("source", StringComparison.OrdinalIgnoreCase) || part.Equals("agency", StringComparison.OrdinalIgnoreCase))
        && !parts.Any(part => part.StartsWith("image", StringComparison.OrdinalIgnoreCase) || part.StartsWith("photo", StringComparison.OrdinalIgnoreCase)
            || part.StartsWith("img", StringComparison.OrdinalIgnoreCase) || part.StartsWith("pic", StringComparison.OrdinalIgnoreCase) || part.StartsWith("caption", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a class, an <c>itemprop</c> or a <c>rel</c> value marks its element as an author's ("author", "byline", "contributor", "writer").</summary>
    private static bool MarksAuthor(string? value) =>
        value is { Length: > 0 } && (value.Contains("author", StringComparison.OrdinalIgnoreCase) || value.Contains("byline", StringComparison.OrdinalIgnoreCase)
            || value.Contains("contributor", StringComparison.OrdinalIgnoreCase) || value.Contains("writer", StringComparison.OrdinalIgnoreCase)
            || value.Contains("writter", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether a printed byline names the author of the item the page reviews (JSON-LD <c>itemReviewed.author</c> of a
    /// <c>ClaimReview</c> or a <c>Review</c>): its text is that author's name, or every name read from it is part of one.
    /// </summary>
    private static bool NamesReviewedAuthor(ExtractionContext context, string text, Byline byline)
    {
        var reviewed = context.GetShared(ReviewedAuthors.Build).Names;
        if (reviewed.Count == 0)
        {
            return false;
        }

        // Whole words only: the claimant "Joann Smith" does not name the writer "Ann Smith".
        var folded = Words(text);
        return reviewed.Any(r => folded.Length >= 3 && ContainsWords(r, folded))
            || (byline.Contributors.Count > 0 && byline.Contributors.All(c => Words(c.Name) is { Length: >= 3 } name && reviewed.Any(r => ContainsWords(r, name))));
    }

    /// <summary>A name's words, each folded (<see cref="SiteNames.Fold"/>), joined by single spaces: "Jean-Luc Roé" → "jean luc roe".</summary>
    private static string Words(string text) =>
        string.Join(' ', text.Split([' ', '-', '.', ',', '\'', '’'], StringSplitOptions.RemoveEmptyEntries).Select(SiteNames.Fold).Where(w => w.Length > 0));

    /// <summary>Whether <paramref name="words"/> occurs in <paramref name="text"/> (both from <see cref="Words"/>) as whole words.</summary>
    private static bool ContainsWords(string text, string words) =>
        $" {text} ".Contains($" {words} ", StringComparison.Ordinal);

    /// <summary>The authors, folded, of the items a page's JSON-LD reviews (<c>itemReviewed</c>): a fact check's claimant, a reviewed book's writer.</summary>
    private sealed class ReviewedAuthors
    {
        private ReviewedAuthors(HashSet<string> names) => Names = names;

        public HashSet<string> Names { get; }

        public static ReviewedAuthors Build(ExtractionContext context)
        {
            var graph = JsonLd.JsonLdGraph.Get(context);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in graph.Nodes)
            {
                foreach (var item in graph.ResolvedValues(node, "itemReviewed"))
                {
                    foreach (var author in graph.ResolvedValues(item, "author"))
                    {
                        if (JsonLd.JsonLdGraph.Text(author) is { } name && Words(name) is { Length: >= 3 } folded)
                        {
                            names.Add(folded);
                        }
                    }
                }
            }

            return new ReviewedAuthors(names);
        }
    }

    /// <summary>
    /// The name a link to a writer's or user's profile page shows ("/autoren/jane-roe", "/author/jroe", "/profile/58", or
    /// any link printed right after the user's avatar):
    /// the text of its itemprop="name" part when it has one (the link may wrap a portrait and its credit), else its text.
    /// </summary>
    private static string? ProfileLinkName(IElement anchor)
    {
        if (anchor.GetAttribute("href") is not { Length: > 0 } href || !(NamesProfilePage(href) || FollowsAvatar(anchor)))
        {
            return null;
        }

        var named = anchor.QuerySelector("[itemprop=name]") ?? anchor;
        return ElementText.ShortOrNull(named, 60) is { Length: > 0 } text && !OtherThanSlug(href, text) ? text : null;
    }

    /// <summary>
    /// Whether a profile address's own segment, right after its folder, spells a name of words ("/yazarlar/ayse-kocabas/") that shares no word with
    /// the link's text, in Latin letters: the box's "all articles" button ("Tüm Yazıları", "Alle Artikel"), not the person's name.
    /// </summary>
    private static bool OtherThanSlug(string href, string text)
    {
        // A name in another script than the address's ("Олена Гнатюк" for /authors/olena-hnatiuk/) is spelled otherwise.
        if (!text.Any(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'))
        {
            return false;
        }

        var segments = href.Split('?', '#')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || !ProfileSegments.Contains(segments[^2], StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var words = Uri.UnescapeDataString(segments[^1]).Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).Select(SiteNames.Fold).Where(w => w.Length >= 3 && !w.All(char.IsDigit)).ToArray();
        if (words.Length < 2)
        {
            return false;
        }

        return !text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(SiteNames.Fold).Any(w => w.Length >= 3 && words.Contains(w, StringComparer.Ordinal));
    }

    /// <summary>
    /// An author box, read when nothing else credits the article: a person's name printed on its own, followed by a link
    /// to the list of their articles whose address spells the name ("Jane Roe" + "All articles" → /search?q=jane-roe),
    /// in a sidebar too. Several such boxes naming different people are a list of the site's writers, not a credit.
    /// </summary>
    private static Candidate? AuthorBox(ExtractionContext context, SiteNames site)
    {
        Candidate? found = null;
        foreach (var anchor in context.Index.Anchors)
        {
            var nameElement = anchor.Element.PreviousElementSibling ?? anchor.Element.ParentElement?.PreviousElementSibling;
            if (nameElement is null || ElementText.ShortOrNull(nameElement, 60) is not { } name || !name.Contains(' ', StringComparison.Ordinal)
                || !anchor.Href.Contains(name.Replace(' ', '-'), StringComparison.OrdinalIgnoreCase)
                || TextNormalizer.Collapse(anchor.Element.TextContent).Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // The link or the box says it is about an author ("searchphrase=author", "zu allen Rezepten vom Autor",
            // class="teaser-box author"): a menu entry whose address spells its label does not.
            if (!SaysAuthor(anchor.Href) && !SaysAuthor(anchor.Element.GetAttribute("title")) && !SaysAuthor(anchor.Element.TextContent)
                && !SaysAuthor(nameElement.ParentElement?.ClassName) && !SaysAuthor(nameElement.ParentElement?.ParentElement?.ClassName))
            {
                continue;
            }

            if (BylineParser.ParseSingleName(name) is not { } byline || site.NamesSite(name) || PageRegions.IsInComments(nameElement))
            {
                continue;
            }

            if (found is { } previous && !string.Equals(previous.Byline.Contributors[0].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            found ??= new Candidate(nameElement, byline, -3);
        }

        return found;

        static bool SaysAuthor(string? text) =>
            text is not null && AuthorWords.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A magazine's credits list, read when nothing else credits the article: label and name side by side in a block
    /// marked as credits ("Interview" SVEN ROE, "Fotograf" JOHN DOE, as two elements or a <c>dt</c>/<c>dd</c> pair). Only
    /// labels naming a role we model count ("Text &amp; Fotos" gives both roles), and at least one must credit the writing.
    /// A list outside the article (footer, navigation, sidebar) or with a label that is neither a role we model nor a
    /// magazine production role ("Regie", "Musik", "Verlag": the credits of a play, a film or a book under review) is not read.
    /// </summary>
    private static Candidate? CreditsList(ExtractionContext context, SiteNames site)
    {
        foreach (var hinted in context.Index.Hinted)
        {
            if ((hinted.Hint & ElementHint.Credits) == 0 || PageRegions.IsInComments(hinted.Element)
                || ArticleHeader.Of(context).IsFurniture(hinted.Element))
            {
                continue;
            }

            if (ReadCreditsList(hinted.Element, site) is { } byline)
            {
                return new Candidate(hinted.Element, byline, -3);
            }
        }

        return null;
    }

    private static Byline? ReadCreditsList(IElement list, SiteNames site)
    {
        // Label and value pairs: a leaf element and its next sibling holding text, or inline elements only ("<a>A</a> und <a>B</a>").
        var pairs = new List<(IElement Label, string LabelText, IElement Value)>();
        foreach (var label in list.QuerySelectorAll("*").Take(200))
        {
            if (label.NextElementSibling is { } value && label.Children.Length == 0 && value.Children.All(IsInlineChild)
                && ElementText.ShortOrNull(label, 40) is { } labelText)
            {
                pairs.Add((label, labelText.TrimEnd(':', ' '), value));
            }
        }

        // The elements shaped as labels: every dt, and those of the tag and class of a label we know.
        var shapes = new HashSet<string>(StringComparer.Ordinal) { "dt" };
        foreach (var (label, labelText, _) in pairs)
        {
            if (CreditRoles(labelText) is { Count: > 0 })
            {
                shapes.Add(label.LocalName + "." + label.ClassName);
            }
        }

        var contributors = new List<Contributor>();
        var text = new List<string>();
        var values = new HashSet<IElement>();
        foreach (var (label, labelText, value) in pairs)
        {
            // In a flat run of label, name, label, name a name is followed by the next label: it is no label itself.
            if (values.Contains(label) || !shapes.Contains(label.LocalName == "dt" ? "dt" : label.LocalName + "." + label.ClassName))
            {
                continue;
            }

            values.Add(value);

            if (CreditRoles(labelText) is not { } roles)
            {
                return null;
            }

            if (roles.Count == 0 || ElementText.ShortOrNull(value, 120) is not { } valueText)
            {
                continue;
            }

            foreach (var role in roles)
            {
                foreach (var contributor in BylineParser.Parse(valueText).Contributors)
                {
                    if (!site.NamesSite(contributor.Name))
                    {
                        contributors.Add(contributor with { Role = role });
                    }
                }
            }

            text.Add(labelText + ": " + valueText);
        }

        return contributors.Any(c => c.Role is ContributorRole.Author or ContributorRole.Reporter)
            ? new Byline { Text = string.Join("; ", text), Contributors = contributors }
            : null;
    }

    private static bool IsInlineChild(IElement child) => child.LocalName is "a" or "span" or "strong" or "b" or "em" or "i";

    /// <summary>
    /// The roles a credits label gives: one for "Text", each for "Text &amp; Fotos", "Text und Fotos", "Text/Fotos"; none for a
    /// production role ("Styling", "Hair &amp; Make-up"); null for any other label.
    /// </summary>
    private static List<ContributorRole>? CreditRoles(string label)
    {
        if (BylineVocabulary.CreditLabels.TryGetValue(label, out var whole))
        {
            return [whole];
        }

        if (BylineVocabulary.IgnoredCreditLabels.Contains(label))
        {
            return [];
        }

        var parts = label.Split(CreditLabelJoins, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return null;
        }

        var roles = new List<ContributorRole>(parts.Length);
        foreach (var part in parts)
        {
            if (BylineVocabulary.CreditLabels.TryGetValue(part, out var role))
            {
                roles.Add(role);
            }
            else if (!BylineVocabulary.IgnoredCreditLabels.Contains(part))
            {
                return null;
            }
        }

        return roles;
    }

    private static readonly string[] CreditLabelJoins = ["&", "/", "+", " und ", " and ", " et ", " y ", " e ", ","];

    /// <summary>Whether a link comes right after a user's avatar ("<c>&lt;img class="avatar"&gt; &lt;a href=/user?u=7&gt;jroe&lt;/a&gt;</c>"): the poster's name.</summary>
    private static bool FollowsAvatar(IElement anchor) =>
        anchor.PreviousElementSibling is { LocalName: "img" } image && image.ClassList.Any(c => c.StartsWith("avatar", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether an address's path has a segment that names a profile page, followed by the profile's own segment.</summary>
    internal static bool NamesProfilePage(string href)
    {
        var path = href;
        var query = path.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            path = path[..query];
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (ProfileSegments.Contains(segments[i], StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a hinted element credits a picture (a figure's hinted parts are checked apart): it sits in a licence notice ("license-info" around "author-name"),
    /// or holds nothing but the licensor's link ("author-name" around "license-author").
    /// </summary>
    private static bool CreditsPicture(IElement element)
    {
        for (var e = element; e is not null && e.LocalName is not ("body" or "html" or "article" or "main"); e = e.ParentElement)
        {
            if (NamesLicence(e.ClassName))
            {
                return true;
            }
        }

        return element.ChildElementCount == 1 && element.FirstElementChild is { } only && NamesLicence(only.ClassName)
            && only.TextContent.Length == element.TextContent.Trim().Length;

        static bool NamesLicence(string? names) =>
            names is not null && (names.Contains("license", StringComparison.OrdinalIgnoreCase) || names.Contains("licence", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// An element's text with each line break written as a bar between credits ("VON JANE ROE | Aus dem Englischen von …"),
    /// elements parted by a space as <see cref="ElementText"/> parts them; null when a line runs longer than a credit (a
    /// paragraph of prose broken in lines) or the element holds what is not printed (a script, a template).
    /// </summary>
    private static string? WithBreaks(IElement element)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (var node in element.Descendants())
        {
            if (node is IText text)
            {
                line.Append(text.Data);
            }
            else if (node is IElement child)
            {
                if (child.LocalName == "br")
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                else if (child.LocalName is "script" or "style" or "noscript" or "template")
                {
                    return null;
                }
                else if (!(child.LocalName is "b" or "strong" or "i" or "em" || (child.LocalName == "span" && !child.HasAttribute("class"))))
                {
                    line.Append(' ');
                }
            }

            if (line.Length > MaxBylineText * 2)
            {
                return null;
            }
        }

        lines.Add(line.ToString());
        var collapsed = lines.Select(TextNormalizer.Collapse).Where(l => l.Length > 0).ToArray();
        return collapsed.Length == 0 || collapsed.Any(l => l.Length > MaxBrokenLine) ? null : string.Join(" | ", collapsed);
    }

    /// <summary>
    /// The lines of an element whose children are blocks of their own (two divisions or paragraphs or more, and no bare text
    /// between them), with a bar between them as <see cref="WithBreaks"/> writes them, where a credit's line opens with a
    /// name and a later line opens with a credit of its own ("Par Ingrid Solheimsen | Traduit de l’anglais par Lucie
    /// Vanderbeken | 14 mars 2024"); null for any other element, read as its text is.
    /// </summary>
    private static string? CreditBlocks(IElement element, ElementText.Cache texts)
    {
        if (element.ChildElementCount < 2 || element.Children.Count(c => c.LocalName is "div" or "p") < 2
            || element.ChildNodes.Any(n => n is IText { Data: var data } && !string.IsNullOrWhiteSpace(data)))
        {
            return null;
        }

        var lines = new List<string>(element.ChildElementCount);
        foreach (var child in element.Children)
        {
            if (texts.ShortOrNull(child, MaxBrokenLine) is not { } line)
            {
                return null;
            }

            if (line.Length > 0)
            {
                lines.Add(line);
            }
        }

        return lines.Count >= 2 && !BylineParser.Parse(lines[0]).IsEmpty && lines.Skip(1).Any(RoleCredits.OpensWithCredit) ? string.Join(" | ", lines) : null;
    }

    /// <summary>The longest line between line breaks read as a credit of its own.</summary>
    private const int MaxBrokenLine = 80;

    /// <summary>A "By ..." line, also after the date it opens with ("05.02.2020 – Redaktion: Jane Roe", "06.11.2023 13:30 von Jane").</summary>
    internal static bool IsPrefixed(string text)
    {
        // "— by Jane Roe", "---- by Jane Roe": a dash rule before the credit.
        text = text.TrimStart('-', '–', '—', ' ');
        if (Prefixes.Any(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (text.Length == 0 || !char.IsDigit(text[0]) || Dates.DateReader.FindAll(text, Dates.DateTextSettings.Neutral, ArticleSources.DomByline).FirstOrDefault() is not { Text: { Length: > 0 } span }
            || !text.StartsWith(span, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = text[span.Length..].TrimStart(' ', '-', '–', '|', ',', '·');
        return Prefixes.Any(p => rest.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// "Gespeichert von <span class=username>rasos</span> am ...", "Author: <a href=/profile/58>Bo2man</a>": on community
    /// sites the credit names a user name, printed as an element of its own right after the credit word. Names a
    /// person's parser would refuse (lower case, digits) are taken there only.
    /// </summary>
    private static string? UserNameAfterPrefix(IElement element, string text)
    {
        var trimmed = text.TrimStart('-', '–', '—', ' ');
        var prefix = Prefixes.FirstOrDefault(p => trimmed.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (prefix is null)
        {
            return null;
        }

        var rest = trimmed[prefix.Length..].TrimStart(' ', ':');
        foreach (var child in element.Descendants<IElement>())
        {
            if (child.LocalName is not ("a" or "span" or "b" or "strong"))
            {
                continue;
            }

            var candidate = TextNormalizer.Collapse(child.TextContent);
            if (IsUserName(candidate) && rest.StartsWith(candidate, StringComparison.Ordinal)
                && (rest.Length == candidate.Length || !char.IsLetterOrDigit(rest[candidate.Length])))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>"rasos", "Bo2man", "delta_201": one token of letters, digits, dots, hyphens or underscores, mostly letters, not a word that is never a name.</summary>
    private static bool IsUserName(string text) =>
        text.Length is >= 3 and <= 30 && text.All(c => char.IsLetterOrDigit(c) || c is '.' or '_' or '-')
        && text.Count(char.IsLetter) >= 3 && text.Count(char.IsDigit) <= 4
        && !BylineVocabulary.NonNameWords.Contains(text) && !text.EndsWith("admin", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether an element sits in a menu ("navServiceMeta", "main-menu"): a menu entry such as "Journalisten" under a
    /// hinting id names a page for a group of readers, not the article's writer.
    /// </summary>
    internal static bool IsInMenu(IElement element)
    {
        for (var e = element; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            // A wrapper that holds the headline too ("navigation-container" around an off-canvas page) is the page itself.
            if ((NamesMenu(e.Id) || NamesMenu(e.ClassName)) && e.QuerySelector("h1") is null)
            {
                return true;
            }
        }

        return false;

        static bool NamesMenu(string? names)
        {
            if (string.IsNullOrEmpty(names))
            {
                return false;
            }

            foreach (var token in names.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (token.StartsWith("nav", StringComparison.OrdinalIgnoreCase) || token.Contains("menu", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Whether a credit sits in one item of a list of other items, each a titled link and its credit ("<c>&lt;li&gt;&lt;a
    /// href=/news/quay-closed&gt;Quay closed for repairs&lt;/a&gt;&lt;div class=author&gt;by Jane Roe&lt;/div&gt;&lt;/li&gt;</c>"
    /// beside another such item, one of the two titles three words or more): the credits are those items' writers. A list
    /// of the article's own writers links their profiles, not titles, and stays a credit.
    /// </summary>
    private static bool InListOfCreditedItems(IElement element, IElement? headline)
    {
        if (element.Closest("li") is not { } item || (headline is not null && item.Contains(headline)) || LinkBeside(item, element) is not { } titled)
        {
            return false;
        }

        var className = element.ClassName;
        for (var sibling = item.ParentElement?.FirstElementChild; sibling is not null; sibling = sibling.NextElementSibling)
        {
            if (!ReferenceEquals(sibling, item) && sibling.LocalName == "li"
                && sibling.QuerySelectorAll(element.LocalName).FirstOrDefault(e => string.Equals(e.ClassName, className, StringComparison.Ordinal)) is { } credit
                && LinkBeside(sibling, credit) is { } other && (titled || other))
            {
                return true;
            }
        }

        return false;

        // A link beside the credit, neither in it nor around it, to a page that is no profile; true when its text is a
        // title (three words or more), false for a shorter one, null when there is none.
        static bool? LinkBeside(IElement item, IElement credit)
        {
            bool? found = null;
            foreach (var link in item.QuerySelectorAll("a[href]"))
            {
                // The item's title comes before its credit; a link after it ("See her portfolio") is the credit's own.
                if (!credit.Contains(link) && !link.Contains(credit) && link.CompareDocumentPosition(credit).HasFlag(DocumentPositions.Following)
                    && !NamesProfilePage(link.GetAttribute("href")!))
                {
                    if (TextNormalizer.Collapse(link.TextContent).Count(c => c == ' ') >= 2)
                    {
                        return true;
                    }

                    found = false;
                }
            }

            return found;
        }
    }

    /// <summary>Adds profile links: an anchor inside the byline whose text is a contributor's name.</summary>
    private static Byline WithProfiles(ExtractionContext context, IElement element, Byline byline)
    {
        var anchors = element.LocalName == "a" ? [element] : element.QuerySelectorAll("a[href]").ToArray();
        if (anchors.Length == 0)
        {
            return byline;
        }

        var contributors = byline.Contributors.Select(c =>
        {
            var anchor = anchors.FirstOrDefault(a => string.Equals(TextNormalizer.Collapse(a.TextContent), c.Name, StringComparison.OrdinalIgnoreCase));
            if (anchor is not null && IsMailLink(anchor))
            {
                return c with { Email = c.Email ?? ContributorNames.Email(anchor.GetAttribute("href")) };
            }

            return anchor is not null && context.ResolveUrl(anchor.GetAttribute("href")) is { } url ? c with { ProfileUrl = url } : c;
        }).ToArray();

        // An "Email" link (an envelope, the address itself) beside the one person the byline names is hers.
        if (contributors.Count(c => c.Kind == ContributorKind.Person) == 1
            && anchors.Where(IsMailLink).Select(a => ContributorNames.Email(a.GetAttribute("href"))).Where(e => e is not null && !ContributorNames.IsRoleAddress(e)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray() is [{ } only])
        {
            var person = Array.FindIndex(contributors, c => c.Kind == ContributorKind.Person);
            contributors[person] = contributors[person] with { Email = contributors[person].Email ?? only };
        }

        return byline with { Contributors = contributors };

        static bool IsMailLink(IElement anchor) => anchor.GetAttribute("href") is { } href && href.TrimStart().StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "<c>&lt;span class=author&gt;&lt;span class=name&gt;Jane Roe&lt;/span&gt; &lt;span class=location&gt;Kyiv&lt;/span&gt;&lt;/span&gt;</c>":
    /// an item's place, in an element of its own classed so and last, set apart from the name as a printed byline would
    /// set it ("Jane Roe in Kyiv"), where a town unknown to the parser is read as a place too.
    /// </summary>
    private static string WithPlaceApart(IElement item, string text)
    {
        if (item.ChildElementCount < 2 || item.LastElementChild is not { } place || !IsPlaceElement(place)
            || TextNormalizer.CollapseOrNull(place.TextContent) is not { } where || !text.EndsWith(where, StringComparison.Ordinal) || text.Length == where.Length)
        {
            return text;
        }

        return text[..^where.Length].TrimEnd(' ', ',') + " in " + where;
    }

    /// <summary>
    /// Whether a class word standing alone marks an element as a place ("byline__location", "dateline", "author-city",
    /// "headline__place"; not "placeholder" nor "opacity-75").
    /// </summary>
    private static bool IsPlaceElement(IElement element) =>
        element.ClassList.Any(c => c.Split('_', '-').Any(w => PlaceClasses.Contains(w, StringComparer.OrdinalIgnoreCase)));

    private static readonly string[] PlaceClasses = ["location", "dateline", "city", "place"];

    /// <summary>
    /// "<c>&lt;span class=headline__author&gt;&lt;a&gt;Lukas Imboden&lt;/a&gt;&lt;/span&gt;, &lt;span
    /// class=headline__place&gt;Bern&lt;/span&gt;</c>": the place printed right after the credit's element (<see
    /// cref="ElementBeside"/>), in an element a class word names a place, is the place of the one person the credit names
    /// (when it gives none); not a post or a word of the page's furniture ("Senior Editor", "Yesterday").
    /// </summary>
    /// <param name="next">The element right after the credit's (<see cref="ElementBeside"/>).</param>
    /// <param name="byline">The credit's byline.</param>
    /// <param name="texts">The page's text cache.</param>
    private static Byline WithPlaceBeside(IElement next, Byline byline, ElementText.Cache texts)
    {
        if (byline.Contributors.Count(c => c.Kind == ContributorKind.Person) != 1 || byline.Contributors.Any(c => c.Location is not null)
            || !IsPlaceElement(next))
        {
            return byline;
        }

        if (texts.ShortOrNull(next, MaxPlaceName) is not { Length: > 1 } place || !char.IsUpper(place[0]) || place.Any(char.IsDigit)
            || place.Split(' ') is var words && (words.Length > 3 || PersonNames.IsTitleWords(words) || words.Any(BylineVocabulary.NonNameWords.Contains)))
        {
            return byline;
        }

        var person = byline.Contributors.First(c => c.Kind == ContributorKind.Person);
        return byline with { Contributors = byline.Contributors.Select(c => ReferenceEquals(c, person) ? c with { Location = place } : c).ToArray() };
    }

    /// <summary>
    /// "Oleh Mohd Faizal dan Nurul Ain", "Na Amina Said": a credit line, short, that the page language's credit word opens
    /// before a capitalised word; not the sentence "Oleh itu, Majlis Bandaraya akan membina …" ("therefore").
    /// </summary>
    private static bool IsLanguageCredit(string text, string word) =>
        text.Length > word.Length + 1 && text.Length <= MaxLanguageCredit && text.StartsWith(word, StringComparison.OrdinalIgnoreCase)
        && text[word.Length] == ' ' && char.IsUpper(text[word.Length + 1])
        && !text.TrimEnd().EndsWith('.') && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12;

    /// <summary>The longest credit line a language's credit word opens.</summary>
    private const int MaxLanguageCredit = 120;

    /// <summary>Whether a language tag names the language ("cs", "cs-CZ").</summary>
    private static bool IsLanguage(string tag, string language) =>
        tag.StartsWith(language, StringComparison.OrdinalIgnoreCase) && (tag.Length == language.Length || tag[language.Length] == '-');

    /// <summary>
    /// The text with a small joining word between two capitalised words replaced ("Jan Novák a Petra Svobodová" → "Jan Novák
    /// and Petra Svobodová"); elsewhere ("Foto a text: …") it stays.
    /// </summary>
    private static string BetweenNames(string text, string word, string replacement)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 8);
        var from = 0;
        for (; at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var next = at + word.Length;
            if (at > 0 && next < text.Length && char.IsUpper(text[text.LastIndexOf(' ', at - 1) + 1]) && char.IsUpper(text[next]))
            {
                builder.Append(text, from, at - from).Append(replacement);
                from = next;
            }
        }

        return from == 0 ? text : builder.Append(text, from, text.Length - from).ToString();
    }

    /// <summary>
    /// The element right after a credit's, through wrappers of one element ("&lt;span class=author&gt;&lt;a&gt;Jane
    /// Roe&lt;/a&gt;&lt;/span&gt;, &lt;span class=place&gt;Bern&lt;/span&gt;"), with at most a comma, a dash, a dot or a bar
    /// between them; null when none is so placed.
    /// </summary>
    private static IElement? ElementBeside(IElement element)
    {
        var credit = element;
        while (credit.NextElementSibling is null && credit.ParentElement is { ChildElementCount: 1 } wrapper
            && !wrapper.ChildNodes.Any(n => n is IText { Data: var data } && !string.IsNullOrWhiteSpace(data)))
        {
            credit = wrapper;
        }

        if (credit.NextElementSibling is not { } next)
        {
            return null;
        }

        for (var node = credit.NextSibling; node is not null && node != next; node = node.NextSibling)
        {
            if (node is IText { Data: var between } && between.Trim().Trim(',', '-', '–', '—', '·', '|').Length > 0)
            {
                return null;
            }
        }

        return next;
    }

    /// <summary>
    /// "&lt;span class=signature__author&gt;Ximena Arriagada&lt;/span&gt; &lt;span&gt;Traduit de l'espagnol par Hugo
    /// Ferrand&lt;/span&gt;": a credit of another role than the writing's in the element right after the credit's adds the
    /// people it names (a translator, a photographer, an editor) that the byline does not name yet.
    /// </summary>
    /// <param name="next">The element right after the credit's (<see cref="ElementBeside"/>).</param>
    /// <param name="byline">The credit's byline.</param>
    /// <param name="texts">The page's text cache.</param>
    private static Byline WithCreditBeside(IElement next, Byline byline, ElementText.Cache texts)
    {
        if (texts.ShortOrNull(next, MaxBylineText) is not { Length: > 0 } text || !RoleCredits.OpensWithCredit(text)
            || BylineParser.Parse(text) is not { IsEmpty: false } other || other.Contributors.Any(c => c.Role == ContributorRole.Author))
        {
            return byline;
        }

        var known = byline.Contributors.Select(c => SiteNames.Fold(c.Name)).ToHashSet(StringComparer.Ordinal);
        var added = other.Contributors.Where(c => known.Add(SiteNames.Fold(c.Name))).ToArray();
        return added.Length == 0 ? byline : byline with { Contributors = [.. byline.Contributors, .. added] };
    }

    /// <summary>The longest place name read beside a credit.</summary>
    private const int MaxPlaceName = 40;

    /// <summary>
    /// The text of a byline whose items the markup alone sets apart, with a comma between them: two or more links or inline
    /// elements marked as authors ("&lt;span class=author&gt;"), or two or more block elements (a division, a paragraph, a
    /// list item), each holding text, with nothing but white space between them and at most a label before them ("By
    /// &lt;a&gt;Jane Roe&lt;/a&gt; &lt;a&gt;John Doe&lt;/a&gt;", "&lt;div&gt;Jane Roe&lt;/div&gt;&lt;div&gt;Madrid&lt;/div&gt;"), read through
    /// wrappers of one child. An item that names nobody alone (a credit word, "Von", "Author") joins the next one with a
    /// space; after a name, an item that is no name, post, organization or known place (a date, an update line, a button, a
    /// description) is left out. Null when the element is not so built, or nothing follows the first name.
    /// </summary>
    private static string? ListedText(IElement element, ElementText.Cache texts)
    {
        var list = element;
        while (list.ChildElementCount == 1 && !HasText(list))
        {
            list = list.FirstElementChild!;
        }

        if (list.ChildElementCount < 2)
        {
            return null;
        }

        var blocks = list.Children.All(c => c.LocalName is "div" or "p" or "li" or "dd" or "dt");
        var items = new List<string>(list.ChildElementCount);
        var marked = 0;
        string? conjunction = null;

        // Whether an element after the names was left out (a date, a button): the name before it stands alone; or was
        // read as the place of the name before it.
        var dropped = false;
        var placed = false;

        // The addresses of the links read as items: a second link to one of them is a "more" button, not an avatar's link before the name.
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list.ChildNodes)
        {
            string? item;
            if (node is IText { Data: var data })
            {
                if (string.IsNullOrWhiteSpace(data))
                {
                    continue;
                }

                // Only a label may stand as bare text before the items ("By <a>Jane Roe</a> <a>John Doe</a>"; a date there is
                // left out: "Published May 3"), and between them a comma or a conjunction ("<a>…</a> <a>…</a> and <a>…</a>").
                // After two items or more, other text ends the list ("in <a>Politics</a>", "· 5 min read").
                item = TextNormalizer.Collapse(data);

                // "Tekst <a>Floor van Leeuwen</a> Foto <a>Bram Hoekstra</a>": a credit's label printed bare, without its colon,
                // before a name or between names, labels the name after it.
                if (item.Trim(',', ' ', '|', '·') is var bare && BylineVocabulary.CreditLabels.ContainsKey(bare))
                {
                    items.Add(bare + ":");
                    continue;
                }

                if (items.Count > 0)
                {
                    var joint = item.Trim(',', ' ');
                    if (joint.Length == 0 || BylineVocabulary.Conjunctions.Contains(" " + joint + " ", StringComparer.OrdinalIgnoreCase)
                        || BylineVocabulary.LowercaseConjunctions.Contains(" " + joint + " ", StringComparer.Ordinal))
                    {
                        // "and" stays with the name after it ("and Tom Hale"), which the list reads as going on.
                        conjunction = joint.Length > 0 ? joint : null;
                        continue;
                    }

                    if (items.Count >= 2)
                    {
                        break;
                    }

                    return null;
                }

                if (item.Length > MaxListLabel || !BylineParser.Parse(item).IsEmpty)
                {
                    return null;
                }

                if (item.Any(char.IsDigit))
                {
                    continue;
                }
            }
            else if (node is IElement child)
            {
                if (texts.ShortOrNull(child, MaxBylineText) is not { } text)
                {
                    return null;
                }

                item = WithPlaceApart(child, text);
                item = ReferenceEquals(item, text) ? CardText(child) ?? text : item;

                // "<span class=byline-label>Tekst</span> <a>Floor van Leeuwen</a> <span class=byline-label>Foto</span> <a>…</a>":
                // a credit's label in an element of its own labels the name after it.
                if (BylineVocabulary.CreditLabels.ContainsKey(item.TrimEnd(':', ' ')))
                {
                    items.Add(item.TrimEnd(':', ' ') + ":");
                    continue;
                }

                // "<a href=/autor/jana-holm>Jana Holm</a> <a class=button href=/autor/jana-holm>Mehr</a>": a second link to the
                // same page, or a link styled as a button, after the names is the box's "more" button.
                if (child.LocalName == "a" && items.Count > 0 && (child.ClassName?.Contains("button", StringComparison.OrdinalIgnoreCase) == true
                    || child.ClassName?.Contains("btn", StringComparison.OrdinalIgnoreCase) == true
                    || (child.GetAttribute("href") is { Length: > 0 } href && linked.Contains(href))))
                {
                    dropped = true;
                    continue;
                }

                // "<span class=byline__name>Jane Roe</span> <span class=byline__location>Port Averly</span>": the place of the
                // name before it, marked as one, whatever words it holds.
                if (items.Count > 0 && IsPlaceElement(child) && !items[^1].Contains(" in ", StringComparison.Ordinal))
                {
                    items[^1] += " in " + item;
                    placed = true;
                    continue;
                }

                if (!blocks && child.LocalName != "a")
                {
                    // Inline items are links, or elements the page marks as one author each ("<span class=author>"); a
                    // label may open the list ("<span class=by>By</span>"), and after the names an element naming nobody
                    // (a date) and a button ("Share") are left out.
                    if (items.Count > 0 && (child.LocalName is "button" || ((IsInlineChild(child) || child.LocalName == "time") && !IsAuthorItem(child) && BylineParser.Parse(item).IsEmpty
                        && !IsTitleLine(item))))
                    {
                        dropped = true;
                        continue;
                    }

                    // "<a>Jane Roe</a><div>CBS Sports Writer</div>": a line of its own after the names, when it gives a title
                    // (an "About" button, a bio, a date is left out).
                    if (child.LocalName is "div" or "p" && items.Count > 0)
                    {
                        if (!IsTitleLine(item))
                        {
                            continue;
                        }
                    }
                    else if (IsInlineChild(child) && IsAuthorItem(child))
                    {
                        marked++;
                    }
                    else if (items.Count > 0 || item.Length > MaxListLabel || !BylineParser.Parse(item).IsEmpty)
                    {
                        return null;
                    }
                }
            }
            else
            {
                continue;
            }

            if (item.Length > 0)
            {
                items.Add(conjunction is null ? item : conjunction + " " + item);
                conjunction = null;
                if (node is IElement { LocalName: "a" } link && link.GetAttribute("href") is { Length: > 0 } itemHref)
                {
                    linked.Add(itemHref);
                }
            }
        }

        if (items.Count == 1 && (dropped || placed))
        {
            return items[0];
        }

        // "<span class=author>Jane</span> <span class=author>Roe</span>": parts of one name marked alike are no list (a
        // place is no part of a name: "<span class=byline__location>Kyiv</span>").
        if (items.Count < 2 || (marked > 0 && items.Any(i => !i.Contains(' ', StringComparison.Ordinal) && !CreditPlaces.IsPlace(i)
            && BylineParser.Parse(i) is { Contributors: [{ Kind: ContributorKind.Person }] })))
        {
            return null;
        }

        var joined = new System.Text.StringBuilder();
        var (named, set, labelled) = (false, false, false);

        // Whether the item last joined was a card's name and what it says of her ("Jane Roe, Associated Press"): a semicolon
        // sets the next name apart, where a comma would run it into the card ("Jane Roe, Associated Press, Tom Hale").
        var card = false;

        // The last item read as a name, which a post or a place in parentheses after it describes.
        string? lastName = null;
        foreach (var item in items)
        {
            var parsed = BylineParser.Parse(item);

            // "<a>Étienne Roussel</a> <span class=author__detail>(Lyon, correspondant)</span>": the post and place the name's
            // parentheses give, as printed on one line.
            if (named && lastName is not null && item.StartsWith('(') && IsNameDetail(lastName, item))
            {
                joined.Append(' ').Append(item);
                lastName = null;
                continue;
            }

            lastName = parsed.Contributors is [{ Kind: ContributorKind.Person }] ? item : null;
            if (!named || labelled)
            {
                // A credit word or a label joins the name after it: "By" "Jane Roe", "Author:" "Jane Roe", "Fotos:" "Jan Oster".
                joined.Append(joined.Length > 0 ? " " : string.Empty).Append(item);

                // A name after a second credit's label ("Foto:" "Bram Hoekstra") is a credit of its own: the list holds two.
                set |= named && labelled && !parsed.IsEmpty;
                named |= !parsed.IsEmpty;
                labelled = false;
                card = IsNameWithTitle(item, parsed);
                continue;
            }

            // "Jane Roe" "and John Doe": the list goes on.
            if (!parsed.IsEmpty && (BylineVocabulary.Conjunctions.Any(c => (" " + item).StartsWith(c, StringComparison.OrdinalIgnoreCase))
                || BylineVocabulary.LowercaseConjunctions.Any(c => (" " + item).StartsWith(c, StringComparison.Ordinal))))
            {
                joined.Append(' ').Append(item);
                set = true;
                continue;
            }

            // A second credit's label: "Text:" "Jana Holm" "Fotos:" "Jan Oster".
            if (parsed.IsEmpty && item.EndsWith(':'))
            {
                joined.Append(", ").Append(item);
                labelled = true;
                continue;
            }

            // After a name, each item is a name of two words or more, a credit of its own ("Übersetzung Jana Holm"), or what
            // describes the names: a post or an organization ("Senior Editor", "Seven News"), a known place ("Madrid",
            // "Lincoln, Neb."). Anything else names nobody and is left out: a date, an update line, a button or a section's
            // link ("Share", "Bio", "Politics", "Partager"), a description ("Member of the Harbour desk").
            if (!PersonNames.IsTitleWords(item.Split(' ', StringSplitOptions.RemoveEmptyEntries)) && !CreditOrganizations.IsAffiliation(item, out _)
                && (parsed.IsEmpty || (!(item.Contains(' ', StringComparison.Ordinal) && IsOneName(item, parsed)) && !IsNameInPlace(item, parsed) && !IsNameWithTitle(item, parsed)
                && !RoleCredits.OpensWithCredit(item) && !(item.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && BylineVocabulary.CreditLabels.ContainsKey(item[..colon]))
                && !CreditOrganizations.IsDeskPhrase(item.Split(' ', StringSplitOptions.RemoveEmptyEntries)) && !CreditPlaces.IsPlace(item))))
            {
                set = true;
                continue;
            }

            var isCard = IsNameWithTitle(item, parsed);
            joined.Append(card || isCard ? "; " : ", ").Append(item);
            card = isCard;
            set = true;
        }

        return named && set ? joined.ToString() : null;

        static bool HasText(IElement element) => element.ChildNodes.Any(n => n is IText { Data: var data } && !string.IsNullOrWhiteSpace(data));

        // Whether parentheses after a name give her post or place: "Jane Roe (Lyon, correspondant)" reads as the same person
        // with a title or a location.
        static bool IsNameDetail(string name, string detail) =>
            BylineParser.Parse(name) is { Contributors: [{ Kind: ContributorKind.Person, Name: var alone }] }
            && BylineParser.Parse(name + " " + detail) is { Contributors: [{ Kind: ContributorKind.Person } described] }
            && string.Equals(described.Name, alone, StringComparison.Ordinal) && (described.Location is not null || described.JobTitle is not null);

        // A name and nothing else, printed in capitals too ("TOM HALE", read as "Tom Hale").
        // "최도윤 기자": a name and the post a script without case writes glued after it counts as one name too.
        static bool IsOneName(string item, Byline parsed) =>
            BylineParser.ParseSingleName(item) is not null
            || (!item.Any(char.IsLower) && parsed.Contributors is [{ Kind: ContributorKind.Person, Name: var name }] && string.Equals(name, item, StringComparison.OrdinalIgnoreCase))
            || (!item.Any(char.IsLower) && parsed.Contributors is [{ Kind: ContributorKind.Person, Name: var named, JobTitle: { } post }]
                && string.Equals(item, named + " " + post, StringComparison.Ordinal));

        // A name and the place its element sets apart (WithPlaceApart): "Jane Roe in Kyiv".
        static bool IsNameInPlace(string item, Byline parsed) =>
            parsed.Contributors is [{ Kind: ContributorKind.Person, Location: { } place, Name: var name }]
            && string.Equals(item, name + " in " + place, StringComparison.Ordinal);

        // A card's name and title or place (CardText): "Tom Hale, City Hall Correspondent", "Tom Hale, Kyiv".
        static bool IsNameWithTitle(string item, Byline parsed) =>
            parsed.Contributors is [{ Kind: ContributorKind.Person, Name: var name } person]
            && (string.Equals(item, name + ", " + person.JobTitle, StringComparison.Ordinal) || string.Equals(item, name + ", " + person.Location, StringComparison.Ordinal)
                || string.Equals(item, name + ", " + person.Organization, StringComparison.Ordinal));

        static bool IsAuthorItem(IElement item) =>
            MarksAuthor(item.GetAttribute("class")) || MarksAuthor(item.GetAttribute("itemprop")) || MarksAuthor(item.GetAttribute("rel"));
    }

    /// <summary>A title, alone or after an outlet ("Senior Editor", "CBS Sports Writer").</summary>
    private static bool IsTitleLine(string item) =>
        PersonNames.IsTitleWords(item.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        || (CreditOrganizations.IsAffiliation(item, out var organization) && CreditOrganizations.JobTitleIn(item, organization) is not null);

    /// <summary>
    /// An author card's name and title, set apart by a comma as a printed byline sets them ("Tom Hale, City Hall
    /// Correspondent"): an item of a list whose text is two runs in elements of their own, a name alone and then a title
    /// ("&lt;div class=author-card&gt;&lt;a&gt;&lt;img&gt;&lt;/a&gt;&lt;div&gt;&lt;a&gt;Tom Hale&lt;/a&gt;&lt;p&gt;City Hall
    /// Correspondent&lt;/p&gt;&lt;/div&gt;&lt;/div&gt;"), a place, or an agency or a broadcaster; the name alone where the second run names nobody and
    /// is neither (a date, "12 articles"); null for any other item, read as its text is.
    /// </summary>
    private static string? CardText(IElement item)
    {
        if (item.ChildElementCount == 0)
        {
            return null;
        }

        string? name = null;
        string? title = null;
        foreach (var node in item.Descendants())
        {
            if (node is not IText { Data: var data } || string.IsNullOrWhiteSpace(data))
            {
                continue;
            }

            // Each run is the whole text of the element holding it: a name and a title split within one element ("Tom
            // <b>Hale</b>") are no card.
            if (node.ParentElement is not { } holder || holder == item || title is not null
                || TextNormalizer.CollapseOrNull(holder.TextContent) is not { } run || run != TextNormalizer.Collapse(data))
            {
                return null;
            }

            (name, title) = name is null ? (run, null) : (name, run);
        }

        if (name is null || title is null || BylineParser.ParseSingleName(name) is null)
        {
            return null;
        }

        // "Elin Bergqvist" over "Text", "Johan Lind" over "Foto": the card's role, a credit's label printed after the name.
        if (BylineVocabulary.CreditLabels.ContainsKey(title.TrimEnd(':', ' ')))
        {
            return title.TrimEnd(':', ' ') + ": " + name;
        }

        // The title or place as the parser reads one after a name ("Jane Roe, Senior Transport Reporter", "Jane Roe, Kyiv"),
        // or her agency or broadcaster ("Jane Roe, Associated Press"); any other line naming nobody (a date, "12 articles", a beat the parser takes for no title) leaves the name alone.
        var card = name + ", " + title;
        if (BylineParser.Parse(card).Contributors is [{ Kind: ContributorKind.Person } person] && (person.JobTitle == title || person.Location == title
            || (person.Organization == title && (NewsAgencies.IsAgency(title) || CreditOrganizations.IsOrganizationName(title)))))
        {
            return card;
        }

        return BylineParser.Parse(title).Contributors.Any(c => c.Kind == ContributorKind.Person) ? null : name;
    }

    /// <summary>How long the label opening a list of names may be ("By", "Autoren:", "Text und Fotos:").</summary>
    private const int MaxListLabel = 24;

    /// <summary>
    /// The name an author box prints as its heading (an h2–h6 of a name alone, the box holding more text after it: a
    /// biography); null when the element is no such box.
    /// </summary>
    private static string? BoxHeadingName(IElement box, IElement heading, ElementText.Cache texts)
    {
        if (texts.ShortOrNull(heading, MaxBoxName) is not { Length: > 0 } name
            || texts.ShortOrNull(box, MaxBylineText) is { } whole && whole.Length <= name.Length + MinBiography)
        {
            return null;
        }

        return BylineParser.ParseSingleName(name) is null ? null : name;
    }

    /// <summary>How long an author box's heading may be to hold a name alone.</summary>
    private const int MaxBoxName = 60;

    /// <summary>How much more text than its heading an author box holds: a biography, not a credit line.</summary>
    private const int MinBiography = 30;

    private readonly record struct Candidate(IElement Element, Byline Byline, double Score);

    /// <summary>Where the printed byline this page proposed sits: whether in the article's own header. Per page, set once by this extractor.</summary>
    internal sealed class PrintedPlace
    {
        /// <summary>Whether the printed byline opens the article (see <see cref="ArticleHeader.Opens"/>).</summary>
        public bool InHeader { get; set; }
    }
}
