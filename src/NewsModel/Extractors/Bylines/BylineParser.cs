using System.Globalization;
using System.Text;
using NewsModel.Internal;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Parses a byline as printed into contributors: "By A, B and C"; "A / Press TV, Tehran" (author, organization,
/// place); "Reporting by X; Editing by Y" (roles); agency credits; collective credits ("Staff", "Editorial Board");
/// names in capitals; prefixes in many languages. Dates, "Updated" notes, job titles, handles, e-mail addresses and
/// counters are not names and are dropped.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class BylineParser
{
    private const int MaxBylineLength = 400;
    // "Source: Statista.com": a credit for data or a picture, not for the writing.
    private static readonly string[] SourceCredits =
        ["source:", "sources:", "source :", "sources :", "quelle:", "quellen:", "źródło:", "fuente:", "fonte:", "fonti:", "источник:", "джерело:", "kaynak:", "bron:", "منبع:", "المصدر:"];

    // Words that lead into a date ("Jane Roe am 29.12.2010", "posted on", "le 7 mai"): not part of a name.
    private static readonly HashSet<string> DateLeadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "am", "on", "le", "el", "il", "den", "vom", "at", "um", "de", "del", "op", "dnia", "від", "от", "tarihinde", "stand", "posted", "published",
        "veröffentlicht", "publié", "publicado", "pubblicato", "erstellt", "gespeichert", "geschrieben", "written",
    };

    private static readonly char[] SegmentSeparators = [';', '|', '•', '·', '\n', '\r', '\u2022'];

    /// <summary>Parses a text that should be one contributor's name and nothing else.</summary>
    /// <param name="name">The text, already collapsed.</param>
    /// <returns>The byline crediting that one name, or null when the parser reads anything else from it (no name, several names, or a name it had to trim).</returns>
    /// <remarks>A desk ("Harbour Gazette Sport") is no such name: a phrase of capitalised words ending so, printed alone, may be anything ("Keep Talking Sports!").</remarks>
    public static Byline? ParseSingleName(string name)
    {
        var byline = Parse(name, desks: false);
        return byline.Contributors.Count == 1 && string.Equals(byline.Contributors[0].Name, name, StringComparison.Ordinal) ? byline : null;
    }

    /// <summary>Parses a byline; returns <see cref="Byline.Empty"/> when the text names nobody.</summary>
    public static Byline Parse(string? text) => Parse(text, desks: true);

    /// <summary>Parses a byline, a desk ("By Harbour Gazette Sport") credited or not (see <see cref="IsCollective"/>).</summary>
    private static Byline Parse(string? text, bool desks)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxBylineLength)
        {
            return Byline.Empty;
        }

        var contributors = new List<Contributor>();
        var lastRole = ContributorRole.Author;
        var segmentStart = 0;
        var editorial = false;
        foreach (var rawSegment in text.Split(SegmentSeparators, StringSplitOptions.RemoveEmptyEntries).Select(CutAtFieldLabel).SelectMany(SplitAtRolePhrases))
        {
            var cut = CutDate(TextNormalizer.Collapse(rawSegment));
            var segment = TrimPunctuation(cut);
            if (segment.Length == 0 || IsNoiseSegment(segment))
            {
                continue;
            }

            // A label of two words whose value was a date ("Última edición: 14/11/2024") names nobody.
            if (cut.TrimEnd().EndsWith(':') && TwoWordLabelEnd(segment, out _, whole: true) > 0)
            {
                continue;
            }

            var (role, rest, hadPrefix) = StripRolePrefix(segment);
            editorial |= hadPrefix && role == ContributorRole.Editor && IsEditorialCredit(segment);
            if (!hadPrefix && contributors.Count > 0 && DescribesNames(rest, contributors, segmentStart))
            {
                continue;
            }

            if (!hadPrefix && contributors.Count > 0 && lastRole != ContributorRole.Author)
            {
                // "Reporting by A; B" keeps B in A's role.
                role = lastRole;
            }

            lastRole = role;
            var before = contributors.Count;
            ParseNames(rest, role, contributors, desks);
            segmentStart = contributors.Count > before ? before : segmentStart;
        }

        // "Redaktion: Jane Roe" standing alone: the person who prepared the item, its writer; beside a writer's credit
        // ("Text: John Doe, Redaktion: Jane Roe") the editor.
        if (editorial && contributors.All(c => c.Role == ContributorRole.Editor))
        {
            for (var i = 0; i < contributors.Count; i++)
            {
                contributors[i] = contributors[i] with { Role = ContributorRole.Author };
            }
        }

        return contributors.Count == 0
            ? Byline.Empty
            : new Byline { Text = TextNormalizer.Collapse(text), Contributors = Deduplicate(contributors) };
    }

    /// <summary>
    /// Whether a segment opens with the German word for a newsroom as a credit label ("Redaktion: Jane Roe"): German sites
    /// credit the person who prepared an item so; "Edited by", "Editor:" and the Polish "Redakcja:" (a book's or a
    /// compilation's editor) credit an editor.
    /// </summary>
    private static bool IsEditorialCredit(string segment) => segment.StartsWith("redaktion", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "By Jane Roe | Harbour Media for harbour.example", "By Jane Roe | Topic: Health": a segment printed after the names,
    /// without a credit word of its own, that is an affiliation (<see cref="IsAffiliation"/>) or a label and its value names
    /// nobody new. An affiliation's organization is given to the persons of the segment before that have none.
    /// </summary>
    /// <returns>True when the segment was read so (and is not to be parsed for names).</returns>
    private static bool DescribesNames(string segment, List<Contributor> contributors, int segmentStart)
    {
        if (IsLabelled(segment))
        {
            return true;
        }

        // An agency alone is credited beside the names ("Jane Roe | Reuters").
        if (NewsAgencies.Match(segment) is not null || !IsAffiliation(segment, out var organization))
        {
            return false;
        }

        for (var i = segmentStart; organization is not null && i < contributors.Count; i++)
        {
            if (contributors[i] is { Kind: ContributorKind.Person, Organization: null } person)
            {
                contributors[i] = person with { Organization = organization };
            }
        }

        return true;
    }

    /// <summary>"Topic: Health", "Filed under: Tech": a label of one or two words, a colon, and its value.</summary>
    internal static bool IsLabelled(string segment)
    {
        var colon = segment.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 1 || colon >= segment.Length - 2 || segment[colon + 1] != ' ')
        {
            return false;
        }

        var label = segment[..colon];
        return label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 && label.All(c => char.IsLetter(c) || c == ' ' || TextNormalizer.IsJoiner(c))
            && !BylineVocabulary.CreditLabels.ContainsKey(label);
    }

    /// <summary>"Autor: Jane Roe Kategorie: Umwelt, Pflege": the byline ends where the next field of the meta box starts.</summary>
    private static string CutAtFieldLabel(string segment)
    {
        for (var colon = segment.IndexOf(':', StringComparison.Ordinal); colon > 0; colon = segment.IndexOf(':', colon + 1))
        {
            var start = segment.LastIndexOf(' ', colon - 1) + 1;
            if (start > 0 && BylineVocabulary.FieldLabels.Contains(segment[start..colon]))
            {
                return segment[..start];
            }
        }

        return segment;
    }

    /// <summary>
    /// "Text von A Illustration von B", "By A Photos: B", "Autor A Übersetzung B": a second credit printed on the same line
    /// starts at its role phrase. Only phrases ending with a colon ("Фото:", "عکس:"), or of two words or more, or one
    /// capitalised word, of six letters or more, count, so that a particle ("von", "di") never splits a name; and an
    /// abbreviation ("Fot.") capitalised or after a comma.
    /// </summary>
    private static IEnumerable<string> SplitAtRolePhrases(string segment)
    {
        var text = TextNormalizer.Collapse(segment);
        var start = 0;

        // A label of two words opening the segment ("Text & Foto:", "Sorumlu Editör:") is one credit, not two.
        for (var i = Math.Max(1, TwoWordLabelEnd(text, out _)); i < text.Length; i++)
        {
            if (text[i - 1] != ' ')
            {
                continue;
            }

            foreach (var (prefix, _) in BylineVocabulary.RolePrefixes)
            {
                if (((prefix.EndsWith(':') && prefix.Length >= 4) || ((prefix.Contains(' ', StringComparison.Ordinal) || char.IsUpper(text[i])) && prefix.Length >= 6)
                        || (prefix.EndsWith('.') && prefix.Length >= 4 && (char.IsUpper(text[i]) || (i >= 2 && text[i - 2] == ','))))
                    && i + prefix.Length < text.Length && string.Compare(text, i, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && (prefix.EndsWith(':') || text[i + prefix.Length] == ' ') && i - start > 1
                    && !BylineVocabulary.RolePrefixes.Any(p => p.Prefix.StartsWith(text[start..i], StringComparison.OrdinalIgnoreCase)))
                {
                    // "Текст: Анна Петрова. Главный редактор: Ольга": after a sentence's end, the word before the label is its qualifier.
                    var at = QualifierStart(text, start, i);
                    yield return text[start..at];
                    start = at;
                    i += prefix.Length - 1;
                    break;
                }
            }
        }

        yield return text[start..];
    }

    /// <summary>
    /// Where the text after a label of two words ends, or 0: two credit labels joined ("Text & Foto:", "Haber ve Fotoğraf:",
    /// "متن و عکس:", "Текст, фото:"; the writing's role, else the first one's) or a word that qualifies posts before a role's
    /// label ("Sorumlu Editör:", "Главный редактор:", "Última edición:"; that label's role; not "Jane Photo:").
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="role">The label's role.</param>
    /// <param name="whole">Whether the whole text is to be read as the label, its colon and value gone.</param>
    private static int TwoWordLabelEnd(string text, out ContributorRole role, bool whole = false)
    {
        role = ContributorRole.Author;
        var colon = whole ? text.Length : text.IndexOf(':', StringComparison.Ordinal);
        if (colon is < 3 or > 40 || (!whole && colon + 1 >= text.Length))
        {
            return 0;
        }

        var words = text[..colon].Split([' ', '&', '+', ',', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !BylineVocabulary.Conjunctions.Any(c => c.AsSpan().Trim().Equals(w, StringComparison.OrdinalIgnoreCase))).ToList();
        if (words.Count != 2)
        {
            return 0;
        }

        // The Arabic conjunction is written on the next word ("كتابة وتصوير").
        var second = words[1].Length > 2 && words[1][0] == 'و' && BylineVocabulary.JointLabelWords.ContainsKey(words[1][1..]) ? words[1][1..] : words[1];
        if (BylineVocabulary.JointLabelWords.TryGetValue(words[0], out var first) && BylineVocabulary.JointLabelWords.TryGetValue(second, out var other))
        {
            // The writing's credit whichever comes first ("Fotos und Text:" credits the writer).
            role = other is ContributorRole.Author or ContributorRole.Reporter && first is not (ContributorRole.Author or ContributorRole.Reporter) ? other : first;
            return Math.Min(colon + 1, text.Length);
        }

        // A credit word is no qualifier ("von Redaktion": the newsroom credited).
        if (BylineVocabulary.CreditWords.Contains(words[0]) || BylineVocabulary.RolePrefixes.Any(p => p.Prefix.AsSpan().TrimEnd(':').Equals(words[0], StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }

        foreach (var (prefix, prefixRole) in BylineVocabulary.RolePrefixes)
        {
            if (prefix.Length >= 4 && prefix.EndsWith(':') && !prefix.Contains(' ', StringComparison.Ordinal)
                && string.Equals(words[1] + ":", prefix, StringComparison.OrdinalIgnoreCase) && BylineVocabulary.LabelQualifiers.Contains(words[0]))
            {
                role = prefixRole;
                return Math.Min(colon + 1, text.Length);
            }
        }

        return 0;
    }

    /// <summary>
    /// Where a second credit found at <paramref name="at"/> starts: before the one word in front of its label when that word
    /// follows a sentence's end ("Анна Петрова. Главный редактор:"), else at the label.
    /// </summary>
    private static int QualifierStart(string text, int start, int at)
    {
        var wordStart = text.LastIndexOf(' ', Math.Max(0, at - 2)) + 1;
        if (wordStart - 2 <= start || text[wordStart - 2] != '.')
        {
            return at;
        }

        // A sentence's end, not an abbreviation ("Dr.", "Prof.", "Chr."): a word of five letters or more before the dot.
        var letters = 0;
        for (var k = wordStart - 3; k >= start && char.IsLetter(text[k]); k--)
        {
            letters++;
        }

        return letters >= 5 && TwoWordLabelEnd(text[wordStart..], out _) > 0 ? wordStart : at;
    }

    /// <summary>
    /// The name an author value gives without the credit before it, when that credits the writing (<see cref="StripRolePrefix"/>,
    /// role author or reporter): "By Jane Roe", "Written by Jane Roe", "Von Jane Roe", "Text: Jane Roe", "Автор: Jane Roe" →
    /// "Jane Roe". Markup names the author so: a credit of another role ("Photo: Jane Roe") is kept, and so is a credit with
    /// nothing after it. A value given as a name is read as one: no credit phrase is looked for ("The Rev. John de Souza",
    /// "Una Maria da Silva Santos" are names, not "Souza" credited), and a credit word that also opens a surname
    /// (<see cref="BylineVocabulary.SurnameCredits"/>: "Vom Hofe Klaus", "Af Klint Hilma") credits only in lower case ("vom Support Team").
    /// </summary>
    internal static string StripWritingCredit(string text)
    {
        var (role, rest, hadPrefix) = StripRolePrefix(text, creditPhrases: false);
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var opensSurname = space > 0 && char.IsUpper(text[0]) && BylineVocabulary.SurnameCredits.Contains(text[..space]);
        return hadPrefix && !opensSurname && rest.Length >= 2 && role is ContributorRole.Author or ContributorRole.Reporter ? rest : text;
    }

    /// <param name="segment">The segment.</param>
    /// <param name="creditPhrases">Whether a credit phrase counts too ("Eine Analyse von Jane Roe", <see cref="StripCreditPhrase"/>): in printed bylines.</param>
    private static (ContributorRole Role, string Remainder, bool HadPrefix) StripRolePrefix(string segment, bool creditPhrases = true)
    {
        if (TwoWordLabelEnd(segment, out var labelRole) is var labelEnd and > 0)
        {
            return (labelRole, TrimPunctuation(segment[labelEnd..]), true);
        }

        foreach (var (prefix, role) in BylineVocabulary.RolePrefixes)
        {
            // A prefix with nothing after it ("Von") names nobody; "Redaktion" alone is a collective credit, not a prefix.
            if (string.Equals(segment.TrimEnd(':', ' '), prefix.TrimEnd(':', ' '), StringComparison.OrdinalIgnoreCase)
                && !BylineVocabulary.CollectiveWords.Contains(prefix.TrimEnd(':', ' ')))
            {
                return (role, string.Empty, true);
            }

            if (segment.Length > prefix.Length && segment.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var next = segment[prefix.Length];
                if (prefix.EndsWith(':') || char.IsWhiteSpace(next) || next == ':')
                {
                    return (role, TrimPunctuation(segment[prefix.Length..]), true);
                }
            }
        }

        return creditPhrases && StripCreditPhrase(segment) is { } credited ? (ContributorRole.Author, credited, true) : (ContributorRole.Author, segment, false);
    }

    /// <summary>
    /// "Eine Analyse von Jane Roe", "A commentary by Jane Roe", "Im Wortlaut von Jane Roe": an article or a preposition,
    /// one to three words naming the piece, then the credit word; the name follows. Null when the segment is not so shaped.
    /// </summary>
    private static string? StripCreditPhrase(string segment)
    {
        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4 || !BylineVocabulary.CreditPhraseOpeners.Contains(words[0]))
        {
            return null;
        }

        for (var i = 2; i <= Math.Min(4, words.Length - 2); i++)
        {
            if (BylineVocabulary.CreditWords.Contains(words[i]) && char.IsUpper(words[i + 1][0]))
            {
                return string.Join(' ', words[(i + 1)..]);
            }
        }

        return null;
    }

    /// <param name="text">The names, without their credit word.</param>
    /// <param name="role">Their role.</param>
    /// <param name="contributors">Where to add them.</param>
    /// <param name="desks">Whether a desk ("Harbour Sport") is credited too (<see cref="IsCollective"/>).</param>
    private static void ParseNames(string text, ContributorRole role, List<Contributor> contributors, bool desks)
    {
        text = CutTrailingPhrases(RemoveContacts(text));

        // "From Reuters", "From The Associated Press", "From staff reports": the credit, not its "from".
        text = WithoutFrom(text, desks);

        var firstNew = contributors.Count;

        // "Jane Roe - Damascus - SANA", "Von Paula Stein – dpa", "Jane Roe — Staff Writer": the names, then after spaced dashes
        // an agency, a post, or the town before the agency.
        string? organization = null, location = null;
        if (SplitDashedCredit(text) is { } dashed)
        {
            (text, organization, location) = dashed;
        }

        // "AFP/Reuters", "dpa/lno": agencies credited together, written without spaces, are each an organization.
        if (text.Contains('/', StringComparison.Ordinal) && NewsAgencies.MatchCredit(text) is { Count: > 0 } credited)
        {
            text = string.Join(", ", credited.Select(c => c.Split('/')[0]));
        }

        // "A / Press TV, Tehran": what follows the slash is the organization, then the place.
        var slash = FindSeparatingSlash(text);
        if (slash >= 0)
        {
            var after = text[(slash + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            text = text[..slash];
            if (after.Length == 1 && BylineVocabulary.Cities.Contains(TrimPunctuation(after[0])))
            {
                // "Ayşe Yılmaz / İstanbul": a known city alone after the slash is where she writes from.
                location = AsPrintedTown(TrimPunctuation(after[0]));
            }
            else if (after.Length > 0)
            {
                organization = NewsAgencies.Match(after[0]) ?? TrimPunctuation(after[0]);
            }

            // After "Organization," only a place can follow: any short capitalised phrase counts.
            if (after.Length > 1 && after[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 and <= 3 } placeWords
                && placeWords.All(w => char.IsUpper(w[0]) || !char.IsLetter(w[0])) && !after[1].Any(char.IsDigit))
            {
                location = TrimPunctuation(after[1]);
            }
        }

        // "Jane Roe (AP)": a credit in parentheses.
        text = ExtractParenthetical(text, ref organization);

        // "Jane Roe and John Doe Associated Press": an agency printed after the last name without a comma is everybody's.
        if (SplitTrailingAgency(text) is { } glued)
        {
            text = TrimPunctuation(glued.Name);
            organization ??= glued.Agency;
        }

        var pieces = SplitPieces(text);

        var capitals = IsInCapitals(pieces);
        var people = new List<Contributor>();

        // Collectives credited beside the people, each with how many people were read before it: printed order is kept
        // (an agency goes first, as the wire credit).
        var organizations = new List<(Contributor Organization, int PeopleBefore)>();
        var lastPiecePerson = -1;
        var wireAt = -1;
        for (var i = 0; i < pieces.Count; i++)
        {
            var (piece, afterComma) = pieces[i];
            var isLast = i == pieces.Count - 1;
            if (NewsAgencies.Match(piece) is { } canonicalAgency)
            {
                // Keep the agency as printed ("Agencia EFE") unless it was printed in one case only ("REUTERS").
                var agency = piece.Any(char.IsUpper) && piece.Any(char.IsLower) ? piece : canonicalAgency;
                if (afterComma && isLast && people.Count > 0 && organization is null)
                {
                    organization = agency;
                }
                else
                {
                    contributors.Add(new Contributor(agency, role, ContributorKind.Organization));
                    wireAt = i;
                }

                continue;
            }

            // "Reuters, London", "AP, WASHINGTON": a known city, or a word in capitals, after an agency credited as the author
            // before any writer is its dateline (not "dpa, Redaktion", "AFP, Keystone", "Fotos: dpa, Imago").
            if (afterComma && wireAt == i - 1 && people.Count == 0 && role == ContributorRole.Author && !piece.Contains(' ', StringComparison.Ordinal)
                && (BylineVocabulary.Cities.Contains(piece) || BylineVocabulary.CitiesThatAreNames.Contains(piece)
                    || (piece.Length > 3 && piece.All(char.IsUpper) && !IsCollective(piece, desks)))
                && contributors[^1] is { Kind: ContributorKind.Organization, Location: null } wire)
            {
                contributors[^1] = wire with { Location = AsPrintedTown(piece) };
                continue;
            }

            // "Jane Roe, Tehran, John Doe": a place between two full names is the first one's; "Jane Roe, Tehran" last: everybody's.
            var reading = ReadPiece(pieces, i, lastPiecePerson == i - 1, people.Count > 0, capitals, out var affiliation);
            if (reading is PieceReading.NameSuffix or PieceReading.Drop or PieceReading.Region)
            {
                continue;
            }

            // "Jane Roe, corresponsal en Bruselas", "Jane Roe, our correspondent in Brussels": her post, and where she is posted.
            // A post whose place is a desk or an outlet ("corresponsal en Economía", "correspondante à Radio France") is no name.
            if (afterComma && people.Count > 0 && IsPostPhrase(piece, out var posted))
            {
                if (lastPiecePerson == i - 1 && posted is not null)
                {
                    people[^1] = people[^1] with { Location = people[^1].Location ?? posted };
                }
                else if (lastPiecePerson == i - 1 && PostEmployer(piece) is { } outlet)
                {
                    people[^1] = people[^1] with { Organization = people[^1].Organization ?? outlet };
                }

                continue;
            }

            // "Jane Roe, corresponsal de El País", "journaliste à Radio France": her post, and whom she works for.
            if (afterComma && lastPiecePerson == i - 1 && PostEmployer(piece) is { } employer)
            {
                people[^1] = people[^1] with { Organization = people[^1].Organization ?? employer };
                continue;
            }

            // "Jane Roe, CNN Business": the desk the person before writes for; printed last, everybody's.
            if (reading == PieceReading.Affiliation)
            {
                if (affiliation is not null && isLast)
                {
                    organization ??= affiliation;
                }
                else if (affiliation is not null && lastPiecePerson == i - 1)
                {
                    people[^1] = people[^1] with { Organization = people[^1].Organization ?? affiliation };
                }

                continue;
            }

            // "By Harbourlocal.com": a publication named by its web address. "By Fox News, Staff Writer" names a desk too,
            // whatever post follows it: a desk-like name is a desk.
            if (IsCollective(piece, desks) || IsWebAddress(piece))
            {
                // "and from staff reports": the credit, not its "from".
                organizations.Add((new Contributor(WithoutFrom(piece, desks), role, ContributorKind.Organization), people.Count));
                continue;
            }

            if (reading == PieceReading.PlaceOfPrevious)
            {
                people[^1] = people[^1] with { Location = PlaceName(pieces, i, capitals) };
                continue;
            }

            // "By Jane Roe and John Writer": in a list of people a given name and one post word name a person.
            var whole = IsGivenNameAndPostWord(pieces, i, lastPiecePerson == i - 1, capitals);
            var post = !whole && IsJobTitle(piece);
            if (afterComma && people.Count > 0 && (post || (reading == PieceReading.PlaceOfAll && location is null)))
            {
                if (!post)
                {
                    location = PlaceName(pieces, i, capitals);
                }

                continue;
            }

            // "Jane Roe For The Evening Post": the writer, then the publication she wrote for.
            var writtenFor = piece.IndexOf(" for ", StringComparison.OrdinalIgnoreCase);
            string? publication = null;
            var candidate = piece;
            if (writtenFor > 0 && writtenFor + 5 < piece.Length && char.IsUpper(piece[writtenFor + 5]))
            {
                candidate = piece[..writtenFor];
                publication = TrimPunctuation(piece[(writtenFor + 5)..]);
            }

            // "Jane Roe in Kyiv": the writer, then where she reported from.
            string? reportedFrom = null;
            var inCapitals = !candidate.Any(char.IsLower);
            var inPlace = candidate.LastIndexOf(inCapitals ? " IN " : " in ", StringComparison.Ordinal);
            if (inPlace > 0 && ReportingPlace(candidate[(inPlace + 4)..]) is { } place)
            {
                candidate = candidate[..inPlace];
                reportedFrom = inCapitals ? TitleCase(place) : place;
            }

            if (NormalizeName(candidate, whole) is { } name)
            {
                // "Jane Roe and John Doe in Kyiv": the place is theirs too, back to a name with a place of its own.
                for (var p = people.Count - 1; reportedFrom is not null && p >= 0 && people[p].Location is null; p--)
                {
                    people[p] = people[p] with { Location = reportedFrom };
                }

                organization ??= publication;
                people.Add(new Contributor(name, role) { Location = reportedFrom });
                lastPiecePerson = i;
            }
        }

        var next = 0;
        for (var p = 0; p <= people.Count; p++)
        {
            while (next < organizations.Count && organizations[next].PeopleBefore == p)
            {
                contributors.Add(organizations[next++].Organization);
            }

            if (p < people.Count)
            {
                contributors.Add(people[p] with { Organization = people[p].Organization ?? organization, Location = people[p].Location ?? location });
            }
        }

        // "AP - Washington": with no writer named, the town is the agency's dateline.
        for (var c = firstNew; people.Count == 0 && location is not null && c < contributors.Count; c++)
        {
            if (contributors[c] is { Kind: ContributorKind.Organization, Location: null } wire && NewsAgencies.Match(wire.Name) is not null)
            {
                contributors[c] = wire with { Location = location };
            }
        }

        // "BEIRUT (AFP)", "DAMASCUS, Nov 27 (SANA)": one word in capitals (or a known city, "Damascus, SANA") credited with an
        // agency, and nobody else, is the agency's dateline, not a writer named Beirut; "Smith, AP" and a photographer's
        // "Smith/AP" stay a person's credit.
        if (role == ContributorRole.Author && contributors.Count == firstNew + 1
            && contributors[firstNew] is { Kind: ContributorKind.Person, Location: null, Organization: { } agencyName } lone
            && !lone.Name.Contains(' ', StringComparison.Ordinal) && NewsAgencies.Match(agencyName) is not null
            && (IsDatelineTown(text) || BylineVocabulary.Cities.Contains(lone.Name)))
        {
            contributors[firstNew] = new Contributor(agencyName, role, ContributorKind.Organization) { Location = lone.Name };
        }
    }

    /// <summary>Whether a credit opens with one word of three letters or more printed in capitals ("BEIRUT", "DAMASCUS"), as datelines are.</summary>
    private static bool IsDatelineTown(string text)
    {
        var word = text.AsSpan().TrimStart();
        var end = word.IndexOfAny(' ', ',', '(');
        word = (end < 0 ? word : word[..end]).Trim();
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c) || char.IsDigit(c))
            {
                return false;
            }

            letters += char.IsUpper(c) ? 1 : 0;
        }

        return letters >= 3 && NewsAgencies.Match(word.ToString()) is null;
    }

    // Dashes with a space on each side: a separator, not a hyphen ("Jean-Pierre").
    private static readonly string[] SpacedDashes = [" - ", " – ", " — "];

    /// <summary>
    /// A credit whose names are followed, after spaced dashes, only by what describes them: an agency ("Von Paula Stein -
    /// dpa"), a post ("Jane Roe — Staff Writer") and a town of one word just before the agency ("Jane Roe - Damascus -
    /// SANA"): the names, the agency and the town. Null where there is no spaced dash or any part after one is anything
    /// else (a publication's or a desk's name, a second surname, a place alone), which the caller reads as before.
    /// </summary>
    private static (string Names, string? Agency, string? Town)? SplitDashedCredit(string text)
    {
        var parts = text.Split(SpacedDashes, StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts[0].Length == 0)
        {
            return null;
        }

        string? agency = null, town = null;
        for (var i = 1; i < parts.Length; i++)
        {
            var part = TrimPunctuation(parts[i]);
            if (agency is null && NewsAgencies.MatchPrinted(part) is { } matched)
            {
                agency = AsPrinted(part, matched);
            }
            else if (i + 1 < parts.Length && town is null && agency is null && NewsAgencies.MatchPrinted(TrimPunctuation(parts[i + 1])) is not null
                && IsDashedTown(part))
            {
                town = AsPrintedTown(part);
            }
            else if (i == parts.Length - 1 && town is null && agency is null && TownAndAgency(parts[i]) is { } both)
            {
                // "Jane Roe - Damascus (SANA)": the town, then the agency in parentheses.
                (town, agency) = both;
            }
            else if (i == parts.Length - 1 && town is null && agency is null && BylineVocabulary.Cities.Contains(part))
            {
                // "Jane Roe - Damascus": a known city alone after the names (not a second surname, "Lloyd - Jones").
                town = AsPrintedTown(part);
            }
            else if (!IsJobTitle(part))
            {
                return null;
            }
        }

        return (parts[0], agency, town);
    }

    /// <summary>A town of one word after a dash: capitalised, in capitals, or in Arabic or Hebrew script.</summary>
    private static bool IsDashedTown(string part) => IsTown(part, capitals: false) || IsTown(part, capitals: true) || IsRightToLeftWord(part);

    /// <summary>A town as printed, or in title case when printed in capitals ("DAMASCUS" -> "Damascus").</summary>
    private static string AsPrintedTown(string part) => part.Any(char.IsLower) || IsRightToLeftWord(part) ? part : TitleCase(part);

    /// <summary>"Damascus (SANA)": a town of one word and the agency in parentheses after it.</summary>
    private static (string Town, string Agency)? TownAndAgency(string part)
    {
        var open = part.IndexOf('(', StringComparison.Ordinal);
        var close = part.LastIndexOf(')');
        if (open <= 0 || close != part.Length - 1)
        {
            return null;
        }

        var town = part[..open].Trim();
        var inner = part[(open + 1)..close].Trim();
        return IsDashedTown(town) && NewsAgencies.MatchPrinted(inner) is { } agency ? (AsPrintedTown(town), AsPrinted(inner, agency)) : null;
    }

    /// <summary>
    /// One word in Arabic or Hebrew script (Arabic, Persian, Urdu, Hebrew), where no capital tells a town from a name: read as
    /// a town only between a writer's name and an agency ("سامر الخطيب - دمشق - سانا").
    /// </summary>
    private static bool IsRightToLeftWord(string word)
    {
        if (word.Length < 2 || word.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!(c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' or '\u200C'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How a piece of a list of names reads; see <see cref="ReadPiece"/>.</summary>
    internal enum PieceReading
    {
        /// <summary>A name (or whatever else the caller makes of it).</summary>
        Name,

        /// <summary>The place the person named just before reported from ("Jane Roe, Tehran, John Doe").</summary>
        PlaceOfPrevious,

        /// <summary>The place everybody named before reported from, printed last ("Jane Roe and John Doe, Oslo").</summary>
        PlaceOfAll,

        /// <summary>A suffix or degree of the name before ("Jane Roe, Jr.", "Jane Roe, PhD"): no name of its own.</summary>
        NameSuffix,

        /// <summary>An acronym between two full names ("Jane Roe, UK, John Doe"): an office or a desk, neither a name nor a place.</summary>
        Drop,

        /// <summary>The state or region of the place printed before it, last ("Jane Roe, Jackson, Miss."): part of that place (see <see cref="PlaceName"/>).</summary>
        Region,

        /// <summary>What the name before is, or whom she writes for ("Jane Roe, Senior Editor", "Jane Roe, CNN Business"); see <see cref="IsAffiliation"/>.</summary>
        Affiliation,
    }

    /// <summary>
    /// The one rule for places, name suffixes and affiliations in a list of names, shared by printed bylines and markup author values so that both read
    /// "Jane Roe, Washington, and John Doe" alike: a single place word after a comma, between two full names, is the first
    /// one's place; a place printed last, after a comma, that is not a full name, is everybody's. A place is no job title
    /// ("Editor"), no name suffix or degree ("Jr.", "PhD"), no agency and no collective; between names no word in capitals
    /// unless the whole list is printed in capitals ("KARIN OLSEN, OSLO, TIMO BRANDT"), last no acronym ("CNN"). After a
    /// comma, a job title or an organization (<see cref="IsAffiliation"/>: "Senior Editor", "AP Auto Writer", "CNN
    /// Business", "Harbour.com"; an agency alone apart, and an acronym between two names, which is dropped) is an affiliation.
    /// </summary>
    /// <param name="pieces">The pieces of the list, in order, each with whether a comma preceded it.</param>
    /// <param name="i">The piece in question.</param>
    /// <param name="previousIsPerson">Whether the piece before was read as a person's name.</param>
    /// <param name="anyPerson">Whether any piece before was read as a person's name.</param>
    /// <param name="capitals">Whether the list is printed in capitals (<see cref="IsInCapitals"/>).</param>
    /// <param name="organization">For an <see cref="PieceReading.Affiliation"/>, the organization it names, if any.</param>
    internal static PieceReading ReadPiece(IReadOnlyList<(string Piece, bool AfterComma)> pieces, int i, bool previousIsPerson, bool anyPerson, bool capitals, out string? organization)
    {
        organization = null;
        var (piece, afterComma) = pieces[i];

        // "Jane Roe, Jackson, MS": a town's state, where "Jane Roe, MS" names her degree.
        if (anyPerson && i >= 2 && IsRegionOfTown(pieces, i - 1, capitals))
        {
            return PieceReading.Region;
        }

        if (afterComma && anyPerson && IsNameSuffix(piece))
        {
            return PieceReading.NameSuffix;
        }

        if (anyPerson && (IsRegionOfTown(pieces, i, capitals) || IsTownBeforeAgency(pieces, i, capitals)))
        {
            return PieceReading.PlaceOfAll;
        }

        // An agency alone is the caller's to read (credited beside the names, or everybody's organization); an acronym
        // between two names ("Jane Roe, UK, John Doe") may be a place as well as a desk: read below.
        // In a byline printed in capitals a word of three letters is as likely a name ("SMITH, TOM", "JANE ROE, TIM"): an
        // organization only when it is an agency's or has no vowel, as no name has ("CNN", "NBC").
        if (afterComma && anyPerson && NewsAgencies.Match(piece) is null && !(i + 1 < pieces.Count && IsAcronym(piece))
            && !(capitals && IsAcronym(TrimPunctuation(piece)) && TrimPunctuation(piece).IndexOfAny(['A', 'E', 'I', 'O', 'U', 'Y']) >= 0)
            && IsAffiliation(piece, out organization))
        {
            return PieceReading.Affiliation;
        }

        // "Jane Roe, Fox News": the desk she writes for, not a co-author.
        if (afterComma && anyPerson && IsDeskPhrase(TrimPunctuation(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            organization = TrimPunctuation(piece);
            return PieceReading.Affiliation;
        }

        // "Jane Roe, Golf Writer and John Doe": after a comma right after a person's name, a piece ending with a post and
        // joined to the next name by a conjunction is her post, whatever word qualifies it; "Jane Roe, Tom Senior and Ann
        // Lee" lists a person (see IsGivenNameAndPostWord), and so, in markup, does "Jane Roe, John Writer" printed last.
        if (afterComma && previousIsPerson && i + 1 < pieces.Count && !pieces[i + 1].AfterComma && IsJobTitle(piece)
            && !IsGivenNameAndPostWord(pieces, i, afterPerson: true, capitals))
        {
            return PieceReading.Affiliation;
        }

        if (!afterComma || !anyPerson || !IsPlacePiece(piece))
        {
            return PieceReading.Name;
        }

        var letters = piece.Where(char.IsLetter).ToArray();
        var inCapitals = !capitals && letters.Length > 0 && letters.All(char.IsUpper);
        var oneWord = !piece.Contains(' ', StringComparison.Ordinal);
        if (i + 1 < pieces.Count)
        {
            var betweenNames = previousIsPerson && i > 0 && pieces[i + 1].AfterComma && oneWord
                && LooksLikeFullName(pieces[i - 1].Piece, capitals) && LooksLikeFullName(pieces[i + 1].Piece, capitals);
            return !betweenNames ? PieceReading.Name
                : inCapitals ? (letters.Length <= 4 ? PieceReading.Drop : PieceReading.Name)
                : PieceReading.PlaceOfPrevious;
        }

        // Printed last, a place in capitals ("Jane Roe, WASHINGTON") counts, but not an acronym ("Jane Roe, CNN"; in a
        // byline printed in capitals, "JANE ROE, CNN", one of three letters or fewer).
        return LooksLikeFullName(piece, capitals) || (inCapitals && oneWord && letters.Length <= 4) || (capitals && oneWord && letters.Length <= 3)
            ? PieceReading.Name : PieceReading.PlaceOfAll;
    }

    /// <summary>Whether every word of a list of names is in capitals, a leading credit word ("By", "Von") aside.</summary>
    internal static bool IsInCapitals(IReadOnlyList<(string Piece, bool AfterComma)> pieces)
    {
        var letters = 0;
        for (var p = 0; p < pieces.Count; p++)
        {
            var words = pieces[p].Piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var w = 0; w < words.Length; w++)
            {
                if (p == 0 && w == 0 && words.Length > 1 && CreditWords.Contains(words[0]))
                {
                    continue;
                }

                foreach (var c in words[w])
                {
                    if (char.IsLower(c))
                    {
                        return false;
                    }

                    letters += char.IsLetter(c) ? 1 : 0;
                }
            }
        }

        return letters > 3;
    }

    private static readonly HashSet<string> CreditWords = new(StringComparer.Ordinal) { "By", "by", "Von", "von", "Par", "par", "Por", "por", "Di", "di", "Door", "door", "Av", "av" };

    // Printed after a name, not a place: "Jane Roe, Jr.", "Jane Roe, PhD".
    private static readonly HashSet<string> NameSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "jr", "sr", "jnr", "snr", "phd", "md", "ii", "iii", "iv", "esq", "mba", "ma", "ba", "bsc", "msc", "mphil", "dphil", "llm", "jd", "rn", "mph", "dds", "cpa", "obe", "mbe", "cbe",
        "ms", "rd", "rdn", "ld", "cdn", "cde", "np", "dnp", "aprn", "bsn", "msn", "lcsw", "lpc", "psyd", "edd", "dvm", "pharmd", "facs", "frcp", "cfp", "cfa", "cscs", "ibclc",
    };

    private static bool IsPlacePiece(string piece) =>
        LooksLikePlace(piece) && !IsJobTitle(piece) && !IsNameSuffix(piece)
        && NewsAgencies.Match(piece) is null && !IsCollective(piece);

    // "Jane Roe, Dr, MD": a title of address after the name is hers too, neither a name nor a place.
    private static bool IsNameSuffix(string piece) =>
        NameSuffixes.Contains(piece.Replace(".", string.Empty, StringComparison.Ordinal).Trim()) || BylineVocabulary.Honorifics.Contains(piece.Trim().TrimEnd('.'));

    /// <summary>
    /// Whether a piece printed after a name (past a comma or a bar) says what that person is or whom she writes for rather
    /// than naming somebody else: a job title ("Senior Editor", "Editor-at-large", "National Political Writer"), or an
    /// organization, that is a news agency, a publication's web address ("Harbour.com") or an acronym of three letters
    /// ("CNN"), alone, before a job title ("AP Auto Writer", "CNN Editor-at-large": the organization is the agency or the
    /// acronym) or before a desk ("CNN Business": the organization is the desk); "Harbour Media for harbour.example"
    /// names the publication after "for".
    /// </summary>
    /// <param name="piece">The piece, without its comma.</param>
    /// <param name="organization">The organization named, or null for a job title alone.</param>
    internal static bool IsAffiliation(string piece, out string? organization)
    {
        organization = null;
        var words = TrimPunctuation(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 7)
        {
            return false;
        }

        var forAt = Array.FindIndex(words, w => w.Equals("for", StringComparison.OrdinalIgnoreCase));
        if (forAt > 0 && forAt < words.Length - 1 && IsAffiliation(string.Join(' ', words[(forAt + 1)..]), out var publication) && publication is not null)
        {
            organization = publication;
            return true;
        }

        for (var n = Math.Min(3, words.Length); n >= 1; n--)
        {
            var head = string.Join(' ', words[..n]);
            var named = NewsAgencies.MatchPrinted(head) is { } agency ? AsPrinted(head, agency)
                : n == 1 && (IsWebAddress(head) || IsAcronym(head)) ? head : null;
            if (named is null)
            {
                continue;
            }

            // "AP Harbour Writer", "Reuters Energy Correspondent": after an agency, capitalised words ending with a post.
            var rest = words[n..];
            if (rest.Length == 0 || IsTitlePhrase(rest) || (NewsAgencies.MatchPrinted(head) is not null && rest.Length <= 3 && EndsWithPost(rest)))
            {
                organization = named;
                return true;
            }

            if (n == 1 && !IsWebAddress(head) && rest.Length <= 2 && rest.All(w => char.IsUpper(w[0])) && BylineVocabulary.DeskWords.Contains(rest[^1]))
            {
                organization = string.Join(' ', words);
                return true;
            }

            return false;
        }

        if (PublicationName(words) is { } newspaper)
        {
            organization = newspaper;
            return true;
        }

        return IsTitlePhrase(words);
    }

    // Words that open a newspaper's name beside a publication word ("Sunday Times", "Evening Standard", "Financial Times").
    private static readonly HashSet<string> NewspaperOpeners = new(StringComparer.Ordinal)
    {
        "Sunday", "Evening", "Morning", "Weekly", "National", "Financial", "Irish", "Jewish", "Catholic", "Business", "Economic",
    };

    /// <summary>
    /// A newspaper's name after a writer's ("Jane Roe, Washington Post", "The Harbour Times", "New York Times", "Daily
    /// Mail"): two to five capitalised words ending with a publication word, opened by "The", a known city or place, a
    /// second publication word or a newspaper's opener; not "John Post", "Mary Ann Post" or "Sofia Star", which are
    /// names. Null otherwise.
    /// </summary>
    private static string? PublicationName(string[] words)
    {
        var the = words.Length > 0 && words[0] is "The";
        var name = the ? words[1..] : words;
        if (name.Length is < 2 or > 5 || !name.All(w => w.Length > 0 && char.IsUpper(w[0])) || !BylineVocabulary.PublicationWords.Contains(name[^1]))
        {
            return null;
        }

        // Not its length alone, nor a city that is a given name too: "Mary Ann Post", "Mark T. Leader", "Sofia Star" are people.
        var opened = the || BylineVocabulary.PublicationWords.Contains(name[0]) || NewspaperOpeners.Contains(name[0])
            || BylineVocabulary.Cities.Contains(name[0]) || BylineVocabulary.MultiWordPlaces.Contains(string.Join(' ', name[..^1]));
        return opened ? string.Join(' ', words) : null;
    }

    /// <summary>An agency as printed ("Associated Press", "Agencia EFE"), or its display name when printed in one case only or as a short alias ("REUTERS", "Ap").</summary>
    private static string AsPrinted(string printed, string agency) =>
        printed.Length > 3 && printed.Any(char.IsUpper) && printed.Any(char.IsLower) ? printed : agency;

    /// <summary>
    /// "Harbour.com", "harbour.co.uk", "www.harbour.example": a publication named by its web address, a host's shape: a
    /// "www." prefix or a top-level domain, a country's code of two letters or a common generic one (<see cref="GenericTopLevelDomains"/>).
    /// A lower-case account ("jane.roe", "jsmith.nyt") is no address.
    /// </summary>
    private static bool IsWebAddress(string word)
    {
        var dot = word.LastIndexOf('.');
        var tld = dot > 0 ? word[(dot + 1)..] : string.Empty;
        return dot > 1 && tld.Length >= 2 && !tld.AsSpan().ContainsAnyExceptInRange('a', 'z')
            && (tld.Length == 2 || GenericTopLevelDomains.Contains(tld) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            && word[..dot].Count(char.IsLetter) >= 2 && word.AsSpan(0, dot).IndexOfAnyExcept(DomainChars) < 0;
    }

    // The generic top-level domains publications use most; a country's code of two letters counts as well.
    private static readonly HashSet<string> GenericTopLevelDomains = new(StringComparer.Ordinal)
    {
        "com", "net", "org", "info", "biz", "edu", "gov", "int", "news", "media", "online", "site", "blog", "press", "today", "live", "world",
        "website", "web", "tech", "app", "page", "digital", "network", "global", "club", "xyz", "top", "asia", "africa", "eus", "gal", "scot", "wales", "quebec",
    };

    private static readonly System.Buffers.SearchValues<char> DomainChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    /// <summary>"CNN", "NPR": three capital letters, which cannot be a name; not a country's or a city's ("USA", "NYC"), nor a post ("CEO").</summary>
    private static bool IsAcronym(string word) =>
        word.Length == 3 && word.All(c => c is >= 'A' and <= 'Z') && !PlaceAcronyms.Contains(word) && !BylineVocabulary.IsTitle(word);

    private static readonly HashSet<string> PlaceAcronyms = new(StringComparer.Ordinal) { "USA", "UAE", "NYC", "PRC", "DRC", "ROK", "DPR" };

    /// <summary>
    /// "Senior Editor", "National Political Writer", "Editor-at-large": capitalised words ending with a post (a writer, an
    /// editor, a correspondent, ... as a compound's first or last part), not with a word that also qualifies a desk.
    /// </summary>
    private static bool EndsWithPost(string[] words)
    {
        var parts = words[^1].Trim('.', ',').Split('-', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => char.IsUpper(w[0])) && parts.Length > 0
            && (BylineVocabulary.IsPost(parts[0]) || BylineVocabulary.IsPost(parts[^1]));
    }

    private static bool IsTitlePhrase(string[] words)
    {
        if (words.Length is 0 or > 5 || !words.All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and" or "at" or "de" or "du" or "der" or "für"))
        {
            return false;
        }

        var parts = words[^1].Trim('.', ',').Split('-', StringSplitOptions.RemoveEmptyEntries);
        // "Staff Writers" after two names is their post, as "Staff Writer" after one.
        if (parts.Length == 0 || !(BylineVocabulary.IsPost(parts[0]) || BylineVocabulary.IsPost(parts[^1])
            || (parts[^1].Length > 3 && parts[^1].EndsWith('s') && BylineVocabulary.IsPost(parts[^1][..^1]))))
        {
            return false;
        }

        // Every word before the post qualifies it ("Senior", "National Political"): "John Writer", "Ann Fotograf" or
        // "Tom Ceo" name people.
        for (var w = 0; w < words.Length - 1; w++)
        {
            if (!words[w].Trim('.', ',').Split('-', StringSplitOptions.RemoveEmptyEntries).All(IsTitleWord))
            {
                return false;
            }
        }

        return true;

        static bool IsTitleWord(string word) =>
            BylineVocabulary.IsTitle(word) || BylineVocabulary.TitleModifiers.Contains(word)
            || word is "of" or "for" or "and" or "at" or "de" or "du" or "der" or "für" or "large";
    }

    /// <summary>
    /// "Jane Roe Associated Press", "JANE ROE AFP": an agency printed right after a name of two words or more without a comma;
    /// a one-word agency only in capitals after a name that is not ("Jane Roe Bloomberg" may be a surname).
    /// </summary>
    internal static (string Name, string Agency)? SplitTrailingAgency(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length - 2); n >= 1; n--)
        {
            var tail = string.Join(' ', words[^n..]);
            if (NewsAgencies.MatchPrinted(tail) is not { } agency)
            {
                continue;
            }

            // "Jane Roe with AFP", "Jane Roe, AFP": the agency is printed as a credit of its own.
            var head = words[..^n];
            if (head[^1].EndsWith(',') || BylineVocabulary.Conjunctions.Any(c => c.AsSpan().Trim().Equals(head[^1], StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            if (n >= 2 || (tail.Length >= 2 && tail.All(char.IsUpper) && head.Any(w => w.Any(char.IsLower))))
            {
                return (string.Join(' ', head), AsPrinted(tail, agency));
            }
        }

        return null;
    }

    /// <summary>
    /// A place as printed, with its state or region when one follows it (<see cref="PieceReading.Region"/>: "Jackson,
    /// Miss."); one printed in a list in capitals in title case ("OSLO" → "Oslo"), a state's code aside ("JACKSON, MS" → "Jackson, MS").
    /// </summary>
    /// <param name="pieces">The pieces of the list, in order, each with whether a comma preceded it.</param>
    /// <param name="i">The place's piece.</param>
    /// <param name="capitals">Whether the list is printed in capitals (<see cref="IsInCapitals"/>).</param>
    internal static string PlaceName(IReadOnlyList<(string Piece, bool AfterComma)> pieces, int i, bool capitals)
    {
        var place = capitals ? TitleCase(pieces[i].Piece) : pieces[i].Piece;
        if (!IsRegionOfTown(pieces, i, capitals))
        {
            return place;
        }

        var region = TrimPunctuation(pieces[i + 1].Piece);
        return place + ", " + (capitals && region.Count(char.IsLetter) > 2 ? TitleCase(region) : pieces[i + 1].Piece.Trim());
    }

    /// <summary>
    /// Whether the piece after a one-word town printed after a name is that town's state or region, printed last: a
    /// code of two capitals ("MS", "TX"), a capitalised abbreviation with its period ("Miss.", "Calif.", "N.Y.") or a
    /// place of one word ("Texas"). A degree ("Jane Roe, MS") follows a name, not a town; a town is no degree, post,
    /// agency or collective, and outside a list in capitals has small letters ("Jane Roe, CNN, UK" names no town).
    /// </summary>
    /// <param name="pieces">The pieces of the list.</param>
    /// <param name="town">The town's piece, at least the second.</param>
    /// <param name="capitals">Whether the list is printed in capitals.</param>
    private static bool IsRegionOfTown(IReadOnlyList<(string Piece, bool AfterComma)> pieces, int town, bool capitals)
    {
        if (town < 1 || town != pieces.Count - 2 || !pieces[town].AfterComma || !pieces[town + 1].AfterComma)
        {
            return false;
        }

        if (!IsTown(pieces[town].Piece, capitals))
        {
            return false;
        }

        // "Jane Roe, Kyiv, AP": an agency's code is no state's (see IsTownBeforeAgency).
        var region = pieces[town + 1].Piece.Trim();
        var letters = region.Count(char.IsLetter);
        return (letters == 2 && region.Length == 2 && region.All(c => c is >= 'A' and <= 'Z') && NewsAgencies.MatchPrinted(region) is null)
            || (region.EndsWith('.') && letters is >= 2 and <= 5 && char.IsUpper(region[0]) && region.All(c => char.IsLetter(c) || c == '.'))
            || (!region.Contains(' ', StringComparison.Ordinal) && LooksLikePlace(region) && !IsJobTitle(region) && NewsAgencies.Match(region) is null
                && !IsCollective(region) && (capitals || region.Any(char.IsLower)));
    }

    /// <summary>
    /// Whether a piece is a one-word town printed after a name and before what names its state or an agency: a place
    /// (<see cref="IsPlacePiece"/>) of three letters or more, with small letters outside a list in capitals ("Jane Roe,
    /// CNN, UK" names no town), no title of address ("Dr", <see cref="IsNameSuffix"/>) and no word of the vocabulary (a post, a desk, "Guest", "Anonymous").
    /// </summary>
    private static bool IsTown(string piece, bool capitals)
    {
        var place = TrimPunctuation(piece);
        return !place.Contains(' ', StringComparison.Ordinal) && place.Count(char.IsLetter) >= 3 && (capitals || place.Any(char.IsLower))
            && IsPlacePiece(place) && !IsVocabularyWord(place);
    }

    /// <summary>
    /// "By Jane Roe, Kyiv, AP", "JANE ROE, GAZA, AP": a one-word town (<see cref="IsTown"/>) printed after a name, before an
    /// agency printed last, is where she reported from; the agency is her organization, not the town's state ("PA" too).
    /// </summary>
    private static bool IsTownBeforeAgency(IReadOnlyList<(string Piece, bool AfterComma)> pieces, int town, bool capitals) =>
        town >= 1 && town == pieces.Count - 2 && pieces[town].AfterComma && pieces[town + 1].AfterComma
        && NewsAgencies.MatchPrinted(pieces[town + 1].Piece) is not null && (IsTown(pieces[town].Piece, capitals) || IsRightToLeftWord(TrimPunctuation(pieces[town].Piece)));

    /// <summary>Splits "A, B and C" into pieces, remembering which followed a comma.</summary>
    private static List<(string Piece, bool AfterComma)> SplitPieces(string text)
    {
        var pieces = new List<(string, bool)>();
        var commaParts = text.Split([',', '،'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var c = 0; c < commaParts.Length; c++)
        {
            // "corresponsal en Bruselas": a post and a place, where "en" is no conjunction (as it is in Dutch); the names
            // after a conjunction that follows it are read as usual ("corresponsal en Bruselas y Juan Pérez").
            var rest = commaParts[c];
            if (c > 0 && PostedPlaceEnd(rest) is var postEnd and > 0)
            {
                pieces.Add((TrimPunctuation(rest[..postEnd]), true));
                rest = rest[postEnd..];
                if (rest.Length == 0)
                {
                    continue;
                }
            }

            var parts = new List<string> { " " + rest + " " };
            foreach (var conjunction in BylineVocabulary.Conjunctions)
            {
                parts = parts.SelectMany(p => SplitIgnoreCase(p, conjunction)).ToList();
            }

            // Avatar initials printed before each name ("LP Luana Patriolino RF Raphael Felice") separate the names.
            parts = parts.SelectMany(SplitAtInitials).ToList();
            var first = true;
            foreach (var part in parts)
            {
                var trimmed = TrimPunctuation(part);
                if (trimmed.Length > 0)
                {
                    pieces.Add((trimmed, c > 0 && first));
                    first = false;
                }
            }
        }

        return pieces;
    }

    private static IEnumerable<string> SplitAtInitials(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4 || !words.Any(w => w.Any(char.IsLower)))
        {
            yield return text;
            yield break;
        }

        var start = 0;
        for (var i = 1; i < words.Length; i++)
        {
            if (IsInitials(words[i]) && i + 1 < words.Length && words[i + 1].Any(char.IsLower))
            {
                yield return " " + string.Join(' ', words[start..i]) + " ";
                start = i;
            }
        }

        yield return " " + string.Join(' ', words[start..]) + " ";
    }

    private static IEnumerable<string> SplitIgnoreCase(string text, string separator)
    {
        var start = 0;
        while (true)
        {
            var index = text.IndexOf(separator, start, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                yield return text[start..];
                yield break;
            }

            yield return " " + text[start..index] + " ";
            start = index + separator.Length - 1;
        }
    }

    /// <summary>
    /// Whether a piece of a list of people is a given name and one capitalised word that is also a post ("By Jane Roe and
    /// John Writer", "Jane Roe, Tom Senior and Ali Khan"): a person whose surname is that word, not "John" and his post,
    /// since a post is printed apart from the name (after a comma, a bar, on a line of its own: "Jane Roe, Staff Writer")
    /// or after a full name ("Jane Roe Senior Writer"). The piece must be joined to another by a conjunction, so that a
    /// post printed last after a comma stays one; and the first word no word of posts, desks and publications
    /// ("Political Writer", "Metro Reporter", "Staff Writer", "Times Reporter"). Printed after a comma right after a
    /// person's name, a word that names a post ("Writer", "Reporter", not "Senior") makes the piece her post: "By Jane
    /// Roe, Golf Writer and John Doe", "Par Marie Martin, Grand Reporter et Jean Dupont".
    /// </summary>
    /// <remarks>Alone ("By John Writer") the piece keeps the general rule: "Football Reporter" may as well be a post printed without its name.</remarks>
    private static bool IsGivenNameAndPostWord(IReadOnlyList<(string Piece, bool AfterComma)> pieces, int i, bool afterPerson, bool capitals)
    {
        if (pieces.Count < 2 || !((i > 0 && !pieces[i].AfterComma) || (i + 1 < pieces.Count && !pieces[i + 1].AfterComma)))
        {
            return false;
        }

        var words = pieces[i].Piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !words.All(w => w.Length >= 2 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')
            && (capitals || w.Skip(1).Any(char.IsLower))))
        {
            return false;
        }

        var (given, post) = (words[0], words[1]);
        return BylineVocabulary.TitleWords.Contains(post) && !IsVocabularyWord(given)
            && !(pieces[i].AfterComma && afterPerson && BylineVocabulary.IsPost(post));
    }

    /// <summary>Whether a word is one of the vocabulary of posts, desks, collectives, publications and page furniture, which no given name is.</summary>
    private static bool IsVocabularyWord(string word) =>
        BylineVocabulary.TitleWords.Contains(word) || BylineVocabulary.TitleModifiers.Contains(word)
        || BylineVocabulary.DeskWords.Contains(word) || BylineVocabulary.CollectiveWords.Contains(word) || BylineVocabulary.PublicationWords.Contains(word)
        || BylineVocabulary.NonNameWords.Contains(word) || BylineVocabulary.Particles.Contains(word);

    /// <summary>A cleaned person's name, or null when the text is not one.</summary>
    /// <param name="text">The text.</param>
    /// <param name="whole">
    /// Whether the text is known to be a person's full name though its last word is a post's
    /// (<see cref="IsGivenNameAndPostWord"/>): then every word of it is read.
    /// </param>
    internal static string? NormalizeName(string text, bool whole = false)
    {
        var name = TrimPunctuation(text);
        if (name.Length is < 2 or > 60 || name.Any(char.IsDigit) || name.Contains('@', StringComparison.Ordinal)
            || name.Contains("://", StringComparison.Ordinal) || name.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        var original = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = whole ? original : TrimNonNameWords(original);

        // One word left over from a longer phrase ("This report was written ...") is not a name.
        if (words.Length is 0 or > 6 || (words.Length == 1 && original.Length > 2))
        {
            return null;
        }

        name = string.Join(' ', words);

        var cased = name.Any(char.IsUpper) || name.Any(char.IsLower);
        if (!cased)
        {
            // Scripts without case (Arabic, Persian, Chinese, ...): accept a short run of words.
            return words.Length <= 5 && name.Any(char.IsLetter) ? name : null;
        }

        if (words.All(w => BylineVocabulary.NonNameWords.Contains(w.Trim('.', ':')) || BylineVocabulary.Particles.Contains(w))
            || words.Any(w => BylineVocabulary.NonNameWords.Contains(w.Trim('.', ':')) && !char.IsUpper(w[0]))
            || words.Count(w => BylineVocabulary.NonNameWords.Contains(w.Trim('.', ':'))) * 2 >= words.Length + 1)
        {
            return null;
        }

        if (!whole && IsJobTitle(name))
        {
            return null;
        }

        // "JOHN McDONALD" counts as capitals: the "Mc" prefix keeps its small c even in upper-case bylines.
        var allCaps = words.All(w => (w.StartsWith("Mc", StringComparison.Ordinal) ? w[2..] : w).Where(char.IsLetter).All(char.IsUpper))
            && name.Count(char.IsLetter) > 3;
        if (allCaps)
        {
            name = TitleCase(name);
            words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }

        foreach (var word in words)
        {
            var first = word.TrimStart('(', '"', '\'', '“');
            if (first.Length == 0)
            {
                return null;
            }

            if (!char.IsUpper(first[0]) && !BylineVocabulary.Particles.Contains(word) && !(first.Length > 2 && first[1] == '\'' && char.IsUpper(first[2])))
            {
                return null;
            }
        }

        // A single word is a name only when it looks like one (not an acronym, not a common word).
        if (words.Length == 1 && (name.Length < 3 || name.All(c => !char.IsLetter(c) || char.IsUpper(c))))
        {
            return null;
        }

        return name;
    }

    /// <summary>
    /// Drops what pages print around a name: leading titles and avatar initials ("FOCUS-Online-Experte", "LP"),
    /// and everything from the first word that cannot be part of a name ("Twitter", "Über", "Mitglied der ...").
    /// </summary>
    private static string[] TrimNonNameWords(string[] words)
    {
        var start = 0;

        // "our correspondent Jane Roe", "unserem Korrespondenten Jonas Weber", "dal nostro corrispondente Giulia Rossi".
        var lead = 0;
        while (lead < words.Length - 2 && (BylineVocabulary.PostDeterminers.Contains(words[lead]) || (lead == 0 && BylineVocabulary.FromWords.Contains(words[lead]))))
        {
            lead++;
        }

        if (lead > 0 && IsTitleWord(words[lead]) && lead > (BylineVocabulary.FromWords.Contains(words[0]) ? 1 : 0))
        {
            start = lead;
        }

        while (start < words.Length - 1 && !IsGivenNameMonth(words, start) && (IsTitleWord(words[start]) || BylineVocabulary.NonNameWords.Contains(words[start].Trim('.', ':'))
               || (IsInitials(words[start]) && words.Skip(start + 1).Any(w => w.Any(char.IsLower)))))
        {
            start++;
        }

        var anyUpper = words.Any(w => w.Any(char.IsUpper));
        var end = start;
        while (end < words.Length)
        {
            var word = words[end].Trim('.', ':', ',');
            // In cased scripts a name's words are capitalised; a lower-case word other than a particle ends the name.
            var isName = !BylineVocabulary.NonNameWords.Contains(word) && !IsTitleWord(word)
                && (BylineVocabulary.Particles.Contains(word) || word.Length == 0 || !char.IsLower(word[0]) || !anyUpper);
            if (!isName && end - start >= 1)
            {
                break;
            }

            end++;
        }

        // A name never ends with a particle ("Artikel von").
        while (end > start && BylineVocabulary.Particles.Contains(words[end - 1]))
        {
            end--;
        }

        return words[start..end];
    }

    /// <summary>"April Roach", "June Kim", "Jan Hohl": a month (or its abbreviation) that is also a given name, written as one before a capitalised surname.</summary>
    /// <remarks>In a byline printed in capitals ("JAN OSTER") both words are capitals.</remarks>
    private static bool IsGivenNameMonth(string[] words, int index)
    {
        if (index + 1 >= words.Length || words[index + 1].Length <= 1)
        {
            return false;
        }

        // "Jan de Vries": the surname's particles between the given name and the surname.
        var after = index + 1;
        while (after + 1 < words.Length && BylineVocabulary.Particles.Contains(words[after]))
        {
            after++;
        }

        var (word, next) = (words[index], words[after]);
        var capitals = word.All(char.IsUpper) && next.Where(char.IsLetter).All(char.IsUpper);
        return GivenNameMonths.Contains(capitals ? TitleCase(word) : word) && char.IsUpper(next[0]) && (capitals || next.Skip(1).Any(char.IsLower))
            && !BylineVocabulary.NonNameWords.Contains(next.Trim('.', ':', ',')) && !IsTitleWord(next);
    }

    private static readonly HashSet<string> GivenNameMonths = new(StringComparer.Ordinal) { "April", "May", "June", "July", "August", "Jan", "Jun" };

    private static bool IsTitleWord(string word)
    {
        var last = word.Trim('.', ':', ',').Split('-', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        return BylineVocabulary.IsTitle(last) && !char.IsUpper(last.Length > 1 ? last[1] : 'a');
    }

    private static bool IsInitials(string word) => word.Length is 2 or 3 && word.All(char.IsUpper);

    /// <summary>
    /// Removes a date printed inside a byline: "Jane Roe, 01.12.2021" keeps what precedes it; "Posted on
    /// 21 September 2020 by Jane Roe" and "06.11.2023 13:30 von Jane" keep what follows, since nothing before it is a name.
    /// </summary>
    private static string CutDate(string segment)
    {
        if (!segment.Any(char.IsDigit) || Dates.DateReader.Parse(segment, Dates.DateTextSettings.Neutral, "byline") is not { Text: { Length: > 0 } span })
        {
            return segment;
        }

        var at = segment.IndexOf(span, StringComparison.Ordinal);
        if (at < 0)
        {
            return segment;
        }

        var before = segment[..at].TrimEnd(' ', ',', '-', '–', '|', '·', '(', '／', '｜');
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && DateLeadWords.Contains(words[^1].TrimEnd(':', ',')))
        {
            words.RemoveAt(words.Count - 1);
        }

        // Words such as "Posted", "Published" name nobody: then the name follows the date.
        if (words.All(w => BylineVocabulary.NonNameWords.Contains(w.TrimEnd(':', ',')) || DateLeadWords.Contains(w.TrimEnd(':', ','))))
        {
            return segment[(at + span.Length)..].TrimStart(' ', ',', '-', '–', '|', '·', ')');
        }

        return string.Join(' ', words);
    }

    private static bool IsNoiseSegment(string segment)
    {
        var lower = segment.ToLowerInvariant();
        if (lower.StartsWith("updated", StringComparison.Ordinal) || lower.StartsWith("last updated", StringComparison.Ordinal)
            || lower.StartsWith("published", StringComparison.Ordinal) || lower.StartsWith("posted on", StringComparison.Ordinal)
            || lower.StartsWith("aktualisiert", StringComparison.Ordinal) || lower.StartsWith("veröffentlicht", StringComparison.Ordinal)
            || lower.StartsWith("mis à jour", StringComparison.Ordinal) || lower.StartsWith("publié", StringComparison.Ordinal)
            || lower.StartsWith("actualizado", StringComparison.Ordinal) || lower.StartsWith("aggiornato", StringComparison.Ordinal)
            || lower.StartsWith("atualizado", StringComparison.Ordinal) || lower.StartsWith("обновлено", StringComparison.Ordinal)
            || lower.StartsWith('@') || SourceCredits.Any(c => lower.StartsWith(c, StringComparison.Ordinal)))
        {
            return true;
        }

        if (lower.Contains("min read", StringComparison.Ordinal) || lower.Contains("minute read", StringComparison.Ordinal)
            || lower.Contains("minutes read", StringComparison.Ordinal) || lower.Contains("reading time", StringComparison.Ordinal))
        {
            return true;
        }

        // Dates, times and counters: more digits than letters.
        var digits = segment.Count(char.IsDigit);
        var letters = segment.Count(char.IsLetter);
        return digits > 0 && digits * 2 >= letters;
    }

    /// <summary>Drops e-mail addresses, handles and links; one printed between two names separates them ("Jane Roe @janeroe John Doe").</summary>
    private static string RemoveContacts(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        var separated = false;
        foreach (var word in words)
        {
            if (word.Contains('@', StringComparison.Ordinal) || word.StartsWith("http", StringComparison.OrdinalIgnoreCase) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                separated = kept.Count > 0;
                continue;
            }

            if (separated && !kept[^1].EndsWith(',') && char.IsUpper(word[0]))
            {
                kept[^1] += ",";
            }

            separated = false;
            kept.Add(word);
        }

        return string.Join(' ', kept);
    }

    private static string CutTrailingPhrases(string text)
    {
        foreach (var phrase in BylineVocabulary.TrailingPhrases)
        {
            var index = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && (index == 0 || !char.IsLetter(text[index - 1])))
            {
                text = text[..index];
            }
        }

        return TrimPunctuation(text);
    }

    /// <summary>
    /// The slash that separates the writers from their organization: one with a space beside it ("Jane Roe / Press TV"),
    /// or one written without spaces where an agency stands on either side ("Jane Roe/AFP", "AFP/The Harbour",
    /// "dsw/dpa"); -1 when none. A slash inside a word or an address separates nothing.
    /// </summary>
    private static int FindSeparatingSlash(string text)
    {
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] != '/')
            {
                continue;
            }

            if (text[i - 1] == ' ' || text[i + 1] == ' ')
            {
                return i;
            }

            if (text.Contains("://", StringComparison.Ordinal))
            {
                return -1;
            }

            var before = text[..i];
            var lastWord = before[(before.LastIndexOf(' ') + 1)..];
            var after = text[(i + 1)..];
            var comma = after.IndexOf(',', StringComparison.Ordinal);
            var organization = comma < 0 ? after : after[..comma];
            if (NewsAgencies.MatchPrinted(lastWord) is not null || NewsAgencies.MatchCredit(organization) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    private static string ExtractParenthetical(string text, ref string? organization)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf(')', open);
        if (open < 0 || close < 0)
        {
            return text;
        }

        // The same credit rule as a dateline's: "(dpa)", "(dpa/lby)" kept whole, "(AFP/Reuters)" both.
        var inside = text[(open + 1)..close];
        if (NewsAgencies.MatchCredit(inside) is { } agencies)
        {
            organization ??= string.Join('/', agencies);
        }

        return (text[..open] + " " + text[(close + 1)..]).Trim();
    }

    /// <summary>
    /// "Harbourlocal.com": a publication named by its web address (no person's name is one); "Harbour Gazette
    /// (www.harbourgazette.com)": the site's own name given with its address, the address or the name the site's own
    /// (<see cref="SiteNames.IsOwnName"/>, <see cref="SiteNames.IsName"/>). A person's name with her own site's address
    /// ("Jane Roe (janeroe.com)") stays hers.
    /// </summary>
    private static bool NamesPublicationByAddress(string name, SiteNames site)
    {
        var trimmed = name.Trim();
        if (IsWebAddress(trimmed))
        {
            return true;
        }

        var open = trimmed.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || !trimmed.EndsWith(')') || trimmed.IndexOf(')', StringComparison.Ordinal) != trimmed.Length - 1)
        {
            return false;
        }

        var (before, address) = (trimmed[..open].Trim(), trimmed[(open + 1)..^1].Trim());
        var ownAddress = address.Contains('.', StringComparison.Ordinal) && !address.Contains(' ', StringComparison.Ordinal) && site.IsOwnName(address);
        return ownAddress || (IsWebAddress(address) && (site.IsName(before) || site.IsOwnName(before)));
    }

    /// <summary>
    /// Whether a credit names an organization, whoever calls it a person: a news agency ("Reuters", "The Associated
    /// Press"), a collective credit (<see cref="IsCollective"/>), or a publication named by its web address (<see cref="NamesPublicationByAddress"/>).
    /// </summary>
    /// <remarks>
    /// Read from markup, where a person's name is given as such, so more strictly than printed: an agency's acronym only
    /// as written in capitals ("Sana" and "Ani" are given names; "SANA" and "ANI" agencies); "Kathy Staff" is a name
    /// ("Times Staff", "Harbour Gazette Staff", "Staff Reports" are not); a desk ("Harbour Sport") only when its first
    /// words name the site or a publication ("Harbour Gazette Sport"), since "Eddie Money" or "Tim Sport" are names.
    /// </remarks>
    internal static bool NamesOrganization(string name, SiteNames site)
    {
        if (NamesPublicationByAddress(name, site))
        {
            return true;
        }

        if (NewsAgencies.Match(name) is { } agency)
        {
            var shortMixed = !name.Contains(' ', StringComparison.Ordinal) && name.Any(char.IsLower) && name.Any(char.IsUpper);
            return !(shortMixed && agency.All(c => !char.IsLetter(c) || char.IsUpper(c)));
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // "7 News WXYZ", "WXYZ News Team" on wxyz.example: a desk's or a publication's word beside the site's own name.
        if (words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]))
            && words.Any(w => BylineVocabulary.DeskWords.Contains(w) || BylineVocabulary.PublicationWords.Contains(w))
            && words.Any(w => !BylineVocabulary.DeskWords.Contains(w) && !BylineVocabulary.PublicationWords.Contains(w) && w.Count(char.IsLetter) >= 3 && site.IsOwnName(w)))
        {
            return true;
        }

        if (words.Length >= 2 && char.IsUpper(words[^1][0]) && BylineVocabulary.DeskWords.Contains(words[^1].Trim('.', ':')))
        {
            var prefix = string.Join(' ', words[..^1]);
            return site.IsName(prefix) || site.IsOwnName(prefix) || site.NamesSite(prefix)
                || (words.Length >= 3 && BylineVocabulary.PublicationWords.Contains(words[^2]));
        }

        if (!IsCollective(name))
        {
            return false;
        }

        // "Kathy Staff": a surname that is a collective word, after a lone word that is not a publication's.
        return !(words.Length == 2 && words[1] == "Staff" && char.IsUpper(words[0][0]) && !BylineVocabulary.PublicationWords.Contains(words[0])
            && !site.IsName(words[0]) && !site.NamesSite(words[0]));
    }

    /// <summary>
    /// A collective credit: "Times Staff", "Editorial Board", "Redaktion", "Harbour Bureau", none of them a person; with
    /// <paramref name="desks"/>, a desk too, a publication's name followed by the subject it covers ("Harbour Gazette
    /// Sport", "XYZ News"): counted where the text is given as a credit (a byline, an author field), since a phrase of
    /// capitalised words ending so may be anything else printed alone ("Keep Talking Sports!").
    /// </summary>
    internal static bool IsCollective(string piece, bool desks = false)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4)
        {
            return false;
        }

        var last = words[^1].Trim('.', ':');
        if (desks && IsDeskPhrase(words))
        {
            return true;
        }

        // "Tribune News Service", "Harbour Wire Service": a news service, whereas "Robert Service" is a name.
        if (words.Length >= 2 && last.Equals("service", StringComparison.OrdinalIgnoreCase) && words.All(w => char.IsUpper(w[0]))
            && (BylineVocabulary.PublicationWords.Contains(words[^2]) || words[^2].Equals("wire", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return BylineVocabulary.CollectiveWords.Contains(last) && (words.Length == 1 || !IsJobTitle(piece) || last.Equals("staff", StringComparison.OrdinalIgnoreCase))
            && words.All(w => char.IsUpper(w[0]) || !w.Any(char.IsLetter) || BylineVocabulary.CollectiveWords.Contains(w) || BylineVocabulary.Particles.Contains(w) || char.IsLower(piece[0]));
    }

    /// <summary>
    /// "Fox News", "Guardian Technology", "CNN Money", "Harbour Gazette Sport": capitalised words ending with a desk's
    /// subject. A subject that is also a surname ("Eddie Money", "Tim Sport") counts only after an acronym; after two
    /// words or more, only after a publication's word ("Gazette", "World"), so that "Jane Roe Money Travel" (a name run
    /// into a menu) is not one.
    /// </summary>
    internal static bool IsDeskPhrase(string[] words)
    {
        if (words.Length < 2 || !BylineVocabulary.DeskWords.Contains(words[^1].Trim('.', ':')) || !words.All(w => char.IsUpper(w[0]) || !w.Any(char.IsLetter)))
        {
            return false;
        }

        var acronym = words[0].Length >= 2 && words[0].All(c => !char.IsLetter(c) || char.IsUpper(c));
        return words.Length == 2
            ? acronym || !BylineVocabulary.SurnameDeskWords.Contains(words[^1].Trim('.', ':'))
            : BylineVocabulary.PublicationWords.Contains(words[^2]);
    }

    private static bool IsJobTitle(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var titleWords = words.Count(w => BylineVocabulary.IsTitle(w.Trim('.', ',')));
        return titleWords > 0 && words.Any(w => BylineVocabulary.IsTitle(w.Trim('.', ','))
            && (w.Trim('.', ',').EndsWith("er", StringComparison.OrdinalIgnoreCase) || w.Trim('.', ',').EndsWith("ent", StringComparison.OrdinalIgnoreCase)
                || w.Trim('.', ',').EndsWith("or", StringComparison.OrdinalIgnoreCase) || w.Trim('.', ',').EndsWith("ist", StringComparison.OrdinalIgnoreCase)
                || w.Trim('.', ',').EndsWith("in", StringComparison.OrdinalIgnoreCase) || titleWords == words.Length));
    }

    // The prepositions between a journalist's post and the place she is posted to. "in" follows any post ("writer in
    // Brooklyn"); the others only a post that is a posting (a correspondent, an envoy), since after any other they as often
    // name the employer ("journaliste à Radio France", "журналист в РБК"); "da" only an Italian one ("repórter da Folha").
    private static readonly HashSet<string> PostingPrepositions = new(StringComparer.Ordinal)
    {
        "en", "à", "a", "au", "aux", "aus", "im", "em", "no", "na", "nos", "nas", "nel", "nella", "desde", "w", "z", "в", "во", "у", "з", "із", "из",
    };

    // Any preposition a post may take before a town: after any journalist's post, a known city is where she works
    // ("journaliste à Bruxelles", "periodista en Barcelona").
    private static readonly HashSet<string> TownPrepositions = new(StringComparer.Ordinal)
    {
        "in", "en", "à", "a", "au", "aus", "im", "em", "no", "na", "nel", "nella", "da", "desde", "w", "z", "в", "во", "у", "з", "із", "из",
    };

    private static readonly HashSet<string> ItalianPostings = new(StringComparer.OrdinalIgnoreCase) { "corrispondente", "inviato", "inviata" };

    /// <summary>
    /// Whether a piece is a journalist's post and a preposition that names where she is posted ("correspondent in …",
    /// "corresponsal en …", "corrispondente da …", "our correspondent in …"), whatever follows; <paramref name="place"/> is
    /// that place where it reads as one (<see cref="ReportingPlace"/>).
    /// </summary>
    private static bool IsPostPhrase(string piece, out string? place)
    {
        place = null;
        var words = TrimPunctuation(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ReadPost(words) is not { } read)
        {
            return false;
        }

        var (w, posting, italian) = read;

        var rest = string.Join(' ', words[(w + 1)..]);
        var town = BylineVocabulary.Cities.Contains(rest) || BylineVocabulary.MultiWordPlaces.Contains(rest);
        if (!(words[w] == "in" || (posting && PostingPrepositions.Contains(words[w])) || (italian && words[w] == "da")
            || (town && TownPrepositions.Contains(words[w]))))
        {
            return false;
        }

        place = ReportingPlace(rest);
        return true;
    }

    /// <summary>A credit without the "from" before an agency or a collective ("From Reuters", "from staff reports"); as it is otherwise.</summary>
    private static string WithoutFrom(string credit, bool desks) =>
        credit.StartsWith("from ", StringComparison.OrdinalIgnoreCase) && credit[5..].TrimStart() is var rest
        && (NewsAgencies.Match(rest) is not null || IsCollective(rest, desks)) ? rest : credit;

    /// <summary>
    /// A journalist's post opening a piece's words, after a possessive or an article ("our correspondent", "la corresponsal"):
    /// where it ends (the word after it, which exists), whether it is a posting, and whether an Italian one; null when the
    /// words do not open with post words one of which is a journalist's post.
    /// </summary>
    private static (int End, bool Posting, bool Italian)? ReadPost(string[] words)
    {
        var w = 0;
        while (w < words.Length && BylineVocabulary.PostDeterminers.Contains(words[w]))
        {
            w++;
        }

        bool post = false, posting = false, italian = false;
        var first = w;
        while (w < words.Length && IsTitleWord(words[w]))
        {
            post |= BylineVocabulary.JournalistPosts.Contains(words[w]);
            posting |= BylineVocabulary.Postings.Contains(words[w]);
            italian |= ItalianPostings.Contains(words[w]);
            w++;
        }

        return post && w > first && w + 1 < words.Length ? (w, posting, italian) : null;
    }

    /// <summary>
    /// Where a post and its place end in a piece that opens with them ("corresponsal en Bruselas", "corresponsal en Bruselas
    /// y Juan Pérez": before the conjunction, whose names follow); 0 when the piece does not open with a posted place.
    /// </summary>
    private static int PostedPlaceEnd(string piece)
    {
        if (!IsPostPhrase(piece, out var place))
        {
            return 0;
        }

        if (place is null)
        {
            foreach (var conjunction in BylineVocabulary.Conjunctions)
            {
                var at = piece.IndexOf(conjunction, StringComparison.OrdinalIgnoreCase);
                if (at > 0 && IsPostPhrase(piece[..at], out _))
                {
                    return at;
                }
            }
        }

        return piece.Length;
    }

    // The prepositions between a journalist's post and her employer: "corresponsal de El País", "reporter at the Harbour
    // Times", "repórter da Folha", "journaliste à Radio France", "журналист в РБК".
    private static readonly HashSet<string> EmployerPrepositions = new(StringComparer.Ordinal)
    {
        "de", "del", "da", "do", "du", "des", "of", "at", "for", "für", "bei", "para", "per", "au", "no", "na", "à", "a", "в", "im", "der",
    };

    /// <summary>
    /// The employer in a journalist's post printed after her name ("corresponsal de El País", "reporter at the Harbour
    /// Times", "journaliste à Radio France"): post words (one a journalist's post), a preposition, then up to five words
    /// that open with a capital (an article may stand first); null for anything else, and for a known city (a place, <see cref="IsPostPhrase"/>).
    /// </summary>
    private static string? PostEmployer(string piece)
    {
        var words = TrimPunctuation(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ReadPost(words) is not { End: var w } || !EmployerPrepositions.Contains(words[w]))
        {
            return null;
        }

        var preposition = words[w];
        var name = words[(w + 1)..];

        // "the Harbour Times", "la BBC", "der Süddeutschen Zeitung": the article goes; every other word opens with a capital.
        var start = name.Length > 1 && (name[0] is "The" || BylineVocabulary.Articles.Contains(name[0])) ? 1 : 0;
        name = name[start..];
        var joined = string.Join(' ', name);
        if (name.Length is 0 or > 5 || name.Any(n => n.Any(char.IsDigit)) || !char.IsUpper(name[0][0])
            || !name.All(n => char.IsUpper(n[0]) || BylineVocabulary.Particles.Contains(n) || n is "&")
            || BylineVocabulary.Cities.Contains(joined) || BylineVocabulary.MultiWordPlaces.Contains(joined)
            || name.Any(n => BylineVocabulary.DeskWords.Contains(n) || BylineVocabulary.CategoryWords.Contains(n) || BylineVocabulary.NotEmployerWords.Contains(n)))
        {
            return null;
        }

        // An outlet by its name: a newspaper's or a broadcaster's word, an agency, or an acronym ("El País" needs a genitive
        // "de"; after "à", "в", "at" or "for" a single other word is as often a town, a region or a beat).
        var outlet = name.Any(n => BylineVocabulary.PublicationWords.Contains(n) || BylineVocabulary.BroadcasterWords.Contains(n))
            || NewsAgencies.Match(joined) is not null
            || (name.Length == 1 && name[0].Length is >= 2 and <= 5 && name[0].All(char.IsUpper));
        return outlet || GenitivePrepositions.Contains(preposition) ? joined : null;
    }

    // The prepositions that make the name after a post its owner's, as a genitive does ("corresponsal de El País",
    // "correspondante de Libération", "repórter da Folha", "Korrespondent der Zeit").
    private static readonly HashSet<string> GenitivePrepositions = new(StringComparer.Ordinal)
    {
        "de", "del", "da", "do", "du", "des", "of", "der", "bei",
    };

    /// <summary>
    /// The place after "in" that ends a writer's credit ("Kyiv", "New York", "Rio de Janeiro"): up to four words, each
    /// capitalised but a particle between them, none an English month, a post, a word names are not made of, a category's
    /// or a desk's name ("in Uncategorized", "in Politics") or a publication's word ("in New York Times"); null otherwise.
    /// </summary>
    private static string? ReportingPlace(string text)
    {
        var place = TrimPunctuation(text);
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || place.Any(char.IsDigit) || IsJobTitle(place))
        {
            return null;
        }

        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            // "Rio de Janeiro"; not "y"/"e", which join the next name ("en Bruselas y Juan Pérez").
            var particle = w > 0 && w < words.Length - 1 && BylineVocabulary.Particles.Contains(word) && word is not ("y" or "e");
            if (!particle && (word.Length < 2 || !char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.')
                || BylineVocabulary.NonNameWords.Contains(word) || Dates.DateVocabulary.IsMonthIn(word, "en")))
            {
                return null;
            }

            // "By admin in Uncategorized", "Jane Roe in Politics", "in New York Times", "à Radio France", "Writer in Residence":
            // a category, a publication or a broadcaster, or the end of a post's set phrase.
            if (BylineVocabulary.DeskWords.Contains(word) || BylineVocabulary.CategoryWords.Contains(word) || BylineVocabulary.PublicationWords.Contains(word)
                || BylineVocabulary.NotPlaceWords.Contains(word))
            {
                return null;
            }
        }

        return place;
    }

    private static bool LooksLikePlace(string piece)
    {
        var trimmed = TrimPunctuation(piece);
        if (BylineVocabulary.MultiWordPlaces.Contains(trimmed))
        {
            return true;
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 1 or 2 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && !w.Any(char.IsDigit))
            && (words.Length == 1 || words.All(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c))));
    }

    /// <summary>Two words or more, not a known place; in capitals only when the whole list is ("KARIN OLSEN").</summary>
    private static bool LooksLikeFullName(string piece, bool capitals = false) =>
        !BylineVocabulary.MultiWordPlaces.Contains(TrimPunctuation(piece)) && piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2
        && (capitals || !piece.Where(char.IsLetter).All(char.IsUpper));

    private static string TitleCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var startOfWord = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var upper = startOfWord
                    || (i >= 2 && text[i - 2] is 'M' && builder[^1] == 'c' && (i < 3 || !char.IsLetter(text[i - 3])));
                builder.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                startOfWord = false;
            }
            else
            {
                builder.Append(c);
                startOfWord = c is ' ' or '-' or '\'' or '’' or '.';
            }
        }

        var result = builder.ToString();
        return string.Join(' ', result.Split(' ').Select(w => BylineVocabulary.Particles.Contains(w.ToLowerInvariant()) && w.Length <= 3 ? w.ToLowerInvariant() : w));
    }

    // With their full-width forms ("／", "｜", "：") printed in Chinese and Japanese bylines.
    private static string TrimPunctuation(string text) =>
        text.Trim().Trim(' ', ',', ';', ':', '-', '–', '—', '|', '/', '•', '·', '*', '"', '“', '”', '»', '«', '.', '\u00A0', '／', '｜', '：', '，', '、').Trim();

    private static List<Contributor> Deduplicate(List<Contributor> contributors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return contributors.Where(c => seen.Add(c.Name + "\u0001" + c.Role.ToString())).ToList();
    }

    /// <summary>For tests and diagnostics: the contributors as "Name [role, kind, org, place]".</summary>
    internal static string Describe(Byline byline) =>
        string.Join("; ", byline.Contributors.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"{c.Name} [{c.Role.ToString().ToLowerInvariant()}{(c.Kind == ContributorKind.Organization ? ", org" : string.Empty)}{(c.Organization is null ? string.Empty : ", @" + c.Organization)}{(c.Location is null ? string.Empty : ", in " + c.Location)}]")));
}
