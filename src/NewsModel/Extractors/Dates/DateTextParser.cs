using NodaTime;
using static NewsModel.Extractors.Dates.DateVocabulary;

namespace NewsModel.Extractors.Dates;

/// <summary>
/// Reads dates written for people, in the languages news pages use: "14 November 2024, 08:45 GMT",
/// "Nov. 14, 2024 8:45 p.m. EST", "14.11.2024, 08:45 Uhr", "14 listopada 2024", "14 ноября 2024 г.",
/// "۲۴ آبان ۱۴۰۳" (Solar Hijri), "3 رمضان 1445" (Hijri), "2024年11月14日", "vor 2 Stunden". Day/month order of
/// numeric dates comes from the page's language. No offset is invented: without one (or a site zone) a date is
/// a <see cref="LocalDateTime"/>. Dates before 1995 or after the reference time plus a day are rejected.
/// </summary>
/// <remarks>Stateless and thread-safe; never uses the current culture or the system clock. Called through <see cref="DateReader"/>.</remarks>
internal static class DateTextParser
{
    private static readonly HashSet<string> DateConnectors = new(StringComparer.OrdinalIgnoreCase) { "de", "of", "del", "di", "." };
    private static readonly HashSet<string> YearSuffixes = new(StringComparer.OrdinalIgnoreCase) { "г", "года", "год", "r", "roku", "yılı", "م", "هـ", "ه", "ش", "ق", "року", "р" };
    /// <summary>The word for "year" before a year ("۱۰ دی‌ماه سال ۱۴۰۲").</summary>
    private static readonly HashSet<string> YearWords = new(StringComparer.Ordinal) { "سال" };

    private static readonly HashSet<string> TimeConnectors = new(StringComparer.OrdinalIgnoreCase)
    {
        ",", "-", "–", "—", "|", "/", "at", "um", "à", "a", "las", "la", "alle", "ore", "às", "o", "godz", "godzina", "в", "о", "об", "saat", "ساعت", "الساعة", "على", "kl", "klo", ".", ":", "·", "•", "(", "de", "à", "a.m", "h",
        "om", "v", "στις", "בשעה", "kello",
        // Croatian and Serbian "u 19:06", Thai "เวลา 14:30 น.", Malaysian sites' "Mac 7, 2026 @ 9:45am".
        "u", "у", "เวลา", "@",
        // Slovenian "ob 14.20", Catalan "a les 19:45", Estonian "kell 14:20".
        "ob", "les", "kell",
    };

    private static readonly HashSet<string> OrdinalSuffixes = new(StringComparer.OrdinalIgnoreCase) { "st", "nd", "rd", "th", "er", "e", "º", "ª", "re", "eme", "ème" };

    /// <summary>The first date in <paramref name="text"/>, or null when it holds none that passes the guards.</summary>
    public static ArticleDate? Parse(string? text, DateTextSettings settings, string source) =>
        string.IsNullOrWhiteSpace(text) ? null : FindAll(text, settings, source).FirstOrDefault();

    /// <summary>Every date in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<ArticleDate> FindAll(string text, DateTextSettings settings, string source)
    {
        var prepared = Prepare(text);
        var tokens = DateToken.Tokenize(prepared, out var script);
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = i;
            if (TryDateAt(tokens, i, settings, script, out var date, out var end)
                || (TryRelativeAt(tokens, i, settings, out date, out end) && (start = RelativeStart(tokens, i)) >= 0)
                || TryTimeThenDate(tokens, i, settings, script, out date, out end))
            {
                // "北京时间2025-10-09 14:32": a place's time named before the date is its time's zone where it names none.
                if (date is { Time: not null, Offset: null, Zone: null, Exact: null, Relative: false } && DateVocabulary.ZonePhraseBefore(tokens, start) is { } named)
                {
                    (var zone, var offset) = PlaceTime(named);
                    date = date with { Zone = zone, Offset = offset };
                }

                // The text of a relative date holds its "ago" word before the number too ("vor 2 Stunden", "il y a 3 heures").
                var result = Build(tokens, start, end, date, settings, prepared, source);
                if (result is not null)
                {
                    yield return result;
                    i = end - 1;
                }
            }
        }
    }

    /// <summary>
    /// Whether a date's text is relative to the reading time ("3 hours ago", "vor 2 Stunden", "yesterday, 18:15"): it
    /// opens with a relative date and prints no calendar date.
    /// </summary>
    public static bool IsRelative(string? text, DateTextSettings settings)
    {
        if (string.IsNullOrWhiteSpace(text) || settings.Reference is null)
        {
            return false;
        }

        var tokens = DateToken.Tokenize(Prepare(text), out var script);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryDateAt(tokens, i, settings, script, out _, out _))
            {
                return false;
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryRelativeAt(tokens, i, settings, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first time of day in a text that prints no date ("Updated 6:15 p.m. ET", "Aggiornato alle 19:30", "Обновлено
    /// 19:30"), with its offset or zone when the text names one; null when the text holds a date or no time.
    /// </summary>
    public static (LocalTime Time, Offset? Offset, DateTimeZone? Zone, string Text)? TimeOfDay(string text, DateTextSettings settings)
    {
        var prepared = Prepare(text);
        var tokens = DateToken.Tokenize(prepared, out var script);
        for (var i = 0; i < tokens.Count; i++)
        {
            // "Updated yesterday at 18:15", "vor 2 Stunden": a day of its own, read or not.
            if (TryDateAt(tokens, i, settings, script, out _, out _) || TryRelativeAt(tokens, i, settings, out _, out _)
                || (tokens[i].IsWord && (DateVocabulary.DayWords.ContainsKey(tokens[i].Text) || DateVocabulary.AgoWords.Contains(tokens[i].Text, StringComparer.OrdinalIgnoreCase))))
            {
                return null;
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            var j = i;
            if (TryTime(tokens, ref j, settings, out var time, out var offset, out var zone))
            {
                return (time, offset, zone, prepared[tokens[i].Start..tokens[j - 1].End]);
            }
        }

        return null;
    }

    /// <summary>
    /// The calendar a date's printed text names it in ("١٢ جمادى الأولى ١٤٤٦" Hijri, "۲۴ آبان ۱۴۰۳" Solar Hijri), read as
    /// <see cref="FindAll"/> reads it; Gregorian when the text holds no date of its own (a relative one).
    /// </summary>
    public static MonthCalendar CalendarOf(string text, DateTextSettings settings)
    {
        var tokens = DateToken.Tokenize(Prepare(text), out var script);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TryDateAt(tokens, i, settings, script, out var date, out _))
            {
                return date.Calendar;
            }
        }

        return MonthCalendar.Gregorian;
    }

    /// <summary>
    /// Rewrites forms the tokenizer would split: "a.m." and Spanish "a. m." → "am", "p.m." → "pm", Greek "π.μ."/"μ.μ." →
    /// "am"/"pm", Persian "ق.ظ"/"ب.ظ" → "ق"/"ب".
    /// </summary>
    private static string Prepare(string text) => WithoutThaiDots(text)
        .Replace("π.μ.", "am", StringComparison.OrdinalIgnoreCase).Replace("μ.μ.", "pm", StringComparison.OrdinalIgnoreCase)
        .Replace("a. m.", "am", StringComparison.OrdinalIgnoreCase).Replace("p. m.", "pm", StringComparison.OrdinalIgnoreCase)
        .Replace("a.m.", "am", StringComparison.OrdinalIgnoreCase).Replace("p.m.", "pm", StringComparison.OrdinalIgnoreCase)
        .Replace("a.m", "am", StringComparison.OrdinalIgnoreCase).Replace("p.m", "pm", StringComparison.OrdinalIgnoreCase)
        .Replace("ق.ظ", "am", StringComparison.Ordinal).Replace("ب.ظ", "pm", StringComparison.Ordinal)
        .Replace('\u00A0', ' ').Replace('،', ',').Replace('٫', ':').Replace('\u066B', ':');

    /// <summary>"22 ส.ค. 2568": Thai abbreviations written with dots after their letters, read without them ("สค").</summary>
    private static string WithoutThaiDots(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || text.AsSpan().IndexOfAnyInRange('\u0E01', '\u0E4E') < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!(text[i] == '.' && i > 0 && text[i - 1] is >= '\u0E01' and <= '\u0E4E'))
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    private readonly record struct RawDate(int Year, int Month, int Day, MonthCalendar Calendar, LocalTime? Time, Offset? Offset, bool Relative, Instant? Exact)
    {
        /// <summary>The zone a time names without an offset ("10:35 a.m. ET"), whose offset on the day tzdb gives.</summary>
        public DateTimeZone? Zone { get; init; }
    }

    private static bool TryDateAt(List<DateToken> tokens, int i, DateTextSettings settings, DateToken.DigitScript script, out RawDate date, out int end)
    {
        date = default;
        end = i;
        var t = tokens[i];

        // 2024年11月14日 / 2024년 11월 14일
        if (t.IsNumber && t.Text.Length == 4 && i + 5 < tokens.Count && tokens[i + 1].Text is "年" or "년" && tokens[i + 2].IsNumber
            && tokens[i + 3].Text is "月" or "월" && tokens[i + 4].IsNumber && tokens[i + 5].Text is "日" or "일")
        {
            date = new RawDate(t.Value, tokens[i + 2].Value, tokens[i + 4].Value, MonthCalendar.Gregorian, null, null, false, null);
            end = i + 6;
            return FinishTime(tokens, ref end, settings, ref date);
        }

        // 令和6年8月14日, 令和元年5月1日, 民國114年5月20日: a year of Japan's era or of the Republic of China (Taiwan's); tzdb's
        // calendars hold no eras, so the era's first year is counted from.
        if (t.IsWord && EraYear(tokens, i, out var eraYear, out var monthAt) && monthAt + 3 < tokens.Count && tokens[monthAt].IsNumber
            && tokens[monthAt + 1].Text == "月" && tokens[monthAt + 2].IsNumber && tokens[monthAt + 3].Text == "日")
        {
            date = new RawDate(eraYear, tokens[monthAt].Value, tokens[monthAt + 2].Value, MonthCalendar.Gregorian, null, null, false, null);
            end = monthAt + 4;
            return FinishTime(tokens, ref end, settings, ref date);
        }

        // Numeric: 2024-11-14, 14.11.2024, 11/14/2024, 14/11/24, ۱۴۰۳/۰۸/۲۴, Hungarian 2024.11.14. (not four numbers run together, "1.2.3.4")
        if (t.IsNumber && i + 4 < tokens.Count && tokens[i + 1].Kind == DateToken.Kinds.Symbol && tokens[i + 1].Text is "-" or "/" or "."
            && tokens[i + 2].IsNumber && tokens[i + 3].Text == tokens[i + 1].Text && tokens[i + 4].IsNumber
            && !(i + 6 < tokens.Count && tokens[i + 5].Text == tokens[i + 1].Text && tokens[i + 6].IsNumber && !tokens[i + 5].SpaceBefore && !tokens[i + 6].SpaceBefore))
        {
            var separator = tokens[i + 1].Text[0];
            int a = t.Value, b = tokens[i + 2].Value, c = tokens[i + 4].Value;
            int year, month, day;
            if (t.Text.Length == 4)
            {
                (year, month, day) = (a, b, c);
            }
            else if (tokens[i + 4].Text.Length is 4 or 2 && t.Text.Length <= 2 && tokens[i + 2].Text.Length <= 2)
            {
                // A two-digit year is written against its month ("14.11.24"); after a space, "28.01. - 05.02. 10%"
                // is a day and month followed by another number.
                if (tokens[i + 4].Text.Length == 2 && (tokens[i + 3].SpaceBefore || tokens[i + 4].SpaceBefore))
                {
                    return false;
                }

                year = tokens[i + 4].Text.Length == 2 ? (c < 70 ? 2000 + c : 1900 + c) : c;
                var dayFirst = separator == '.' || (a > 12 ? true : b > 12 ? false : settings.DayFirst);
                (day, month) = dayFirst ? (a, b) : (b, a);
            }
            else
            {
                return false;
            }

            var calendar = MonthCalendar.Gregorian;
            if (year is >= 1300 and < 1500)
            {
                calendar = settings.Language == "fa" || script == DateToken.DigitScript.Persian ? MonthCalendar.SolarHijri
                    : settings.Language == "ar" || script == DateToken.DigitScript.ArabicIndic ? MonthCalendar.Hijri
                    : MonthCalendar.Gregorian;
            }

            date = new RawDate(year, month, day, calendar, null, null, false, null);
            end = i + 5;
            // "12.05.2023 r. 10:15", "05.03.2024 г., 14:37": the year's abbreviation before the time.
            SkipYearSuffix(tokens, ref end);
            return FinishTime(tokens, ref end, settings, ref date);
        }

        // Year first, as Hungarian writes it: "2024. május 20.", "2024. máj. 20."
        if (t.IsNumber && t.Text.Length == 4 && i + 3 < tokens.Count && tokens[i + 1].IsSymbol('.') && tokens[i + 2].IsWord)
        {
            var j = i + 2;
            if (TryMonth(tokens, ref j, settings, out var yearFirstMonth) && j < tokens.Count && tokens[j].IsSymbol('.'))
            {
                j++;
            }

            if (j > i + 2 && j + 1 < tokens.Count && tokens[j].IsNumber && tokens[j].Text.Length <= 2 && tokens[j + 1].IsSymbol('.'))
            {
                date = new RawDate(t.Value, yearFirstMonth.Number, tokens[j].Value, yearFirstMonth.Calendar, null, null, false, null);
                end = j + 2;
                return FinishTime(tokens, ref end, settings, ref date);
            }
        }

        // Lithuanian "2025 m. gruodžio 9 d." (the year's "m.", the month, the day and its "d.").
        if (t.IsNumber && t.Text.Length == 4 && i + 4 < tokens.Count && tokens[i + 1].Is("m") && tokens[i + 2].IsSymbol('.'))
        {
            var j = i + 3;
            if (TryMonth(tokens, ref j, settings, out var ltMonth) && j < tokens.Count && tokens[j].IsNumber && tokens[j].Text.Length <= 2)
            {
                date = new RawDate(t.Value, ltMonth.Number, tokens[j].Value, ltMonth.Calendar, null, null, false, null);
                end = j + 1;
                if (end < tokens.Count && tokens[end].Is("d"))
                {
                    end += end + 1 < tokens.Count && tokens[end + 1].IsSymbol('.') ? 2 : 1;
                }

                return FinishTime(tokens, ref end, settings, ref date);
            }
        }

        // Latvian "2024. gada 18. novembrī" (the year, "gada", the day, the month).
        if (t.IsNumber && t.Text.Length == 4 && i + 5 < tokens.Count && tokens[i + 1].IsSymbol('.') && tokens[i + 2].Is("gada")
            && tokens[i + 3].IsNumber && tokens[i + 3].Text.Length <= 2 && tokens[i + 4].IsSymbol('.'))
        {
            var j = i + 5;
            if (TryMonth(tokens, ref j, settings, out var lvMonth))
            {
                date = new RawDate(t.Value, lvMonth.Number, tokens[i + 3].Value, lvMonth.Calendar, null, null, false, null);
                end = j;
                return FinishTime(tokens, ref end, settings, ref date);
            }
        }

        // Day first: 14 November 2024, 14. November 2024, 14th of November 2024, 14 de noviembre de 2024, ۲۴ آبان ۱۴۰۳
        if (t.IsNumber && t.Text.Length <= 2)
        {
            var j = i + 1;
            SkipOrdinal(tokens, ref j);
            while (j < tokens.Count && DateConnectors.Contains(tokens[j].Text))
            {
                j++;
            }

            if (TryMonth(tokens, ref j, settings, out var month))
            {
                // "14 نوفمبر/2024": a slash between the month and the year.
                while (j < tokens.Count && (DateConnectors.Contains(tokens[j].Text) || tokens[j].IsSymbol(',') || YearWords.Contains(tokens[j].Text)
                    || (tokens[j].IsSymbol('/') && j + 1 < tokens.Count && tokens[j + 1].IsNumber && tokens[j + 1].Text.Length == 4)))
                {
                    j++;
                }

                if (j < tokens.Count && tokens[j].IsNumber && tokens[j].Text.Length == 4)
                {
                    date = new RawDate(tokens[j].Value, month.Number, t.Value, month.Calendar, null, null, false, null);
                    end = j + 1;
                    SkipYearSuffix(tokens, ref end);
                    return FinishTime(tokens, ref end, settings, ref date);
                }
            }
        }

        // Month first: November 14, 2024; Nov. 14th 2024
        if (t.IsWord)
        {
            var j = i;
            if (TryMonth(tokens, ref j, settings, out var month))
            {
                if (j < tokens.Count && tokens[j].IsSymbol('.'))
                {
                    j++;
                }

                if (j < tokens.Count && tokens[j].IsNumber && tokens[j].Text.Length <= 2)
                {
                    var day = tokens[j].Value;
                    j++;
                    SkipOrdinal(tokens, ref j);
                    if (j < tokens.Count && tokens[j].IsSymbol(','))
                    {
                        j++;
                    }

                    if (j < tokens.Count && tokens[j].IsNumber && tokens[j].Text.Length == 4)
                    {
                        date = new RawDate(tokens[j].Value, month.Number, day, month.Calendar, null, null, false, null);
                        end = j + 1;
                        SkipYearSuffix(tokens, ref end);
                        return FinishTime(tokens, ref end, settings, ref date);
                    }

                    // "Jan 04 09:34 2021", "Mon Jan  4 09:34:00 2021" (C's asctime): the time between the day and the year.
                    var k = j;
                    if (TryTime(tokens, ref k, settings, out var time, out var offset, out var zone) && k < tokens.Count && tokens[k].IsNumber && tokens[k].Text.Length == 4)
                    {
                        date = new RawDate(tokens[k].Value, month.Number, day, month.Calendar, null, null, false, null) with { Time = time, Offset = offset, Zone = zone };
                        end = k + 1;
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A time printed before its date: "9:12 pm PST, Monday, January 9, 2023", "02:15:41 PM Mar 14, 2023", "14:05 Uhr,
    /// 3. März 2023". The time must be marked as a time of day (am/pm, a zone, "Uhr" or "h", seconds): a bare "04:12"
    /// before a date is as often a duration ("Video 04:12 | March 3, 2023"). Between them only punctuation and up to two
    /// capitalised words (a zone's name read as no offset, a weekday's name) may stand. A bare time with a colon counts
    /// where the caller allows it (<see cref="DateTextSettings.BareTimeFirst"/>), it opens the text, or follows a
    /// parenthesis or a date label's colon ("Updated:", not "Duration:"), and the date follows it at once or after a comma
    /// ("10:35 14.11.2024", "10:35, 14 ноября 2024", "(обновлено: 12:00 14.11.2024)"): the way a date line prints time first.
    /// </summary>
    private static bool TryTimeThenDate(List<DateToken> tokens, int i, DateTextSettings settings, DateToken.DigitScript script, out RawDate date, out int end)
    {
        date = default;
        end = i;
        var j = i;
        if (!TryTime(tokens, ref j, settings, out var time, out var offset, out var zone))
        {
            return false;
        }

        var marked = offset is not null || zone is not null;
        for (var k = i + 1; k < j && !marked; k++)
        {
            // "pm", "Uhr", the "h" of "14h05", or a second colon: seconds.
            marked = (tokens[k].IsWord && (DateVocabulary.Meridiem.ContainsKey(tokens[k].Text) || tokens[k].Text.ToLowerInvariant() is "uhr" or "h" or "godz" or "hrs" or "hs"))
                || (k > i + 2 && tokens[k].IsSymbol(':'));
        }

        // A bare time opening the text (or a label's value) with its date next to it, where the caller knows both stand in
        // one run of text (not a video's duration in an element of its own before the date).
        if (!marked && settings.BareTimeFirst && tokens[i + 1].IsSymbol(':')
            && (i == 0 || tokens[i - 1].IsSymbol('(') || (i >= 2 && tokens[i - 1].IsSymbol(':') && DateVocabulary.IsDateLabel(tokens[i - 2].Text))))
        {
            var k = j < tokens.Count && tokens[j].IsSymbol(',') ? j + 1 : j;
            if (k < tokens.Count && TryDateAt(tokens, k, settings, script, out var next, out var nextEnd) && next.Time is null)
            {
                date = next with { Time = time };
                end = nextEnd;
                return true;
            }
        }

        var words = 0;
        for (var skipped = 0; j < tokens.Count && skipped < 4; skipped++)
        {
            var t = tokens[j];
            if (t.IsSymbol(',') || t.Text is "|" or "-" or "–" or "—" or "·" or "•")
            {
                j++;
            }
            else if (t.IsWord && words < 2 && t.Text.Length >= 3 && char.IsUpper(t.Text[0]) && DateVocabulary.Month(t.Text, settings.Language) is null)
            {
                // A zone's name in capitals ("IST", "CST") marks the time too.
                marked |= t.Text.Length <= 5 && t.Text.All(char.IsUpper);
                words++;
                j++;
            }
            else
            {
                break;
            }
        }

        if (!marked || j >= tokens.Count || !TryDateAt(tokens, j, settings, script, out var found, out var dateEnd) || found.Time is not null)
        {
            return false;
        }

        date = found with { Time = time, Offset = offset, Zone = zone };
        end = dateEnd;
        return true;
    }

    private static bool TryMonth(List<DateToken> tokens, ref int j, DateTextSettings settings, out MonthName month)
    {
        month = default;
        if (j >= tokens.Count || !tokens[j].IsWord)
        {
            return false;
        }

        // The word for "month" before a month's name ("۱ ماه رمضان ۱۴۴۵", "۱۳ ماه مه ۲۰۲۴").
        if (tokens[j].Text == DateVocabulary.PersianMonthWord && j + 1 < tokens.Count)
        {
            var k = j + 1;
            if (TryMonth(tokens, ref k, settings, out month))
            {
                j = k;
                return true;
            }

            return false;
        }

        // Two-word names first ("ربيع الأول", "كانون الثاني").
        if (j + 1 < tokens.Count && tokens[j + 1].IsWord && DateVocabulary.Month(tokens[j].Text + " " + tokens[j + 1].Text, settings.Language) is { } two)
        {
            month = two;
            j += 2;
            SkipSecondName(tokens, ref j, settings, two);
            return true;
        }

        if (DateVocabulary.Month(tokens[j].Text, settings.Language) is { } one)
        {
            month = one;
            j++;
            SkipSecondName(tokens, ref j, settings, one);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The same month's other name after a slash, as Arabic pages print the Egyptian and the Levantine names together
    /// ("١٤ نوفمبر/تشرين الثاني ٢٠٢٤"); passed over where it names the same month.
    /// </summary>
    private static void SkipSecondName(List<DateToken> tokens, ref int j, DateTextSettings settings, MonthName month)
    {
        if (j + 1 >= tokens.Count || !tokens[j].IsSymbol('/') || !tokens[j + 1].IsWord)
        {
            return;
        }

        var k = j + 1;
        if (k + 1 < tokens.Count && tokens[k + 1].IsWord && DateVocabulary.Month(tokens[k].Text + " " + tokens[k + 1].Text, settings.Language) == month)
        {
            j = k + 2;
        }
        else if (DateVocabulary.Month(tokens[k].Text, settings.Language) == month)
        {
            j = k + 1;
        }
    }

    private static void SkipOrdinal(List<DateToken> tokens, ref int j)
    {
        if (j < tokens.Count && !tokens[j].SpaceBefore && (OrdinalSuffixes.Contains(tokens[j].Text) || tokens[j].IsSymbol('.') || tokens[j].Text is "º" or "ª"))
        {
            j++;
        }
    }

    private static void SkipYearSuffix(List<DateToken> tokens, ref int j)
    {
        // One suffix, or two letters with a dot between ("ه.ش", the Solar Hijri year; "ه.ق", the lunar one).
        for (var letters = 0; letters < 2 && j < tokens.Count && YearSuffixes.Contains(tokens[j].Text); letters++)
        {
            j++;
            if (j < tokens.Count && tokens[j].IsSymbol('.'))
            {
                j++;
            }
        }
    }

    /// <summary>Reads an optional time (and offset) after a date. Always true: a date without a time is still a date.</summary>
    private static bool FinishTime(List<DateToken> tokens, ref int end, DateTextSettings settings, ref RawDate date)
    {
        var j = end;
        var skipped = 0;
        // A dot before a word ends the date's sentence, except the dot Croatian and Serbian write after the year before "u"
        // ("2. prosinca 2025. u 19:06").
        while (j < tokens.Count && skipped < 3 && TimeConnectors.Contains(tokens[j].Text)
            && !(tokens[j].IsSymbol('.') && j + 1 < tokens.Count && !tokens[j + 1].IsNumber && tokens[j + 1].Text is not ("u" or "у")))
        {
            j++;
            skipped++;
        }

        // "2025.03.12. 오후 3:05", "下午3:05": the half of the day written before a 12-hour time.
        bool? pmBefore = null;
        var lead = j < tokens.Count && tokens[j].IsSymbol('.') && j + 1 < tokens.Count ? j + 1 : j;
        if (lead < tokens.Count && DateVocabulary.LeadingMeridiem.TryGetValue(tokens[lead].Text, out var pmWord))
        {
            pmBefore = pmWord;
            j = lead + 1;
        }

        // A place's time named before the time ("12 Mart 2024, Türkiye saatiyle 14:30"): the time's zone where it names none.
        var named = DateVocabulary.ZonePhrase(tokens, ref j);
        if (TryTime(tokens, ref j, settings, out var time, out var offset, out var zone)
            && (pmBefore is not { } pmLead || time.Hour is >= 1 and <= 12 || (pmLead ? time.Hour > 12 : time.Hour == 0)))
        {
            if (pmBefore is { } pm && time.Hour is >= 1 and <= 12)
            {
                time = new LocalTime((time.Hour % 12) + (pm ? 12 : 0), time.Minute, time.Second);
            }

            if (named is not null && offset is null && zone is null)
            {
                (zone, offset) = PlaceTime(named);
            }

            date = date with { Time = time, Offset = offset, Zone = zone };
            end = j;
        }

        return true;
    }

    /// <summary>The zone a place's time names, or UTC's offset for Greenwich's ("بتوقيت غرينتش" reads as "GMT" does).</summary>
    private static (DateTimeZone? Zone, Offset? Offset) PlaceTime(DateTimeZone named) =>
        named == DateTimeZone.Utc || named.Id == "Etc/UTC" ? (null, Offset.Zero) : (named, null);

    /// <summary>
    /// The Gregorian year an era's year at <paramref name="i"/> names, and where its month's number stands: Japan's ("令和6年" →
    /// 2024, "平成元年" → 1989) or the Republic of China's, Taiwan's official count ("民國114年" → 2025, also after a label run
    /// into it, "時間民國114年"); false for any other text.
    /// </summary>
    private static bool EraYear(List<DateToken> tokens, int i, out int year, out int monthAt)
    {
        year = 0;
        monthAt = 0;
        var word = tokens[i].Text;
        if ((word.EndsWith("民國", StringComparison.Ordinal) || word.EndsWith("民国", StringComparison.Ordinal))
            && i + 2 < tokens.Count && tokens[i + 1].IsNumber && tokens[i + 1].Value is >= 84 and <= 200 && tokens[i + 2].Text == "年")
        {
            year = 1911 + tokens[i + 1].Value;
            monthAt = i + 3;
            return true;
        }

        var era = word.StartsWith("令和", StringComparison.Ordinal) ? 2018 : word.StartsWith("平成", StringComparison.Ordinal) ? 1988 : 0;
        if (era == 0)
        {
            return false;
        }

        if (word.Length == 4 && word.EndsWith("元年", StringComparison.Ordinal))
        {
            year = era + 1;
            monthAt = i + 1;
            return true;
        }

        if (word.Length == 2 && i + 2 < tokens.Count && tokens[i + 1].IsNumber && tokens[i + 1].Value is >= 1 and <= 40 && tokens[i + 2].Text == "年")
        {
            year = era + tokens[i + 1].Value;
            monthAt = i + 3;
            return true;
        }

        return false;
    }

    /// <summary>Whether a phrase naming a part of the day ("de la tarde", <see cref="DateVocabulary.MeridiemPhrases"/>) stands at <paramref name="k"/>.</summary>
    private static bool MeridiemPhrase(List<DateToken> tokens, int k, out bool pm, out int length)
    {
        foreach (var (words, afternoon) in DateVocabulary.MeridiemPhrases)
        {
            if (k + words.Length <= tokens.Count && words.Select((w, n) => tokens[k + n].IsWord && tokens[k + n].Is(w)).All(b => b))
            {
                (pm, length) = (afternoon, words.Length);
                return true;
            }
        }

        (pm, length) = (false, 0);
        return false;
    }

    private static bool TryTime(List<DateToken> tokens, ref int j, DateTextSettings settings, out LocalTime time, out Offset? offset, out DateTimeZone? zone)
    {
        time = default;
        offset = null;
        zone = null;
        if (j + 2 >= tokens.Count || !tokens[j].IsNumber || tokens[j].Text.Length > 2)
        {
            return false;
        }

        // "10時32分", "10时5分", "10시 32분": the East Asian hour and minute words, the minutes maybe of one digit.
        var separator = tokens[j + 1].Text;
        var eastAsian = separator is "時" or "时" or "시";
        // "14u30": Flemish writes the hour's "u" (uur) between hour and minutes, with no space.
        var flemish = separator == "u" && !tokens[j + 1].SpaceBefore && !tokens[j + 2].SpaceBefore;
        if ((separator is not (":" or "." or "h" or "H") && !eastAsian && !flemish) || !tokens[j + 2].IsNumber || (tokens[j + 2].Text.Length != 2 && !(eastAsian && tokens[j + 2].Text.Length == 1)))
        {
            return false;
        }

        var hour = tokens[j].Value;
        var minute = tokens[j + 2].Value;
        var second = 0;
        var k = j + 3;
        if (eastAsian && k < tokens.Count && tokens[k].Text.StartsWith(separator == "시" ? "분" : "分", StringComparison.Ordinal))
        {
            k++;
        }

        if (k + 1 < tokens.Count && tokens[k].IsSymbol(':') && tokens[k + 1].IsNumber && tokens[k + 1].Text.Length == 2)
        {
            second = tokens[k + 1].Value;
            k += 2;
            if (k + 1 < tokens.Count && tokens[k].IsSymbol('.') && tokens[k + 1].IsNumber)
            {
                k += 2;
            }
        }

        if (k < tokens.Count && (DateVocabulary.Meridiem.TryGetValue(tokens[k].Text, out var pm) || MeridiemPhrase(tokens, k, out pm, out _)))
        {
            // A 24-hour time that agrees with its word ("20:30 مساءً", "20:30 pm", "00:15 am") keeps its reading.
            if (hour is < 1 or > 12 && !(pm ? hour is > 12 and <= 23 : hour == 0))
            {
                return false;
            }

            hour = hour is >= 1 and <= 12 ? (hour % 12) + (pm ? 12 : 0) : hour;
            k += MeridiemPhrase(tokens, k, out _, out var phraseLength) ? phraseLength : 1;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        if (k < tokens.Count && tokens[k].Text.ToLowerInvariant() is "uhr" or "h" or "godz" or "hrs" or "hs")
        {
            k++;
        }

        time = new LocalTime(hour, minute, second);
        offset = TryOffset(tokens, ref k);
        if (offset is null && k < tokens.Count && DateVocabulary.GenericZone(tokens, k, settings) is { } generic)
        {
            zone = generic;
            k++;
        }
        else if (offset is null && k + 2 < tokens.Count && tokens[k].IsSymbol('(') && tokens[k + 2].IsSymbol(')') && tokens[k + 1].IsWord
            && DateVocabulary.GenericZone(tokens, k + 1, settings) is { } bracketed)
        {
            // "02:30 PM (IST)", "10:35 a.m. (ET)": the zone's name in parentheses.
            zone = bracketed;
            k += 3;
        }
        else if (offset is null && DateVocabulary.ZonePhrase(tokens, ref k) is { } named)
        {
            // "بتوقيت غرينتش" is UTC's offset, as "GMT" is; a place's time is its zone.
            (zone, offset) = PlaceTime(named);
        }

        j = k;
        return true;
    }

    private static Offset? TryOffset(List<DateToken> tokens, ref int k)
    {
        var start = k;
        if (k < tokens.Count && tokens[k].IsSymbol('('))
        {
            k++;
        }

        Offset? offset = null;
        if (k < tokens.Count && tokens[k].IsWord && DateVocabulary.TryGetZoneAbbreviation(tokens[k].Text, out var named))
        {
            offset = named;
            k++;
            if ((tokens[k - 1].Is("GMT") || tokens[k - 1].Is("UTC")) && ReadNumericOffset(tokens, ref k) is { } shifted)
            {
                offset = shifted;
            }
        }
        else if (ReadNumericOffset(tokens, ref k) is { } numeric)
        {
            offset = numeric;
        }

        if (offset is null)
        {
            k = start;
            return null;
        }

        if (start < tokens.Count && tokens[start].IsSymbol('(') && k < tokens.Count && tokens[k].IsSymbol(')'))
        {
            k++;
        }

        return offset;
    }

    private static Offset? ReadNumericOffset(List<DateToken> tokens, ref int k)
    {
        // "+03:00", "-0500", "GMT+3"; not a dash set between spaces ("09:10 - 14 نوامبر"), which separates.
        if (k + 1 >= tokens.Count || !(tokens[k].IsSymbol('+') || tokens[k].IsSymbol('-') || tokens[k].IsSymbol('−')) || !tokens[k + 1].IsNumber
            || tokens[k + 1].SpaceBefore)
        {
            return null;
        }

        var sign = tokens[k].IsSymbol('+') ? 1 : -1;
        var digits = tokens[k + 1].Text;
        int hours, minutes = 0;
        var next = k + 2;
        if (digits.Length == 4)
        {
            hours = int.Parse(digits[..2], System.Globalization.CultureInfo.InvariantCulture);
            minutes = int.Parse(digits[2..], System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (digits.Length <= 2)
        {
            hours = tokens[k + 1].Value;
            if (next + 1 < tokens.Count && tokens[next].IsSymbol(':') && tokens[next + 1].IsNumber && tokens[next + 1].Text.Length == 2)
            {
                minutes = tokens[next + 1].Value;
                next += 2;
            }
        }
        else
        {
            return null;
        }

        if (hours > 14 || minutes > 59)
        {
            return null;
        }

        k = next;
        return Offset.FromSeconds(sign * ((hours * 3600) + (minutes * 60)));
    }

    /// <summary>Where a relative date whose number is at <paramref name="i"/> starts: at its "ago" phrase before the number ("vor", "il y a"), else at the number.</summary>
    private static int RelativeStart(List<DateToken> tokens, int i)
    {
        if (i > 0 && DateVocabulary.AgoWords.Contains(tokens[i - 1].Text, StringComparer.OrdinalIgnoreCase))
        {
            return i - 1;
        }

        return i > 2 && DateVocabulary.AgoWords.Contains($"{tokens[i - 3].Text} {tokens[i - 2].Text} {tokens[i - 1].Text}", StringComparer.OrdinalIgnoreCase) ? i - 3 : i;
    }

    private static bool TryRelativeAt(List<DateToken> tokens, int i, DateTextSettings settings, out RawDate date, out int end)
    {
        date = default;
        end = i;
        if (settings.Reference is not { } reference)
        {
            return false;
        }

        var zone = settings.Zone ?? DateTimeZone.Utc;
        var today = reference.InZone(zone).Date;
        if (tokens[i].IsWord && DateVocabulary.DayWords.TryGetValue(tokens[i].Text, out var daysBack))
        {
            var day = today.PlusDays(-daysBack);
            date = new RawDate(day.Year, day.Month, day.Day, MonthCalendar.Gregorian, null, null, true, null);
            end = i + 1;
            return FinishTime(tokens, ref end, settings, ref date);
        }

        // [prefix] N unit [suffix]: "2 hours ago", "vor 2 Stunden", "il y a 3 heures", "hace 2 horas", "3 дня назад", "منذ 3 ساعات"
        if (!tokens[i].IsNumber || i + 1 >= tokens.Count || !DateVocabulary.RelativeUnits.TryGetValue(tokens[i + 1].Text, out var unit))
        {
            return false;
        }

        var before = i > 0 ? tokens[i - 1].Text : string.Empty;
        var before3 = i > 2 ? $"{tokens[i - 3].Text} {tokens[i - 2].Text} {tokens[i - 1].Text}" : string.Empty;
        var after = i + 2 < tokens.Count ? tokens[i + 2].Text : string.Empty;
        var isAgo = DateVocabulary.AgoWords.Any(w => w.Equals(after, StringComparison.OrdinalIgnoreCase) || w.Equals(before, StringComparison.OrdinalIgnoreCase)
            || w.Equals(before3, StringComparison.OrdinalIgnoreCase));
        if (!isAgo)
        {
            return false;
        }

        var count = tokens[i].Value;
        var period = unit;
        for (var n = 1; n < count; n++)
        {
            period += unit;
        }

        end = DateVocabulary.AgoWords.Any(w => w.Equals(after, StringComparison.OrdinalIgnoreCase)) ? i + 3 : i + 2;
        var local = reference.InZone(zone).LocalDateTime.Minus(period);
        if (period.HasTimeComponent)
        {
            var exact = local.InZoneLeniently(zone).ToInstant();
            date = new RawDate(local.Year, local.Month, local.Day, MonthCalendar.Gregorian, local.TimeOfDay, null, true, exact);
        }
        else
        {
            date = new RawDate(local.Year, local.Month, local.Day, MonthCalendar.Gregorian, null, null, true, null);
        }

        return true;
    }

    /// <summary>How many years the Thai solar calendar's era runs ahead of the common era.</summary>
    private const int ThaiEraOffset = 543;

    private static ArticleDate? Build(List<DateToken> tokens, int first, int end, RawDate raw, DateTextSettings settings, string text, string source)
    {
        var calendar = raw.Calendar switch
        {
            MonthCalendar.SolarHijri => CalendarSystem.PersianAstronomical,
            MonthCalendar.Hijri => CalendarSystem.UmAlQura,
            _ => CalendarSystem.Iso,
        };

        // Thai pages count years from the Buddha's death (2568 is 2025), 543 before the common era's.
        var year = raw.Calendar == MonthCalendar.Gregorian && raw.Year >= 2400 && settings.Language == "th" ? raw.Year - ThaiEraOffset : raw.Year;
        if (raw.Month is < 1 or > 12 || year < calendar.MinYear || year > calendar.MaxYear || raw.Day < 1 || raw.Day > calendar.GetDaysInMonth(year, raw.Month))
        {
            return null;
        }

        var date = new LocalDate(year, raw.Month, raw.Day, calendar).WithCalendar(CalendarSystem.Iso);
        if (date.Year < DateReader.MinimumPrintedYear)
        {
            return null;
        }

        var span = text[tokens[first].Start..tokens[end - 1].End];
        ArticleDate result;
        if (raw.Exact is { } exact)
        {
            var zone = settings.Zone ?? DateTimeZone.Utc;
            result = settings.Zone is null
                ? ArticleDate.FromOffsetDateTime(exact.WithOffset(Offset.Zero), source, span)
                : ArticleDate.FromZonedDateTime(exact.InZone(zone), source, span);
        }
        else if (raw.Time is { } time && raw.Offset is { } offset)
        {
            result = ArticleDate.FromOffsetDateTime(new OffsetDateTime(date.At(time), offset), source, span);
        }
        else if (raw.Time is { } namedTime && raw.Zone is { } named)
        {
            result = ArticleDate.FromZonedDateTime(date.At(namedTime).InZoneLeniently(named), source, span);
        }
        else if (raw.Time is { } zonedTime && settings.Zone is { } zone)
        {
            result = ArticleDate.FromZonedDateTime(date.At(zonedTime).InZoneLeniently(zone), source, span);
        }
        else if (raw.Time is { } localTime)
        {
            result = ArticleDate.FromLocalDateTime(date.At(localTime), source, span);
        }
        else
        {
            result = ArticleDate.FromDate(date, source, span);
        }

        return DateReader.IsPlausible(result, settings.Reference, DateReader.MinimumPrintedYear) ? result : null;
    }
}
