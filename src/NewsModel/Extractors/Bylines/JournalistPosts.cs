using static NewsModel.Extractors.Bylines.BylineText;
using static NewsModel.Extractors.Bylines.CreditPlaces;
using static NewsModel.Extractors.Bylines.PersonNames;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Reads a journalist's post printed after her name ("corresponsal en Bruselas", "reporter at the Harbour Times"):
/// where she is posted, and whom she works for.
/// </summary>
/// <remarks>Part of <see cref="BylineParser"/>; stateless and thread-safe.</remarks>
internal static class JournalistPosts
{
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

    /// <summary>Whether a text opens with a possessive, maybe after "From" ("our …", "From our …", "De notre …", "dal nostro …").</summary>
    internal static bool OpensWithPossessive(string text)
    {
        var span = text.AsSpan().TrimStart();
        var space = span.IndexOf(' ');
        if (space > 0 && BylineVocabulary.FromWords.Contains(span[..space].ToString()))
        {
            span = span[(space + 1)..].TrimStart();
            space = span.IndexOf(' ');
        }

        return space > 0 && BylineVocabulary.Possessives.Contains(span[..space].ToString());
    }

    /// <summary>
    /// A journalist's post credited without a name, behind a possessive: "Our Correspondent", "our special correspondent in
    /// Kyiv", "notre envoyée spéciale à Kyiv", "unserem Korrespondenten", "наш корреспондент", or in one word ("مراسلنا", "our
    /// correspondent"; "muhabirimiz"; "خبرنگار ما"). The publication's own staff, not a person's name ("Our", "Наш" were read as one).
    /// <paramref name="credit"/> is the post as printed, without a "From" before it or the place after it; an article
    /// ("the correspondent", "The Correspondent" is a magazine) is no possessive.
    /// </summary>
    internal static bool IsAnonymousPost(string piece, out string credit, out string? place) => IsAnonymousPost(piece, out credit, out place, out _);

    /// <inheritdoc cref="IsAnonymousPost(string, out string, out string?)"/>
    /// <param name="piece">The piece of the byline.</param>
    /// <param name="credit">The post as printed.</param>
    /// <param name="place">Where it was posted, when printed.</param>
    /// <param name="named">
    /// The writer's name printed right after the place with nothing between ("From our correspondent in Kyiv Jane Roe", a
    /// line break apart): the post is hers.
    /// </param>
    internal static bool IsAnonymousPost(string piece, out string credit, out string? place, out string? named)
    {
        place = null;
        named = null;
        credit = TrimPunctuation(piece);
        var one = BylineVocabulary.AnonymousPostWords.Contains(credit);
        if (!OpensWithPossessive(piece) && !one)
        {
            // "مراسلنا في القاهرة": the one-word post, "in", the place.
            var space = credit.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && BylineVocabulary.AnonymousPostWords.Contains(credit[..space]) && credit[(space + 1)..] is var after
                && after.StartsWith("في ", StringComparison.Ordinal) && after.Length > 3)
            {
                place = after[3..].Trim();
                credit = credit[..space];
                return true;
            }

            return false;
        }

        if (one)
        {
            return true;
        }

        var words = credit.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var start = words.Length > 2 && BylineVocabulary.FromWords.Contains(words[0]) ? 1 : 0;
        if (start >= words.Length || !BylineVocabulary.Possessives.Contains(words[start]))
        {
            return false;
        }

        var w = start + 1;
        var post = false;
        while (w < words.Length && (IsTitleWord(words[w]) || (w > start + 1 && BylineVocabulary.FollowingQualifiers.Contains(words[w]))))
        {
            post |= BylineVocabulary.JournalistPosts.Contains(words[w]);
            w++;
        }

        if (!post || (w < words.Length && !IsPostPhrase(string.Join(' ', words[(start + 1)..]), out place)) || (w < words.Length && place is null))
        {
            return false;
        }

        credit = string.Join(' ', words[start..w]);
        // "in Kyiv Jane Roe": a known city, then a name; where no list knows the place, its last two words are a name when
        // they read as one ("in Kassel Max Weber", "in Port Moresby Jane Roe"), not a place's end ("Salt Lake City", "Città
        // del Messico", "Rio Grande do Sul": a place's noun, a particle). Otherwise a place of up to four words is kept.
        if (place is not null && !BylineVocabulary.IsKnownCity(place, namesToo: true) && place.Split(' ') is { Length: >= 3 } placeWords)
        {
            var city = BylineVocabulary.IsKnownCity(string.Join(' ', placeWords[..2])) ? 2 : BylineVocabulary.IsKnownCity(placeWords[0], namesToo: true) ? 1 : 0;
            if (city == 0 && placeWords[^2..].All(w => char.IsUpper(w[0]) && !BylineVocabulary.Particles.Contains(w)) && !BylineVocabulary.PlaceNouns.Contains(placeWords[^1]))
            {
                city = placeWords.Length - 2;
            }

            if (city > 0 && placeWords.Length - city >= 2)
            {
                named = string.Join(' ', placeWords[city..]);
                place = string.Join(' ', placeWords[..city]);
            }
            else if (placeWords.Length > 4)
            {
                place = null;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a piece is a journalist's post and a preposition that names where she is posted ("correspondent in …",
    /// "corresponsal en …", "corrispondente da …", "our correspondent in …"), whatever follows; <paramref name="place"/> is
    /// that place where it reads as one (<see cref="CreditPlaces.ReportingPlace"/>).
    /// </summary>
    internal static bool IsPostPhrase(string piece, out string? place)
    {
        place = null;
        var words = TrimPunctuation(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ReadPost(words) is not { } read)
        {
            return false;
        }

        var (w, posting, italian) = read;

        // "مراسل الصحيفة في عمان", "خبرنگار ایرنا در تهران": in Arabic script the outlet (or "the paper") may stand between
        // the post and "في" or "در", which follow any post as "in" does.
        if (w + 2 < words.Length && words[w + 1] is "في" or "در" && CreditPlaces.IsRightToLeftWord(words[w]))
        {
            w++;
        }

        var rest = string.Join(' ', words[(w + 1)..]);
        var town = BylineVocabulary.IsKnownCity(rest);
        if (!(words[w] is "in" or "في" or "در" || (posting && PostingPrepositions.Contains(words[w])) || (italian && words[w] == "da")
            || (town && TownPrepositions.Contains(words[w]))))
        {
            return false;
        }

        // In a script without capitals, a place of one or two words after "في" or "در" ("في عمان", "در تهران").
        place = ReportingPlace(rest)
            ?? (words[w] is "في" or "در" && words.Length - w - 1 is 1 or 2 && words[(w + 1)..].All(CreditPlaces.IsRightToLeftWord) ? rest : null);
        return true;
    }

    /// <summary>
    /// The post itself in a piece that opens with one (<see cref="IsPostPhrase"/>, <see cref="PostEmployer"/>), without the
    /// possessive or article before it and the place or employer after it: "correspondent" in "our correspondent in Kyiv",
    /// "Senior Correspondent" in "Senior Correspondent at the Harbour Times", "corresponsal" in "corresponsal de El País";
    /// null when the piece opens with no post.
    /// </summary>
    internal static string? PostTitle(string piece)
    {
        var words = TrimPunctuation(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ReadPost(words) is not { End: var end })
        {
            return null;
        }

        var first = 0;
        while (first < end && BylineVocabulary.PostDeterminers.Contains(words[first]))
        {
            first++;
        }

        return CreditOrganizations.AsPrintedTitle(words[first..end]);
    }

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
        while (w < words.Length && (IsTitleWord(words[w]) || (w > first && BylineVocabulary.FollowingQualifiers.Contains(words[w]))))
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
    internal static int PostedPlaceEnd(string piece)
    {
        if (!IsPostPhrase(piece, out var place) && !(PostEmployer(piece, out place) is not null && place is not null))
        {
            // "corresponsal de El País en Bruselas y Juan Pérez": an employer and a place, then the names.
            foreach (var conjunction in BylineVocabulary.Conjunctions)
            {
                var at = piece.IndexOf(conjunction, StringComparison.OrdinalIgnoreCase);
                if (at > 0 && PostEmployer(piece[..at], out var before) is not null && before is not null)
                {
                    return at;
                }
            }

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
    /// The employer may be followed by where the journalist is posted ("correspondante du Monde à Berlin", "corresponsal de
    /// El País en Bruselas", "reporter at the Harbour Times in Kyiv"): a preposition of place and a place (<see cref="CreditPlaces.ReportingPlace"/>).
    /// </summary>
    /// <param name="piece">The piece, after a name.</param>
    /// <param name="place">Where the journalist is posted, when printed after the employer.</param>
    internal static string? PostEmployer(string piece, out string? place)
    {
        place = null;
        var words = TrimPunctuation(piece).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ReadPost(words) is not { End: var w } || !EmployerPrepositions.Contains(words[w]))
        {
            return null;
        }

        var preposition = words[w];
        var name = words[(w + 1)..];
        for (var k = 1; k + 1 < name.Length; k++)
        {
            if ((name[k] == "in" || TownPrepositions.Contains(name[k])) && ReportingPlace(string.Join(' ', name[(k + 1)..])) is { } posted)
            {
                place = posted;
                name = name[..k];
                break;
            }
        }

        // "the Harbour Times", "la BBC", "der Süddeutschen Zeitung": the article goes; every other word opens with a capital.
        var start = name.Length > 1 && (name[0] is "The" || BylineVocabulary.Articles.Contains(name[0])) ? 1 : 0;
        name = name[start..];
        var joined = string.Join(' ', name);
        if (name.Length is 0 or > 5 || name.Any(n => n.Any(char.IsDigit)) || !char.IsUpper(name[0][0])
            || !name.All(n => char.IsUpper(n[0]) || BylineVocabulary.Particles.Contains(n) || n is "&")
            || BylineVocabulary.IsKnownCity(joined)
            || name.Any(n => BylineVocabulary.DeskWords.Contains(n) || (BylineVocabulary.CategoryWords.Contains(n) && !Contracted(preposition, start))
                || BylineVocabulary.NotEmployerWords.Contains(n)))
        {
            return null;
        }

        // An outlet by its name: a newspaper's or a broadcaster's word, an agency, or an acronym ("El País" needs a genitive
        // "de"; after "à", "в", "at" or "for" a single other word is as often a town, a region or a beat).
        var outlet = name.Any(n => BylineVocabulary.PublicationWords.Contains(n) || BylineVocabulary.BroadcasterWords.Contains(n))
            || NewsAgencies.Match(joined) is not null
            || (name.Length == 1 && name[0].Length is >= 2 and <= 5 && name[0].All(char.IsUpper));
        if (!outlet && !GenitivePrepositions.Contains(preposition))
        {
            place = null;
            return null;
        }

        // "du Monde": the French genitive holds the title's article ("Le Monde"); not an English title's ("du Guardian", "du
        // New York Times") nor an acronym's ("du CNRS").
        var french = preposition == "du" && !name.Any(n => BylineVocabulary.PublicationWords.Contains(n) || n.All(char.IsUpper));
        return french ? "Le " + joined : joined;
    }

    /// <summary>
    /// "du Monde", "do Globo": the French and the Portuguese genitive hold the title's article, so that the word after it is
    /// a title even where it also names a section ("Monde").
    /// </summary>
    private static bool Contracted(string preposition, int articleWords) => articleWords == 0 && preposition is "du" or "do";

    // The prepositions that make the name after a post its owner's, as a genitive does ("corresponsal de El País",
    // "correspondante de Libération", "repórter da Folha", "Korrespondent der Zeit").
    private static readonly HashSet<string> GenitivePrepositions = new(StringComparer.Ordinal)
    {
        "de", "del", "da", "do", "du", "des", "of", "der", "bei",
    };
}
