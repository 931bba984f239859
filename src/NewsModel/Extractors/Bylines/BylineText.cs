using System.Text;
using static NewsModel.Extractors.Bylines.JournalistPosts;
using static NewsModel.Extractors.Bylines.PersonNames;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Shapes a byline's text before its names are read: dates, counters, contacts and trailing phrases cut, the
/// separating slash and a parenthesised agency found, the list split into pieces at commas and conjunctions.
/// </summary>
/// <remarks>Part of <see cref="BylineParser"/>; stateless and thread-safe.</remarks>
internal static class BylineText
{
    // "Source: Statista.com": a credit for data or a picture, not for the writing.
    /// <summary>
    /// "Quelle: dpa", "Source: Reuters, AFP": a source label before news agencies only credits them (it is the wire copy's
    /// credit); before anything else ("Source: Statista") the segment stays as it is, a credit for data or a picture.
    /// </summary>
    internal static string WithoutSourceLabel(string segment)
    {
        foreach (var label in SourceCredits)
        {
            if (segment.StartsWith(label, StringComparison.OrdinalIgnoreCase) && segment[label.Length..].Trim() is { Length: > 0 } rest
                && NewsAgencies.MatchCredit(rest) is not null)
            {
                return rest;
            }
        }

        return segment;
    }

    /// <summary>
    /// "mit Material von dpa und AFP", "con información de Reuters y AP": a phrase that credits agencies' copy beside the
    /// writer reads as "with" before them, so each agency is a credit of its own.
    /// </summary>
    internal static string WithAgencyMaterial(string text)
    {
        foreach (var phrase in AgencyMaterialPhrases)
        {
            var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(text[at - 1]))
                && text[(at + phrase.Length)..].Split([' ', ',', ')'], StringSplitOptions.RemoveEmptyEntries) is [var agency, ..] && NewsAgencies.IsAgency(agency))
            {
                return string.Concat(text.AsSpan(0, at), " with ", text.AsSpan(at + phrase.Length));
            }
        }

        return text;
    }

    /// <summary>
    /// What follows a phrase crediting agencies' copy that opens <paramref name="text"/> ("con información de EFE" gives
    /// "EFE"), or after a bare "with" in the languages that close an article so ("Avec AFP", "Mit dpa"); null when no such
    /// phrase opens it.
    /// </summary>
    internal static string? AfterAgencyMaterialPhrase(string text)
    {
        foreach (var phrase in AgencyMaterialPhrases.Concat(BareWithWords))
        {
            if (text.Length > phrase.Length + 1 && text.StartsWith(phrase, StringComparison.OrdinalIgnoreCase) && text[phrase.Length] == ' ')
            {
                return text[(phrase.Length + 1)..].Trim();
            }
        }

        return null;
    }

    private static readonly string[] BareWithWords = ["with", "avec", "mit", "con", "com", "met"];

    private static readonly string[] AgencyMaterialPhrases =
    [
        "mit material von", "mit material der", "mit material aus", "unter verwendung von material von", "con información de", "con informaciones de",
        "com informações da", "com informações de", "com informações do", "con informazioni di", "avec des informations de", "with reporting from",
        "with reporting by", "with material from", "z materiałów", "na podstawie materiałów", "за матеріалами", "по материалам", "met materiaal van",
    ];

    private static readonly string[] SourceCredits =
        ["source:", "sources:", "source :", "sources :", "quelle:", "quellen:", "źródło:", "źródła:", "fuente:", "fonte:", "fonti:", "источник:", "джерело:", "kaynak:", "bron:", "منبع:", "المصدر:",
         "zdroj:", "zdroje:", "sursa:", "surse:", "forrás:", "izvor:", "извор:", "източник:", "מקור:", "مصدر:", "källa:", "lähde:", "kilde:", "πηγή:",
         "wire service:", "wire:", "agency:"];

    // Words that lead into a date ("Jane Roe am 29.12.2010", "posted on", "le 7 mai"): not part of a name.
    private static readonly HashSet<string> DateLeadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "am", "on", "le", "el", "il", "den", "vom", "at", "um", "de", "del", "op", "dnia", "від", "от", "tarihinde", "stand", "posted", "published",
        "veröffentlicht", "publié", "publicado", "pubblicato", "erstellt", "gespeichert", "geschrieben", "written",
    };

    /// <summary>Splits "A, B and C" into pieces, remembering which followed a comma.</summary>
    internal static List<(string Piece, bool AfterComma)> SplitPieces(string text)
    {
        var pieces = new List<(string, bool)>();
        var commaParts = text.Split([',', '،'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var c = 0; c < commaParts.Length; c++)
        {
            // "corresponsal en Bruselas": a post and a place, where "en" is no conjunction (as it is in Dutch); the names
            // after a conjunction that follows it are read as usual ("corresponsal en Bruselas y Juan Pérez"). First in the text
            // only behind a possessive ("nuestro corresponsal en Bruselas").
            var rest = commaParts[c];
            if ((c > 0 || OpensWithPossessive(rest)) && PostedPlaceEnd(rest) is var postEnd and > 0)
            {
                pieces.Add((TrimPunctuation(rest[..postEnd]), c > 0));
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
            parts = parts.SelectMany(SplitAtInitials).SelectMany(SplitAtGluedAnd).ToList();
            // "Jane Roe, avec AFP", "Jane Roe, with Reuters": what a conjunction opening the part joins is another credit, not a
            // description of the name before the comma (her agency).
            var first = TrimPunctuation(parts[0]).Length > 0 || !IsAccompanying(rest);
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

    /// <summary>
    /// "محمد العلي وفاطمة الزهراء", "יעל כהן ודני לוי": Arabic and Hebrew write "and" glued to the next word. In a run of
    /// words in one of those scripts, a word that opens so after two words or more and before another opens the next name,
    /// without its "and"; not a given name that opens with the letter ("وليد", "وائل", "ורד"), nor a last word ("אלון בר וולך").
    /// </summary>
    private static IEnumerable<string> SplitAtGluedAnd(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !words.All(w => w.All(c => c is (>= '\u0590' and <= '\u06FF') or '\u200C' or '-' or '\'')))
        {
            yield return text;
            yield break;
        }

        var start = 0;
        for (var i = 2; i < words.Length; i++)
        {
            if (i - start >= 2 && i + 1 < words.Length && words[i].Length >= 4 && words[i][0] is 'و' or 'ו' && !BylineVocabulary.GluedAndNames.Contains(words[i]))
            {
                yield return " " + string.Join(' ', words[start..i]) + " ";
                words[i] = words[i][1..];
                start = i;
            }
        }

        yield return " " + string.Join(' ', words[start..]) + " ";
    }

    /// <summary>Whether a part opens with a word that adds a credit to the one before ("with", "avec", "mit", "con", "com").</summary>
    private static bool IsAccompanying(string part) =>
        part.TrimStart().Split(' ', 2)[0] is var word && (word.Equals("with", StringComparison.OrdinalIgnoreCase) || word.Equals("avec", StringComparison.OrdinalIgnoreCase)
            || word.Equals("mit", StringComparison.OrdinalIgnoreCase) || word.Equals("con", StringComparison.OrdinalIgnoreCase)
            || word.Equals("com", StringComparison.OrdinalIgnoreCase));

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
        var from = 0;
        while (true)
        {
            var index = text.IndexOf(separator, from, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                yield return text[start..];
                yield break;
            }

            // The Dutch "en" joins names, which open with a capital: before a lower-case word it is a French or Spanish
            // preposition inside a post ("rédacteur en chef", "redactora en jefe").
            from = index + separator.Length - 1;
            if (separator == " en " && index + separator.Length < text.Length && char.IsLower(text[index + separator.Length]))
            {
                continue;
            }

            yield return " " + text[start..index] + " ";
            start = index + separator.Length - 1;
        }
    }

    /// <summary>
    /// Removes a date printed inside a byline: "Jane Roe, 01.12.2021" keeps what precedes it; "Posted on
    /// 21 September 2020 by Jane Roe" and "06.11.2023 13:30 von Jane" keep what follows, since nothing before it is a name.
    /// </summary>
    internal static string CutDate(string segment)
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

    // Update and publication labels in the other languages ("Güncelleme: 04.03.2024 11:20").
    private static readonly string[] UpdateLabels =
    [
        "güncelleme", "güncellenme", "son güncelleme", "yayınlanma", "yayın tarihi", "oluşturulma", "aktualizacja", "zaktualizowano", "opublikowano",
        "bijgewerkt", "gepubliceerd", "aktualizováno", "publikováno", "uppdaterad", "publicerad", "оновлено", "опубліковано", "опубликовано",
        "تحديث", "آخر تحديث", "تاريخ النشر", "نشر في", "به‌روزرسانی", "بروزرسانی", "تاریخ انتشار", "منتشر شده",
    ];

    internal static bool IsNoiseSegment(string segment)
    {
        var lower = segment.ToLowerInvariant();
        if (lower.StartsWith("updated", StringComparison.Ordinal) || lower.StartsWith("last updated", StringComparison.Ordinal)
            || lower.StartsWith("published", StringComparison.Ordinal) || lower.StartsWith("posted on", StringComparison.Ordinal)
            || lower.StartsWith("aktualisiert", StringComparison.Ordinal) || lower.StartsWith("veröffentlicht", StringComparison.Ordinal)
            || lower.StartsWith("mis à jour", StringComparison.Ordinal) || lower.StartsWith("publié", StringComparison.Ordinal)
            || lower.StartsWith("actualizado", StringComparison.Ordinal) || lower.StartsWith("aggiornato", StringComparison.Ordinal)
            || lower.StartsWith("atualizado", StringComparison.Ordinal) || lower.StartsWith("обновлено", StringComparison.Ordinal)
            || UpdateLabels.Any(l => lower.StartsWith(l, StringComparison.Ordinal))
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
    internal static string RemoveContacts(string text)
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

    // A count of a writer's articles: a number, then the word for articles or posts in the languages we meet.
    private static readonly System.Text.RegularExpressions.Regex ArticleCounter = new(
        @"(^|\s)\d[\d.,]*\s*[kK]?\s+(articles?|artikel|artikeln|artikler|artiklar|artikkelia|beiträge|posts?|stories|articoli|artículos|artigos|artykuł(y|ów)?|статей|статьи|статті|makale|yazı|cikk|článků|články)(\s|$)",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    internal static string CutTrailingPhrases(string text)
    {
        // "Jane Roe @janeroe 412 articles", "Leandra Caflisch 42 Artikel": an author card's counter ends the name.
        if (text.Any(char.IsDigit) && ArticleCounter.Match(text) is { Success: true } counter)
        {
            text = text[..counter.Index];
        }

        foreach (var phrase in BylineVocabulary.TrailingPhrases)
        {
            // The buttons added last count as whole words only: "Volg" is a button, "Volgina" a name.
            var wholeWord = BylineVocabulary.WholeWordTrailingPhrases.Contains(phrase);
            var index = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            while (wholeWord && index >= 0 && ((index > 0 && char.IsLetter(text[index - 1])) || (index + phrase.Length < text.Length && char.IsLetter(text[index + phrase.Length]))))
            {
                index = text.IndexOf(phrase, index + 1, StringComparison.OrdinalIgnoreCase);
            }

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
    internal static int FindSeparatingSlash(string text)
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

    /// <summary>
    /// The text with its parentheses read: an agency's credit in one ("Jane Roe (dpa)") becomes the organization, a job title
    /// ("Jane Roe (Senior Correspondent)") stays, set apart by commas as a title after a name is, anything else is left out,
    /// and so is what a parenthesis opens and does not close, and a parenthesis closed and never opened.
    /// </summary>
    internal static string ExtractParenthetical(string text, ref string? organization)
    {
        var from = 0;
        while (from < text.Length)
        {
            var open = text.IndexOf('(', from);
            var close = open < 0 ? -1 : text.IndexOf(')', open);
            if (open < 0)
            {
                break;
            }

            // "Jane Roe (with", cut at a credit's phrase ("Jane Roe (with reporting by John Doe)"): what the parenthesis
            // opened is no part of the name.
            if (close < 0)
            {
                text = text[..open].TrimEnd();
                break;
            }

            // The same credit rule as a dateline's: "(dpa)", "(dpa/lby)" kept whole, "(AFP/Reuters)" both.
            var inside = text[(open + 1)..close];
            var after = text[(close + 1)..].Trim();
            if (NewsAgencies.MatchCredit(inside) is { } agencies)
            {
                organization ??= string.Join('/', agencies);
            }
            else if (open > 0 && IsAccompanying(inside) && NewsAgencies.MatchCredit(inside.Trim().Split(' ', 2) is [_, var credited] ? credited.Trim() : string.Empty) is not null)
            {
                // "Claire Dubois (avec AFP)": read as "Claire Dubois, avec AFP" is.
                from = AfterComma(ref text, open, inside.Trim(), after);
                continue;
            }
            else if (open > 0 && TrimPunctuation(inside).Split(' ', StringSplitOptions.RemoveEmptyEntries) is var words
                && (PersonNames.IsTitleWords(words) || PersonNames.IsQualifiedPost(words)
                    || (CreditOrganizations.SingularTitle(string.Join(' ', words)) is { } one && PersonNames.IsTitleWords(one.Split(' ')))))
            {
                // "Jane Roe (Senior Correspondent) and John Doe (Data Editor)": each name's title; "(Senior Correspondent)
                // in Kyiv": her title's place; "Jane Roe and John Doe (Staff Writers)": a plural title, each one's.
                var before = text[..open].TrimEnd() + ", " + inside.Trim();
                var first = after.Split(' ')[0];
                var joint = after.Length == 0 || after[0] is ',' or ';' or '|' ? string.Empty
                    : (char.IsLower(after[0]) || first.Equals("in", StringComparison.OrdinalIgnoreCase)) && !BylineVocabulary.Conjunctions.Any(c => (" " + after).StartsWith(c, StringComparison.OrdinalIgnoreCase)) ? " " : ", ";
                text = before + joint + after;
                from = before.Length;
                continue;
            }

            // "Claire Dubois (Bruxelles, correspondante)", "Ana Souza (enviada especial a Doha)": her post and where she is,
            // read as after a comma.
            if (open > 0 && PostAndPlace(inside) is { } posted)
            {
                from = AfterComma(ref text, open, posted, after);
                continue;
            }

            text = (text[..open].TrimEnd() + " " + after).Trim();
            from = open;
        }

        // "John Doe)", the rest of "(with reporting by John Doe)": a parenthesis closed and never opened.
        return text.Contains(')', StringComparison.Ordinal) && !text.Contains('(', StringComparison.Ordinal) ? text.Replace(")", string.Empty, StringComparison.Ordinal).Trim() : text;
    }

    /// <summary>
    /// Puts <paramref name="words"/>, read from a parenthesis at <paramref name="open"/>, after a comma in its place, and a
    /// comma before what followed the parenthesis (<paramref name="after"/>) unless punctuation opens it; returns where
    /// the text goes on after the words.
    /// </summary>
    private static int AfterComma(ref string text, int open, string words, string after)
    {
        var before = text[..open].TrimEnd() + ", " + words;
        text = before + (after.Length == 0 || after[0] is ',' or ';' or '|' ? string.Empty : ", ") + after;
        return before.Length;
    }

    /// <summary>
    /// A parenthesis holding a journalist's post and the place she works from, in either order and apart by a comma
    /// ("Bruxelles, correspondante"), as a post phrase ("correspondante in Bruxelles"); one that is a post phrase already
    /// ("enviada especial a Doha") as printed; null for anything else (a place alone).
    /// </summary>
    private static string? PostAndPlace(string inside)
    {
        var parts = inside.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            1 when JournalistPosts.IsPostPhrase(parts[0], out var place) && place is not null => parts[0],
            2 when IsPost(parts[0]) && CreditPlaces.IsPlace(parts[1]) => parts[0] + " in " + parts[1],
            2 when CreditPlaces.IsPlace(parts[0]) && IsPost(parts[1]) => parts[1] + " in " + parts[0],
            _ => null,
        };

        static bool IsPost(string part) =>
            TrimPunctuation(part).Split(' ').Any(BylineVocabulary.JournalistPosts.Contains) && PersonNames.IsJobTitle(part);
    }

    internal static string TitleCase(string text)
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
                // The Turkish dotted capital İ has no small form in the invariant culture: its small letter is i ("ÇELİK" → "Çelik").
                builder.Append(upper ? char.ToUpperInvariant(c) : c == 'İ' ? 'i' : char.ToLowerInvariant(c));
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
    internal static string TrimPunctuation(string text) =>
        text.Trim().Trim(' ', ',', ';', ':', '-', '–', '—', '|', '/', '•', '·', '*', '"', '“', '”', '»', '«', '.', '\u00A0', '／', '｜', '：', '，', '、').Trim();
}
