using System.Net;
using NewsModel.Extractors.Bylines;

namespace NewsModel.Internal;

/// <summary>
/// Turns author values found in markup (meta tags, JSON-LD strings, microdata text) into contributor names:
/// decodes entities, drops "By"-style prefixes, splits lists of names, and rejects what is clearly not a name
/// (addresses, e-mail addresses, social handles, dates, sentences).
/// </summary>
/// <remarks>Stateless and thread-safe. Byline text printed in the page body is issue #6's business; this reads markup values only.</remarks>
internal static class ContributorNames
{
    // Link texts and titles that wrap a name: "View all posts by Jane Doe", "Zeige alle Beiträge von Jane Doe".
    private static readonly string[] ListingWords = ["view", "see", "show", "all", "more", "posts", "articles", "zeige", "alle", "mehr", "beiträge", "artikel", "voir", "tous", "ver", "todos"];

    // Values CMSs fill in when nobody is named; BylineVocabulary.NonNameWords holds the rest.
    private static readonly HashSet<string> PlaceholderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "publisher", "anonym", "anonyme", "anónimo", "anonimo", "anonimowy", "аноним", "nobody", "none", "null", "undefined", "editor", "redakteur",
    };

    private static readonly System.Buffers.SearchValues<char> TopLevelLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly string[] ListingJoins = [" by ", " von ", " de ", " di ", " par ", " door "];

    // Lists of names: "A; B", "A | B", "A and B", "A und B", "A & B". Commas are handled separately (see Split).
    private static readonly string[] Separators = [";", " | ", " and ", " und ", " & ", " et ", " y ", " e ", " i "];

    // Inside one person's name " e ", " y ", " i " join the parts of the name ("Maria Gomes e Silva Santos").
    private static readonly string[] PersonSeparators = [";", " | ", " and ", " und ", " & ", " et "];

    /// <summary>Splits an author value into cleaned names, in order, without duplicates; empty when nothing in it is a name.</summary>
    public static List<string> Split(string? value) => SplitContributors(value).ConvertAll(c => c.Name);

    /// <summary>
    /// Splits an author value into contributors (persons, role author), in order, without duplicates. Places are read
    /// by the byline parser's rule (<see cref="BylineParser.ReadPiece"/>): one printed between two full names ("Jane Roe,
    /// Tehran, John Doe") is the first one's location, one printed last ("Jane Roe, Oslo") everybody's; neither is a name.
    /// So are affiliations (<see cref="CreditOrganizations.IsAffiliation"/>): "Jane Roe, CNN Business" and "Jane Roe | Senior
    /// Editor" name one person, the first of her organization (printed last, everybody's), the second her job title.
    /// </summary>
    public static List<Contributor> SplitContributors(string? value)
    {
        var names = new List<Contributor>();
        if (string.IsNullOrWhiteSpace(value))
        {
            return names;
        }

        var pieces = Pieces(value, Separators);
        var capitals = BylineParser.IsInCapitals(pieces);
        var previousAdded = false;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i].Piece;
            var reading = BylineParser.ReadPiece(pieces, i, previousAdded, names.Count > 0, capitals, out var organization);

            // "Jane Roe | Senior Editor": a bar or a conjunction sets an affiliation apart as a comma does; "Jane Roe | Topic: Health" labels something else.
            if (reading == BylineParser.PieceReading.Name && names.Count > 0 && !pieces[i].AfterComma && NewsAgencies.Match(piece) is null
                && CreditOrganizations.IsAffiliation(piece, out organization))
            {
                reading = BylineParser.PieceReading.Affiliation;
            }
            else if (names.Count > 0 && RoleCredits.IsLabelled(piece))
            {
                continue;
            }

            // "Jane Roe Associated Press": an agency printed right after a name.
            if (reading == BylineParser.PieceReading.Name && CreditOrganizations.SplitTrailingAgency(piece) is { } glued)
            {
                piece = glued.Name;
                organization = glued.Agency;
            }

            switch (reading)
            {
                case BylineParser.PieceReading.Affiliation:
                    names = i == pieces.Count - 1 ? names.ConvertAll(n => n with { Organization = n.Organization ?? organization })
                        : previousAdded ? [.. names[..^1], names[^1] with { Organization = names[^1].Organization ?? organization }]
                        : names;

                    // "Jane Roe, Staff Writer": the title of the name just before.
                    if (previousAdded && CreditOrganizations.JobTitleIn(piece, organization) is { } jobTitle)
                    {
                        names[^1] = names[^1] with { JobTitle = names[^1].JobTitle ?? jobTitle };
                    }

                    previousAdded = false;
                    continue;
                case BylineParser.PieceReading.PlaceOfPrevious:
                    names[^1] = names[^1] with { Location = CreditPlaces.PlaceName(pieces, i, capitals) };
                    previousAdded = false;
                    continue;
                case BylineParser.PieceReading.PlaceOfAll:
                    names = names.ConvertAll(n => n.Location is null ? n with { Location = CreditPlaces.PlaceName(pieces, i, capitals) } : n);
                    previousAdded = false;
                    continue;
                case BylineParser.PieceReading.NameSuffix:
                case BylineParser.PieceReading.Drop:
                case BylineParser.PieceReading.Region:
                    continue;
            }

            var name = Clean(piece);
            previousAdded = name is not null && !names.Exists(n => TextNormalizer.SameIgnoringJoiners(n.Name, name));
            if (previousAdded)
            {
                names.Add(new Contributor(name!) { Organization = organization });
            }
        }

        return names;
    }

    /// <summary>
    /// The several people one person's name lists ("Jane Roe and John Doe", "Jane Roe, Oslo, John Doe"), or null
    /// unless every piece is a full name (two capitalised words or more, read whole) or a place the shared rule accepts.
    /// A credit word before them ("By") is dropped; an organization printed last ("By Jane Roe and John Doe, Associated
    /// Press", "Jane Roe and John Doe, CNN Business", or without a comma, "Jane Roe and John Doe Associated Press") is
    /// everybody's. Not split: one comma ("Jane Roe, Harbour Insight" names her affiliation), a job title or degree
    /// ("Jane Roe, PhD, Harbour University"), and " e ", " y ", " i ", which join the parts of one Portuguese, Spanish or Catalan name.
    /// </summary>
    public static List<Contributor>? SeveralPeople(string? name)
    {
        if (name is null || !name.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        // One comma between two pieces, however it is written ("Jane Roe, Harbour Insight,"), names an affiliation.
        var pieces = Pieces(RoleCredits.StripWritingCredit(TextNormalizer.Collapse(name)), PersonSeparators);
        if (pieces.Count == 0 || (pieces.Count(p => p.AfterComma) == 1 && pieces.Count == 2))
        {
            return null;
        }

        string? everybodys = null;
        if (CreditOrganizations.SplitTrailingAgency(pieces[^1].Piece) is { } glued)
        {
            pieces[^1] = (glued.Name, pieces[^1].AfterComma);
            everybodys = glued.Agency;
        }

        var capitals = BylineParser.IsInCapitals(pieces);
        var people = new List<Contributor>();
        var previousPerson = false;
        for (var i = 0; i < pieces.Count; i++)
        {
            var reading = BylineParser.ReadPiece(pieces, i, previousPerson, people.Count > 0, capitals, out var organization);
            if (reading != BylineParser.PieceReading.Affiliation && pieces[i].AfterComma && i == pieces.Count - 1 && NewsAgencies.MatchCredit(pieces[i].Piece) is [var agency])
            {
                reading = BylineParser.PieceReading.Affiliation;
                organization = agency;
            }

            if (reading == BylineParser.PieceReading.Affiliation)
            {
                // "Jane Roe, Golf Writer and John Doe": her post, the next name joined by a conjunction.
                if (organization is null && previousPerson && i + 1 < pieces.Count && !pieces[i + 1].AfterComma)
                {
                    previousPerson = false;
                    continue;
                }

                // A job title ("Jane Roe, Editor, John Doe") may as well open an affiliation ("…, Editor, Harbour Insight").
                if (organization is null || people.Count == 0 || i < pieces.Count - 1)
                {
                    return null;
                }

                everybodys = organization;
                continue;
            }

            if (reading == BylineParser.PieceReading.PlaceOfPrevious)
            {
                people[^1] = people[^1] with { Location = CreditPlaces.PlaceName(pieces, i, capitals) };
                previousPerson = false;
                continue;
            }

            if (reading == BylineParser.PieceReading.Region)
            {
                continue;
            }

            if (reading == BylineParser.PieceReading.PlaceOfAll)
            {
                people = people.ConvertAll(p => p.Location is null ? p with { Location = CreditPlaces.PlaceName(pieces, i, capitals) } : p);
                continue;
            }

            var piece = pieces[i].Piece;
            if (!IsFullName(piece))
            {
                return null;
            }

            people.Add(new Contributor(piece));
            previousPerson = true;
        }

        return people.Count < 2 ? null : everybodys is null ? people : people.ConvertAll(p => p with { Organization = everybodys });
    }

    /// <summary>A full name read whole: two capitalised words or more, which cleaning leaves as they are.</summary>
    private static bool IsFullName(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => char.IsUpper(w[0]) || BylineVocabulary.Particles.Contains(w))
            && string.Equals(Clean(piece), piece, StringComparison.Ordinal) && PersonNames.NormalizeName(piece) is not null && !IsCompany(piece);
    }

    /// <summary>
    /// The pieces of an author value, in order, each with whether a comma preceded it ("Jane Roe, Washington, and John
    /// Doe": "John Doe" follows a comma), split at <paramref name="separators"/> and at commas.
    /// </summary>
    private static List<(string Piece, bool AfterComma)> Pieces(string value, string[] separators)
    {
        var text = TextNormalizer.Collapse(value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value);
        var parts = new List<string> { text };
        foreach (var separator in separators)
        {
            // "Ministry for Trade and Industry": a conjunction inside a phrase with lower-case words joins one organization's name.
            parts = parts.SelectMany(p => separator[0] == ' ' && char.IsLetter(separator[1]) && HasLowerCaseWord(p)
                ? [p]
                : p.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        }

        var pieces = new List<(string, bool)>();
        var commaBefore = false;
        foreach (var part in parts)
        {
            var commas = SplitCommas(part);
            for (var i = 0; i < commas.Length; i++)
            {
                pieces.Add((commas[i], i > 0 || commaBefore));
            }

            commaBefore = part.EndsWith(',');
        }

        return pieces;
    }

    /// <summary>Whether a phrase holds a lower-case word other than a name particle and a conjunction ("für" in "Ministerium für Handel").</summary>
    private static bool HasLowerCaseWord(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Any(w => char.IsUpper(w[0])) && words.Any(w => char.IsLower(w[0]) && !BylineVocabulary.Particles.Contains(w)
            && !Separators.Any(s => s.Trim().Equals(w, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Adds a contributor unless one of the same name (case and zero-width joiners aside) is already listed.</summary>
    public static void AddDistinct(List<Contributor> contributors, Contributor contributor)
    {
        if (!contributors.Any(c => TextNormalizer.SameIgnoringJoiners(c.Name, contributor.Name)))
        {
            contributors.Add(contributor);
        }
    }

    /// <summary>
    /// Cleans the name of one person (or organization) given as such, a JSON-LD or microdata <c>Person</c>'s name. What is
    /// printed after the name past a comma or a bar says something of that person, by the rule lists of names are read
    /// with (<see cref="BylineParser.ReadPiece"/>): a degree or credential ("Jane Roe, MS, RDN") is dropped, a job title
    /// ("JANE ROE, AP Staff Writer") kept as the person's <see cref="Contributor.JobTitle"/>, the organization named kept as such ("AP", "Jane Roe, harbour.example", "Jane
    /// Roe | Harbour Media for harbour.example"), as is a place printed last ("Jane Roe, Oslo") and, after a job title or
    /// a degree, the employer ("Jane Roe, PhD, Harbour University"). When anything else follows a comma ("Jane Roe, Harbour
    /// Insight": an affiliation or a second name alike) the value is kept whole.
    /// </summary>
    /// <returns>The contributor (a person, role author), or null when the value is clearly not a name.</returns>
    public static Contributor? CleanPerson(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // "정하늘 기자", "记者 王小明": one person in a Korean, Chinese or Japanese credit, and her post.
        if (Extractors.Bylines.EastAsianCredits.Parse(value) is { Contributors: [{ Kind: ContributorKind.Person } one] })
        {
            return new Contributor(one.Name) { Organization = one.Organization, Location = one.Location, JobTitle = one.JobTitle };
        }

        // The name first, one name alone ("Jane Roe and John Doe, AP" lists several people: see SeveralPeople).
        var pieces = Pieces(value, NameSeparators);
        if (pieces.Count >= 2 && Pieces(pieces[0].Piece, Separators).Count == 1 && Clean(pieces[0].Piece) is { } name
            && ReadDescription(pieces, out var organization, out var location, out var jobTitle))
        {
            // "Martin Luther King, Jr.": a generational suffix is part of the name; a degree ("PhD") is not.
            if (pieces[1].Piece.Trim() is var suffix && GenerationalSuffixes.Contains(suffix.TrimEnd('.')))
            {
                name = name + ", " + suffix;
            }

            return new Contributor(name) { Organization = organization, Location = location, JobTitle = jobTitle };
        }

        if (pieces.Count == 1 && CreditOrganizations.SplitTrailingAgency(pieces[0].Piece) is { } glued && Pieces(glued.Name, Separators).Count == 1 && Clean(glued.Name) is { } named)
        {
            return new Contributor(named) { Organization = glued.Agency };
        }

        return Clean(value) is { } cleaned ? new Contributor(cleaned) : null;
    }

    private static readonly HashSet<string> GenerationalSuffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Sr", "Jnr", "Snr", "II", "III", "IV" };

    // What sets a description apart from one person's name: a bar, as well as a comma.
    private static readonly string[] NameSeparators = [" | ", "｜"];

    /// <summary>Reads the pieces after a person's name (see <see cref="CleanPerson"/>); false when one of them is neither a description nor a place.</summary>
    private static bool ReadDescription(List<(string Piece, bool AfterComma)> pieces, out string? organization, out string? location, out string? jobTitle)
    {
        organization = null;
        location = null;
        jobTitle = null;
        var listed = pieces.Select((p, k) => (p.Piece, k > 0)).ToList();
        var capitals = BylineParser.IsInCapitals(listed);
        var afterPost = false;
        for (var i = 1; i < listed.Count; i++)
        {
            var piece = listed[i].Piece;
            switch (BylineParser.ReadPiece(listed, i, i == 1, anyPerson: true, capitals, out var named))
            {
                case BylineParser.PieceReading.NameSuffix:
                    afterPost = true;
                    continue;
                case BylineParser.PieceReading.Affiliation:
                    organization ??= named;
                    afterPost |= named is null;
                    jobTitle ??= CreditOrganizations.JobTitleIn(piece, named);
                    continue;
                case BylineParser.PieceReading.PlaceOfAll:
                    location = CreditPlaces.PlaceName(listed, i, capitals);
                    continue;
                case BylineParser.PieceReading.Region:
                    continue;
            }

            if (NewsAgencies.MatchCredit(piece) is [var agency])
            {
                organization ??= agency;
            }
            else if (afterPost && char.IsUpper(piece[0]) && IsPlausibleName(piece))
            {
                // "Jane Roe, Senior Editor, Harbour Insight": whom she is the editor of.
                organization ??= piece;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A job title declared in markup (<c>jobTitle</c>), for <see cref="Contributor.JobTitle"/>: white space collapsed; null
    /// for a value that is no title (blank, longer than eight words or 80 characters, a web or e-mail address, no letter).
    /// </summary>
    public static string? CleanJobTitle(string? value)
    {
        var title = TextNormalizer.CollapseOrNull(value);
        if (title is null || title.Length > 80 || !title.Any(char.IsLetter) || title.Contains("://", StringComparison.Ordinal)
            || title.Contains('@', StringComparison.Ordinal) || title.Split(' ').Length > 8 || PlaceholderTitles.Contains(title))
        {
            return null;
        }

        return title;
    }

    // What a CMS fills in for every account, which says no more than that the person wrote the piece.
    private static readonly HashSet<string> PlaceholderTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Author", "Autor", "Autorin", "Auteur", "Autrice", "Autore", "Autora", "Autorka", "Автор", "Авторка", "Yazar", "نویسنده", "الكاتب", "كاتب",
        "Contributor", "Guest Author", "User", "Admin", "Administrator", "Member", "Guest", "Redaktion", "Redacción", "Redação", "Redazione",
        "Rédaction", "Redakcja", "Редакция", "Редакція", "Editorial", "Staff", "N/A", "None", "null", "undefined",
    };

    /// <summary>Cleans one name; null when the value is clearly not a name.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var name = TextNormalizer.Collapse(value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value);
        name = StripListingPhrase(name);
        name = StripCreditWord(name);
        name = StripHandles(name);
        name = RoleCredits.StripWritingCredit(name);
        name = name.Trim(' ', ',', ';', ':', '|', '-', '–', '—', '/', '·', '*');
        name = StripLeadingTitle(name);
        return IsPlausibleName(name) && !IsPlaceholder(name) && !BylineVocabulary.AdLabels.Contains(name) && !IsJobTitle(name) && !IsAccountName(name) ? name : null;
    }

    /// <summary>
    /// "FOCUS-Online-Experte Robin Tschöpe", "Senior Editor Jane Doe" → the name: job-title words before a name of at
    /// least two words are not part of it (a compound counts by its last part, "Online-Experte").
    /// </summary>
    private static string StripLeadingTitle(string name)
    {
        // "News Nation Bureau", "Science Desk Staff": a collective credit keeps its first words.
        if (CreditOrganizations.IsCollective(name, desks: true))
        {
            return name;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = 0;
        while (skip < words.Length && IsTitleWord(words[skip]))
        {
            skip++;
        }

        return skip > 0 && words.Length - skip >= 2 ? string.Join(' ', words[skip..]) : name;
    }

    /// <summary>
    /// "jane-doe", "jane.doe", "sv_team": a lower-case account identifier joined by a hyphen, dot or underscore is the
    /// CMS login or address slug, not the name the site prints.
    /// </summary>
    private static bool IsAccountName(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) && name.IndexOfAny(['-', '.', '_']) > 0 && !name.Any(char.IsUpper) && name.Any(char.IsLower);

    /// <summary>"Senior Editor", "Staff Writer": a value made of job-title words only names a post, not a person.</summary>
    private static bool IsJobTitle(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(IsTitleWord);

    private static bool IsTitleWord(string word)
    {
        var last = word.LastIndexOf('-');
        var tail = last >= 0 && last < word.Length - 1 ? word[(last + 1)..] : word;
        return BylineVocabulary.IsTitle(tail.TrimEnd(':', ','));
    }

    /// <summary>A one-word value that stands for nobody: "Unknown", "admin", "wordpressadmin", "publisher", "Anónimo".</summary>
    private static bool IsPlaceholder(string name)
    {
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        return BylineVocabulary.NonNameWords.Contains(name) || PlaceholderWords.Contains(name)
            || name.EndsWith("admin", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"View all posts by Jane Doe" → "Jane Doe".</summary>
    private static string StripListingPhrase(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !ListingWords.Contains(text[..space], StringComparer.OrdinalIgnoreCase))
        {
            return text;
        }

        foreach (var join in ListingJoins)
        {
            var at = text.LastIndexOf(join, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                return text[(at + join.Length)..].Trim();
            }
        }

        return text;
    }

    /// <summary>"Analysis by Jane Doe", "Story by Jane Doe" → "Jane Doe": one or two words of credit before "by" are not the name.</summary>
    private static string StripCreditWord(string text)
    {
        var at = text.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (at <= 0 || text.AsSpan(0, at).Count(' ') > 1 || at + 4 >= text.Length)
        {
            return text;
        }

        return text[(at + 4)..].TrimStart();
    }

    /// <summary>
    /// An e-mail address as a contributor's <see cref="Contributor.Email"/>: a <c>mailto:</c> link's address or a printed
    /// one ("(jane.roe@example.com)", "E-Mail: jane@example.com."), without the scheme, a query, brackets and punctuation
    /// around it, in lower case when printed in capitals; null unless it reads as one address (a local part, one "@", a
    /// domain with a dot).
    /// </summary>
    internal static string? Email(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var address = text.Trim();
        if (address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            address = Uri.UnescapeDataString(address[7..]);
        }

        var query = address.IndexOf('?', StringComparison.Ordinal);
        address = (query >= 0 ? address[..query] : address).Trim().Trim('(', ')', '<', '>', '[', ']', '"', '\'', ',', ';', ':', '.', '|');
        var at = address.IndexOf('@', StringComparison.Ordinal);
        var dot = at > 0 ? address.IndexOf('.', at) : -1;
        return at > 0 && dot > at + 1 && dot < address.Length - 1 && address.IndexOf('@', at + 1) < 0 && address.Length <= 254
            && !address.Any(c => char.IsWhiteSpace(c) || c is ',' or ';' or '/' or '<' or '>' or '(' or ')')
            ? address.Any(char.IsLower) ? address : address.ToLowerInvariant()
            : null;
    }

    /// <summary>
    /// Whether an address is a newsroom's or a service's, not a person's: its local part is a role ("tips@", "news@",
    /// "redaktion@", "info@"); such an address printed beside a writer is no address of hers.
    /// </summary>
    internal static bool IsRoleAddress(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && RoleMailboxes.Contains(email[..at]);
    }

    private static readonly HashSet<string> RoleMailboxes = new(StringComparer.OrdinalIgnoreCase)
    {
        "tips", "tip", "news", "newsroom", "newsdesk", "desk", "info", "redaktion", "redaction", "redaccion", "redazione", "redakcja", "editor", "editors",
        "editorial", "contact", "kontakt", "contacto", "letters", "leserbriefe", "office", "press", "presse", "service", "support", "hello", "team",
        "feedback", "corrections", "noreply", "no-reply", "webmaster", "admin", "mail",
    };

    /// <summary>"Jane Doe @janedoe" → "Jane Doe": a social handle beside a name is not part of it.</summary>
    private static string StripHandles(string text)
    {
        if (!text.Contains('@', StringComparison.Ordinal))
        {
            return text;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !(w.StartsWith('@') && w.Length > 1)).ToArray();
        return kept.Length > 0 && kept.Length < words.Length ? string.Join(' ', kept) : text;
    }

    /// <summary>Whether a value can be a person's or an organization's name.</summary>
    public static bool IsPlausibleName(string name)
    {
        if (name.Length is < 2 or > 80)
        {
            return false;
        }

        if (name.Contains("://", StringComparison.Ordinal) || name.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || name.Contains('@', StringComparison.Ordinal) || name.Contains('<', StringComparison.Ordinal)
            || name.Contains('{', StringComparison.Ordinal) || name.Contains('=', StringComparison.Ordinal)
            || name.StartsWith('/') || HasAddressWord(name))
        {
            return false;
        }

        var letters = 0;
        var digits = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
        }

        // A date, a counter or a code is not a name; nor is a sentence.
        if (letters < 2 || digits > 3 || digits * 2 > letters)
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 6 && !name.EndsWith('.') || words <= 3;
    }

    // Legal forms that end a company's name: "GmbH", "AG", "Ltd", "Inc.", "S.A.", "Sp. z o.o.".
    private static readonly HashSet<string> LegalForms = new(StringComparer.OrdinalIgnoreCase)
    {
        "gmbh", "mbh", "ag", "se", "kg", "kgaa", "ohg", "ug", "ev", "e.v.", "eg", "ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc", "corp", "corp.",
        "sa", "s.a.", "sas", "sarl", "s.à r.l.", "srl", "s.r.l.", "spa", "s.p.a.", "bv", "b.v.", "nv", "n.v.", "ab", "oy", "oyj", "a/s", "aps",
        "o.o.", "s.l.", "pty", "gbr",
    };

    /// <summary>Whether a name is a company's, written with its legal form ("Coastline Media GmbH"); news agencies are not counted.</summary>
    public static bool IsCompany(string name)
    {
        var space = name.LastIndexOf(' ');
        if (space <= 0)
        {
            return false;
        }

        // Two-letter forms count only in capitals ("AG", "SE"), so that a surname such as "Sa" is not one.
        var form = name[(space + 1)..].TrimEnd(',', ')');
        return LegalForms.Contains(form) && (form.Length > 2 || form.All(char.IsUpper)) && NewsAgencies.Match(name[..space]) is null;
    }

    /// <summary>Whether a word is a web address without its scheme ("facebook.com/coastline"): a profile, not a name.</summary>
    private static bool HasAddressWord(string name)
    {
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var slash = word.IndexOf('/', StringComparison.Ordinal);
            var dot = slash > 0 ? word.LastIndexOf('.', slash - 1) : -1;
            if (dot > 0 && slash - dot > 2 && !word.AsSpan(dot + 1, slash - dot - 1).ContainsAnyExcept(TopLevelLetters))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits "Jane Doe, John Roe" (or "Jane Doe, Reuters") at its commas, but keeps "Doe, Jane", a name written surname first, whole.</summary>
    private static string[] SplitCommas(string text)
    {
        if (!text.Contains(',', StringComparison.Ordinal))
        {
            return [text];
        }

        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && parts.All(p => !p.Contains(' ', StringComparison.Ordinal)))
        {
            // "Doe, Jane": a name written surname first.
            return [text];
        }

        return parts;
    }
}
