using System.Text.RegularExpressions;
using NewsModel.Blocks;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Reads the writer's signature printed at the end of the article body, when nothing else credits the article:
/// a person's name in parentheses closing the last paragraph ("… bleibt spannend. (Jane P. Roe)"), or a line that
/// holds only the writer's name or sign-off ("Jane Roe", "— Jane"), last or followed by one short line (a date, a
/// post). Failing that, a closing credit line, kept last or dropped by the body reader as furniture ("Von Jane Roe",
/// "Quelle: dpa"), also as <see cref="ArticleSources.BodySignature"/>; failing that, a signature with a journalist's post
/// and an e-mail address ("정하늘 기자 sky@example.kr"), as well; failing that, news agencies credited in the
/// dateline opening the body ("Hamburg (dpa) –", "SPRINGFIELD, Ill. (AP) —"), as <see cref="ArticleSources.BodyDateline"/>.
/// Below every other byline source.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. Runs after the body reader. Initials ("(jr)"), agencies ("(dpa)"), places, parties,
/// picture credits and notes ("(Symbolbild)", "(Quelle: …)") in parentheses are not signatures; a lone line must read
/// as a person's name.
/// </remarks>
public sealed class BodySignatureExtractor : IArticleExtractor
{
    private const int MaxSignatureLength = 40;
    private const int MaxCreditLine = 100;
    private const int MaxSignOffLine = 250;

    // Labels of a source line: "Quelle: dpa", "Source: AP".
    private static readonly HashSet<string> SourceLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "quelle", "quellen", "source", "sources", "fuente", "fuentes", "fonte", "fonti", "źródło", "bron", "kilde", "källa", "lähde", "kaynak", "источник",
        "джерело", "zdroj", "izvor", "извор", "forrás", "sursa", "източник", "منبع", "المصدر", "مصدر", "מקור",
    };

    // "Hamburg (dpa/lno) –", "WASHINGTON (AP) —", "FRANKFURT (Reuters):", "SPRINGFIELD, Ill. (AP) —": place of one to
    // four words, maybe its region or country after a comma, credit, dash.
    // The day may stand between the place and the credit ("NEW DELHI, Nov 14 (PTI) -", "MADRID, 14 nov (EFE).-"), the
    // country in brackets after the place ("New Delhi [India], Nov 14 (ANI):"); with the day there and a place known as
    // one, a colon after a place not in capitals and no mark at all ("New Delhi, Nov 14 (IANS) The …", as Indian agencies
    // print it) are a dateline too (see Dateline).
    private static readonly Regex DatelinePattern = new(
        @"^(?<place>\p{Lu}[\p{L}.'’/-]*(\s+\p{L}[\p{L}.'’/-]*){0,3}(,\s+\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,2})?)(?<country>\s+\[\p{Lu}\p{L}{1,20}(\s\p{Lu}\p{L}{1,20})?\]|\s+\(\p{Lu}[\p{L}.]{1,12}\))?(?<day>,?\s+(\p{L}{3,10}\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}{3,10}\.?)(\s+\d{4})?)?\s*\((?<credit>[^()]{2,30})\)\s*((?<mark>[-–—:]|\.[-–—])\s|\s\p{Lu})",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    // The agency after the place and a dash, then a period ("МОСКВА, 14 ноя — РИА Новости.", "KYIV, 14 November — Ukrinform."),
    // between slashes (ТАСС: "МОСКВА, 14 ноября. /ТАСС/."), or after a place in a script without capitals and a hyphen
    // ("دمشق-سانا", "تهران- ایرنا-").
    private static readonly Regex AgencyAfterPlacePattern = new(
        @"^(?<place>\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,2})(,\s+\d{1,2}\s+\p{L}{3,10}\.?(\s+\d{4})?)?(\s+[-–—]\s+(?<credit>\p{Lu}[\p{L} -]{1,28})\.|\.?\s+/(?<credit>[^/]{2,20})/\.?)\s",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    // The agency opening the paragraph in brackets, then a dash ("(ANSA) - ROMA, 14 OTT - …"), or after a place in a script
    // without capitals ("باريس (أ ف ب) - …", "دمشق (رويترز) -").
    private static readonly Regex AgencyFirstPattern = new(
        @"^\((?<credit>[^()]{2,30})\)\s*[-–—]\s",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex UncasedBracketDatelinePattern = new(
        @"^(?<place>[\p{Lo}\p{Mn}\u200C]{2,20}(\s[\p{Lo}\p{Mn}\u200C]{2,20})?)\s*\((?<credit>[^()]{2,30})\)\s*[-–—:]\s",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex UncasedDatelinePattern = new(
        @"^(?<place>[\p{Lo}\p{Mn}\u200C]{2,20}(\s[\p{Lo}\p{Mn}\u200C]{2,20})?)\s*[-–]\s*(?<credit>[\p{Lo}\p{Mn}\u200C]{2,20})\s*(?<dash>[-–])?(\s|$)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    // Lower-case words a place's name may hold between capitalised ones ("Frankfurt am Main", "Rio de Janeiro").
    private static readonly HashSet<string> PlaceConnectors = new(StringComparer.Ordinal)
    {
        "am", "an", "der", "de", "del", "di", "da", "do", "dos", "das", "la", "le", "les", "sur", "upon", "on", "im", "in", "ob", "bei", "en", "y",
    };

    // Capitalised words that open a sentence, not a place's name: "Laut Reuters (AP) –", "Nach Angaben (dpa) –".
    private static readonly HashSet<string> NonPlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "laut", "nach", "wie", "mit", "bei", "auch", "und", "oder", "aber", "für", "gegen", "über", "unter", "seit", "während", "wegen", "trotz",
        "ohne", "zu", "zur", "zum", "dem", "den", "der", "des", "ein", "eine", "einer", "die", "das", "dies", "diese", "es", "er", "sie", "wir", "ich", "sagte",
        "according", "despite", "with", "from", "after", "before", "for", "per", "and", "or", "but", "the", "this", "that", "said", "says", "as",
        "según", "segun", "con", "para", "tras", "selon", "avec", "pour", "après", "avant", "secondo", "dopo", "prima", "volgens", "ifølge", "enligt",
        "według", "po", "przed", "согласно", "по",
    };

    /// <inheritdoc />
    public string Name => "body-signature";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.TryGetBest(ArticleFields.Body, out var body))
        {
            return;
        }

        var texts = LastLines(body, out var lastAfterProse);
        var site = SiteNames.Get(context);
        var closing = Content.ClosingLines.Of(context).Lines;
        if (context.GetCandidates(ArticleFields.Byline) is { Count: > 0 } candidates)
        {
            AddClosingCredits(context, candidates[0], texts.Take(1).Concat(closing), site);
            return;
        }

        if (Signature(texts) is { } name && BylineParser.ParseSingleName(name) is { } byline && !site.NamesSite(name))
        {
            context.Propose(ArticleFields.Byline, byline, ArticleSources.BodySignature);
            return;
        }

        // "…と述べた。（ニューヨーク=山田太郎）": a Japanese or Chinese article's writer in brackets after its last sentence.
        if (texts.Count > 0 && EastAsianCredits.Closing(texts[0]) is { } closingCredit)
        {
            context.Propose(ArticleFields.Byline, closingCredit, ArticleSources.BodySignature);
            return;
        }

        // The closing credit the body reader dropped as furniture ("Von Jane Roe", "Quelle: dpa"), or a source line kept last.
        // A source line counts only after prose: below a table or a figure it credits the chart or the picture.
        foreach (var (line, afterProse) in texts.Take(1).Select(t => (t, lastAfterProse)).Concat(closing.Select(c => (c, true))))
        {
            if (ClosingCredit(line, afterProse) is { } credit && credit.Contributors.Where(c => !site.NamesSite(c.Name)).ToArray() is { Length: > 0 } kept)
            {
                context.Propose(ArticleFields.Byline, credit with { Contributors = kept }, ArticleSources.BodySignature);
                return;
            }
        }

        // "Jane Roe, columnist jane@example.com", "홍길동 기자 hong@example.com": a name beside a journalist's post and an e-mail address.
        if (RoleSignatureOf(context, body, closing) is { } signed && !site.NamesSite(signed.Contributors[0].Name))
        {
            context.Propose(ArticleFields.Byline, signed, ArticleSources.BodySignature);
            return;
        }

        // The first paragraph, past pictures, embeds and headings (the headline the body kept, a kicker).
        // Where the first is the dek the body kept and holds no dateline ("Nach zwei schwachen Jahren …"), the next one ("Hamburg
        // (dpa) - …"); a first paragraph that is the page's description and opens with the dateline is read as it is.
        var paragraphs = body.Where(b => b is not FigureBlock and not EmbedBlock and not HeadingBlock).Take(2).ToList();
        if (paragraphs.Count > 0 && paragraphs[0] is ParagraphBlock first)
        {
            var firstText = first.ToPlainText();
            var agencies = Dateline(firstText);
            if (agencies is null && paragraphs.Count > 1 && paragraphs[1] is ParagraphBlock second
                && context.TryGetBest(ArticleFields.Description, out var description) && TextNormalizer.CollapseOrNull(description) is { } dek
                && TextNormalizer.CollapseOrNull(firstText) == dek)
            {
                agencies = Dateline(second.ToPlainText());
            }

            if (agencies is not null)
            {
                context.Propose(ArticleFields.Byline, agencies, ArticleSources.BodyDateline);
            }
        }
    }

    /// <summary>
    /// Adds to the chosen byline the people a closing credit line names in a role besides the writing ("Additional reporting
    /// by Jane Roe; Editing by Tom Hill", "Reporting by Jane Roe; Editing by Tom Hill" under "By John Doe", "Jane Roe
    /// contributed to this report.", "Translated by …"): reporters, contributors, editors, translators, photographers the
    /// byline does not name yet. A line that credits a writer the byline does not name is another account of the
    /// authorship, and adds nothing; nor does a line of agencies only, unless it credits their copy ("Con información de
    /// EFE."). A person the byline names without a place gets the place the line gives her ("Reporting by Jane Roe in
    /// Warsaw"). The byline keeps its source.
    /// </summary>
    private static void AddClosingCredits(ExtractionContext context, FieldCandidate<Byline> winner, IEnumerable<string> lines, SiteNames site)
    {
        var known = winner.Value.Contributors.Select(c => SiteNames.Fold(c.Name)).ToHashSet(StringComparer.Ordinal);
        List<Contributor>? added = null;

        // "Reporting by Jane Roe in Warsaw" under "By Jane Roe": the place the closing line gives a person the byline names without one.
        var contributors = winner.Value.Contributors.ToArray();
        var placed = false;
        foreach (var line in lines)
        {
            // Agencies alone add to the byline only as the copy it drew on ("Con información de EFE."), not as its source or
            // writer ("Quelle: dpa", "Reuters").
            if (ClosingCredit(line) is not { } credit
                || credit.Contributors.All(c => c.Kind == ContributorKind.Organization) && credit.Contributors.Any(c => c.Role != ContributorRole.Contributor))
            {
                continue;
            }

            var extras = credit.Contributors.Where(c => !known.Contains(SiteNames.Fold(c.Name)) && !site.NamesSite(c.Name)).ToArray();
            if (extras.Any(c => c.Role == ContributorRole.Author))
            {
                continue;
            }

            foreach (var same in credit.Contributors.Where(c => c is { Kind: ContributorKind.Person, Location: not null }))
            {
                var index = Array.FindIndex(contributors, c => c is { Kind: ContributorKind.Person, Location: null } && SiteNames.Fold(c.Name) == SiteNames.Fold(same.Name));
                if (index >= 0)
                {
                    contributors[index] = contributors[index] with { Location = same.Location };
                    placed = true;
                }
            }

            foreach (var extra in extras)
            {
                if (known.Add(SiteNames.Fold(extra.Name)))
                {
                    (added ??= []).Add(extra);
                }
            }
        }

        if (added is not null || placed)
        {
            context.Propose(ArticleFields.Byline, winner.Value with { Contributors = [.. contributors, .. added ?? []] }, winner.Source, winner.Priority + 1);
        }
    }

    /// <summary>The last lines of the body, last first (up to three), and whether prose precedes the last one.</summary>
    private static List<string> LastLines(IReadOnlyList<Block> body, out bool lastAfterProse)
    {
        var texts = new List<string>(3); // the last lines of the body, last first
        lastAfterProse = false; // whether text precedes the last line: an earlier line of its paragraph, or a paragraph right before it
        for (var i = body.Count - 1; i >= 0 && texts.Count < 3; i--)
        {
            if (body[i] is FigureBlock or EmbedBlock)
            {
                continue;
            }

            if (body[i] is not ParagraphBlock)
            {
                break;
            }

            // A line break inside a paragraph parts the signature from the text or from the writer's post too.
            var lines = body[i].ToPlainText().Split('\n');
            for (var j = lines.Length - 1; j >= 0 && texts.Count < 3; j--)
            {
                if (TextNormalizer.CollapseOrNull(lines[j]) is { } line)
                {
                    if (texts.Count == 0)
                    {
                        // An earlier line counts when it is prose: "Stand: 2022" over "Quelle: dpa" below a table is the table's note.
                        lastAfterProse = lines.Take(j).Any(l => l.Trim().Length >= 60 || (l.Trim().Length > 0 && EndsSentence(l.Trim())))
                            || (j == 0 && i > 0 && body[i - 1] is ParagraphBlock);
                    }

                    texts.Add(line);
                }
            }
        }

        return texts;
    }

    /// <summary>
    /// A closing credit line: a byline ("Von Jane Roe", "By Jane Roe and John Doe") or, after prose, a source line naming
    /// news agencies ("Quelle: dpa", "Source: AP/Reuters"). Null for anything else, a sentence and a source line naming
    /// anybody else included (a picture's or a study's source is not the writer).
    /// </summary>
    /// <param name="line">The line.</param>
    /// <param name="afterProse">Whether the line follows a paragraph (not a table, a chart or a picture).</param>
    internal static Byline? ClosingCredit(string line, bool afterProse = true)
    {
        // A wire sign-off of several roles runs longer than a byline ("Reporting by Jane Roe in London; Additional
        // reporting by John Doe in Amsterdam; Editing by Tom Hill").
        if (line.Length > MaxCreditLine && (line.Length > MaxSignOffLine || !RoleCredits.OpensWithRoleLabel(line, out _)))
        {
            return null;
        }

        if (Content.BoilerplateText.IsByline(line))
        {
            // A sentence is no credit ("Von Berlin Hauptbahnhof fahren dann stündlich Züge."), and only full names
            // count: "Von Marta" may as well close a letter ("from Marta") as credit a writer.
            return !ReadsAsSentence(line) && BylineParser.Parse(line) is { IsEmpty: false } byline
                && byline.Contributors.All(c => c.Kind == ContributorKind.Organization || c.Name.Contains(' ', StringComparison.Ordinal)) ? byline : null;
        }

        if (SourceCredit(line) is { } source)
        {
            return afterProse ? AgencyCredit(source, line) : null;
        }

        if (AgencyMaterialCredit(line) is { } material)
        {
            return material;
        }

        // "— AFP", "– dpa/Reuters": a dash and agencies alone, signing off the prose above it as a wire's copy.
        if (afterProse && line.Length > 2 && line[0] is '—' or '–' && line.TrimStart('—', '–', ' ').TrimEnd('.', ' ') is { Length: > 1 } signedAgency
            && AgencyCredit(signedAgency, line) is { } wire)
        {
            return wire;
        }

        // "— With reporting by Mei Tanaka.": a dash before a role's credit sets the line apart, as italics do.
        if (line.Length > 2 && line[0] is '—' or '–' && line.TrimStart('—', '–', ' ') is var undashed && RoleCredits.OpensWithRoleLabel(undashed, out _))
        {
            return ClosingCredit(undashed, afterProse) is { } dashed ? dashed with { Text = line } : null;
        }

        // "Writing by Jane Roe; Editing by Tom Hill", "Підготувала Олена Коваль", "Muhabir: Ayşe Yılmaz": a role's credit word
        // or label opens the line; "Jane Roe contributed to this report."; "— Jane Roe, with AFP": a signed dash.
        var signedDash = line.Length > 2 && line[0] is '—' or '–' && line.Contains(',', StringComparison.Ordinal);
        var credit = RoleCredits.OpensWithRoleLabel(line, out _) || IsAgencyNewsroom(line) ? line
            : ContributedReporting(line) is { } contributed ? contributed
            : signedDash ? "By " + line.TrimStart('—', '–', ' ')
            : null;
        return credit is not null && !ReadsAsSentence(credit) && BylineParser.Parse(credit) is { IsEmpty: false } parsed
            && parsed.Contributors.Any(c => c.Role is ContributorRole.Author or ContributorRole.Reporter or ContributorRole.Contributor or ContributorRole.Editor)
            && parsed.Contributors.All(c => c.Kind == ContributorKind.Organization || IsFullName(c.Name))
            // A signed dash credits the article only beside an agency ("— Jane Roe, with AFP"; not a quote's "— Martin
            // Luther King Jr., 1963" nor a letter's "— Jane Roe, Springfield").
            && (!signedDash || parsed.Contributors.Any(c => c.Kind == ContributorKind.Organization && NewsAgencies.IsAgency(c.Name)))
            ? parsed with { Text = line }
            : null;
    }

    /// <summary>"Источник: ТАСС", "Zdroj: ČTK", "Quelle: dpa": a source's label, then news agencies and nothing else.</summary>
    internal static bool IsAgencySourceLine(string line) =>
        SourceCredit(line) is { } source && NewsAgencies.MatchCredit(source.Trim().TrimEnd('.')) is not null;

    /// <summary>
    /// A source line whose label stands in an element of its own, without its colon ("&lt;div&gt;Quelle&lt;/div&gt;&lt;div&gt;dpa&lt;/div&gt;":
    /// "Quelle dpa"), with its colon put back ("Quelle: dpa"); null for any other text, a colon's line included.
    /// </summary>
    internal static string? LabelledAgencySource(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && line.IndexOfAny([':', '：']) < 0 && SourceLabels.Contains(line[..space]) && line[(space + 1)..].Trim() is { Length: > 0 } rest
            && NewsAgencies.MatchCredit(rest.TrimEnd('.')) is not null
            ? line[..space] + ": " + rest
            : null;
    }

    /// <summary>What a source's label ("Quelle:", "Источник:", "المصدر:") is followed by; null when no such label opens the line.</summary>
    private static string? SourceCredit(string line)
    {
        var colon = line.IndexOfAny([':', '：']);
        return colon > 0 && SourceLabels.Contains(line[..colon].Trim()) ? line[(colon + 1)..] : null;
    }

    /// <summary>"Redazione ANSA", "Redazione ANSA ROMA": an agency's newsroom, maybe with its town, credits the agency.</summary>
    private static bool IsAgencyNewsroom(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 2 or 3 } words && char.IsUpper(words[0][0])
        && BylineVocabulary.CollectiveWords.Contains(words[0]) && NewsAgencies.IsAgency(words[1]);

    /// <summary>
    /// "Jane Roe contributed to this report.", "Jane Roe and Tom Hill contributed reporting from Paris.": the credit of the
    /// names before the phrase as "Additional reporting by …"; null for anything else.
    /// </summary>
    private static string? ContributedReporting(string line)
    {
        foreach (var phrase in ContributedPhrases)
        {
            var at = line.IndexOf(phrase, StringComparison.Ordinal);
            if (at > 0 && line[..at].Trim() is { Length: > 0 } names && char.IsUpper(names[0])
                && (at + phrase.Length == line.Length || line[(at + phrase.Length)..].TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: <= 4 } rest
                    && (rest.Length == 0 || rest[0] is "from" or "in")))
            {
                // "Associated Press writer Tomas Greer in Atlanta": the agency's post before the names.
                names = WithoutAgencyPost(names);

                // "… contributed reporting from Tucson": where the names reported from, unless they say it themselves.
                var from = line[(at + phrase.Length)..].TrimEnd('.', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var place = from is [("from" or "in"), .. var town] && town.Length is >= 1 and <= 3 && town.All(w => char.IsUpper(w[0]))
                    && !names.Contains(" in ", StringComparison.Ordinal) ? " in " + string.Join(' ', town) : string.Empty;

                // "Fox News’ Jane Roe": the outlet's possessive before the name, as "Jane Roe of Fox News".
                return "Additional reporting by " + OutletPossessive.Replace(names, "${name} of ${outlet}") + place;
            }
        }

        return null;
    }

    /// <summary>"Associated Press writer Tomas Greer" → "Tomas Greer": an agency's name and a post before the names.</summary>
    private static string WithoutAgencyPost(string names)
    {
        var words = names.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var post = 1; post < Math.Min(words.Length - 1, 5); post++)
        {
            if (AgencyPosts.Contains(words[post]) && NewsAgencies.Match(string.Join(' ', words[..post])) is not null)
            {
                return string.Join(' ', words[(post + 1)..]);
            }
        }

        return names;
    }

    private static readonly HashSet<string> AgencyPosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "photographer", "journalist", "journalists",
    };

    // "Fox News’ Jane Roe", "CNN's Jane Roe": an outlet of up to four capitalised words, its possessive, a name of two to four.
    private static readonly Regex OutletPossessive = new(
        @"(?<outlet>\p{Lu}[\p{L}.&-]*(\s\p{Lu}[\p{L}.&-]*){0,3})(’s|'s|’|')\s(?<name>\p{Lu}\p{L}+(\s\p{Lu}[\p{L}.'’-]*){1,3})",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    // What follows the names in a closing contribution credit.
    private static readonly string[] ContributedPhrases = [" contributed to this report", " contributed reporting", " contributed to this article", " also contributed"];

    /// <summary>A person's name of two words or more, or of one word of a script without case or capitals (Arabic, Hebrew, Korean).</summary>
    private static bool IsFullName(string name) =>
        name.Contains(' ', StringComparison.Ordinal) || PersonNames.IsOneWordFullName(name);

    /// <summary>
    /// The writer's signature with a post and an e-mail address, at the end of the article: in the body's last lines
    /// (tables and figures after them aside), in the closing lines the body reader dropped, or printed around an e-mail
    /// link after the headline and outside page furniture (the body reader drops such a line as a link). Null when none,
    /// or when the links sign with different names (a list of the staff).
    /// </summary>
    private static Byline? RoleSignatureOf(ExtractionContext context, IReadOnlyList<Block> body, IReadOnlyList<string> closing)
    {
        var lines = new List<string>(4);
        for (var i = body.Count - 1; i >= 0 && lines.Count < 4; i--)
        {
            if (body[i] is FigureBlock or EmbedBlock or TableBlock)
            {
                continue;
            }

            if (body[i] is not ParagraphBlock)
            {
                break;
            }

            var split = body[i].ToPlainText().Split('\n');
            for (var j = split.Length - 1; j >= 0 && lines.Count < 4; j--)
            {
                if (TextNormalizer.CollapseOrNull(split[j]) is { } line)
                {
                    lines.Add(line);
                }
            }
        }

        foreach (var line in lines.Concat(closing))
        {
            if (RoleSignature(line) is { } byline)
            {
                return byline;
            }
        }

        Byline? found = null;
        var headline = PageLayout.Of(context).Headline;

        // A tips box beside the article ("Get in touch: columnist ... mailto:") signs nothing: only an address inside the
        // article or main element that holds the headline counts.
        var articleRoot = headline?.Closest("article") ?? headline?.Closest("main");
        foreach (var anchor in context.Index.Anchors)
        {
            if (!anchor.Href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                || (headline is not null && (headline.CompareDocumentPosition(anchor.Element) & AngleSharp.Dom.DocumentPositions.Following) == 0)
                || ArticleHeader.Of(context).IsFurniture(anchor.Element) || PageRegions.IsInComments(anchor.Element)
                || anchor.Element.Closest("aside") is not null || (articleRoot is not null && !articleRoot.Contains(anchor.Element))
                || RoleSignature(LineAround(anchor.Element)) is not { } byline)
            {
                continue;
            }

            if (found is not null && !string.Equals(found.Contributors[0].Name, byline.Contributors[0].Name, StringComparison.Ordinal))
            {
                return null;
            }

            found ??= byline;
        }

        return found;
    }

    /// <summary>The text printed on the line of an element: its siblings' text back to the previous and on to the next line break or block.</summary>
    private static string LineAround(AngleSharp.Dom.IElement element)
    {
        var before = new List<string>();
        var length = 0;
        for (var node = element.PreviousSibling; node is not null && length <= MaxCreditLine && !BreaksLine(node); node = node.PreviousSibling)
        {
            var text = node.TextContent;
            before.Add(text);
            length += text.Length;
        }

        var after = new List<string>();
        for (var node = element.NextSibling; node is not null && length <= MaxCreditLine && !BreaksLine(node); node = node.NextSibling)
        {
            var text = node.TextContent;
            after.Add(text);
            length += text.Length;
        }

        before.Reverse();
        return TextNormalizer.Collapse(string.Concat(before) + element.TextContent + string.Concat(after));

        static bool BreaksLine(AngleSharp.Dom.INode node) =>
            node is AngleSharp.Dom.IElement { LocalName: not ("a" or "span" or "b" or "strong" or "em" or "i" or "font" or "small") };
    }

    /// <summary>
    /// "정덕현 칼럼니스트 jdh@example.com", "칼럼니스트 박생강 pg@example.com", "Jane Roe, Columnist, jane@example.com": a
    /// name, a journalist's post before or after it (her job title), and an e-mail address last. The name is a person's as
    /// <see cref="IsPersonName"/> reads it, or one word of two to five characters of a script without case (Korean, Chinese, Japanese).
    /// </summary>
    internal static Byline? RoleSignature(string line)
    {
        if (line.Length > MaxCreditLine || line.IndexOf('@', StringComparison.Ordinal) < 0 || IsContactLine(line))
        {
            return null;
        }

        // "워싱턴/배수아 특파원 sea@…", "[김바다 한빛대 교수] …@…": read by the grammar of Korean, Chinese and Japanese credits,
        // one writer with her post.
        if (EastAsianCredits.Applies(line))
        {
            return EastAsianCredits.Parse(line) is { Contributors: [{ Kind: ContributorKind.Person, JobTitle: not null }] } eastAsian
                ? eastAsian with { Text = line, Contributors = BylineParser.WithPrintedEmails(line, eastAsian.Contributors) } : null;
        }

        var tokens = line.Split([' ', ',', '=', '|', '/', '·', '(', ')', '[', ']'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 3 or > 7 || !IsEmail(tokens[^1].TrimEnd('.', ';')))
        {
            return null;
        }

        var words = tokens[..^1];
        var start = 0;
        while (start < words.Length && RoleWords.Contains(words[start]))
        {
            start++;
        }

        var end = words.Length;
        if (start == 0)
        {
            while (end > 0 && RoleWords.Contains(words[end - 1]))
            {
                end--;
            }
        }

        // The post stands on one side of the name, and names a journalist's post, not only a modifier ("Senior").
        var role = start > 0 ? words[..start] : words[end..];
        if (role.Length == 0 || role.All(Modifiers.Contains) || end <= start)
        {
            return null;
        }

        // An agency's name after the post ("خبرنگار ایرنا", IRNA's reporter) names no person.
        var name = string.Join(' ', words[start..end]);
        var person = (end - start == 1 && IsUncasedName(name) || IsPersonName(name, minWords: 2)) && NewsAgencies.Match(name) is null;
        // The post is her title as printed, in the page's order ("Senior Columnist", "칼럼니스트").
        return person && ContributorNames.Clean(name) is not null
            ? new Byline { Text = line, Contributors = [new Contributor(name) { JobTitle = string.Join(' ', role), Email = ContributorNames.Email(tokens[^1]) }] }
            : null;

        static bool IsEmail(string token)
        {
            var at = token.IndexOf('@', StringComparison.Ordinal);
            return at > 0 && token.IndexOf('.', at) > at + 1 && token.IndexOf('@', at + 1) < 0 && !token.Contains("://", StringComparison.Ordinal);
        }
    }

    /// <summary>A name written in one word of a script without case (<see cref="PersonNames.IsOneWordFullName"/>), not a newsroom's desk.</summary>
    private static bool IsUncasedName(string word) => PersonNames.IsOneWordFullName(word) && !EastAsianCredits.IsDesk(word);

    /// <summary>Words that label a contact line rather than sign a piece ("Get in touch:", "Press contact:", "Tips:").</summary>
    private static readonly string[] ContactLabels = ["contact", "in touch", "tips", "tip line", "kontakt", "contacto", "contatto", "press office", "media enquiries", "문의", "제보"];

    private static bool IsContactLine(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        var label = colon > 0 ? line[..colon] : line;
        return ContactLabels.Any(l => label.Contains(l, StringComparison.OrdinalIgnoreCase));
    }

    // The qualifiers a signature prints with a post, fewer than BylineVocabulary.TitleModifiers: those also hold desks and
    // surnames ("Business", "Head", "Lead"), which a signature's name may end with ("Tom Head, Reporter, tom@...").
    private static readonly HashSet<string> Modifiers = new(StringComparer.OrdinalIgnoreCase) { "staff", "senior", "special", "chief", "guest", "freelance" };

    // A journalist's post as signatures print it, and the words that may qualify it ("Staff Writer", "Senior Correspondent").
    private static readonly HashSet<string> RoleWords = new(BylineVocabulary.JournalistPosts.Concat(Modifiers), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Hamburg (dpa) – …", "WASHINGTON (AP) — …", "Berlin/Paris (dpa/AFP) - …", "FRANKFURT (AFP): …": a place of one to
    /// four capitalised words (or words in capitals; "am", "de" and the like between them), the credit in parentheses,
    /// then a dash, or a colon after a place in capitals. Null unless the credit names news agencies only, and when the
    /// opening reads as a sentence ("Laut Reuters (AP) –").
    /// </summary>
    internal static Byline? Dateline(string text)
    {
        if (EastAsianCredits.Lead(text) is { } eastAsian)
        {
            return eastAsian;
        }

        var lead = text.Length > 200 ? text[..200] : text;

        // "به گزارش ایرنا، …", "به گزارش خبرگزاری مهر، …": Persian wire copy opens with its agency's report.
        const string ReportOf = "به گزارش ";
        if (lead.StartsWith(ReportOf, StringComparison.Ordinal) && lead.IndexOfAny(['،', ','], ReportOf.Length) is var comma and > 0 && comma - ReportOf.Length <= 40
            && AgencyCredit(lead[ReportOf.Length..comma].Trim(), lead[ReportOf.Length..comma].Trim()) is { } reported)
        {
            return reported;
        }

        var match = DatelinePattern.Match(lead);
        if (!match.Success)
        {
            // Agencies only: an agency opening the paragraph, a place and an agency read so name nothing else.
            var opening = AgencyFirstPattern.Match(lead) is { Success: true } first ? first : UncasedBracketDatelinePattern.Match(lead);
            if (opening.Success && AgencyCredit(opening.Groups["credit"].Value.Trim(), opening.Groups["credit"].Value.Trim()) is { } openingCredit)
            {
                return openingCredit;
            }

            if (AgencyAfterPlacePattern.Match(lead) is { Success: true } after && !NonPlaceWords.Contains(after.Groups["place"].Value.Split(' ')[0]))
            {
                return AgencyCredit(after.Groups["credit"].Value.Trim(), after.Groups["credit"].Value.Trim());
            }

            // In a script without capitals nothing tells a place from a topic ("زوج‌های جوان - وام ازدواج …": "loan", not WAM):
            // a known city, or a dash after the agency too ("تهران- ایرنا-").
            return UncasedDatelinePattern.Match(lead) is { Success: true } uncased
                && (uncased.Groups["dash"].Success || BylineVocabulary.Cities.Contains(uncased.Groups["place"].Value.Trim()))
                ? AgencyCredit(uncased.Groups["credit"].Value.Trim(), uncased.Groups["credit"].Value.Trim())
                : null;
        }

        var place = match.Groups["place"].Value;
        var words = place.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        // The opening word decides whether this is a sentence ("Laut Reuters (AP) –", "Der Sprecher (dpa) –"); later
        // lower-case words may only join a place's name ("Frankfurt an der Oder", "Rio das Ostras").
        if ((NonPlaceWords.Contains(words[0]) && !BylineVocabulary.IsKnownCity(BylineText.TitleCase(place), namesToo: true)) || NewsAgencies.Match(place) is not null)
        {
            return null;
        }

        for (var i = 0; i < words.Length; i++)
        {
            var inside = i > 0 && i < words.Length - 1;
            if (!(char.IsUpper(words[i][0]) || (inside && PlaceConnectors.Contains(words[i]))))
            {
                return null;
            }
        }

        // A colon follows only a place in capitals ("FRANKFURT (AFP):", not "Kommentar (dpa):"), and a mark must follow the
        // credit ("Berlin (dpa) Die …" is as often a sentence's subject with a note). With the day printed, either may be
        // missing where the place is known or set apart as one: a known city, or with its country in brackets ("New Delhi,
        // Nov 14 (IANS) The …", "Kochi [India], Nov 14 (ANI): …"; not "Biology, May 6 (AP) The exam …", nor in capitals).
        var capitals = place.Where(char.IsLetter).All(char.IsUpper);
        var relaxed = !match.Groups["mark"].Success || (match.Groups["mark"].Value == ":" && !capitals);
        // There an agency known by its acronym must be printed so ("(Ani)" is a given name, "(ANI)" the agency).
        var credit = match.Groups["credit"].Value.Trim();
        if (relaxed && !(match.Groups["day"].Success
            && (match.Groups["country"].Success || BylineVocabulary.IsKnownCity(place.Split(',')[0].Trim(), namesToo: true))
            && !(credit.Any(char.IsLower) && !credit.Contains(' ', StringComparison.Ordinal)
                && NewsAgencies.Match(credit) is { } acronym && acronym.All(c => !char.IsLetter(c) || char.IsUpper(c)))))
        {
            return null;
        }

        return AgencyCredit(match.Groups["credit"].Value, match.Groups["credit"].Value.Trim());
    }

    /// <summary>
    /// "Con información de EFE.", "(Avec AFP)", "Mit Material von dpa und Reuters": a line crediting agencies' copy the
    /// article drew on; the agencies contributed to it (<see cref="ContributorRole.Contributor"/>), whoever wrote it.
    /// </summary>
    internal static Byline? AgencyMaterialCredit(string line)
    {
        var text = line.Trim().TrimEnd('.').Trim();
        if (text.Length > 2 && text[0] == '(' && text[^1] == ')')
        {
            text = text[1..^1].Trim().TrimEnd('.');
        }

        var rest = BylineText.AfterAgencyMaterialPhrase(text);
        if (rest is null)
        {
            return null;
        }

        var parts = AgencyConjunction.Replace(rest, ",");
        return NewsAgencies.MatchCredit(parts) is { } agencies
            ? new Byline
            {
                Text = TextNormalizer.Collapse(line),
                Contributors = agencies.Select(a => new Contributor(a, ContributorRole.Contributor, ContributorKind.Organization)).ToArray(),
            }
            : null;
    }

    private static readonly Regex AgencyConjunction = new(
        @"\s+(?:and|und|et|y|e|i|и|і|ve|en|و)\s+|\s*&\s*", RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Agencies named in a credit (see <see cref="NewsAgencies.MatchCredit"/>); null when any part names something else.</summary>
    private static Byline? AgencyCredit(string credit, string text) =>
        NewsAgencies.MatchCredit(credit) is { } agencies
            ? new Byline { Text = TextNormalizer.Collapse(text), Contributors = agencies.Select(a => new Contributor(a, ContributorRole.Author, ContributorKind.Organization)).ToArray() }
            : null;

    /// <summary>The name signed at the end of the body; <paramref name="texts"/> are the last paragraphs, last first.</summary>
    internal static string? Signature(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return null;
        }

        if (Parenthesised(texts[0]) is { } inParentheses)
        {
            return inParentheses;
        }

        // "Jane Roe" last, or "Jane Roe" then "10 September 2017" / "Chair of the board": the line before it ends a sentence.
        for (var i = 0; i < Math.Min(2, texts.Count - 1); i++)
        {
            if (i == 1 && !IsTrailer(texts[0]))
            {
                return null;
            }

            if (EndsSentence(texts[i + 1]) && SignOff(texts[i]) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>"… ends here. (Jane P. Roe)" (a decoration such as "+++" may follow): a person's name after the last sentence.</summary>
    private static string? Parenthesised(string text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '+' or '*' or '■' or '□' or '#' or '–' or '—'))
        {
            end--;
        }

        if (end < 2 || text[end - 1] != ')')
        {
            return null;
        }

        var open = text.LastIndexOf('(', end - 1);
        if (open <= 0 || end - open - 2 > MaxSignatureLength)
        {
            return null;
        }

        var before = text[..open].TrimEnd();
        if (before.Length == 0 || !EndsSentence(before))
        {
            return null;
        }

        var name = text[(open + 1)..(end - 1)].Trim();
        return IsPersonName(name, minWords: 2) ? name : null;
    }

    /// <summary>A line holding only a name, optionally after a dash ("— Jane Roe"); a single word only as a first name ("Benni").</summary>
    private static string? SignOff(string line)
    {
        var name = line.TrimStart('—', '–', '-', '~', ' ').TrimEnd(' ', ',', '!');
        if (name.Length == 0 || name.Length > MaxSignatureLength)
        {
            return null;
        }

        return IsPersonName(name, minWords: 1) ? name : null;
    }

    /// <summary>A short line after the signature: a date or a post ("10. September 2017", "Chair of the board"), not a sentence.</summary>
    private static bool IsTrailer(string line) =>
        line.Length is > 0 and <= MaxSignatureLength && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4
        && !EndsSentence(line) && !line.Contains(':', StringComparison.Ordinal) && !line.Contains('@', StringComparison.Ordinal)
        && !line.Contains("://", StringComparison.Ordinal);

    /// <summary>"… fahren dann Züge." ends a sentence; "Von Jane R." ends with an initial, not a sentence.</summary>
    /// <summary>
    /// Whether a line that opens like a credit reads as a sentence: after its first word (the credit word), a lower-case
    /// word that is neither a name particle, a conjunction, a credit word nor an agency ("Von Berlin Hauptbahnhof
    /// fahren dann Züge."). A full stop alone decides nothing: "Von Jane Roe und John Doe." and "By Jane Roe, dpa." are credits.
    /// </summary>
    private static bool ReadsAsSentence(string line)
    {
        var words = line.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i].Trim('.', '!', '?', ':', ';', '(', ')');
            // "Reporting by Jane Roe in London": a place after its preposition.
            var beforePlace = PlacePrepositions.Contains(word) && i + 1 < words.Length && char.IsUpper(words[i + 1][0]);
            if (word.Length > 0 && char.IsLower(word[0]) && !BylineVocabulary.Particles.Contains(word) && !CreditJoiners.Contains(word)
                && !beforePlace && NewsAgencies.Match(word) is null)
            {
                return true;
            }
        }

        return false;
    }

    // The prepositions of a place a credit line names ("Reporting by Jane Roe in London").
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "from", "aus", "en", "em", "a", "à", "w", "в", "у", "із", "из" };

    // Lower-case words a credit line holds besides names: conjunctions and credit words ("Text und Fotos von Jane Roe").
    private static readonly HashSet<string> CreditJoiners = new(StringComparer.Ordinal)
    {
        "and", "und", "et", "y", "e", "i", "og", "och", "en", "ve", "oraz", "with", "mit", "avec", "con", "by", "von", "par", "por", "di", "door",
        "av", "text", "fotos", "foto", "photos", "von:", "written", "words", "reporting", "additional", "writing", "editing", "edited", "compiled",
        "reported", "of",
    };

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or '"' or '“' or '”' or '»' or '«' or '\'' or ')';
    }

    /// <summary>
    /// Capitalised words of letters (an initial with a dot, a hyphenated name, a surname in capitals), one to four of
    /// them, not an agency, not a lone acronym ("IFB"), not a lone initial-like word ("cps", "jr").
    /// </summary>
    private static bool IsPersonName(string name, int minWords)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < minWords || words.Length > 4 || NewsAgencies.Match(name) is not null || ContributorNames.Clean(name) is null)
        {
            return false;
        }

        // A credit word or label opening the line ("Підготувала Олена Коваль"), an agency inside it ("Redazione ANSA ROMA"):
        // a credit line, which ClosingCredit reads.
        if ((words.Length > 1 && RoleCredits.OpensWithCredit(name) && !BylineVocabulary.SurnameCredits.Contains(words[0]))
            || words.Any(w => w.Length > 1 && NewsAgencies.IsAgency(w)))
        {
            return false;
        }

        var full = 0;
        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '.' or '-' or '\''))
            {
                return false;
            }

            if (word.Length > 2 && !word.EndsWith('.'))
            {
                full++;
            }
        }

        if (words.Length == 1)
        {
            // A first name signing a post: a capitalised word, not an acronym.
            return full == 1 && words[0].Skip(1).Any(char.IsLower);
        }

        // At least two full words ("Jane P. Roe"), the first name not in capitals.
        return full >= 2 && words[0].Skip(1).Any(char.IsLower);
    }
}
