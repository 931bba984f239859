using NewsModel.Internal;
using static NewsModel.Extractors.Bylines.BylineText;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Reads the credit words and labels that open a byline or a part of it ("By", "Text:", "Reporting by", "Sorumlu
/// Editör:", "Eine Analyse von") into the role they give, and finds where a second credit on the same line starts.
/// </summary>
/// <remarks>Part of <see cref="BylineParser"/>; stateless and thread-safe.</remarks>
internal static class RoleCredits
{
    /// <summary>Whether the segment's first word may open a translator's phrase naming the language (a check before the pattern's).</summary>
    private static bool OpensTranslatorPhrase(string segment)
    {
        var space = segment.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && TranslatorWords.Contains(segment[..space]);
    }

    // The first words of the phrases TranslatedFrom reads.
    private static readonly System.Collections.Frozen.FrozenSet<string> TranslatorWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[]
    {
        "translated", "translation", "traduit", "traduction", "übersetzt", "aus", "übersetzung", "переклад", "перевод", "traducido", "traducción",
        "tradotto", "traduzione", "tradução", "traduzido", "tłumaczenie", "vertaald", "vertaling", "översatt", "ترجمه", "ترجمة",
    }, StringComparer.OrdinalIgnoreCase);

    // A translator's credit with the language translated from, in the languages we meet; the name follows.
    private static readonly System.Text.RegularExpressions.Regex TranslatedFrom = new(
        @"^(translated from (the )?\p{L}+ by|translation from (the )?\p{L}+:?|traduit (de l['’]|du |de la |de )\p{L}+ par|traduction (de l['’]|du |de )\p{L}+ ?:?"
        + @"|(übersetzt )?aus dem \p{L}+(ischen|chen|en) (übersetzt )?von|übersetzung aus dem \p{L}+(ischen|chen|en):?"
        + @"|переклад з \p{L}+:?|перевод с \p{L}+:?|traducido del \p{L}+ por|traducción del \p{L}+:?|tradotto dall['’]\p{L}+ da|tradotto dal \p{L}+ da"
        + @"|traduzione dall['’]\p{L}+:?|traduzione dal \p{L}+:?|tradução do \p{L}+:?|traduzido do \p{L}+ por|tłumaczenie z (języka )?\p{L}+:?"
        + @"|vertaald uit het \p{L}+ door|vertaling uit het \p{L}+:?|översatt från \p{L}+ av|ترجمه از \p{L}+:?|ترجمة عن \p{L}+:?)\s+",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.NonBacktracking
        | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether a segment opens with the German word for a newsroom as a credit label ("Redaktion: Jane Roe"): German sites
    /// credit the person who prepared an item so; "Edited by", "Editor:" and the Polish "Redakcja:" (a book's or a
    /// compilation's editor) credit an editor.
    /// </summary>
    internal static bool IsEditorialCredit(string segment) => segment.StartsWith("redaktion", StringComparison.OrdinalIgnoreCase);

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
    internal static string CutAtFieldLabel(string segment)
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
    internal static IEnumerable<string> SplitAtRolePhrases(string segment)
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

            // "Ximena Arriagada Traduit de l'espagnol par Hugo Ferrand": a translator's credit naming the language, capitalised.
            if (char.IsUpper(text[i]) && i - start > 1 && text.IndexOf(' ', i) is > 0 and var wordEnd && TranslatorWords.Contains(text[i..wordEnd])
                && TranslatedFrom.Match(text[i..]) is { Success: true } translated && i + translated.Length < text.Length)
            {
                yield return text[start..i];
                start = i;
                i += translated.Length - 1;
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
    internal static int TwoWordLabelEnd(string text, out ContributorRole role, bool whole = false)
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

    /// <summary>
    /// Whether a role's credit phrase or label opens the text ("Writing by", "Editing by", "Muhabir:", "Підготувала"), and
    /// which role it gives: not a short credit word ("Von", "By", "Vom"), which callers read with tests of their own.
    /// </summary>
    internal static bool OpensWithRoleLabel(string text, out ContributorRole role)
    {
        var (given, remainder, hadPrefix) = StripRolePrefix(text, creditPhrases: false);
        role = given;

        // The label is what stands before the remainder (which loses its trailing punctuation too: "Af Jens Hansen.").
        var start = hadPrefix && remainder.Length > 0 ? text.IndexOf(remainder, StringComparison.Ordinal) : -1;
        if (start <= 0)
        {
            return false;
        }

        var prefix = text.AsSpan(0, start).Trim();
        return prefix.Length >= 6 || prefix.Contains(' ') || prefix.IndexOfAny(':', '：') >= 0;
    }

    /// <summary>Whether a credit word or a role's label opens the text ("By", "Text:", "Übersetzung", "Fotos von").</summary>
    internal static bool OpensWithCredit(string text) => StripRolePrefix(text).HadPrefix;

    /// <param name="segment">The segment.</param>
    /// <param name="creditPhrases">Whether a credit phrase counts too ("Eine Analyse von Jane Roe", <see cref="StripCreditPhrase"/>): in printed bylines.</param>
    internal static (ContributorRole Role, string Remainder, bool HadPrefix) StripRolePrefix(string segment, bool creditPhrases = true)
    {
        if (TwoWordLabelEnd(segment, out var labelRole) is var labelEnd and > 0)
        {
            return (labelRole, TrimPunctuation(segment[labelEnd..]), true);
        }

        // "de Andrei Munteanu": Romanian credits the writer with a small "de"; only before a name of two capitalised words
        // or more, since "de Vries" and "de Brasília" are a name's particle and a place.
        if (segment.StartsWith("de ", StringComparison.Ordinal) && segment[3..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } named
            && char.IsUpper(named[0][0]) && char.IsUpper(named[1][0]))
        {
            return (ContributorRole.Author, TrimPunctuation(segment[3..]), true);
        }

        // "Translated from the Japanese by", "Aus dem Englischen von", "Переклад з англійської:": a translator's credit
        // naming the language.
        if (segment.Length > 12 && OpensTranslatorPhrase(segment) && TranslatedFrom.Match(segment) is { Success: true } translated && translated.Length < segment.Length)
        {
            return (ContributorRole.Translator, TrimPunctuation(segment[translated.Length..]), true);
        }

        foreach (var (prefix, role) in BylineVocabulary.RolePrefixes)
        {
            // A prefix with nothing after it ("Von") names nobody; "Redaktion" alone is a collective credit, not a prefix.
            if (segment.AsSpan().TrimEnd(": ").Equals(prefix.AsSpan().TrimEnd(": "), StringComparison.OrdinalIgnoreCase)
                && !BylineVocabulary.CollectiveWords.Contains(prefix.TrimEnd(':', ' ')))
            {
                return (role, string.Empty, true);
            }

            if (segment.Length > prefix.Length && segment.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var next = segment[prefix.Length];
                // "نویسنده، سارا احمدی": the Arabic comma after a label, as a colon.
                if (prefix.EndsWith(':') || prefix.EndsWith('：') || char.IsWhiteSpace(next) || next is ':' or '،')
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
}
