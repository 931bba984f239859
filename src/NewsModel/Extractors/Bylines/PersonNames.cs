using static NewsModel.Extractors.Bylines.BylineText;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Reads a person's name in a byline: titles, avatar initials and trailing words trimmed, capitals put in title case,
/// posts, degrees and titles of address told from names.
/// </summary>
/// <remarks>Part of <see cref="BylineParser"/>; stateless and thread-safe.</remarks>
internal static class PersonNames
{
    // Printed after a name, not a place: "Jane Roe, Jr.", "Jane Roe, PhD".
    private static readonly HashSet<string> NameSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "jr", "sr", "jnr", "snr", "phd", "md", "ii", "iii", "iv", "esq", "mba", "ma", "ba", "bsc", "msc", "mphil", "dphil", "llm", "jd", "rn", "mph", "dds", "cpa", "obe", "mbe", "cbe",
        "ms", "rd", "rdn", "ld", "cdn", "cde", "np", "dnp", "aprn", "bsn", "msn", "lcsw", "lpc", "psyd", "edd", "dvm", "pharmd", "facs", "frcp", "cfp", "cfa", "cscs", "ibclc",
    };

    // "Jane Roe, Dr, MD": a title of address after the name is hers too, neither a name nor a place.
    internal static bool IsNameSuffix(string piece) =>
        NameSuffixes.Contains(piece.Replace(".", string.Empty, StringComparison.Ordinal).Trim()) || BylineVocabulary.Honorifics.Contains(piece.Trim().TrimEnd('.'));

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
    internal static bool IsGivenNameAndPostWord(IReadOnlyList<(string Piece, bool AfterComma)> pieces, int i, bool afterPerson, bool capitals)
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
            && !(pieces[i].AfterComma && afterPerson && BylineVocabulary.IsPost(post) && !BylineVocabulary.Professions.Contains(post));
    }

    /// <summary>Whether a word is one of the vocabulary of posts, desks, collectives, publications and page furniture, which no given name is.</summary>
    internal static bool IsVocabularyWord(string word) =>
        BylineVocabulary.TitleWords.Contains(word) || BylineVocabulary.TitleModifiers.Contains(word)
        || BylineVocabulary.DeskWords.Contains(word) || BylineVocabulary.CollectiveWords.Contains(word) || BylineVocabulary.PublicationWords.Contains(word)
        || BylineVocabulary.NonNameWords.Contains(word) || BylineVocabulary.Particles.Contains(word);

    /// <summary>A cleaned person's name, or null when the text is not one.</summary>
    /// <param name="text">The text.</param>
    /// <param name="whole">
    /// Whether the text is known to be a person's full name though its last word is a post's
    /// (<see cref="IsGivenNameAndPostWord"/>): then every word of it is read.
    /// </param>
    internal static string? NormalizeName(string text, bool whole = false) => NormalizeName(text, whole, out _);

    /// <summary>
    /// A cleaned person's name, or null when the text is not one, and the job title printed right around it, which the name
    /// drops: before it ("Senior Editor Jane Roe", "national affairs reporter Jane Roe") or after it, where the page set it
    /// in an element of its own ("Jane Roe Senior Correspondent"); only words that all make a title and end with a post.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="whole">As for <see cref="NormalizeName(string, bool)"/>.</param>
    /// <param name="jobTitle">The title, or null.</param>
    internal static string? NormalizeName(string text, bool whole, out string? jobTitle)
    {
        jobTitle = null;
        var name = TrimPunctuation(text);
        if (name.Length is < 2 or > 60 || name.Any(char.IsDigit) || name.Contains('@', StringComparison.Ordinal)
            || name.Contains("://", StringComparison.Ordinal) || name.Contains('/', StringComparison.Ordinal)
            // A colon sets a label apart ("Pictures: Reuben Sato" under a label the parser does not know): no name holds one.
            || name.Contains(':', StringComparison.Ordinal) || name.Contains('：', StringComparison.Ordinal))
        {
            return null;
        }

        var original = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = whole ? original : TrimNonNameWords(original, out jobTitle);

        // One word left over from a longer phrase ("This report was written ...") is not a name.
        if (words.Length is 0 or > 6 || (words.Length == 1 && original.Length > 2))
        {
            return null;
        }

        // A lone dash between words sets a label, a desk or a place apart from the name in a script without case ("رياضة -
        // أحمد السيد", "مریم احمدی - کرج"): of one word beside it, the part of two words or more is the name; two words or
        // more on each side, or one on each ("غزة - خاص", a place and a note), name nobody. In a cased script one word after
        // the dash may be a surname's second half ("Sarah Lloyd - Jones"): nobody. Possessives alone ("Our", "Наш" of "Our
        // Correspondent") are no name either.
        if (words.Any(IsLoneDash))
        {
            if (words.Any(w => w.Any(char.IsUpper) || w.Any(char.IsLower)))
            {
                return null;
            }

            var parts = string.Join(' ', words).Split(CreditPlaces.SpacedDashes, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var named = parts.Where(p => p.Contains(' ', StringComparison.Ordinal)).ToList();
            return named.Count == 1 && !named[0].Split(' ').Any(IsLoneDash) ? NormalizeName(named[0], whole, out jobTitle) : null;
        }

        if (words.All(BylineVocabulary.PostDeterminers.Contains))
        {
            return null;
        }

        name = string.Join(' ', words);

        var cased = name.Any(char.IsUpper) || name.Any(char.IsLower);
        if (!cased)
        {
            // Scripts without case (Arabic, Persian, Chinese, ...): accept a short run of words, none of them a furniture word
            // ("خاص", exclusive: "غزة - خاص" credits no one), and not one word left after a post ("مراسل الجزيرة": Al
            // Jazeera's correspondent).
            // Arabic names run longer where they chain "son of", "family of" or "servant of" ("عبد الله بن ناصر آل ثاني").
            return words.Length <= 5 + Math.Min(2, words.Count(ArabicNameLinks.Contains)) && name.Any(char.IsLetter) && !words.Any(BylineVocabulary.NonNameWords.Contains)
                && !(words.Length == 1 && original.Length > 1 && IsTitleWord(original[0])) ? name : null;
        }

        if (words.All(w => BylineVocabulary.NonNameWords.Contains(w.Trim('.', ':')) || BylineVocabulary.Particles.Contains(w))
            || words.Any(w => BylineVocabulary.NonNameWords.Contains(w.Trim('.', ':')) && !char.IsUpper(w[0]) && !BylineVocabulary.Particles.Contains(w))
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

            if (!char.IsUpper(first[0]) && !BylineVocabulary.Particles.Contains(word) && !(first.Length > 2 && first[1] == '\'' && char.IsUpper(first[2]))
                && !IsPrefixedSurname(first))
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

    private static bool IsLoneDash(string word) => word is "-" or "–" or "—";

    /// <summary>"al-Rashid", "el-Sisi", "ad-Din": an Arabic surname that opens with its article in small letters, then a hyphen and a capital.</summary>
    private static bool IsPrefixedSurname(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen is >= 2 and <= 3 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1])
            && word[..hyphen] is "al" or "el" or "ad" or "ar" or "as" or "at" or "az" or "an" or "ash" or "ul";
    }

    /// <summary>The words that link the parts of an Arabic name: "son of", "daughter of", "family of", "servant of", "father of".</summary>
    private static readonly HashSet<string> ArabicNameLinks = new(StringComparer.Ordinal) { "بن", "بنت", "ابن", "آل", "عبد", "أبو", "ابو" };

    /// <summary>
    /// Whether the word at <paramref name="at"/>, a particle that is a credit word too ("von", "di", "av"), is part of the name
    /// that opens at <paramref name="start"/>: in lower case (or capitalised, "Carla Di Stefano"), right after one given name (or
    /// two, the second a common middle name: "Anna Maria von der Lippe"), before one capitalised surname that
    /// ends the name, maybe after more particles ("Ursula von Trotha", "Marco di Stefano", "Carl-Friedrich von der Heydt");
    /// not after a full name, where "von der" names whom she writes for ("Max Weber von der Rundschau", "Jana Krüger von der
    /// Redaktion"), nor before words of a publication or more than one capitalised word.
    /// </summary>
    private static bool IsNameParticle(string[] words, int start, int at)
    {
        // "Carla Di Stefano": capitalised as Italian surnames write it.
        // "Anna Maria von der Lippe": two given names, the second one that parents give as a middle name.
        var givenNames = at - start == 2 && BylineVocabulary.MiddleGivenNames.Contains(words[start + 1]) ? 2 : 1;
        if (at - start != givenNames || !BylineVocabulary.Particles.Contains(words[at].ToLowerInvariant()))
        {
            return false;
        }

        var next = at + 1;
        while (next < words.Length && BylineVocabulary.Particles.Contains(words[next]))
        {
            next++;
        }

        if (next >= words.Length || (next + 1 < words.Length && words[next + 1].Length > 0 && char.IsUpper(words[next + 1][0])))
        {
            return false;
        }

        var surname = words[next].Trim('.', ',', ':');
        return surname.Length > 1 && char.IsUpper(surname[0]) && !BylineVocabulary.NonNameWords.Contains(surname)
            && !BylineVocabulary.PublicationWords.Contains(surname) && !IsTitleWord(surname);
    }

    /// <summary>
    /// Drops what pages print around a name: leading titles and avatar initials ("FOCUS-Online-Experte", "LP"),
    /// and everything from the first word that cannot be part of a name ("Twitter", "Über", "Mitglied der ...").
    /// </summary>
    private static string[] TrimNonNameWords(string[] words, out string? jobTitle)
    {
        jobTitle = null;
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

        // "national affairs reporter Jane Roe": a word that qualifies the post after it goes with the post, as one that
        // qualifies the post before it does ("inviato speciale Luca Ferri").
        while (start < words.Length - 1 && !IsGivenNameMonth(words, start) && (IsTitleWord(words[start]) || BylineVocabulary.NonNameWords.Contains(words[start].Trim('.', ':'))
               || (start > 0 && IsTitleWord(words[start - 1]) && BylineVocabulary.FollowingQualifiers.Contains(words[start]))
               || (IsInitials(words[start]) && words.Skip(start + 1).Any(w => w.Any(char.IsLower)))
               || (BylineVocabulary.TitleModifiers.Contains(words[start]) && QualifiesAPost(words, start))))
        {
            start++;
        }

        var anyUpper = words.Any(w => w.Any(char.IsUpper));
        var end = start;
        while (end < words.Length)
        {
            var word = words[end].Trim('.', ':', ',');
            // In cased scripts a name's words are capitalised; a lower-case word other than a particle ends the name.
            var isName = (!BylineVocabulary.NonNameWords.Contains(word) || IsNameParticle(words, start, end))
                && (!IsTitleWord(word) || IsSurnameQualifier(words, start, end))
                && (BylineVocabulary.Particles.Contains(word) || word.Length == 0 || !char.IsLower(word[0]) || !anyUpper || IsPrefixedSurname(word));
            if (!isName && end - start >= 1)
            {
                break;
            }

            end++;
        }

        // A name never ends with a particle ("Artikel von"), nor, before a post, with a word that qualifies it ("Ivo Brandt
        // Transport Editor": his title is "Transport Editor").
        while (end > start && BylineVocabulary.Particles.Contains(words[end - 1]))
        {
            end--;
        }

        while (end - start > 2 && end < words.Length && BylineVocabulary.TitleModifiers.Contains(words[end - 1]) && IsTitleWords(words[(end - 1)..]))
        {
            end--;
        }

        // The title before the name ("Senior Editor", "our correspondent"), else after it ("Senior Correspondent"); not beside
        // one word ("By John Writer" may be a full name cut short), unless that is a whole name in a script without case ("정하늘 기자").
        var before = words[..start].SkipWhile(w => BylineVocabulary.PostDeterminers.Contains(w) || BylineVocabulary.FromWords.Contains(w)).ToArray();
        var fullName = end - start >= 2 || (end - start == 1 && IsOneWordFullName(words[start]));
        // A qualifier alone before the name is an honorific ("Chief Emeka Okafor"), not a post.
        if (fullName && IsTitleWords(before) && !(before.Length == 1 && BylineVocabulary.QualifyingPosts.Contains(before[0])))
        {
            jobTitle = CreditOrganizations.AsPrintedTitle(before);
        }
        else if (fullName && IsTitleWords(words[end..]))
        {
            jobTitle = CreditOrganizations.AsPrintedTitle(words[end..]);
        }

        return words[start..end];
    }

    /// <summary>
    /// Whether a word is a full name written as one word in a script without case: two to five letters, none of them cased
    /// ("정덕현", "王小明"); not in Arabic or Hebrew script, where a name is two words or more and one short word is an
    /// outlet's ("ایسنا").
    /// </summary>
    internal static bool IsOneWordFullName(string word) =>
        word.Length is >= 2 and <= 5 && word.All(c => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c) && c is not (>= '\u0590' and <= '\u08FF'));

    /// <summary>
    /// Whether the word at <paramref name="end"/>, a word that qualifies a post ("Senior", "Head", "Fellow") or a profession
    /// beyond the newsroom ("Poet", "Engineer", <see cref="BylineVocabulary.Professions"/>), is the surname of the one given
    /// name before it, printed last with nothing after it ("Jennifer Senior", "Mark Head", "Anna Poet").
    /// </summary>
    private static bool IsSurnameQualifier(string[] words, int start, int end) =>
        end == words.Length - 1 && end - start == 1 && words[end].Length > 2 && char.IsUpper(words[end][0]) && words[end][1..].All(char.IsLower)
        && ((BylineVocabulary.TitleModifiers.Contains(words[end]) && !BylineVocabulary.IsPost(words[end])) || BylineVocabulary.Professions.Contains(words[end])
            || BylineVocabulary.QualifyingPosts.Contains(words[end]))
        && !BylineVocabulary.CollectiveWords.Contains(words[end]) && !BylineVocabulary.DeskWords.Contains(words[end]);

    /// <summary>
    /// Whether words make a job title and nothing else: up to five, each a title word or one that qualifies a post (or a
    /// word linking them, not first: "of", "for", "at", "and"), the last a post (or a compound ending or opening with one: "Editor-at-large"),
    /// or a qualifier that follows a post before it ("redaktor naczelny", <see cref="BylineVocabulary.FollowingQualifiers"/>).
    /// </summary>
    internal static bool IsTitleWords(string[] words)
    {
        // "and Senior Editor" opens the next writer's credit.
        if (words.Length is 0 or > 5 || words[0] is "of" or "for" or "at" or "and")
        {
            return false;
        }

        // "Head of News", "Professor of History": a post, "of", what it heads.
        if (IsPostOfPhrase(words))
        {
            return true;
        }

        foreach (var word in words)
        {
            var bare = word.Trim('.', ',', ':');
            if (bare.Length == 0 || !(IsTitleWord(bare) || BylineVocabulary.TitleModifiers.Contains(bare) || bare is "of" or "for" or "at" or "and"
                || bare.Split('-', StringSplitOptions.RemoveEmptyEntries).All(p => IsTitleWord(p) || p is "at" or "large")))
            {
                return false;
            }
        }

        // "redaktor naczelny", "inviata speciale": a qualifier after the post.
        return BylineVocabulary.IsPostWord(words[^1])
            || (words.Length > 1 && BylineVocabulary.FollowingQualifiers.Contains(words[^1].Trim('.', ',', ':')) && words[..^1].Any(w => BylineVocabulary.IsPostWord(w)));
    }

    /// <summary>
    /// "Civil Engineer", "Marine Biologist", "Research Scientist": two or three capitalised words ending with a profession
    /// beyond the newsroom (<see cref="BylineVocabulary.Professions"/>), printed after a comma right after a person's name,
    /// where it says what she is, as a post there does ("Anna Poet" alone is a name).
    /// </summary>
    /// <summary>The services and units a chief heads, before "Chief" after a name ("Fire Chief"; "Tom Chief" is a name).</summary>
    private static readonly HashSet<string> ChiefUnits = new(StringComparer.Ordinal)
    {
        "Fire", "Police", "Army", "Navy", "Tribal", "Station", "Section", "Division", "Crew", "Party", "Defence", "Defense", "Security", "Medical",
    };

    internal static bool IsProfessionTitle(string piece)
    {
        var words = TrimPunctuation(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 2 or 3 && words.All(w => w.Length > 1 && char.IsUpper(w[0]))
            && (BylineVocabulary.Professions.Contains(words[^1]) || (words[^1] == "Chief" && (IsVocabularyWord(words[^2]) || ChiefUnits.Contains(words[^2]))));
    }

    /// <summary>
    /// "Head of News", "Professor of History", "Director of Digital Products": a post, "of", then one to three capitalised
    /// words (a linking "and" or "&amp;" between them).
    /// </summary>
    private static bool IsPostOfPhrase(string[] words) =>
        words.Length is >= 3 and <= 5 && BylineVocabulary.IsPostWord(words[0]) && words[1] == "of" && char.IsUpper(words[0][0])
        && words[2..].All(w => w is "and" or "&" || (w.Length > 1 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c == '-')))
        && char.IsUpper(words[^1][0]);

    /// <summary>
    /// Whether the qualifier at <paramref name="start"/> opens a post's words that end in a post, with a name of two words
    /// or more after them ("national affairs reporter Jane Roe"); not a name that only looks so ("Art Justice", "Lead Belly").
    /// </summary>
    private static bool QualifiesAPost(string[] words, int start)
    {
        var end = start;
        while (end < words.Length && (BylineVocabulary.TitleModifiers.Contains(words[end]) || IsTitleWord(words[end])))
        {
            end++;
        }

        return end > start + 1 && IsTitleWord(words[end - 1]) && words.Length - end >= 2;
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

    internal static bool IsTitleWord(string word)
    {
        var last = word.Trim('.', ':', ',').Split('-', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
        return BylineVocabulary.IsTitle(last) && !char.IsUpper(last.Length > 1 ? last[1] : 'a');
    }

    /// <summary>
    /// "Washington Bureau Chief", "Harbour Desk Editor": up to four capitalised words ending with a post that a title word
    /// qualifies right before it, whatever word opens them (a place, an outlet's name).
    /// </summary>
    internal static bool IsQualifiedPost(string[] words) =>
        words.Length is > 1 and <= 4 && words.All(w => w.Length > 0 && char.IsUpper(w[0]))
        && BylineVocabulary.IsPost(words[^1].Trim('.', ',')) && (BylineVocabulary.IsTitle(words[^2]) || BylineVocabulary.TitleModifiers.Contains(words[^2]));

    internal static bool IsInitials(string word) => word.Length is 2 or 3 && word.All(char.IsUpper);

    internal static bool IsJobTitle(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var bare = Array.ConvertAll(words, w => w.Trim('.', ','));

        // A post word shaped as one ("-er", "-or", "-ent", "-ist", "-in") makes the piece a title; a qualifier ("Senior") or a
        // profession that is a surname too ("Engineer") only where every word is a title word.
        var titleWords = bare.Count(BylineVocabulary.IsTitle);
        return (titleWords > 0 && (titleWords == words.Length || bare.Any(IsPostShaped))) || IsTitleWords(words) || IsQualifiedPost(words);

        static bool IsPostShaped(string word) =>
            BylineVocabulary.IsTitle(word) && BylineVocabulary.IsPost(word) && !BylineVocabulary.Professions.Contains(word)
            && (BylineVocabulary.JournalistPosts.Contains(word) || word.EndsWith("er", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ent", StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("or", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ist", StringComparison.OrdinalIgnoreCase) || word.EndsWith("in", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Two words or more, not a known place; in capitals only when the whole list is ("KARIN OLSEN").</summary>
    internal static bool LooksLikeFullName(string piece, bool capitals = false) =>
        !BylineVocabulary.MultiWordPlaces.Contains(TrimPunctuation(piece)) && piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2
        && (capitals || !piece.Where(char.IsLetter).All(char.IsUpper));
}
