using NewsModel.Internal;
using static NewsModel.Extractors.Bylines.BylineText;
using static NewsModel.Extractors.Bylines.PersonNames;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Tells the organizations a byline credits from persons: agencies, publications (by name or web address), desks,
/// collective credits ("Staff", "Editorial Board") and job titles printed after a name.
/// </summary>
/// <remarks>Part of <see cref="BylineParser"/>; stateless and thread-safe.</remarks>
internal static class CreditOrganizations
{
    /// <summary>
    /// Whether a piece printed after a name (past a comma or a bar) says what that person is or whom she writes for rather
    /// than naming somebody else: a job title ("Senior Editor", "Editor-at-large", "National Political Writer"), or an
    /// organization, that is a news agency, a publication's web address ("Harbour.com") or an acronym of three letters
    /// ("CNN"), alone, before a job title ("AP Auto Writer", "CNN Editor-at-large": the organization is the agency or the
    /// acronym) or before a desk ("CNN Business": the organization is the desk); "Harbour Media for harbour.example"
    /// names the publication after "for", as "Special to The Harbour Times" does after "Special to"; "Harbour Times Staff
    /// (Writer)" names the publication whose staff she is.
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

        // "Ana Souza, g1 SP": the site and its regional desk.
        if (IsBrandCode(piece))
        {
            organization = string.Join(' ', words);
            return true;
        }

        var forAt = Array.FindIndex(words, w => w.Equals("for", StringComparison.OrdinalIgnoreCase));
        if (forAt > 0 && forAt < words.Length - 1 && IsAffiliation(string.Join(' ', words[(forAt + 1)..]), out var publication) && publication is not null)
        {
            organization = publication;
            return true;
        }

        // "Special to The Harbour Times", "For the Harbour Times": a contribution to the publication named.
        var lead = words[0].Equals("for", StringComparison.OrdinalIgnoreCase) ? 1
            : words.Length > 2 && words[0].Equals("special", StringComparison.OrdinalIgnoreCase)
                && (words[1].Equals("to", StringComparison.OrdinalIgnoreCase) || words[1].Equals("for", StringComparison.OrdinalIgnoreCase)) ? 2 : 0;
        if (lead > 0 && lead < words.Length && PublicationName(words[lead..]) is { } outlet)
        {
            organization = outlet.StartsWith("the ", StringComparison.Ordinal) ? "The" + outlet[3..] : outlet;
            return true;
        }

        // "Harbour Times Sports Writer": a publication's name (capitalised words ending with a publication word) before a title.
        for (var k = Math.Min(words.Length - 1, 5); k >= 2; k--)
        {
            if (BylineVocabulary.PublicationWords.Contains(words[k - 1]) && words[..k].All(w => char.IsUpper(w[0])) && IsTitlePhrase(words[k..])
                && !words[..k].Any(w => BylineVocabulary.IsTitle(w) || BylineVocabulary.TitleModifiers.Contains(w)))
            {
                organization = string.Join(' ', words[..k]);
                return true;
            }
        }

        // "Harbour Times Staff", "Harbour Times Staff Writer": the publication's staff, her employer (and her post).
        var staffAt = Array.FindIndex(words, w => w.Equals("staff", StringComparison.OrdinalIgnoreCase));
        if (staffAt >= 2 && BylineVocabulary.PublicationWords.Contains(words[staffAt - 1]) && words[..staffAt].All(w => char.IsUpper(w[0]))
            && (staffAt == words.Length - 1 || IsTitlePhrase(words[staffAt..])))
        {
            organization = string.Join(' ', words[..staffAt]);
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

            // "NEW YORK TIMES" in a byline in capitals: the first word's shape is an acronym's, the whole a newspaper's name.
            organization = PublicationName(words);
            return organization is not null;
        }

        if (PublicationName(words) is { } newspaper)
        {
            organization = newspaper;
            return true;
        }

        if (IsOrganizationName(piece))
        {
            organization = TrimPunctuation(piece);
            return true;
        }

        return IsTitlePhrase(words);
    }

    /// <summary>
    /// The job title in a piece <see cref="IsAffiliation"/> reads: the whole piece where it is one ("Senior Editor", "Golf
    /// Writer"), the words after the organization it opens with ("AP Auto Writer": "Auto Writer"; "CNN Editor-at-large"),
    /// or the words before "for" ("Contributing Writer for harbour.example"); null where it names an organization alone
    /// ("CNN Business", "Washington Post", "Harbour Media for harbour.example").
    /// </summary>
    /// <param name="piece">The piece, without its comma.</param>
    /// <param name="organization">The organization <see cref="IsAffiliation"/> found in it, if any.</param>
    internal static string? JobTitleIn(string piece, string? organization)
    {
        var words = TrimPunctuation(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var forAt = Array.FindIndex(words, w => w.Equals("for", StringComparison.OrdinalIgnoreCase));
        if (forAt > 0 && organization is not null && IsTitlePhrase(words[..forAt]))
        {
            return AsPrintedTitle(words[..forAt]);
        }

        var start = 0;
        if (organization is not null)
        {
            var named = organization.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (named.Length >= words.Length || !words.Take(named.Length).SequenceEqual(named, StringComparer.OrdinalIgnoreCase))
            {
                return null;
            }

            start = named.Length;
        }

        var rest = words[start..];
        return IsTitlePhrase(rest) || (start > 0 && EndsWithPost(rest)) || (start == 0 && IsJobTitle(string.Join(' ', rest)))
            ? AsPrintedTitle(rest) : null;
    }

    /// <summary>
    /// The title in a piece <see cref="PersonNames.IsJobTitle"/> accepts: the whole piece ("staff writer", "Redakteurin für
    /// Wirtschaft"), but for the outlet named after its last post word ("Contributing Writer" in "Contributing Writer for
    /// harbour.example", "Writer" in "Writer for Reuters"), which is no part of the title, and for a capitalised word right
    /// after it, which starts something else ("Arts Correspondent" in "Arts Correspondent Updated"); null where no word is a post.
    /// </summary>
    internal static string? TitleOfPost(string piece)
    {
        var words = TrimPunctuation(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length;
        while (end > 0 && !BylineVocabulary.IsPostWord(words[end - 1]))
        {
            end--;
        }

        var outlet = end > 0 && end + 1 < words.Length && string.Join(' ', words[(end + 1)..]) is var rest
            && (IsWebAddress(rest) || rest.Contains('.', StringComparison.Ordinal) || NewsAgencies.Match(rest) is not null);
        var other = end > 0 && end < words.Length && char.IsUpper(words[end][0]);
        return AsPrintedTitle(outlet || other ? words[..end] : words);
    }

    /// <summary>
    /// A job title's words as the model gives them: as printed, without a possessive or an article before them, but for a
    /// title printed in capitals ("STAFF WRITER"), whose words longer than three letters are title-cased ("Staff Writer";
    /// "CEO" stays) and whose linking words are lower-cased. Null where no word names a post (<see cref="BylineVocabulary.IsPost"/>:
    /// "Sports", "Opinion" and "Health" after a name are desks, not titles).
    /// </summary>
    internal static string? AsPrintedTitle(IReadOnlyList<string> words)
    {
        // A post, or a compound opening or ending with one ("Editor-at-large"), or the English plural of one ("Staff Writers").
        if (!words.Any(w => BylineVocabulary.IsPostWord(w, plural: true)))
        {
            return null;
        }

        // "Our Correspondent", "the Editor": the post, without the possessive or article.
        var first = 0;
        while (first + 1 < words.Count && BylineVocabulary.PostDeterminers.Contains(words[first]))
        {
            first++;
        }

        var joined = TrimPunctuation(string.Join(' ', words.Skip(first)));
        if (joined.Any(char.IsLower) || !joined.Any(char.IsLetter))
        {
            return joined;
        }

        return string.Join(' ', joined.Split(' ').Select(w => w.Length > 3 ? TitleCase(w) : w is "OF" or "FOR" or "AND" or "AT" ? w.ToLowerInvariant() : w));
    }

    /// <summary>
    /// The singular of a title printed once for several people ("Staff Writers" after two names: each is a "Staff Writer";
    /// "enviados especiales": each an "enviado especial"); null when the title is not an English plural of a post nor holds
    /// a post in the plural of another language (<see cref="BylineVocabulary.PluralPosts"/>).
    /// </summary>
    internal static string? SingularTitle(string title)
    {
        var last = title.AsSpan(title.LastIndexOf(' ') + 1);
        if (last.Length > 4 && last[^1] == 's' && BylineVocabulary.IsPost(last[..^1].ToString()) && !BylineVocabulary.IsPost(last.ToString()))
        {
            return title[..^1];
        }

        var words = title.Split(' ');
        if (!words.Any(w => BylineVocabulary.PluralPosts.ContainsKey(w) && !BylineVocabulary.TitleModifiers.Contains(w)))
        {
            return null;
        }

        // Each plural word in the singular, written in the case the plural was ("Enviados" → "Enviado").
        return string.Join(' ', words.Select(w => BylineVocabulary.PluralPosts.TryGetValue(w, out var one)
            ? (char.IsUpper(w[0]) ? char.ToUpperInvariant(one[0]) + one[1..] : one) : w));
    }

    // Words that open an agency's name in the languages we meet ("Agência Brasil", "Agenzia Nova", "Agence Europe").
    private static readonly HashSet<string> AgencyOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "agência", "agencia", "agenzia", "agence", "agentur", "agencja", "агентство", "ajansı", "ajans",
    };

    /// <summary>
    /// An organization by the shape of its name, which no person's has: an agency's word and one more word ("Agência
    /// Brasil"), a newsroom's and its desk or agency ("Redazione Esteri", "Redacción Internacional", "Redazione ANSA"), or a
    /// broadcaster ("TV Globo", "Radio Harbour", "Harbour Radio").
    /// </summary>
    internal static bool IsOrganizationName(string piece)
    {
        var words = TrimPunctuation(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || !words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0])))
        {
            return false;
        }

        // "Agência Brasil"; a newsroom and its desk or agency ("Redazione Esteri", "Redaktion Politik", "Redazione ANSA"), not
        // a post ("Staff Writer") nor a name ("Redazione Giulia").
        var (first, second) = (words[0], words[^1]);
        if (words.Length == 2 && (AgencyOpeners.Contains(first)
            || (BylineVocabulary.CollectiveWords.Contains(first) && (BylineVocabulary.DeskWords.Contains(second) || BylineVocabulary.CategoryWords.Contains(second)
                || NewsAgencies.MatchPrinted(second) is not null))))
        {
            return true;
        }

        return BylineVocabulary.BroadcasterWords.Contains(first) || BylineVocabulary.BroadcasterWords.Contains(second);
    }

    /// <summary>
    /// A credit that is one acronym and nothing else ("By CNN", "NTV"): three capitals with no vowel, as no name is written
    /// ("TOM", "ANN" in a byline in capitals are names); not a country's or a city's ("USA").
    /// </summary>
    internal static bool IsLoneAcronym(string piece)
    {
        var word = TrimPunctuation(piece);
        return IsAcronym(word) && word.IndexOfAny(['A', 'E', 'I', 'O', 'U', 'Y']) < 0;
    }

    // Words that open a newspaper's name beside a publication word ("Sunday Times", "Evening Standard", "Financial Times").
    private static readonly HashSet<string> NewspaperOpeners = new(StringComparer.Ordinal)
    {
        "Sunday", "Evening", "Morning", "Weekly", "National", "Financial", "Irish", "Jewish", "Catholic", "Business", "Economic",
    };

    /// <summary>
    /// A newspaper's name after a writer's ("Jane Roe, Washington Post", "The Harbour Times", "New York Times", "Daily
    /// Mail", "Süddeutsche Zeitung"): two to five capitalised words ending with a publication word, opened by "The", a
    /// known city or place, a second publication word or a newspaper's opener, or ending with a word no person's name
    /// ends with (<see cref="BylineVocabulary.NewspaperNameWords"/>); not "John Post", "Mary Ann Post" or "Sofia Star",
    /// which are names. Null otherwise.
    /// </summary>
    private static string? PublicationName(string[] words)
    {
        var the = words.Length > 0 && words[0].Equals("The", StringComparison.OrdinalIgnoreCase);
        var name = the ? words[1..] : words;

        // "The Hindu", "The Conversation": no person's name opens with "The".
        if (the && name.Length is >= 1 and <= 4 && name.All(w => w.Length > 1 && char.IsUpper(w[0])))
        {
            return string.Join(' ', words);
        }

        if (name.Length is < 2 or > 5 || !name.All(w => w.Length > 0 && char.IsUpper(w[0])) || !BylineVocabulary.PublicationWords.Contains(name[^1]))
        {
            return null;
        }

        // Not its length alone, nor a city that is a given name too: "Mary Ann Post", "Mark T. Leader", "Sofia Star" are people.
        var opened = the || BylineVocabulary.PublicationWords.Contains(name[0]) || NewspaperOpeners.Contains(name[0]) || BylineVocabulary.NewspaperNameWords.Contains(name[^1])
            || BylineVocabulary.Cities.Contains(name[0]) || BylineVocabulary.MultiWordPlaces.Contains(string.Join(' ', name[..^1]));
        return opened ? string.Join(' ', words) : null;
    }

    /// <summary>An agency as printed ("Associated Press", "Agencia EFE"), or its display name when printed in one case only or as a short alias ("REUTERS", "Ap").</summary>
    internal static string AsPrinted(string printed, string agency) =>
        printed.Length > 3 && printed.Any(char.IsUpper) && printed.Any(char.IsLower) ? printed : agency;

    /// <summary>
    /// A news site's brand of letters and digits, with the regional desk's code after it ("g1", "g1 RS", "R7", "N1",
    /// "i24"): a name never holds a digit. Not a count ("2h", "5 min").
    /// </summary>
    internal static bool IsBrandCode(string piece)
    {
        var words = TrimPunctuation(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 2 || words[0].Length is < 2 or > 5)
        {
            return false;
        }

        var brand = words[0];
        var letters = 0;
        while (letters < brand.Length && char.IsAsciiLetter(brand[letters]))
        {
            letters++;
        }

        return letters is >= 1 and <= 3 && brand.Length - letters is 1 or 2 && brand.AsSpan(letters).IndexOfAnyExceptInRange('0', '9') < 0
            && (words.Length == 1 || (words[1].Length is 2 or 3 && words[1].All(char.IsAsciiLetterUpper)));
    }

    /// <summary>
    /// "Harbour.com", "harbour.co.uk", "www.harbour.example": a publication named by its web address, a host's shape: a
    /// "www." prefix or a top-level domain, a country's code of two letters or a common generic one (<see cref="GenericTopLevelDomains"/>).
    /// A lower-case account ("jane.roe", "jsmith.nyt") is no address.
    /// </summary>
    internal static bool IsWebAddress(string word)
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
    internal static bool IsAcronym(string word) =>
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
    /// <summary>Lower-case words that tie a post to the agency printed after it ("repórter da Agência Brasil", "Redakteur der dpa").</summary>
    private static readonly HashSet<string> AgencyPrepositions = new(StringComparer.Ordinal)
    {
        "da", "do", "de", "del", "della", "dell'", "di", "du", "des", "of", "at", "der", "bei", "von", "w", "в", "у",
    };

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

            // "Jane Roe with AFP", "Jane Roe, AFP", "Jane Roe, For The Associated Press": the agency is printed as a credit
            // of its own; "Jane Roe for The Associated Press", "repórter da Agência Brasil": the words before the agency are
            // no part of the name or the post.
            var head = words[..^n];
            var end = head.Length;
            while (end > 1 && (head[end - 1] is "The" or "the" or "For" or "for" or "From" or "from"
                || (AgencyPrepositions.Contains(head[end - 1]) && !head[end - 2].EndsWith(','))))
            {
                end--;
            }

            head = head[..end];
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
        // "Our Correspondent", "مراسلنا": the publication's staff (JournalistPosts.IsAnonymousPost).
        if (NamesPublicationByAddress(name, site) || JournalistPosts.IsAnonymousPost(name, out _, out _))
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

        // "Redacción Diario Austral", "Redaktion Hamburg", "Redazione Cronaca": the newsroom first, named for its paper,
        // town or desk (not "Redaktion: Jane Roe", a label).
        if (words.Length >= 2 && NewsroomWords.Contains(words[0]) && words.Skip(1).All(w => char.IsUpper(w[0]) || BylineVocabulary.Particles.Contains(w)))
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
            // Capitalised words, or words of a script without capitals ("ویب ڈیسک").
            && words.All(w => !char.IsLower(w[0]) || BylineVocabulary.CollectiveWords.Contains(w) || BylineVocabulary.Particles.Contains(w) || char.IsLower(piece[0]));
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

    // The newsroom's word, which opens its credit in the languages that name it first ("Redacción Diario Austral").
    private static readonly HashSet<string> NewsroomWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "redaktion", "rédaction", "redacción", "redazione", "redakcja", "redação", "redactie", "редакция", "редакція", "redaktionen", "redaksjonen",
    };

    private static readonly string[] FromLeads = ["from ", "for ", "da ", "dalla ", "de la ", "desde la "];

    /// <summary>A credit without the "from" or "for" before an agency or a collective ("From Reuters", "from staff reports", "For The Associated Press"); as it is otherwise.</summary>
    internal static string WithoutFrom(string credit, bool desks)
    {
        // "Da Redação", "Dalla redazione", "De la rédaction": the newsroom credited "from".
        var lead = FromLeads.FirstOrDefault(l => credit.StartsWith(l, StringComparison.OrdinalIgnoreCase))?.Length ?? 0;
        return lead > 0 && credit[lead..].TrimStart() is var rest && (NewsAgencies.Match(rest) is not null || IsCollective(rest, desks)) ? rest : credit;
    }
}
