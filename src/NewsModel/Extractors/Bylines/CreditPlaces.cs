using static NewsModel.Extractors.Bylines.BylineText;
using static NewsModel.Extractors.Bylines.CreditOrganizations;
using static NewsModel.Extractors.Bylines.PersonNames;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Reads the places a byline prints beside its names: datelines ("BEIRUT (AFP)"), towns after a dash or before an
/// agency, a town's state ("Jackson, Miss."), and "in Kyiv" after a writer's name.
/// </summary>
/// <remarks>Part of <see cref="BylineParser"/>; stateless and thread-safe.</remarks>
internal static class CreditPlaces
{
    /// <summary>Whether a credit opens with one word of three letters or more printed in capitals ("BEIRUT", "DAMASCUS"), as datelines are.</summary>
    internal static bool IsDatelineTown(string text)
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
    internal static readonly string[] SpacedDashes = [" - ", " – ", " — "];

    /// <summary>
    /// A credit whose names are followed, after spaced dashes, only by what describes them: an agency ("Von Paula Stein -
    /// dpa"), a post ("Jane Roe — Staff Writer") and a town of one word just before the agency ("Jane Roe - Damascus -
    /// SANA"): the names, the agency, the town and the post's title ("Staff Writer"; "Auto Writer" in "AP Auto Writer"). Null
    /// where there is no spaced dash or any part after one is anything else (a publication's or a desk's name, a second
    /// surname, a place alone), which the caller reads as before.
    /// </summary>
    internal static (string Names, string? Agency, string? Town, string? Title)? SplitDashedCredit(string text)
    {
        var parts = text.Split(SpacedDashes, StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts[0].Length == 0)
        {
            return null;
        }

        string? agency = null, town = null, title = null;
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
            else if (i == parts.Length - 1 && town is null && agency is not null && i > 1 && (BylineVocabulary.IsKnownCity(part, namesToo: true) || ReportingPlace(part) is not null))
            {
                // "Vitor Abdala - Repórter da Agência Brasil - Rio de Janeiro": the town after the post and its agency.
                town = AsPrintedTown(part);
            }
            else if (agency is null && !part.Contains(',', StringComparison.Ordinal) && CreditOrganizations.SplitTrailingAgency(part) is { } trailing
                && IsJobTitle(trailing.Name))
            {
                // "Carolina Mendes – Repórter da Agência Brasil": the post, then the agency.
                title ??= CreditOrganizations.AsPrintedTitle(trailing.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                agency = trailing.Agency;
            }
            else if (i == parts.Length - 1 && town is null && agency is null
                && (NamesPeople(parts[0]) || NewsAgencies.MatchPrinted(parts[0]) is not null || JournalistPosts.IsAnonymousPost(parts[0], out _, out _))
                && DashedTail(parts[i]) is { } tail)
            {
                // "Jane Roe - The Harbour Times", "Jane Roe - Paris", "Jane Roe - Springfield, Ill.", "Jane Roe - Harbour Valley",
                // "Jane Roe - AP Auto Writer".
                (agency, town) = tail;
                title = town is null ? CreditOrganizations.JobTitleIn(part, agency) : null;
            }
            else if (!IsJobTitle(part))
            {
                return null;
            }
            else
            {
                // "Jane Roe — Staff Writer", "Jane Roe - Staff Writer, The Harbour Times": the post, then the outlet she writes for.
                var comma = part.IndexOf(',', StringComparison.Ordinal);
                title ??= CreditOrganizations.AsPrintedTitle((comma > 0 ? part[..comma] : part).Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (comma > 0 && agency is null && CreditOrganizations.IsAffiliation(part[(comma + 1)..], out var outlet) && outlet is not null)
                {
                    agency = outlet;
                }
            }
        }

        return (parts[0], agency, town, title);
    }

    /// <summary>
    /// What a full name's credit ends with after a spaced dash, where a second person is not printed: an organization
    /// (<see cref="CreditOrganizations.IsAffiliation"/>: "CNN", "The Harbour Times", "CNN Business"; or capitalised words ending
    /// with a publication's or a broadcaster's word, "Harbour Gazette", "Harbour Radio"); a town, known ("Paris", "New York"),
    /// printed in capitals as datelines are ("PARIS") or with its state ("Springfield, Ill."); or two to four capitalised words
    /// that are none of these, which name neither the writer nor another ("Harbour Valley"), or one word of the page's furniture
    /// or a desk ("Twitter", "Sport"): both null. Null for anything else, one unknown word included ("Jane Lloyd - Jones" may
    /// be a surname).
    /// </summary>
    private static (string? Organization, string? Town)? DashedTail(string text)
    {
        var part = TrimPunctuation(text);
        if (part.Length == 0)
        {
            return null;
        }

        // "Jane Roe - For The Harbour Times": the publication she wrote for.
        if (part.StartsWith("for ", StringComparison.OrdinalIgnoreCase) && part[4..].TrimStart() is { Length: > 0 } written)
        {
            part = written;
        }

        // "TVN24" is a broadcaster; "5 min read", "09:30 GMT", "Updated November 14, 2024" name nobody.
        if (part.Any(char.IsDigit))
        {
            return IsBrandInCapitals(part) ? (part, null) : (null, null);
        }

        // "Jane Roe - Staff Writer, The Harbour Times": a post and an outlet, which the caller reads piece by piece.
        var comma = part.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && !IsTownAndRegion(part, comma))
        {
            return null;
        }

        // "Jane Roe - Twitter", "Jane Roe - Sport": a word of the page's furniture or a desk, no name.
        if (IsVocabularyWord(part))
        {
            return (null, null);
        }

        if (CreditOrganizations.IsAffiliation(part, out var organization) && organization is not null)
        {
            return (organization, null);
        }

        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => !char.IsUpper(w[0]) && !BylineVocabulary.Particles.Contains(w)))
        {
            return null;
        }

        if (words.Length is >= 2 and <= 5 && (BylineVocabulary.PublicationWords.Contains(words[^1]) || BylineVocabulary.BroadcasterWords.Contains(words[^1])
            || BylineVocabulary.BroadcasterWords.Contains(words[0])))
        {
            return (part, null);
        }

        if (BylineVocabulary.IsKnownCity(part, namesToo: true))
        {
            return (null, AsPrintedTown(part));
        }

        // "Springfield, Ill.": a town and its state, read as after a comma (PlaceName).
        if (comma > 0)
        {
            return (null, PlaceName(TownPieces(part, comma), 1, capitals: false));
        }

        // "KQED", "RTVE", "BFMTV": one word in capitals after a writer's name is a broadcaster's or an agency's, unknown
        // towns aside (a known one reads above).
        if (IsBrandInCapitals(part))
        {
            return (part, null);
        }

        return words.Length is >= 2 and <= 4 && words.Count(w => char.IsUpper(w[0])) >= 2 ? (null, null) : null;
    }

    /// <summary>One word of two to six capitals, digits allowed after the first ("KQED", "BFMTV", "TVN24", "РБК").</summary>
    private static bool IsBrandInCapitals(string word) =>
        word.Length is >= 2 and <= 6 && char.IsUpper(word[0]) && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    private static bool IsTownAndRegion(string part, int comma) => IsRegionOfTown(TownPieces(part, comma), 1, capitals: false);

    private static List<(string Piece, bool AfterComma)> TownPieces(string part, int comma) =>
        [(string.Empty, false), (TrimPunctuation(part[..comma]), true), (part[(comma + 1)..].Trim(), true)];

    /// <summary>
    /// Whether a credit before a dash names people only ("Jane Roe", "Jane Roe and John Doe"), one of them by two words or
    /// more: each piece a clean name (<see cref="PersonNames.NormalizeName"/> keeps it whole), none with a word of posts,
    /// desks, collectives or publications ("Harbour Times", "Our Correspondent", "Staff Report", "Breaking News") and
    /// none an organization's.
    /// </summary>
    private static bool NamesPeople(string text)
    {
        var pieces = SplitPieces(text);
        return pieces.Count > 0 && pieces.Any(p => p.Piece.Contains(' ', StringComparison.Ordinal))
            && pieces.All(p => string.Equals(NormalizeName(p.Piece), p.Piece, StringComparison.Ordinal)
                && !p.Piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => BylineVocabulary.TitleWords.Contains(w) || BylineVocabulary.TitleModifiers.Contains(w)
                    || BylineVocabulary.DeskWords.Contains(w) || BylineVocabulary.CollectiveWords.Contains(w) || BylineVocabulary.PublicationWords.Contains(w)
                    || BylineVocabulary.PostDeterminers.Contains(w))
                && !CreditOrganizations.IsOrganizationName(p.Piece) && !IsCollective(p.Piece, desks: true) && NewsAgencies.Match(p.Piece) is null);
    }

    /// <summary>
    /// What a byline prints before its names, each part before a spaced dash (the first one before a colon too): a known
    /// city, the dateline ("لندن: أحمد السيد", "LONDON: Jane Roe", "Paris – Jeanne Martin"; one word before the mark, so a
    /// city that is a given name too counts, as no writer is credited by a given name alone before another's full name);
    /// an agency, the writer's employer ("تهران - ایرنا - مریم احمدی"); a note such as "خاص" (exclusive) or "گزارش"
    /// (report), or an unnamed post ("Our Correspondent – Jane Roe"), dropped. What follows must name people or be an
    /// unnamed post ("غزة - مراسلنا", our correspondent). Null when the text does not open so.
    /// </summary>
    internal static (string? Town, string? Agency, string Names)? LeadBeforeNames(string text)
    {
        string? town = null, agency = null;
        var rest = text;
        var peeled = false;
        while (true)
        {
            var colon = peeled ? -1 : rest.IndexOf(':', StringComparison.Ordinal);
            var dash = rest.IndexOfAny(['-', '–', '—']);
            var spaced = dash > 1 && rest[dash - 1] == ' ' && dash + 1 < rest.Length && rest[dash + 1] == ' ';
            var at = colon > 0 && (dash < 0 || colon < dash) ? colon : spaced ? dash : -1;
            if (at is <= 0 or > 30)
            {
                break;
            }

            var head = TrimPunctuation(rest[..at]);
            if (town is null && agency is null && BylineVocabulary.IsKnownCity(head, namesToo: true))
            {
                town = AsPrintedTown(head);
            }
            else if (at == dash && agency is null && NewsAgencies.MatchPrinted(head) is { } matched)
            {
                agency = AsPrinted(head, matched);
            }
            else if (at != dash || !(IsNote(head) || JournalistPosts.IsAnonymousPost(head, out _, out _)))
            {
                break;
            }

            rest = TrimPunctuation(rest[(at + 1)..]);
            peeled = true;
        }

        return peeled && rest.Length > 0 && (NamesPeople(rest) || (agency is null && JournalistPosts.IsAnonymousPost(rest, out _, out _)))
            ? (town, agency, rest) : null;

        // "خاص", "حصري", "گزارش اختصاصی": words that never stand in a name, and none of them a name's; not a role's label
        // ("Photos - Max Weber" credits the photographer, not the writer).
        static bool IsNote(string part) =>
            part.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 and <= 3 } words && words.All(BylineVocabulary.NonNameWords.Contains)
            && !words.Any(RoleLabelWords.Contains);
    }

    // Furniture words that label a role's credit, a picture's or a source's: before a dash they name who made that.
    private static readonly HashSet<string> RoleLabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "photo", "photos", "foto", "fotos", "bild", "image", "images", "source", "sources", "quelle", "getty", "shutterstock", "copyright",
    };

    /// <summary>A town of one word after a dash: capitalised, in capitals, or in Arabic or Hebrew script.</summary>
    private static bool IsDashedTown(string part) => IsTown(part, capitals: false) || IsTown(part, capitals: true) || IsRightToLeftWord(part);

    /// <summary>A town as printed, or in title case when printed in capitals ("DAMASCUS" -> "Damascus").</summary>
    internal static string AsPrintedTown(string part) => part.Any(char.IsLower) || IsRightToLeftWord(part) ? part : TitleCase(part);

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
    internal static bool IsRightToLeftWord(string word)
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

    /// <summary>One word in an Indic script (Devanagari to Sinhala) or in Thai, scripts without capitals.</summary>
    private static bool IsIndicWord(string word) =>
        word.Length >= 2 && word.All(c => c is >= '\u0900' and <= '\u0DFF' or >= '\u0E00' and <= '\u0E7F' or '\u200C' or '\u200D')
        && !IndicPostsAndAgencies.Contains(word);

    // Posts and agencies written in one word in those scripts, which follow a name as a place does ("अंकित मिश्रा, संवाददाता").
    private static readonly System.Collections.Frozen.FrozenSet<string> IndicPostsAndAgencies = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[]
    {
        "संवाददाता", "रिपोर्टर", "पत्रकार", "संपादक", "ब्यूरो", "प्रतिनिधि", "पीटीआई", "भाषा", "आईएएनएस", "एएनआई", "यूएनआई", "वार्ता",
        "সংবাদদাতা", "প্রতিবেদক", "সাংবাদিক", "সম্পাদক", "প্রতিনিধি", "বাসস", "ผู้สื่อข่าว", "นักข่าว", "บรรณาธิการ", "ช่างภาพ",
    }, StringComparer.Ordinal);

    /// <summary>
    /// Whether a text printed apart from a name is a place: a known city, or a town and its state ("Lincoln, Neb."); not any
    /// capitalised word ("Share", "Bio", "Teilen" are buttons).
    /// </summary>
    internal static bool IsPlace(string text)
    {
        var trimmed = text.Trim();
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        return BylineVocabulary.IsKnownCity(TrimPunctuation(text), namesToo: true) || (comma > 0 && IsTownAndRegion(trimmed, comma));
    }

    internal static bool IsPlacePiece(string piece) =>
        LooksLikePlace(piece) && !IsJobTitle(piece) && !IsNameSuffix(piece) && !BylineVocabulary.DeskWords.Contains(TrimPunctuation(piece))
        && NewsAgencies.Match(piece) is null && !IsCollective(piece);

    /// <summary>
    /// A place as printed, with its state or region when one follows it (<see cref="BylineParser.PieceReading.Region"/>: "Jackson,
    /// Miss."); one printed in a list in capitals in title case ("OSLO" → "Oslo"), a state's code aside ("JACKSON, MS" → "Jackson, MS").
    /// </summary>
    /// <param name="pieces">The pieces of the list, in order, each with whether a comma preceded it.</param>
    /// <param name="i">The place's piece.</param>
    /// <param name="capitals">Whether the list is printed in capitals (<see cref="BylineParser.IsInCapitals"/>).</param>
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
    internal static bool IsRegionOfTown(IReadOnlyList<(string Piece, bool AfterComma)> pieces, int town, bool capitals)
    {
        if (town < 1 || town != pieces.Count - 2 || !pieces[town].AfterComma || !pieces[town + 1].AfterComma)
        {
            return false;
        }

        var region = pieces[town + 1].Piece.Trim();
        if (!IsTown(pieces[town].Piece, capitals))
        {
            // "Jane Roe, Grand Rapids, Mich.": a town of several words before a state as the AP abbreviates it (in capitals
            // one of three letters or more: "MD", "PA" are degrees too) or spells it out ("Salt Lake City, Utah").
            var state = region.TrimEnd('.');
            var cased = capitals ? TitleCase(state) : state;
            return (BylineVocabulary.StateAbbreviations.Contains(state) || (capitals && state.Length > 2 && BylineVocabulary.StateAbbreviations.Contains(cased))
                    || BylineVocabulary.SpelledOutStates.Contains(cased))
                && IsTownOfWords(pieces[town].Piece, capitals);
        }

        // "Jane Roe, Kyiv, AP": an agency's code is no state's (see IsTownBeforeAgency); "Harrisburg, Pa.": a state as the AP
        // abbreviates it, its period cut with the byline's end.
        var letters = region.Count(char.IsLetter);
        return BylineVocabulary.StateAbbreviations.Contains(region.TrimEnd('.'))
            || (letters == 2 && region.Length == 2 && region.All(c => c is >= 'A' and <= 'Z') && NewsAgencies.MatchPrinted(region) is null)
            || (region.EndsWith('.') && letters is >= 2 and <= 5 && char.IsUpper(region[0]) && region.All(c => char.IsLetter(c) || c == '.'))
            || (!region.Contains(' ', StringComparison.Ordinal) && LooksLikePlace(region) && !IsJobTitle(region) && NewsAgencies.Match(region) is null
                && !IsCollective(region) && (capitals || region.Any(char.IsLower)));
    }

    /// <summary>
    /// Whether a piece is a one-word town printed after a name and before what names its state or an agency: a place
    /// (<see cref="IsPlacePiece"/>) of three letters or more, with small letters outside a list in capitals ("Jane Roe,
    /// CNN, UK" names no town), no title of address ("Dr", <see cref="PersonNames.IsNameSuffix"/>) and no word of the vocabulary (a post, a desk, "Guest", "Anonymous").
    /// </summary>
    private static bool IsTown(string piece, bool capitals)
    {
        var place = TrimPunctuation(piece);
        return !place.Contains(' ', StringComparison.Ordinal) && place.Count(char.IsLetter) >= 3 && (capitals || place.Any(char.IsLower))
            && IsPlacePiece(place) && !IsVocabularyWord(place);
    }

    /// <summary>
    /// A town of two or three words ("Grand Rapids", "St. Louis", "Fort Collins"): each capitalised, of letters (an
    /// abbreviation's period aside), none a word of the vocabulary (a post, a desk, a collective); with small letters outside
    /// a list in capitals; shaped as a town's name, not a person's ("Tom Field", "Mary Ann Cole"): it opens with a town's
    /// opener ("St.", "Fort", "New") or ends with a place's noun ("Rapids", "City", "Springs").
    /// </summary>
    private static bool IsTownOfWords(string piece, bool capitals)
    {
        var words = TrimPunctuation(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 2 or 3 && (capitals || piece.Any(char.IsLower)) && NewsAgencies.Match(piece) is null
            && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c == '.')
                && (!IsVocabularyWord(w.TrimEnd('.')) || BylineVocabulary.PlaceNouns.Contains(w)))
            && (BylineVocabulary.TownOpeners.Contains(words[0]) || BylineVocabulary.PlaceNouns.Contains(words[^1]));
    }

    /// <summary>
    /// "By Jane Roe, Kyiv, AP", "JANE ROE, GAZA, AP": a one-word town (<see cref="IsTown"/>) printed after a name, before an
    /// agency printed last, is where she reported from; the agency is her organization, not the town's state ("PA" too).
    /// </summary>
    internal static bool IsTownBeforeAgency(IReadOnlyList<(string Piece, bool AfterComma)> pieces, int town, bool capitals) =>
        town >= 1 && town == pieces.Count - 2 && pieces[town].AfterComma && pieces[town + 1].AfterComma
        && NewsAgencies.MatchPrinted(pieces[town + 1].Piece) is not null && (IsTown(pieces[town].Piece, capitals) || IsRightToLeftWord(TrimPunctuation(pieces[town].Piece)));

    /// <summary>
    /// The place after "in" that ends a writer's credit ("Kyiv", "New York", "Rio de Janeiro"): up to four words, each
    /// capitalised but a particle between them, none an English month, a post, a word names are not made of, a category's
    /// or a desk's name ("in Uncategorized", "in Politics") or a publication's word ("in New York Times"); null otherwise.
    /// </summary>
    internal static string? ReportingPlace(string text)
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
            // A capitalised word, or one of a script without capitals, its vowel signs included ("ঢাকা").
            if (!particle && (word.Length < 2 || !(char.IsUpper(word[0]) || (char.IsLetter(word[0]) && !char.IsLower(word[0])))
                || !word.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
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

        // A weekday, a month, a word of the page's furniture ("By Jane Roe, Wednesday, 20 November", its date cut) is no place.
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(BylineVocabulary.NonNameWords.Contains))
        {
            return false;
        }

        // In Arabic or Hebrew script, without capitals, one word after a name is a place as a capitalised one is ("אבי מזרחי, חיפה");
        // so in the Indic scripts and Thai ("अंकित मिश्रा, लखनऊ").
        if (words.Length == 1 && (IsRightToLeftWord(words[0]) || IsIndicWord(words[0])))
        {
            return true;
        }

        return words.Length is 1 or 2 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && !w.Any(char.IsDigit))
            && (words.Length == 1 || words.All(w => w.All(c => !char.IsLetter(c) || char.IsUpper(c))));
    }
}
