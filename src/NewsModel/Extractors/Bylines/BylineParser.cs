using System.Globalization;
using NewsModel.Internal;
using static NewsModel.Extractors.Bylines.BylineText;
using static NewsModel.Extractors.Bylines.CreditOrganizations;
using static NewsModel.Extractors.Bylines.CreditPlaces;
using static NewsModel.Extractors.Bylines.JournalistPosts;
using static NewsModel.Extractors.Bylines.PersonNames;
using static NewsModel.Extractors.Bylines.RoleCredits;

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

    /// <summary>Parses a byline, a desk ("By Harbour Gazette Sport") credited or not (see <see cref="CreditOrganizations.IsCollective"/>).</summary>
    private static Byline Parse(string? text, bool desks)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxBylineLength)
        {
            return Byline.Empty;
        }

        // Korean, Chinese and Japanese credits follow a grammar of their own (EastAsianCredits).
        if (EastAsianCredits.Parse(text) is { } eastAsian)
        {
            return eastAsian;
        }

        var printed = text;
        if (text.Contains(' ', StringComparison.Ordinal))
        {
            // "dan Nurul Ain" opening a list's item joins it as "and Nurul Ain" does.
            var spaced = " " + text;
            foreach (var conjunction in BylineVocabulary.LowercaseConjunctions)
            {
                spaced = spaced.Replace(conjunction, " and ", StringComparison.Ordinal);
            }

            text = spaced[1..];
        }

        text = RolesInParentheses(WithAgencyMaterial(AgencyThenTown(ReportsFromPlace(text))));
        var contributors = new List<Contributor>();
        var lastRole = ContributorRole.Author;
        var segmentStart = 0;
        var editorial = false;
        string? placeFirst = null;
        foreach (var rawSegment in text.Split(SegmentSeparators, StringSplitOptions.RemoveEmptyEntries).Select(CutAtFieldLabel).SelectMany(SplitAtRolePhrases))
        {
            var cut = CutDate(WithoutSourceLabel(TextNormalizer.Collapse(rawSegment)));
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

            // "EFE | Madrid", "Marco Galli | Roma", "Madrid | EFE": a city set apart by itself is where the names beside it
            // report from, not a writer.
            if (!hadPrefix && BylineVocabulary.IsKnownCity(segment, namesToo: true) && (contributors.Count > 0 || segment.Length < TrimPunctuation(text).Length))
            {
                if (contributors.Count == 0)
                {
                    placeFirst = segment;
                }

                for (var i = segmentStart; i < contributors.Count; i++)
                {
                    contributors[i] = contributors[i] with { Location = contributors[i].Location ?? segment };
                }

                continue;
            }
            if (!hadPrefix && contributors.Count > 0 && DescribesNames(rest, contributors, segmentStart, out var namesAfter))
            {
                if (namesAfter is null)
                {
                    continue;
                }

                // "Carlos Ruiz | Corresponsal en Bruselas y Juan Pérez": the names after the post and its place.
                rest = namesAfter;
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
            for (var i = before; placeFirst is not null && i < contributors.Count; i++)
            {
                contributors[i] = contributors[i] with { Location = contributors[i].Location ?? placeFirst };
            }

            placeFirst = null;
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
            : new Byline { Text = TextNormalizer.Collapse(printed), Contributors = WithPrintedEmails(printed, Deduplicate(contributors)) };
    }

    /// <summary>
    /// Gives each e-mail address printed in a byline to the person named last before it ("Jane Roe (jane@example.com) and
    /// John Doe", "Jane Roe, Staff Writer | jane@example.com"), or to the one person the byline names; the parser drops
    /// the addresses from the names (<see cref="BylineText.RemoveContacts"/>).
    /// </summary>
    internal static IReadOnlyList<Contributor> WithPrintedEmails(string printed, IReadOnlyList<Contributor> contributors)
    {
        if (!printed.Contains('@', StringComparison.Ordinal))
        {
            return contributors;
        }

        Contributor[]? result = null;
        var people = contributors.Count(c => c.Kind == ContributorKind.Person);
        for (var at = printed.IndexOf('@', StringComparison.Ordinal); at >= 0; at = printed.IndexOf('@', at + 1))
        {
            var start = printed.LastIndexOfAny([' ', '\n', '\t'], at) + 1;
            var end = printed.IndexOfAny([' ', '\n', '\t'], at);
            if (ContributorNames.Email(printed[start..(end < 0 ? printed.Length : end)]) is not { } email || ContributorNames.IsRoleAddress(email))
            {
                continue;
            }

            // The person whose name is printed nearest before the address.
            var best = -1;
            var bestAt = -1;
            for (var i = 0; i < contributors.Count; i++)
            {
                if (contributors[i].Kind == ContributorKind.Person && printed.LastIndexOf(contributors[i].Name, start, StringComparison.OrdinalIgnoreCase) is var found and >= 0 && found > bestAt)
                {
                    (best, bestAt) = (i, found);
                }
            }

            if (best < 0 && people == 1)
            {
                best = contributors.Select((c, i) => (c, i)).First(x => x.c.Kind == ContributorKind.Person).i;
            }

            if (best >= 0 && (result ?? contributors)[best].Email is null)
            {
                result ??= [.. contributors];
                result[best] = result[best] with { Email = email };
            }
        }

        return result ?? contributors;
    }

    /// <summary>
    /// "Sabine Kühn (Text) und Markus Pohl (Fotos)": a role printed in brackets after each name, as the label of two-word
    /// credits names it (<see cref="BylineVocabulary.JointLabelWords"/>), rewritten as the labels a byline prints before
    /// the names ("text: Sabine Kühn; photo: Markus Pohl"); the text as it is where no bracket names a role.
    /// </summary>
    private static string RolesInParentheses(string text)
    {
        if (!text.Contains('(', StringComparison.Ordinal))
        {
            return text;
        }

        var credits = new List<string>();
        var start = 0;
        for (var open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = text.IndexOf(')', open);
            if (close < 0)
            {
                break;
            }

            if (BylineVocabulary.JointLabelWords.TryGetValue(text[(open + 1)..close].Trim(), out var role) && WithoutJoiner(text[start..open]) is { Length: > 0 } names)
            {
                // "Von Sabine Kühn und Markus Pohl (Fotos)": the role is the last name's; the names before it keep theirs.
                var last = LastNameStart(names);
                if (last > 0)
                {
                    credits.Add(names[..last].TrimEnd().TrimEnd(',', '&').TrimEnd());
                    names = WithoutJoiner(names[last..]);
                }

                credits.Add(LabelOf(role) + " " + names);
                start = close + 1;
            }
        }

        if (credits.Count == 0)
        {
            return text;
        }

        if (WithoutJoiner(text[start..]) is { Length: > 0 } rest)
        {
            credits.Add(rest);
        }

        return string.Join("; ", credits);

        static string WithoutJoiner(string part)
        {
            var trimmed = part.Trim().TrimStart(',', ';', '&', '/', '+').TrimStart();
            var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
            return space > 0 && BylineVocabulary.Conjunctions.Contains(" " + trimmed[..space] + " ", StringComparer.OrdinalIgnoreCase) ? trimmed[(space + 1)..].Trim() : trimmed;
        }

        // Where the last name of a list starts: after its last comma or conjunction; 0 for one name.
        static int LastNameStart(string names)
        {
            var last = names.LastIndexOf(',') + 1;
            foreach (var conjunction in BylineVocabulary.Conjunctions)
            {
                var at = names.LastIndexOf(conjunction, StringComparison.OrdinalIgnoreCase);
                last = at >= 0 ? Math.Max(last, at + 1) : last;
            }

            return last;
        }

        static string LabelOf(ContributorRole role) => role switch
        {
            ContributorRole.Photographer => "photo:",
            ContributorRole.Reporter => "reporting:",
            ContributorRole.Producer => "video by",
            ContributorRole.Illustrator => "illustration:",
            _ => "text:",
        };
    }

    /// <summary>
    /// "By Jane Roe | Harbour Media for harbour.example", "By Jane Roe | Topic: Health": a segment printed after the names,
    /// without a credit word of its own, that is an affiliation (<see cref="CreditOrganizations.IsAffiliation"/>) or a label and its value names
    /// nobody new. An affiliation's organization is given to the persons of the segment before that have none.
    /// </summary>
    /// <returns>True when the segment was read so (and is not to be parsed for names, but for <paramref name="namesAfter"/> where given).</returns>
    private static bool DescribesNames(string segment, List<Contributor> contributors, int segmentStart, out string? namesAfter)
    {
        namesAfter = null;
        if (IsLabelled(segment))
        {
            return true;
        }

        // "Carlos Ruiz | Corresponsal en Bruselas", "Jane Roe | reporter at the Harbour Times": a post with where she is
        // posted or whom she works for; names joined after them by "y" are read on ("… en Bruselas y Juan Pérez").
        var end = PostedPlaceEnd(segment);
        var after = end > 0 && end < segment.Length ? TrimPunctuation(segment[end..]) : null;
        var described = after is { Length: > 0 } ? TrimPunctuation(segment[..end]) : segment;
        var employer = PostEmployer(described, out var stationed);
        if ((IsPostPhrase(described, out var posted) || employer is not null) && (end == 0 || end == segment.Length || after is { Length: > 0 }))
        {
            namesAfter = after is { Length: > 0 } ? after : null;
            segment = described;
            posted ??= stationed;
            var people = contributors.Skip(segmentStart).Count(c => c.Kind == ContributorKind.Person);
            for (var i = segmentStart; i < contributors.Count; i++)
            {
                if (contributors[i] is { Kind: ContributorKind.Person } person)
                {
                    contributors[i] = person with
                    {
                        Location = person.Location ?? posted, Organization = person.Organization ?? employer,
                        JobTitle = person.JobTitle ?? (people == 1 ? (posted is not null || employer is not null ? PostTitle(segment) : TitleOfPost(segment)) : null),
                    };
                }
            }

            return true;
        }

        // "By Jane Roe | Reuters": one agency set apart after the people named is whom they write for, as "Jane Roe / Reuters"
        // and "Jane Roe, Reuters" say; after a credit naming anybody else ("Jane Roe, Harbour Times | AP") it is credited
        // beside them.
        if (contributors.Count > segmentStart && NewsAgencies.MatchCredit(segment) is [var agency]
            && contributors.Skip(segmentStart).All(c => c is { Kind: ContributorKind.Person, Organization: null }))
        {
            for (var i = segmentStart; i < contributors.Count; i++)
            {
                contributors[i] = contributors[i] with { Organization = agency };
            }

            return true;
        }

        // Another agency is credited beside the names ("Jane Roe, Harbour Times | AP"). A post in a script without case
        // ("محررة") or in lower case ("staff writer") describes them too.
        string? organization = null;
        if (NewsAgencies.Match(segment) is not null
            || !(IsAffiliation(segment, out organization) || IsTitleWords(TrimPunctuation(segment).Split(' ', StringSplitOptions.RemoveEmptyEntries))))
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

        // "By Jane Roe | Health Reporter": her title; "By Jane Roe and John Doe | Staff Writers": each one's.
        var persons = contributors.Skip(segmentStart).Count(c => c.Kind == ContributorKind.Person);
        if (JobTitleIn(segment, organization) is { } jobTitle && (persons == 1 ? jobTitle : SingularTitle(jobTitle)) is { } each)
        {
            for (var i = segmentStart; i < contributors.Count; i++)
            {
                if (contributors[i] is { Kind: ContributorKind.Person, JobTitle: null } person)
                {
                    contributors[i] = person with { JobTitle = each };
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Where the last preposition of a reporting place stands in <paramref name="text"/> (" in ", " à ", " em "; in
    /// capitals " IN ", " À ", " EM "), and its length; (-1, 0) when none does.
    /// </summary>
    private static (int At, int Length) LastPlacePreposition(string text, bool inCapitals)
    {
        var best = (At: -1, Length: 0);
        foreach (var preposition in PlacePrepositions)
        {
            var at = text.LastIndexOf(inCapitals ? " " + preposition.ToUpperInvariant() + " " : " " + preposition + " ", StringComparison.Ordinal);
            if (at > best.At)
            {
                best = (at, preposition.Length);
            }
        }

        return best;
    }

    // The prepositions before a place a writer reports from, where no language reads them as "and" ("en" is Dutch for it).
    private static readonly string[] PlacePrepositions = ["in", "à", "em"];

    /// <param name="text">The names, without their credit word.</param>
    /// <param name="role">Their role.</param>
    /// <param name="contributors">Where to add them.</param>
    /// <param name="desks">Whether a desk ("Harbour Sport") is credited too (<see cref="CreditOrganizations.IsCollective"/>).</param>
    private static void ParseNames(string text, ContributorRole role, List<Contributor> contributors, bool desks)
    {
        text = CutTrailingPhrases(RemoveContacts(text));

        // "From Reuters", "From The Associated Press", "From staff reports": the credit, not its "from".
        text = WithoutFrom(text, desks);

        var firstNew = contributors.Count;

        // "Jane Roe - Damascus - SANA", "Von Paula Stein – dpa", "Jane Roe — Staff Writer": the names, then after spaced dashes
        // an agency, a post, or the town before the agency.
        // A job title printed once for the names ("Jane Roe — Staff Writer", "Jane Roe and John Doe, Staff Writers").
        string? organization = null, location = null, title = null;
        if (LeadBeforeNames(text) is { } lead)
        {
            (location, organization, text) = lead;
        }

        if (SplitDashedCredit(text) is { } dashed)
        {
            (text, organization, location, title) = dashed;
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
        var writtenForBy = -1; // the person whose name "for" and a publication followed ("Jane Roe For The Evening Post")

        // The last piece that described the person named before it (her title or post: "Jane Roe, Senior Correspondent,
        // The Harbour Times": the outlet after the title is hers too).
        var describedAt = -1;
        var wireAt = -1;
        var anonymousAt = -1;
        for (var i = 0; i < pieces.Count; i++)
        {
            var (piece, afterComma) = pieces[i];
            var isLast = i == pieces.Count - 1;

            // "From The Associated Press and staff reports": each credit without its "from".
            // An agency's short alias that is a common word or abbreviation too counts only as agencies print it ("PA",
            // not the state's "Pa.").
            var credit = WithoutFrom(piece, desks);
            if (NewsAgencies.MatchPrinted(credit) is { } canonicalAgency)
            {
                // Keep the agency as printed ("Agencia EFE") unless it was printed in one case only ("REUTERS").
                var agency = credit.Any(char.IsUpper) && credit.Any(char.IsLower) ? credit : canonicalAgency;
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

            // "Mariana Costa, do UOL", "Mariana Costa, da Folha de S.Paulo": "of" and an outlet after her name is her employer.
            if (afterComma && lastPiecePerson == i - 1 && people.Count > 0 && people[^1].Organization is null && OutletOf(piece) is { } outletOf)
            {
                people[^1] = people[^1] with { Organization = outletOf };
                continue;
            }

            // "Our Correspondent", "From our correspondent in Kyiv", "مراسلنا": the publication's staff, and where it was posted;
            // after a name, that person's post ("Jane Roe, Our Correspondent").
            if (!(afterComma && people.Count > 0 && lastPiecePerson == i - 1) && IsAnonymousPost(piece, out var staffPost, out var postedAt, out var named))
            {
                if (named is not null && NormalizeName(named) is { } writer)
                {
                    people.Add(new Contributor(writer, role) { Location = postedAt });
                    lastPiecePerson = i;
                    continue;
                }

                organizations.Add((new Contributor(staffPost, role, ContributorKind.Organization) { Location = postedAt ?? location }, people.Count));
                anonymousAt = i;
                continue;
            }

            // "By Our Correspondent, London": where the unnamed post was.
            if (anonymousAt == i - 1 && afterComma && organizations[^1].Organization.Location is null && IsPlace(piece))
            {
                organizations[^1] = (organizations[^1].Organization with { Location = AsPrintedTown(TrimPunctuation(piece)) }, organizations[^1].PeopleBefore);
                continue;
            }

            // "Rafael Azevedo e Camila Prado, de Brasília", "Jane Roe and John Doe, from London": printed last, where everybody
            // reported from (a known city only: "de" opens names too, and outlets: "de Prensa Libre", "de Zero Hora").
            if (afterComma && isLast && people.Count > 0 && location is null && piece.Split(' ', 2) is [var fromWord, var fromPlace]
                && BylineVocabulary.FromWords.Contains(fromWord) && BylineVocabulary.IsKnownCity(TrimPunctuation(fromPlace), namesToo: true))
            {
                location = TrimPunctuation(fromPlace);
                continue;
            }

            // "Jane Roe, in Kyiv", "Julie Martin, à Lyon", "Mariana Rocha, em Lisboa": where the writer before reported from.
            if (afterComma && lastPiecePerson == i - 1 && people[^1].Location is null && LastPlacePreposition(" " + piece, piece.Any(char.IsUpper) && !piece.Any(char.IsLower)) is (0, var length)
                && ReportingPlace(piece[(length + 1)..]) is { } reportedAt)
            {
                people[^1] = people[^1] with { Location = piece.Any(char.IsLower) ? reportedAt : TitleCase(reportedAt) };
                continue;
            }

            // "Jane Roe, Tehran, John Doe": a place between two full names is the first one's; "Jane Roe, Tehran" last: everybody's.
            var reading = ReadPiece(pieces, i, lastPiecePerson == i - 1, people.Count > 0, capitals, out var affiliation);
            if (reading is PieceReading.NameSuffix or PieceReading.Drop or PieceReading.Region)
            {
                // "Jane Roe, Jr., Staff Writer": a title after her name's suffix is hers.
                describedAt = reading == PieceReading.NameSuffix && (lastPiecePerson == i - 1 || describedAt == i - 1) ? i : describedAt;
                continue;
            }

            // "Jane Roe, corresponsal en Bruselas", "Jane Roe, our correspondent in Brussels": her post, and where she is posted.
            // A post whose place is a desk or an outlet ("corresponsal en Economía", "correspondante à Radio France") is no name.
            if (afterComma && people.Count > 0 && IsPostPhrase(piece, out var posted))
            {
                // "Ana Gómez y Luis Ortega, enviados especiales a Kiev": a post in the plural printed last is everybody's, and so
                // is its place.
                if (isLast && people.Count > 1 && PostTitle(piece) is { } plural && SingularTitle(plural) is not null)
                {
                    location ??= posted;
                    title ??= plural;
                    continue;
                }

                var outlet = lastPiecePerson == i - 1 && posted is null ? PostEmployer(piece, out _) : null;
                if (lastPiecePerson == i - 1 && posted is not null)
                {
                    people[^1] = people[^1] with { Location = people[^1].Location ?? posted };
                }
                else if (outlet is not null)
                {
                    people[^1] = people[^1] with { Organization = people[^1].Organization ?? outlet };
                }

                // Her title: the post where a place or an employer follows it ("corresponsal" in "corresponsal en Bruselas"),
                // else the whole piece ("correspondent at the UN", "corresponsal en Economía").
                if (lastPiecePerson == i - 1)
                {
                    var jobTitle = posted is not null || outlet is not null ? PostTitle(piece) : TitleOfPost(piece);
                    people[^1] = people[^1] with { JobTitle = people[^1].JobTitle ?? jobTitle };
                }

                continue;
            }

            // "Jane Roe, corresponsal de El País", "journaliste à Radio France": her post, and whom she works for; "correspondante
            // du Monde à Berlin": and where.
            if (afterComma && lastPiecePerson == i - 1 && PostEmployer(piece, out var stationed) is { } employer)
            {
                people[^1] = people[^1] with
                {
                    Organization = people[^1].Organization ?? employer, Location = people[^1].Location ?? stationed, JobTitle = people[^1].JobTitle ?? PostTitle(piece),
                };
                continue;
            }

            // "Jane Roe, CNN Business": the desk the person before writes for; printed last, everybody's. "Jane Roe, Senior
            // Editor", "Jane Roe, AP Auto Writer": her title too, and an outlet after her title is hers ("…, Senior Editor,
            // The Harbour Times").
            if (reading == PieceReading.Affiliation)
            {
                var describes = lastPiecePerson == i - 1 || describedAt == i - 1;
                if (affiliation is not null && isLast)
                {
                    organization ??= affiliation;
                }
                else if (affiliation is not null && describes)
                {
                    people[^1] = people[^1] with { Organization = people[^1].Organization ?? affiliation };
                }

                if (JobTitleIn(piece, affiliation) is { } jobTitle)
                {
                    describedAt = Describe(people, jobTitle, describes, isLast, ref title) ? i : describedAt;
                }

                continue;
            }

            // "By Harbourlocal.com": a publication named by its web address. "By Fox News, Staff Writer" names a desk too,
            // whatever post follows it: a desk-like name is a desk.
            // "Jane Roe, correspondent": one post word right after her name is her title, not a desk's credit.
            var herPost = afterComma && lastPiecePerson == i - 1 && !piece.Contains(' ', StringComparison.Ordinal)
                && BylineVocabulary.JournalistPosts.Contains(TrimPunctuation(piece)) && IsJobTitle(piece);
            if (!herPost && (IsCollective(piece, desks) || IsWebAddress(piece) || IsBrandCode(piece) || IsOrganizationName(piece) || (pieces.Count == 1 && IsLoneAcronym(piece))))
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
            var post = !whole && (IsJobTitle(piece) || (afterComma && lastPiecePerson == i - 1 && IsProfessionTitle(piece)));
            if (afterComma && people.Count > 0 && (post || (reading == PieceReading.PlaceOfAll && location is null)))
            {
                if (!post)
                {
                    location = PlaceName(pieces, i, capitals);
                }
                else if (TitleOfPost(piece) is { } jobTitle && Describe(people, jobTitle, lastPiecePerson == i - 1 || describedAt == i - 1, isLast, ref title))
                {
                    describedAt = i;
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

            // "Jane Roe in Kyiv", "Julie Martin à Lyon", "Mariana Rocha em Lisboa": the writer, then where she reported from.
            string? reportedFrom = null;
            var inCapitals = candidate.Any(char.IsUpper) && !candidate.Any(char.IsLower);
            var (inPlace, preposition) = LastPlacePreposition(candidate, inCapitals);
            if (inPlace > 0 && ReportingPlace(candidate[(inPlace + preposition + 2)..]) is { } place)
            {
                candidate = candidate[..inPlace];
                reportedFrom = inCapitals ? TitleCase(place) : place;
            }

            if (NormalizeName(candidate, whole, out var printedTitle) is { } name)
            {
                // "Jane Roe and John Doe in Kyiv": the place is theirs too, back to a name with a place of its own.
                for (var p = people.Count - 1; reportedFrom is not null && p >= 0 && people[p].Location is null; p--)
                {
                    people[p] = people[p] with { Location = reportedFrom };
                }

                // "JANE ROE FOR THE DAILY MAIL and JOHN DOE": the publication is hers; printed after the last name, everybody's
                // (below).
                if (publication is not null)
                {
                    writtenForBy = people.Count;
                }

                // "De notre correspondante à Bruxelles, Marie Dubois": the post was hers (without its possessive:
                // "correspondante"), and so is its place.
                if (anonymousAt == i - 1 && afterComma)
                {
                    reportedFrom ??= organizations[^1].Organization.Location;
                    var staffWords = organizations[^1].Organization.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(BylineVocabulary.PostDeterminers.Contains).ToArray();
                    printedTitle ??= staffWords.Length > 0 && IsTitleWords(staffWords) ? AsPrintedTitle(staffWords) : null;
                    organizations.RemoveAt(organizations.Count - 1);
                }

                people.Add(new Contributor(name, role) { Location = reportedFrom, JobTitle = printedTitle, Organization = publication });
                lastPiecePerson = i;
            }
        }

        if (writtenForBy >= 0 && writtenForBy == people.Count - 1)
        {
            organization ??= people[^1].Organization;
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
                contributors.Add(people[p] with
                {
                    Organization = people[p].Organization ?? organization, Location = people[p].Location ?? location,
                    JobTitle = people[p].JobTitle ?? (people.Count == 1 ? title : title is null ? null : SingularTitle(title)),
                });
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

        // "BEIRUT (AFP)", "DAMASCUS, Nov 27 (SANA)": one word in capitals (or a known city, "Damascus, SANA", "Houston -
        // Reuters": one that is a given name too counts, as no writer is credited by a given name alone) credited with an
        // agency, and nobody else, is the agency's dateline, not a writer named Beirut; "Smith, AP" and a photographer's
        // "Smith/AP" stay a person's credit. In Arabic or Hebrew script one word is no writer's name ("عمان - بترا": Petra in Amman).
        if (role == ContributorRole.Author && contributors.Count == firstNew + 1
            && contributors[firstNew] is { Kind: ContributorKind.Person, Location: null, Organization: { } agencyName } lone
            && !lone.Name.Contains(' ', StringComparison.Ordinal) && NewsAgencies.IsAgency(agencyName)
            && (IsDatelineTown(text) || BylineVocabulary.IsKnownCity(lone.Name, namesToo: true) || IsRightToLeftWord(lone.Name)))
        {
            contributors[firstNew] = new Contributor(agencyName, role, ContributorKind.Organization) { Location = lone.Name };
        }
    }

    /// <summary>
    /// "EFE Bogotá", "dpa Hamburg": an agency and a town run together (printed in two elements side by side) read as "EFE,
    /// Bogotá", the agency and its dateline; only for a known city or a word in capitals after the agency, and nothing else.
    /// The agency's newsroom may stand before it ("Redazione ANSA ROMA").
    /// </summary>
    private static string AgencyThenTown(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // "Redazione ANSA ROMA", "Redacción EFE Madrid": the agency's newsroom (the agency), then the town.
        var newsroom = words.Length == 3 && BylineVocabulary.CollectiveWords.Contains(words[0]) && char.IsUpper(words[0][0]) ? 1 : 0;
        return words.Length == newsroom + 2 && NewsAgencies.IsAgency(words[newsroom]) && !NewsAgencies.IsAgency(words[^1])
            && (BylineVocabulary.IsKnownCity(words[^1], namesToo: false) || (words[^1].Length > 2 && words[^1].All(char.IsUpper)))
            ? words[newsroom] + ", " + words[^1]
            : text;
    }

    /// <summary>
    /// The outlet in a piece that is "of" and the outlet's name, as Portuguese, Spanish and Italian print an employer after
    /// a name ("do UOL", "da Reuters", "de El País", "della Stampa"): up to five words after the preposition, the first
    /// capitalised or in capitals; null for anything else.
    /// </summary>
    private static string? OutletOf(string piece)
    {
        var space = piece.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || piece[..space] is not ("do" or "da" or "dos" or "das" or "de" or "del" or "della" or "dello" or "dell'"))
        {
            return null;
        }

        var outlet = TrimPunctuation(piece[(space + 1)..]);
        var words = outlet.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && char.IsUpper(words[0][0]) && !BylineVocabulary.IsKnownCity(outlet, namesToo: true) && !IsJobTitle(outlet)
            ? NewsAgencies.MatchPrinted(outlet) is { } agency ? AsPrinted(outlet, agency) : outlet
            : null;
    }

    /// <summary>
    /// Gives a job title printed after names to whom it describes: the person named just before it (or before the title or
    /// post that did, <paramref name="describes"/>), unless it is printed last for several people in the plural ("Jane Roe
    /// and John Doe, Staff Writers"), which makes it everybody's (<paramref name="everybody"/>, given in the singular at the end).
    /// </summary>
    /// <returns>Whether the title went to the person before, so that an outlet printed after it is hers too.</returns>
    private static bool Describe(List<Contributor> people, string jobTitle, bool describes, bool isLast, ref string? everybody)
    {
        if (isLast && people.Count > 1 && SingularTitle(jobTitle) is not null)
        {
            everybody ??= jobTitle;
            return false;
        }

        if (!describes || people.Count == 0)
        {
            return false;
        }

        people[^1] = people[^1] with { JobTitle = people[^1].JobTitle ?? jobTitle };
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

        /// <summary>An acronym between two full names ("Jane Roe, UK, John Doe"), or a desk's name ("Jane Roe, Politics"): an office or a desk, neither a name nor a place.</summary>
        Drop,

        /// <summary>The state or region of the place printed before it, last ("Jane Roe, Jackson, Miss."): part of that place (see <see cref="CreditPlaces.PlaceName"/>).</summary>
        Region,

        /// <summary>What the name before is, or whom she writes for ("Jane Roe, Senior Editor", "Jane Roe, CNN Business"); see <see cref="CreditOrganizations.IsAffiliation"/>.</summary>
        Affiliation,
    }

    /// <summary>
    /// The one rule for places, name suffixes and affiliations in a list of names, shared by printed bylines and markup author values so that both read
    /// "Jane Roe, Washington, and John Doe" alike: a single place word after a comma, between two full names, is the first
    /// one's place; a place printed last, after a comma, that is not a full name, is everybody's. A place is no job title
    /// ("Editor"), no name suffix or degree ("Jr.", "PhD"), no agency and no collective; between names no word in capitals
    /// unless the whole list is printed in capitals ("KARIN OLSEN, OSLO, TIMO BRANDT"), last no acronym ("CNN"). After a
    /// comma, a job title or an organization (<see cref="CreditOrganizations.IsAffiliation"/>: "Senior Editor", "AP Auto Writer", "CNN
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

        // "Jane Roe, Politics", "Ayşe Demir, Ekonomi": the desk she writes for, neither a name nor a place.
        if (afterComma && anyPerson && BylineVocabulary.DeskWords.Contains(TrimPunctuation(piece)))
        {
            return PieceReading.Drop;
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

    private static List<Contributor> Deduplicate(List<Contributor> contributors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return contributors.Where(c => seen.Add(c.Name + "\u0001" + c.Role.ToString())).ToList();
    }

    /// <summary>
    /// "Aus Kiew berichtet Jonas Wetterau", "Aus Kiew berichten Jana Holm und Timo Brandt", "From Kyiv reports Jane Roe": the
    /// place a credit opens with, before a verb of reporting, is where the names after it report from; rewritten as "Jonas
    /// Wetterau in Kiew". Any other text is returned as is.
    /// </summary>
    private static string ReportsFromPlace(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4 || !(words[0].Equals("aus", StringComparison.OrdinalIgnoreCase) || words[0].Equals("from", StringComparison.OrdinalIgnoreCase)))
        {
            return text;
        }

        var verb = Array.FindIndex(words, 2, w => ReportingVerbs.Contains(w));
        if (verb is < 2 or > 4 || verb == words.Length - 1 || !words[1..verb].All(w => char.IsUpper(w[0])))
        {
            return text;
        }

        return string.Join(' ', words[(verb + 1)..]) + " in " + string.Join(' ', words[1..verb]).TrimEnd(',');
    }

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "berichtet", "berichten", "berichtete", "berichteten", "meldet", "melden", "reports", "report", "reported",
    };

    /// <summary>For tests and diagnostics: the contributors as "Name [role, kind, org, place, job title]".</summary>
    internal static string Describe(Byline byline) =>
        string.Join("; ", byline.Contributors.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"{c.Name} [{c.Role.ToString().ToLowerInvariant()}{(c.Kind == ContributorKind.Organization ? ", org" : string.Empty)}{(c.Organization is null ? string.Empty : ", @" + c.Organization)}{(c.Location is null ? string.Empty : ", in " + c.Location)}{(c.JobTitle is null ? string.Empty : ", as " + c.JobTitle)}]")));
}
