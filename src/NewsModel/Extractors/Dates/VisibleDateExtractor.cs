using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;
using NodaTime;

namespace NewsModel.Extractors.Dates;

/// <summary>
/// Reads the publication and modification dates printed near the headline ("14 November 2024, 08:45",
/// "Aktualisiert am ..."), in the page's language. Dates in scripts, sidebars, related lists, comments and footers
/// are ignored; so are dates after the reference time.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class VisibleDateExtractor : IArticleExtractor
{
    private const int MaxDateText = 160;
    private const int BeforeLimit = 12;
    private const int DatelineLength = 48;
    private const int DatelineLead = 24;
    private const int BeforePenalty = 15;
    private const int BesideLimit = 20;
    private const int LoneDateText = 40;
    private const int LoneDateSlack = 12;
    private const int LoneDateWalkLimit = 4000;
    private const int LoneDateReach = 150;

    // The longest update line read for a time alone ("Zuletzt aktualisiert um 19:30 Uhr MEZ").
    private const int UpdateTimeText = 48;
    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹");

    private static readonly string[] UpdatedPrefixes =
    [
        "updated", "last updated", "modified", "last modified", "last edited", "aktualisiert", "zuletzt aktualisiert", "zuletzt geändert",
        "letzte änderung", "letzte aktualisierung", "geändert", "mis à jour", "mise à jour", "modifié", "actualizado", "aggiornato", "atualizado", "zaktualizowano",
        "обновлено", "güncellenme", "güncelleme", "تحديث", "به‌روزرسانی", "оновлено", "bijgewerkt", "laatst bijgewerkt", "gewijzigd", "aktualizováno",
        "ενημερώθηκε", "τελευταία ενημέρωση", "עודכן", "laatste update", "laatst gewijzigd", "آخر تحديث", "اخر تحديث", "آخر تعديل",
        "frissítve", "módosítva", "actualizat", "diperbarui", "अपडेटेड", "अपडेट", "uppdaterad", "oppdatert", "opdateret", "päivitetty",
    ];

    // Nouns for an update, read as a label only with its colon ("Última actualización:", "Aktualizacja:"): without one they
    // are as often a sentence's subject ("Actualización del sistema el 14/11/2024", "Обновление Windows выйдет 14 ноября").
    private static readonly string[] UpdatedLabels =
        ["actualización", "atualização", "aggiornamento", "aktualizacja", "обновление", "оновлення", "بروزرسانی", "به روزرسانی", "update"];

    // The little words between an update phrase and its date: "updated on", "aktualisiert am", "mis à jour le".
    private static readonly string[] DatePrepositions = ["on", "at", "am", "um", "le", "el", "il", "em", "den"];

    /// <inheritdoc />
    public string Name => "visible-date";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var header = ArticleHeader.Of(context);
        var layout = header.Layout;
        var texts = ElementText.Cache.Of(context);
        // The site's zone, when a publisher profile knows it, turns a printed wall-clock time into an instant.
        var zone = context.Publisher?.TimeZone is { } zoneId ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) : null;
        var settings = DateTextSettings.FromLanguageTag(
            context.TryGetBest(ArticleFields.Language, out var language) ? language : context.Publisher?.Language,
            zone,
            context.Options.Clock?.GetCurrentInstant(),
            context.PageUrl);

        // The same, where a bare time before a date stands in one run of text with it ("10:35 14.11.2024").
        var timeFirst = settings with { BareTimeFirst = true };

        Found? published = null, modified = null;

        // A printed date that states a day the markup declares is the article's, whatever else the page prints
        // (today's date in the masthead, an event date): the best-placed such date wins over a better-placed other one.
        var declared = context.GetCandidates(ArticleFields.Published).Select(c => c.Value.Date).ToHashSet();
        Found? confirmed = null;

        // A date named as one just below the headline, in a column the theme marks as an aside or a sidebar (the
        // article's meta column), when nothing else on the page gives a date.
        Found? beside = null;

        // "Updated 6:15 p.m. ET", "Aktualisiert um 19:30 Uhr": an update line in the header that prints a time and no date;
        // lines of different times (a live blog's entries) tell nothing of the page's last update.
        (LocalTime Time, Offset? Offset, DateTimeZone? Zone, string Text)? updateTime = null;
        var updateTimes = new HashSet<LocalTime>();

        // "Published: 09:40": a publication line in the header that prints a time and no date, read on a printed day alone.
        (LocalTime Time, Offset? Offset, DateTimeZone? Zone, string Text)? publishTime = null;
        var publishTimes = new HashSet<LocalTime>();

        // The site's main menu or masthead nearest above the headline: a date before it is the site's top bar's (today's).
        var chrome = SiteChromeAbove(layout);
        foreach (var hinted in context.Index.Hinted)
        {
            if ((hinted.Hint & (ElementHint.Date | ElementHint.Modified | ElementHint.Byline)) != 0)
            {
                Consider(hinted.Element, hinted.Order, hinted.Hint);
            }
        }

        for (var i = 0; i < layout.After.Count && i < 40; i++)
        {
            Consider(layout.After[i], layout.HeadlineOrder + i + 1, ElementHint.None);
        }

        // A date printed just above the headline ("02.01.2022" over the h1, a blog's date header) is the article's
        // when nothing below the headline gives one; it ranks below a date after the headline at the same distance.
        for (var i = 0; i < layout.Before.Count && i < BeforeLimit && !ReferenceEquals(layout.Before[i], chrome); i++)
        {
            Consider(layout.Before[i], layout.HeadlineOrder - i - 1 - BeforePenalty, ElementHint.None);
        }

        // A page where no source gives any date (no markup date, no printed date near the headline: often a page whose
        // headline no heading prints, or whose only h1 is a menu's): the first element of the body, outside furniture
        // and the banner, that prints only a date.
        if (confirmed is null && published is null && beside is null && context.GetCandidates(ArticleFields.Published).Count == 0)
        {
            beside = FirstDateOnlyElement(context.Document.Body, header, settings) is { } lone ? new Found(lone, 0) : null;
        }

        PrintedDateEvidence.Of(context).Record(published?.Date);
        if ((confirmed ?? published ?? beside) is { } p)
        {
            // "الأربعاء 12 مارس 2025" then "نُشر: 09:40 ص (توقيت مكة)": the day printed alone, its time on a line of its own.
            var date = p.Date.Precision == DatePrecision.Date && publishTime is { } clock && publishTimes.Count == 1 ? AtTime(p.Date, clock) : p.Date;
            context.Propose(ArticleFields.Published, date, ArticleSources.DomDate);
        }

        if (modified is { } m)
        {
            context.Propose(ArticleFields.Modified, m.Date, ArticleSources.DomModified);
        }
        else if (updateTime is { } time && updateTimes.Count == 1 && context.GetCandidates(ArticleFields.Modified).Count == 0
            && ((confirmed ?? published ?? beside)?.Date ?? (context.TryGetBest(ArticleFields.Published, out var markupDate) ? markupDate : null)) is { } day
            && UpdateOnTheDay(day, time, printed: (confirmed ?? published ?? beside) is not null) is { } update)
        {
            context.Propose(ArticleFields.Modified, update, ArticleSources.DomModified);
        }

        void Consider(IElement element, int order, ElementHint hint)
        {
            if (element.LocalName is "script" or "style" or "h1" or "title")
            {
                return;
            }

            // A dateline opens a paragraph: "29.11.2022 – The industry had warned ...", "Press release of 25 January 2022 | Berlin – ...".
            var dateline = false;
            var text = texts.ShortOrNull(element, MaxDateText);
            if (text is null && element.LocalName == "p" && hint == ElementHint.None)
            {
                text = ElementText.Lead(element, DatelineLength);
                dateline = true;
            }

            if (text is not { Length: > 0 })
            {
                return;
            }

            var dates = DateReader.FindAll(text, text.Contains(':', StringComparison.Ordinal) && TimeThenDateText.InOneRun(element) ? timeFirst : settings, ArticleSources.DomDate).ToList();

            // "<span class=date>Jan 04</span> <span>09:34</span> <span>2021</span>": a date element printing part of the
            // date, its parent the rest.
            if (dates.Count == 0 && (hint & ElementHint.Date) != 0 && text.Length <= PartialDateText && text.Any(char.IsAsciiDigit)
                && element.ParentElement is { } parent && texts.ShortOrNull(parent, MaxDateText) is { } whole && whole.Length > text.Length)
            {
                text = whole;
                dates = DateReader.FindAll(text, settings, ArticleSources.DomDate).ToList();
            }

            // "الخميس 14 نوفمبر 2024 - 12 جمادى الأولى 1446": one day printed in two calendars, not a publication and an
            // update. The lunar date, read by the Umm al-Qura tables, may be a day off the local sighting; the other is exact.
            // Persian headers print it in three ("سه‌شنبه ۱۰ دی ۱۴۰۲ - ۱۸ جمادی‌الثانی ۱۴۴۵ - ۳۱ دسامبر ۲۰۲۳ ساعت ۱۴:۳۰"): each
            // next one is compared with the one kept, with only separators after the last one read.
            var readTo = dates.Count >= 2 && dates[0].Text is { } openingText ? text.IndexOf(openingText, StringComparison.Ordinal) + openingText.Length : -1;
            // A second lunar date is another day ("… - 18 جمادى الآخرة 1445 | 19 جمادى الآخرة 1445 الساعة 08:00": the update).
            var lunarRead = false;
            while (dates.Count >= 2 && readTo >= 0 && OneDayInTwoCalendars(text, readTo, dates[0], dates[1], settings, lunarRead, out var exact, out readTo, out var lunar))
            {
                var (kept, dropped) = exact == 0 ? (dates[0], dates[1]) : (dates[1], dates[0]);
                dates.RemoveAt(exact == 0 ? 1 : 0);

                // "الخميس 18 سبتمبر 2025 م | 26 ربيع الأول 1447 هـ | 10:32 صباحاً": the time printed after the lunar date is
                // the day's, on the exact date.
                if (kept.Precision == DatePrecision.Date && dropped.LocalDateTime is { } clock)
                {
                    dates[0] = AtTime(kept, (clock.TimeOfDay, dropped.OffsetDateTime?.Offset, dropped.ZoneId is { } id ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) : null, dropped.Text ?? string.Empty));
                }
                lunarRead |= lunar;
            }

            // "vor 2 Stunden 12. Jänner 2026, 14:05": a relative date before a printed one holds only at the time the page was
            // served, the printed one at any time; the printed one dates the line (unless an update phrase opens it).
            // "Published 2 hours ago · Updated 28 November, 11:45": an update phrase between them makes the second the update's.
            var firstRelative = dates.Count > 0 && DateTextParser.IsRelative(dates[0].Text, settings);
            if (firstRelative && dates.Count >= 2 && !DateTextParser.IsRelative(dates[1].Text, settings) && !OpensWithUpdatePhrase(text)
                && text.IndexOf(dates[0].Text ?? string.Empty, StringComparison.Ordinal) is >= 0 and var relativeAt
                && !UpdatePhraseBetween(text, relativeAt + (dates[0].Text?.Length ?? 0), dates[1].Text))
            {
                dates.RemoveAt(0);
                firstRelative = false;
            }

            var at = dates.Count == 0 ? -1 : text.IndexOf(dates[0].Text ?? string.Empty, StringComparison.Ordinal);

            // The furniture test walks the ancestors: only for text that holds a date, or an update line's time.
            if (dates.Count == 0 && !dateline && text.Length <= UpdateTimeText && text.Any(char.IsAsciiDigit) && (OpensWithUpdatePhrase(text) || FollowsUpdatePhrase(element))
                && DateTextParser.TimeOfDay(text, settings) is { } time && header.Holds(element) && !header.IsFurniture(element))
            {
                updateTime ??= time;
                updateTimes.Add(time.Time);
            }
            else if (dates.Count == 0 && !dateline && text.Length <= UpdateTimeText && text.Any(char.IsAsciiDigit)
                && DateTextParser.TimeOfDay(text, settings) is { } published
                && (OpensWithPublicationLabel(text) || (char.IsDigit(text[0]) && (hint & ElementHint.Date) != 0 && (published.Offset is not null || published.Zone is not null || DateVocabulary.HasMeridiem(text))
                    && !FollowsUpdatePhrase(element) && !InUpdateBlock(element)))
                && header.Holds(element) && !header.IsFurniture(element))
            {
                // "نُشر: 09:40 ص (توقيت مكة)" under a line that prints the day alone: the publication's time; so is a date
                // element that prints a time alone, marked as a clock's by its zone or its "pm" ("10:20 مساءً بتوقيت مكة",
                // not a video's "03:45").
                publishTime ??= published;
                publishTimes.Add(published.Time);
            }

            if (dates.Count == 0 || (dateline && at is < 0 or > DatelineLead))
            {
                return;
            }

            // "March 12, 2024 | Updated 3:15 p.m. ET": the date, then an update phrase with a time and no date of its own.
            if (!dateline && dates.Count == 1 && UpdateTimeAfter(text, settings) is { } later
                && header.Holds(element) && !header.IsFurniture(element))
            {
                updateTime ??= later;
                updateTimes.Add(later.Time);
            }

            // A sentence of the body that mentions a date ("Der Preis soll zum 1. Januar 2025 auf 58 Euro steigen.") dates
            // what it tells, not the article; so does one that runs on after it ("Am 3. Mai 2025 stimmt der Rat über den
            // Plan ab.").
            // So does a picture's caption that describes it ("Abbildung: Ausschnitt des Satellitenbildes vom 31.05.2021 (links)").
            var dateLength = at < 0 ? 0 : dates[0].Text?.Length ?? 0;
            if (hint == ElementHint.None
                && ((!dateline && (IsSentence(text, at, dateLength) || IsCaptionPhrase(text, at))) || RunsOnAsProse(text, at, dateLength, cut: dateline)))
            {
                return;
            }

            // A date printed beside another story's linked title (a ticker's or a teaser's item) is that story's.
            if (header.DatesAnotherStory(element, text, at, dates[0].Text))
            {
                return;
            }

            // Today's date in the page's masthead, above the headline: the page's banner, not the article's header; so is a
            // top bar's above the site's main menu ("<div class=topbar>2026년 11월 28일 (토)</div><header>…<nav>").
            if (order < layout.HeadlineOrder && (InBanner(element, layout.Headline)
                || (chrome is not null && !chrome.Contains(element) && chrome.CompareDocumentPosition(element).HasFlag(DocumentPositions.Preceding))))
            {
                return;
            }

            // An update phrase opens the text, or stands just before its first date ("page revision 4, last edited: 3 May"),
            // in the text or just before the element ("last edited: <span class="date">3 May</span>").
            var phrased = IsUpdate(element, text, at);
            var updated = (hint & ElementHint.Modified) != 0 || phrased;

            // "<p class="…__updated">14/11/2024 10h32 Atualizado há 2 horas</p>": a line marked as the update's that prints
            // the publication first, then the update under its own phrase; the first date is the publication.
            // So does "<div class="updatetime">2025/9/18 14:30（9/18 16:45 更新）</div>": the update's stamp, without its year, after it.
            var yearless = dates.Count == 1 && at >= 0 ? YearlessUpdate(text, at + dateLength, dates[0], settings.Reference) : null;
            if (updated && !phrased && at >= 0 && ((dates.Count >= 2 && UpdatePhraseBetween(text, at + dateLength, dates[1].Text)) || yearless is not null))
            {
                updated = false;
            }

            // "Updated: 20.09.2024 14:00 · Published: 19.09.2024 22:35": the update printed first, then the publication under
            // its own label.
            if (updated && dates.Count >= 2 && PublishedAfter(text, Math.Max(at, 0) + 1, settings) is { } first
                && first.Date == dates[1].Date && first.LocalDateTime == dates[1].LocalDateTime)
            {
                dates = [dates[1], dates[0].WithSource(ArticleSources.DomModified, dates[0].Text)];
                updated = false;
            }

            if (updated)
            {
                // An update line above the headline, outside the article element that holds it (a currency ticker's
                // "Actualizado hoy 05:58" in the site's header band), updates something else.
                if (order < layout.HeadlineOrder && layout.Headline?.Closest("article") is { } story && !story.Contains(element))
                {
                    return;
                }

                dates = dates.ConvertAll(d => d.WithSource(ArticleSources.DomModified, d.Text));
            }

            if (header.IsFurniture(element))
            {
                var distance = layout.DistanceFromHeadline(order);
                if (!updated && (hint & ElementHint.Date) != 0 && order > layout.HeadlineOrder && distance <= BesideLimit && !header.BesideAStory(element)
                    && !header.InComments(element) && !InLinkedListItem(element, layout.Headline))
                {
                    Keep(ref beside, new Found(dates[0], -distance));
                }

                return;
            }

            // An update line in a block foreign to the header (a story card, an entry of its own, a lone teaser) updates
            // that story, not this one; its publication date is still weighed, as the article's own series or column
            // box can look like a teaser.
            // So does one in a block after the story's own entry (a newsletter box's "Last updated" in the rail).
            var updates = (updated || dates.Count > 1 || yearless is not null) && !header.IsForeign(element) && !header.AfterOwnEntry(element);

            // "Published 3 May, updated 5 May": the first is the publication, a later one the update.
            // A time counts for the date it follows, not one printed before it (a fixture card's "19:30 17.11.2024", a live
            // blog entry's stamp): such a date ranks as a day.
            var timed = dates[0].Precision != DatePrecision.Date && !TimeThenDateText.OpensWithTime(dates[0].Text);

            // An event's own label ("When:", "Termin:", "Kick-off:") says the date is not the article's, even as a last
            // resort, as for a lone date. (A bonus for a "Published" label was tried and dropped: it lifted a book's, a
            // report's or a broadcast's publication date, "first published" lines in every language, and words such as
            // "public" or "النشرة".)
            if (!updated && at is > 0 and <= EventLabelLength && IsEventLabel(text.AsSpan(0, at)))
            {
                return;
            }

            var score = ((hint & ElementHint.Date) != 0 ? 2 : 0) + ((hint & ElementHint.Byline) != 0 ? 1 : 0) + (timed ? 0.5 : 0)
                - Math.Min(3, layout.DistanceFromHeadline(order) / 30.0);
            if (updated)
            {
                if (updates)
                {
                    Keep(ref modified, new Found(dates[0], score));
                }
            }
            else
            {
                Keep(ref published, new Found(dates[0], score, firstRelative));
                if (declared.Contains(dates[0].Date))
                {
                    Keep(ref confirmed, new Found(dates[0], score));
                }

                if (updates && yearless is not null)
                {
                    Keep(ref modified, new Found(yearless, score - 0.5));
                }
                else if (updates && dates[^1].Date >= dates[0].Date)
                {
                    Keep(ref modified, new Found(dates[^1].WithSource(ArticleSources.DomModified, dates[^1].Text), score - 0.5));
                }
            }
        }
    }

    /// <summary>
    /// Whether two dates printed side by side are one day in two calendars: one Hijri and a day apart at most (the lunar
    /// calendar's sighting), or a Solar Hijri and a Gregorian one naming the same day, with nothing but punctuation and a
    /// year's calendar mark between them (not "نشر في: … - آخر تحديث: …"). <paramref name="exact"/> is the index of the one
    /// to keep: not the lunar one.
    /// </summary>
    /// <param name="text">The element's text.</param>
    /// <param name="from">Where in <paramref name="text"/> the text printed after <paramref name="first"/> (or the date dropped after it) starts.</param>
    /// <param name="first">The date kept so far.</param>
    /// <param name="second">The next date printed.</param>
    /// <param name="settings">The page's date settings.</param>
    /// <param name="lunarRead">Whether a lunar date was already read as this day: another one is not.</param>
    /// <param name="exact">The index of the one to keep, 0 or 1.</param>
    /// <param name="end">Where <paramref name="second"/>'s text ends.</param>
    /// <param name="lunar">Whether one of the two is a lunar (Hijri) date.</param>
    private static bool OneDayInTwoCalendars(string text, int from, ArticleDate first, ArticleDate second, DateTextSettings settings, bool lunarRead, out int exact, out int end, out bool lunar)
    {
        exact = 0;
        end = -1;
        lunar = false;
        if (first.Text is null || second.Text is null || Math.Abs(Period.Between(first.Date, second.Date, PeriodUnits.Days).Days) > 1)
        {
            return false;
        }

        var next = text.IndexOf(second.Text, from, StringComparison.Ordinal);
        if (next < 0 || !OnlySeparators(text.AsSpan(from, next - from)))
        {
            return false;
        }

        end = next + second.Text.Length;

        // A Solar Hijri and a Gregorian date are both exact: one day only where they name the same day ("۲۴ آبان ۱۴۰۳ - ۱۴
        // نوامبر ۲۰۲۴"); the next day is as likely the update.
        var a = DateTextParser.CalendarOf(first.Text, settings);
        var b = DateTextParser.CalendarOf(second.Text, settings);
        lunar = a == DateVocabulary.MonthCalendar.Hijri || b == DateVocabulary.MonthCalendar.Hijri;
        if (a == b || (!lunar && first.Date != second.Date) || (lunar && lunarRead))
        {
            return false;
        }

        // Of two exact ones, the one that gives the time ("۲۴ آبان ۱۴۰۳ - ۱۴ نوامبر ۲۰۲۴ ۱۸:۴۰").
        exact = a == DateVocabulary.MonthCalendar.Hijri ? 1
            : b == DateVocabulary.MonthCalendar.Hijri ? 0
            : first.Precision == DatePrecision.Date && second.Precision != DatePrecision.Date ? 1 : 0;
        return true;

        static bool OnlySeparators(ReadOnlySpan<char> between)
        {
            foreach (var word in between.ToString().Split([' ', '\u00a0', '-', '–', '—', '|', '/', ',', '،', '(', ')', '.', '·'], StringSplitOptions.RemoveEmptyEntries))
            {
                // A year's calendar mark, or "corresponding to" ("7 محرم 1446 هـ - الموافق 13 يوليو 2024 م", "برابر با").
                if (word is not ("هـ" or "ه" or "ق" or "م" or "ش" or "الموافق" or "الموافق:" or "موافق" or "لـ" or "ل" or "برابر" or "با" or "مطابق"))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The site's main menu (a <c>nav</c> of <see cref="MainMenuLinks"/> links or more, outside the article and the main
    /// column, no trail's or sharing bar's) or masthead (a header or banner there that holds one) nearest above the
    /// headline; null when none.
    /// </summary>
    private static IElement? SiteChromeAbove(PageLayout layout)
    {
        // The headline's earlier siblings, then its parent's, nearest first: each element before the headline is read once.
        for (var level = layout.Headline; level is not null && level.LocalName != "body"; level = level.ParentElement)
        {
            for (var sibling = level.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
            {
                if (IsChrome(sibling))
                {
                    return sibling;
                }

                if (sibling.ChildElementCount > 0 && sibling.QuerySelectorAll("nav, header, [role=banner]").LastOrDefault(IsChrome) is { } inner)
                {
                    return inner;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an element is the site's chrome: a main menu (a nav outside the article and the main column, of many links,
    /// no trail's or sharing bar's) or a masthead (a header or banner there that holds a menu).
    /// </summary>
    private static bool IsChrome(IElement element) =>
        element.Closest("article, main") is null
        && ((element.LocalName == "nav" && IsMainMenu(element))
            || ((element.LocalName == "header" || string.Equals(element.GetAttribute("role"), "banner", StringComparison.OrdinalIgnoreCase))
                && element.QuerySelectorAll("nav").Any(n => IsMainMenu(n, MastheadMenuLinks))));

    /// <summary>Whether a <c>nav</c> is a main menu: many links (fewer in a masthead), and no trail's, sharing bar's or pager's class.</summary>
    private static bool IsMainMenu(IElement nav) => IsMainMenu(nav, MainMenuLinks);

    private static bool IsMainMenu(IElement nav, int links) =>
        nav.QuerySelectorAll("a").Length >= links
        && !(nav.ClassName is { } name && (name.Contains("crumb", StringComparison.OrdinalIgnoreCase) || name.Contains("share", StringComparison.OrdinalIgnoreCase)
            || name.Contains("social", StringComparison.OrdinalIgnoreCase) || name.Contains("pagination", StringComparison.OrdinalIgnoreCase)));

    /// <summary>How many links make a menu the site's main menu rather than a breadcrumb.</summary>
    private const int MainMenuLinks = 8;

    /// <summary>How many links make a menu in a masthead (a header outside the article) the site's main menu.</summary>
    private const int MastheadMenuLinks = 5;

    /// <summary>
    /// The first element in document order whose text is a date and little else ("01.02.2022", "Apr 7, 2009",
    /// "Mittwoch, 2. Februar 2022"), outside furniture, and near the headline element when there is one. Dates that
    /// describe something else are passed over: a table's cells (a timetable, a price list, a record), a date range,
    /// a teaser's date beside a heading that links to another page, a date an update phrase opens. The walk stops
    /// after <see cref="LoneDateWalkLimit"/> elements; a date before the site's main menu or masthead (a top bar's, today's)
    /// is passed over.
    /// </summary>
    private static ArticleDate? FirstDateOnlyElement(IElement? body, ArticleHeader header, DateTextSettings settings)
    {
        var headline = header.Headline;
        if (body is null)
        {
            return null;
        }

        // Dates met before the headline wait until its position is known.
        var pending = new List<(ArticleDate Date, int Position)>();
        var headlinePosition = -1;

        // Where the site's chrome was last met (a masthead, a main menu): a date before it is the site's top bar's (today's).
        var chrome = -1;
        var stack = new Stack<IElement>();
        stack.Push(body);
        for (var seen = 0; stack.Count > 0 && seen < LoneDateWalkLimit && (headlinePosition < 0 || seen <= headlinePosition + LoneDateReach); seen++)
        {
            var element = stack.Pop();
            if (ReferenceEquals(element, headline))
            {
                // The date nearest above the headline, not the first on the page.
                headlinePosition = seen;
                for (var p = pending.Count - 1; p >= 0; p--)
                {
                    if (seen - pending[p].Position <= LoneDateReach && pending[p].Position > chrome)
                    {
                        return pending[p].Date;
                    }
                }
            }

            if (element.LocalName is "script" or "style" or "template" or "noscript" or "nav" or "footer" or "aside" or "select" or "h1")
            {
                // "<div class=topbar>2026년 11월 28일 (토)</div><header>…<nav>…</nav></header>": the main menu (a breadcrumb's
                // few links aside) parts the top bar from the article.
                if (headlinePosition < 0 && element.LocalName == "nav" && IsChrome(element))
                {
                    chrome = seen;
                }

                continue;
            }

            // A masthead's date (today's, over the site's name) is not the article's, unless the header holds the headline.
            if ((element.LocalName == "header" || string.Equals(element.GetAttribute("role"), "banner", StringComparison.OrdinalIgnoreCase))
                && InBanner(element, headline))
            {
                chrome = headlinePosition < 0 && IsChrome(element) ? seen : chrome;
                continue;
            }

            if ((IsLoneDate(element, settings) ?? LabelledDateText(element, settings)) is { } lone && !header.IsFurniture(element)
                && !(ElementText.ShortOrNull(element, LoneDateText * 3) is { } loneText && header.DatesAnotherStory(element, loneText, loneText.IndexOf(lone.Text ?? string.Empty, StringComparison.Ordinal), lone.Text)))
            {
                if (headline is null || headlinePosition >= 0)
                {
                    return lone;
                }

                pending.Add((lone, seen));
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }

        return null;
    }

    private static ArticleDate? IsLoneDate(IElement element, DateTextSettings settings)
    {
        if (element.ChildElementCount > 2 || element.LocalName is "td" or "th" or "tr" or "tbody" or "thead" or "table"
            || element.ParentElement?.LocalName is "td" or "th" || !HasDigit(element, 2)
            || ElementText.ShortOrNull(element, LoneDateText) is not { Length: > 0 } text)
        {
            return null;
        }

        // "Wann: Samstag, 12.03.2022": a date a label introduces describes what the label names (an event, a deadline), in
        // an element of its own before the date's or in the date's own text ("When: November 16, 2024").
        if (element.PreviousElementSibling is { } label && ElementText.ShortOrNull(label, 40) is { } labelText && IsOtherLabel(labelText))
        {
            return null;
        }

        var dates = DateReader.FindAll(text, settings, ArticleSources.DomDate).ToList();
        if (dates.Count != 1 || dates[0].Text is not { } dateText || text.Length - dateText.Length > LoneDateSlack)
        {
            return null;
        }

        var at = text.IndexOf(dateText, StringComparison.Ordinal);
        var rest = text.Remove(Math.Max(0, at), dateText.Length);
        if (rest.Any(char.IsDigit) || IsUpdate(element, text, at) || IsTeaserDate(element)
            || (at > 0 && (IsOtherLabel(text[..at]) || (at <= EventLabelLength && IsEventLabel(text.AsSpan(0, at))))))
        {
            return null;
        }

        return dates[0];
    }

    /// <summary>
    /// A date that a publication label introduces in a text of its own between an element's children, outside any
    /// element of its own ("&lt;dl&gt;headline&lt;/dl&gt; Posted: [ 2023-03-14 09:12 ] &lt;div&gt;…"); not one an update
    /// phrase introduces ("Updated: …"). Only short texts with a digit and a label are read for a date.
    /// </summary>
    private static ArticleDate? LabelledDateText(IElement element, DateTextSettings settings)
    {
        if (element.ChildElementCount == 0)
        {
            return null;
        }

        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is not IText { Data: var data } || data.Length > LoneDateText * 3 || data.AsSpan().IndexOfAnyInRange('0', '9') < 0
                || !HasPublicationLabel(data))
            {
                continue;
            }

            var text = TextNormalizer.Collapse(data);
            if (text.Length > LoneDateText || DateReader.Parse(text, settings, ArticleSources.DomDate) is not { Text: { } dateText } date
                || text.IndexOf(dateText, StringComparison.Ordinal) is var at && at < 0)
            {
                continue;
            }

            var label = text[..at];
            var rest = text.Remove(at, dateText.Length);
            if (rest.Length <= LoneDateSlack && !rest.Any(char.IsDigit) && HasPublicationLabel(label)
                && !OpensWithUpdatePhrase(text) && !EndsWithUpdatePhrase(label))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a text is a label other than a publication label, ending with its colon ("Wann:", "Deadline:"): the date
    /// after it is what the label names. "Datum:" and "Veröffentlicht:" introduce the page's own date.
    /// </summary>
    private static bool IsOtherLabel(string label) => label.TrimEnd().EndsWith(':') && !HasPublicationLabel(label);

    private static bool HasPublicationLabel(string text)
    {
        foreach (var label in PublicationLabels)
        {
            if (text.Contains(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an element sits in the page's banner (a <c>header</c> or <c>role=banner</c>) that does not hold the headline.</summary>
    private static bool InBanner(IElement element, IElement? headline)
    {
        for (var up = element; up is not null; up = up.ParentElement)
        {
            if (up.LocalName == "header" || string.Equals(up.GetAttribute("role"), "banner", StringComparison.OrdinalIgnoreCase))
            {
                return headline is null || !up.Contains(headline);
            }
        }

        return false;
    }

    /// <summary>Whether an element's text, down to <paramref name="depth"/> levels, holds a digit; reads the text nodes in place.</summary>
    private static bool HasDigit(IElement element, int depth)
    {
        for (var node = element.FirstChild; node is not null; node = node.NextSibling)
        {
            if ((node is IText text && text.Data.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
                || (node is IElement child && depth > 0 && HasDigit(child, depth - 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a date sits in a teaser: a block (up to three levels up) whose heading links to another page, or a list
    /// item that also holds a link (a list of other pages with their dates).
    /// </summary>
    private static bool IsTeaserDate(IElement element)
    {
        if (element.QuerySelector("li a[href]") is not null)
        {
            return true;
        }

        for (var (up, level) = (element, 0); up is not null && level < 3; up = up.ParentElement, level++)
        {
            if (up.LocalName == "li" && up.QuerySelector("a[href]") is not null)
            {
                return true;
            }
        }

        var e = element.ParentElement;
        for (var level = 0; level < 3 && e is not null && e.LocalName is not ("body" or "html"); level++, e = e.ParentElement)
        {
            if (e.QuerySelector("h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4") is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a text is a sentence that mentions the date found at <paramref name="at"/>: six words or more up to the end
    /// of the sentence that holds the date (a sentence's mark and a space, or the text's end: a credit printed after it,
    /// "… am 12. März 2024. Foto: Jana Holm", does not make it a credit line), three words or more before the date, one in
    /// small letters, and no date label, credit word or meta separator among them ("Posted by Jane Roe on 14 November
    /// 2024." and "Text: Jane Roe | 14.11.2024" are meta lines).
    /// </summary>
    private static bool IsSentence(string text, int at, int length)
    {
        // A date's text may end with the sentence's own period ("… na 11 października 2025 r.", "am 3. Mai 2025.").
        var after = at + length;
        if (after > 0 && after <= text.Length && text[after - 1] == '.')
        {
            after--;
        }

        var end = at <= 0 ? -1 : SentenceEnd(text, after);
        if (end < 0 || text.AsSpan(0, end).Count(' ') < 5)
        {
            return false;
        }

        // A dateline opens with a place ("Berlin, 14. November 2024. Die Firma …", "Paris, le 14 novembre 2024."), a signature
        // with a name and a post ("Jane Roe, Political Editor, 14 November 2024."): a sentence has three words or more before
        // the date, one of them in small letters.
        var words = text[..at].Split([' ', ',', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !words.Any(w => char.IsLower(w[0])))
        {
            return false;
        }

        return !words.Any(IsMetaWord);
    }

    /// <summary>
    /// Where the sentence that goes on from <paramref name="from"/> ends: just after its mark (".", "!", "?", "؟") where a
    /// space or the text's end follows it; -1 when the text ends without one.
    /// </summary>
    private static int SentenceEnd(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '؟' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether the date found at <paramref name="at"/> stands inside running prose, however few words come before it: the
    /// sentence runs on after the date (past a comma at most) with a word in small letters (or of a script without
    /// capitals), four words or more up to its mark, two of them in small letters, none of the first three holding a digit,
    /// no date label, credit word or meta separator before the date, no separator or label with its colon after it (a
    /// word such as "public" there is prose, not a label) and no credit word among the first three words after it ("by
    /// admin"; "… a plan drawn up by the board." is prose) ("On May 3, 2025, the full council will vote on the plan.", "Am 3. Mai 2025 stimmt der Rat ab.", "31 Mart 2025 tarihinde yapılacak seçimler…"). What
    /// follows a printed date line is none: a time, a dash or a bracket ("12 March 2024 — 14:30", "BERLIN, 12. März 2024
    /// (dpa) –"), a place in capitals ("12 March 2024, Berlin"), a credit ("Posted on May 3, 2024 by admin"), a line with
    /// no sentence's mark ("3 May 2024 in Politics").
    /// </summary>
    /// <param name="text">The element's text.</param>
    /// <param name="at">Where the date starts.</param>
    /// <param name="length">The date's length.</param>
    /// <param name="cut">Whether the text is a paragraph's opening only (a dateline's lead), so its sentence may end beyond it.</param>
    private static bool RunsOnAsProse(string text, int at, int length, bool cut)
    {
        if (at < 0 || length == 0)
        {
            return false;
        }

        var rest = text.AsSpan(at + length).TrimStart();
        if (rest.Length > 0 && rest[0] is ',' or '،')
        {
            rest = rest[1..].TrimStart();
        }

        if (rest.IsEmpty || !char.IsLetter(rest[0]) || char.IsUpper(rest[0]))
        {
            return false;
        }

        var end = SentenceEnd(text, at + length);
        if (end < 0 && !cut)
        {
            return false;
        }

        var after = text[(text.Length - rest.Length)..(end < 0 ? text.Length : end)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (after.Length < 4 || after.Count(w => char.IsLetter(w[0]) && !char.IsUpper(w[0])) < 2 || after.Take(3).Any(w => w.Any(char.IsDigit))
            || after.Any(w => w is "|" or "·" or "•" or "-" or "–" or "—" || (w.EndsWith(':') && DateVocabulary.IsDateLabel(w)))
            || after.Take(3).Any(SentenceCreditWords.Contains))
        {
            return false;
        }

        return !text[..at].Split([' ', ',', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Any(IsMetaWord);
    }

    /// <summary>A meta line's separator, a date's label or a credit word ("|", "Updated:", "by"): what a meta line holds before its date and a sentence does not.</summary>
    private static bool IsMetaWord(string word) =>
        word is "|" or "·" or "•" or "-" or "–" or "—" || DateVocabulary.IsDateLabel(word) || SentenceCreditWords.Contains(word);

    /// <summary>
    /// Whether a text is a picture's caption that describes what the picture shows at the date found at <paramref
    /// name="at"/>: it opens with a caption's label and its colon ("Abbildung:", "Figure 2:", "Foto:"), then three words or
    /// more before the date, one in small letters, with no comma, meta separator, date label or credit word among them. A
    /// credit line that dates the article ("Photos: Ann Lee · April 9, 2022", "Bild: Jane Roe | 28.03.2022", "Foto: Jana
    /// Holm für das Stadtblatt, 28.03.2022") is none: its credit stands apart before the date. A caption as a whole was
    /// tried and dropped: figures hold the article's meta too.
    /// </summary>
    private static bool IsCaptionPhrase(string text, int at)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon is <= 0 or > 16 || colon >= at)
        {
            return false;
        }

        // The label, with a figure's number after it: "Abb. 3", "Figure 2".
        var label = text.AsSpan(0, colon).TrimEnd();
        var space = label.LastIndexOf(' ');
        if (space > 0 && !label[(space + 1)..].ContainsAnyExcept("0123456789"))
        {
            label = label[..space].TrimEnd();
        }

        var labelled = false;
        foreach (var word in CaptionLabels)
        {
            labelled |= label.Equals(word, StringComparison.OrdinalIgnoreCase);
        }

        if (!labelled)
        {
            return false;
        }

        // A comma sets a credit apart from the date it gives ("Photo: Ann Lee for The Harbor Gazette, April 9, 2022", "Foto:
        // Jana Holm und Max Weber, 28.03.2022", "Фото: пресс-служба мэрии, 9 апреля 2022"): a description runs into its date.
        var described = text.AsSpan(colon + 1, at - colon - 1);
        if (described.IndexOfAny(',', '،') >= 0)
        {
            return false;
        }

        var words = described.ToString().Split([' ', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 3 && words.Any(w => char.IsLower(w[0])) && !words.Any(w => w is "/" || IsMetaWord(w));
    }

    // Labels that open a picture's caption.
    private static readonly string[] CaptionLabels =
    [
        "Abbildung", "Abb.", "Bild", "Foto", "Fotos", "Photo", "Photos", "Image", "Figure", "Fig.", "Grafik", "Illustration", "Bildunterschrift",
        "Caption", "Légende", "Imagen", "Immagine", "Zdjęcie", "Фото", "Fotoğraf", "Görsel", "عکس", "صورة",
    ];

    // Credit words before a date in a meta line ("Posted by Jane Roe on …", "Von Jana Holm am …").
    private static readonly HashSet<string> SentenceCreditWords = new(StringComparer.OrdinalIgnoreCase) { "by", "von", "par", "por", "di", "door", "av", "autor", "author" };

    /// <summary>
    /// Whether an element or one of its near ancestors is named for the update ("article-updated", "modified-date"): a time
    /// printed there is the update's, not the publication's.
    /// </summary>
    private static bool InUpdateBlock(IElement element)
    {
        var e = element;
        for (var level = 0; e is not null && level < 3 && e.LocalName is not ("body" or "article" or "header"); level++, e = e.ParentElement)
        {
            if (e.GetAttribute("class") is { } classes && (classes.Contains("updat", StringComparison.OrdinalIgnoreCase) || classes.Contains("modif", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A printed day at the time a line of its own gives, in that line's zone or offset; the day's text kept.</summary>
    private static ArticleDate AtTime(ArticleDate day, (LocalTime Time, Offset? Offset, DateTimeZone? Zone, string Text) clock) =>
        clock.Zone is { } zone ? ArticleDate.FromZonedDateTime((day.Date + clock.Time).InZoneLeniently(zone), day.Source, day.Text)
        : clock.Offset is { } offset ? ArticleDate.FromOffsetDateTime(new OffsetDateTime(day.Date + clock.Time, offset), day.Source, day.Text)
        : ArticleDate.FromLocalDateTime(day.Date + clock.Time, day.Source, day.Text);

    /// <summary>
    /// Whether a publication label opens the text ("Published: 09:40", "نُشر: 09:40 ص"), Arabic vowel marks aside; the label
    /// must end a word.
    /// </summary>
    private static bool OpensWithPublicationLabel(string text)
    {
        var bare = new string(text.AsSpan(0, Math.Min(text.Length, 24)).ToArray().Where(c => c is < '\u064B' or > '\u0652').ToArray());
        return PublishedLabels.Any(l => bare.StartsWith(l, StringComparison.OrdinalIgnoreCase) && (bare.Length == l.Length || !char.IsLetter(bare[l.Length])));
    }

    /// <summary>
    /// The modification an update line that prints only a time ("Updated 6:15 p.m. ET") gives on the publication's day: in
    /// the zone or offset the line names, else on the publication's clock; null when that falls before the publication (the
    /// update may be a day later, which the line does not say).
    /// </summary>
    /// <param name="published">The publication date.</param>
    /// <param name="update">The update line's time.</param>
    /// <param name="printed">
    /// Whether the publication date is printed on the page, on the clock the update line shows; a declared one (a UTC
    /// instant in JSON-LD) may be on another, and then only a line that names its zone is read.
    /// </param>
    private static ArticleDate? UpdateOnTheDay(ArticleDate published, (LocalTime Time, Offset? Offset, DateTimeZone? Zone, string Text) update, bool printed)
    {
        if (update.Zone is null && update.Offset is null && !printed)
        {
            return null;
        }

        ArticleDate result;
        if (update.Zone is { } zone)
        {
            var day = published.Instant is { } instant ? instant.InZone(zone).Date : published.Date;
            result = ArticleDate.FromZonedDateTime((day + update.Time).InZoneLeniently(zone), ArticleSources.DomModified, update.Text);
        }
        else if (update.Offset is { } offset)
        {
            var day = published.Instant is { } instant ? instant.WithOffset(offset).Date : published.Date;
            result = ArticleDate.FromOffsetDateTime(new OffsetDateTime(day + update.Time, offset), ArticleSources.DomModified, update.Text);
        }
        else if (published.OffsetDateTime is { } clock)
        {
            result = ArticleDate.FromOffsetDateTime(new OffsetDateTime(clock.Date + update.Time, clock.Offset), ArticleSources.DomModified, update.Text);
        }
        else
        {
            result = ArticleDate.FromLocalDateTime(published.Date + update.Time, ArticleSources.DomModified, update.Text);
        }

        var before = published.Instant is { } from && result.Instant is { } to ? to < from
            : published.LocalDateTime is { } fromLocal && result.LocalDateTime is { } toLocal && toLocal < fromLocal;
        return before ? null : result;
    }

    /// <summary>
    /// Whether only an update phrase stands between the end of the first date (<paramref name="from"/>) and the next
    /// date's text ("… 10h32 — Atualizado há 2 horas", "… 10:32 | Updated 14/11/2024 12:05").
    /// </summary>
    private static bool UpdatePhraseBetween(string text, int from, string? next)
    {
        var to = next is null || from > text.Length ? -1 : text.IndexOf(next, from, StringComparison.Ordinal);
        if (to <= from)
        {
            return false;
        }

        var between = text.AsSpan(from, to - from).Trim(" \u00a0-–—|·,:".AsSpan());
        return between.Length is > 0 and <= UpdateLabelText && between.IndexOfAny(Digits) < 0 && OpensWithUpdatePhrase(between.ToString());
    }

    /// <summary>Whether an update phrase opens the element's text, or stands just before the date found at <paramref name="at"/>, in the text or just before the element.</summary>
    private static bool IsUpdate(IElement element, string text, int at) =>
        OpensWithUpdatePhrase(text)
        || (at > 0 && EndsWithUpdatePhrase(text.AsSpan(0, at)))
        || (at == 0 && FollowsUpdatePhrase(element));

    /// <summary>
    /// Whether the element follows an update phrase printed just before it in its parent, as text or in an element of its
    /// own: "Aktualizacja: &lt;time&gt;", "&lt;span&gt;Updated&lt;/span&gt; &lt;span&gt;3:47 PM EST…&lt;/span&gt;".
    /// </summary>
    internal static bool FollowsUpdatePhrase(IElement element)
    {
        var label = element.PreviousSibling;
        while (label is IText { Data: var data } && string.IsNullOrWhiteSpace(data))
        {
            label = label.PreviousSibling;
        }

        // A label in an element of its own is short ("Updated", "Last updated:"); a sentence ending so ("Editor's note: this
        // story has been updated") says nothing of the date after it.
        return label is IText ? EndsWithUpdatePhrase(LastChars(label.TextContent))
            : label is IElement && ElementText.ShortOrNull((IElement)label, UpdateLabelText) is { } labelText && EndsWithUpdatePhrase(labelText)
                && (labelText.Length <= ShortUpdateLabel || labelText.EndsWith(':'));
    }

    // The longest update label printed in an element of its own before the date ("Zuletzt aktualisiert am"), and with
    // its colon ("This article was last updated:").
    private const int ShortUpdateLabel = 24;
    private const int UpdateLabelText = 40;

    /// <summary>
    /// The time of day an update phrase gives after a date in the same text ("March 12, 2024 | Updated 3:15 p.m. ET", "12.03.2024,
    /// 09:00 Uhr, aktualisiert 15:15 Uhr"), or null: the phrase must stand after the date's text (the rest holds no date) and
    /// be followed by a time.
    /// </summary>
    private static (LocalTime Time, Offset? Offset, DateTimeZone? Zone, string Text)? UpdateTimeAfter(string text, DateTextSettings settings)
    {
        foreach (var prefix in UpdatedPrefixes)
        {
            var found = text.IndexOf(prefix, 1, StringComparison.OrdinalIgnoreCase);
            if (found > 0 && !char.IsLetter(text[found - 1]) && text.Length - found <= UpdateTimeText)
            {
                // Only words between the phrase and its time ("Updated at 3:15"): "Updated November 19 at 4:46 PM" names another day.
                var rest = text[found..];
                return OpensWithUpdatePhrase(rest) && rest.Any(char.IsAsciiDigit) && DateTextParser.TimeOfDay(rest, settings) is { } time
                    && rest.AsSpan().IndexOfAny(Digits) is var digit and > 0 && rest.AsSpan(digit).StartsWith(time.Text.Split(' ')[0], StringComparison.Ordinal)
                    ? time
                    : null;
            }
        }

        return null;
    }

    // "（9/18 16:45 更新）": Taiwanese news wires print the update after the publication, without its year, month first.
    private static readonly System.Text.RegularExpressions.Regex YearlessUpdatePattern = new(
        @"^\s*[（(]\s*(?<month>[0-9]{1,2})/(?<day>[0-9]{1,2})\s+(?<hour>[0-9]{1,2}):(?<minute>[0-9]{2})\s*更新\s*[）)]",
        System.Text.RegularExpressions.RegexOptions.NonBacktracking | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// The update a year-less stamp right after the publication date gives ("2025/9/18 14:30（9/18 16:45 更新）"): the
    /// publication's year (the next one for a January stamp after a December publication), on the publication's clock;
    /// null when no such stamp follows, the publication has no time, the stamp names no real day, falls before the
    /// publication's day or after the reference time's next day.
    /// </summary>
    private static ArticleDate? YearlessUpdate(string text, int after, ArticleDate published, Instant? reference)
    {
        // The stamp's "更新" is looked for first: the pattern runs on every dated line of the header.
        if (after <= 0 || after >= text.Length || published.Precision == DatePrecision.Date || text.IndexOf('更', after) < 0
            || YearlessUpdatePattern.Match(text, after, text.Length - after) is not { Success: true } match || match.Index != after)
        {
            return null;
        }

        int Group(string name) => int.Parse(match.Groups[name].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        var (month, day, hour, minute) = (Group("month"), Group("day"), Group("hour"), Group("minute"));
        var year = published.Date.Year;
        if (month is < 1 or > 12 || hour > 23 || minute > 59 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        if (new LocalDate(year, month, day) < published.Date && !(published.Date.Month == 12 && month == 1 && ++year <= CalendarSystem.Iso.MaxYear))
        {
            return null;
        }

        var stampDay = new LocalDate(year, month, day);
        if (reference is { } now && stampDay > now.InUtc().Date.PlusDays(1))
        {
            return null;
        }

        var stamp = TextNormalizer.Collapse(match.Value);
        var zone = published.ZoneId is { } id ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) : null;
        return AtTime(ArticleDate.FromDate(stampDay, ArticleSources.DomModified, stamp), (new LocalTime(hour, minute), published.OffsetDateTime?.Offset, zone, stamp));
    }

    // Labels of a publication date, read after an update's date in the same line.
    private static readonly string[] PublishedLabels =
    [
        "published", "posted", "veröffentlicht", "erstellt", "publié", "publiée", "publicado", "publicada", "pubblicato", "pubblicata",
        "publikacja", "opublikowano", "опубликовано", "опубліковано", "yayınlanma", "yayın tarihi", "تاريخ النشر", "نشر", "منتشر شده", "تاریخ انتشار",
    ];

    /// <summary>
    /// The date a publication label gives after <paramref name="from"/> in the text ("… · Publikacja: 19.09.2024 22:35"), or
    /// null: the label must start a word.
    /// </summary>
    private static ArticleDate? PublishedAfter(string text, int from, DateTextSettings settings)
    {
        foreach (var label in PublishedLabels)
        {
            var found = from < text.Length ? text.IndexOf(label, from, StringComparison.OrdinalIgnoreCase) : -1;
            if (found > 0 && !char.IsLetter(text[found - 1]))
            {
                return DateReader.FindAll(text[found..], settings, ArticleSources.DomDate).FirstOrDefault();
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a date in page furniture stands in a list item that links another page ("Read also: <li><a>Queues at the
    /// border</a> <span class=date>13.06.2024</span></li>"): that item's date, however short its title.
    /// </summary>
    private static bool InLinkedListItem(IElement element, IElement? headline) =>
        element.Closest("li") is { } item && (headline is null || !item.Contains(headline))
        && item.QuerySelector("a[href]:not([href^='#'])") is not null;

    /// <summary>Whether an update phrase opens the text: "Updated: 3 May", "Aktualisiert am 3. Mai".</summary>
    internal static bool OpensWithUpdatePhrase(string text) =>
        UpdatedPrefixes.Any(u => text.StartsWith(u, StringComparison.OrdinalIgnoreCase) && (text.Length == u.Length || !char.IsLetter(text[u.Length])))
        || UpdatedLabels.Any(u => OpensWithLabel(text, u));

    /// <summary>Whether a word and its colon open the text ("Última actualización: 3 May" does not; "Aktualizacja: 3 maja" does).</summary>
    private static bool OpensWithLabel(string text, string label) =>
        text.StartsWith(label, StringComparison.OrdinalIgnoreCase) && text.AsSpan(label.Length).TrimStart(" \u00a0".AsSpan()).StartsWith(":", StringComparison.Ordinal);

    /// <summary>Whether text ends with an update phrase, perhaps followed by a preposition and punctuation: "last edited:", "Aktualisiert am".</summary>
    internal static bool EndsWithUpdatePhrase(ReadOnlySpan<char> before)
    {
        // "Última actualización:" just before the date: a label, with its colon.
        var label = before.TrimEnd(" \u00a0".AsSpan());
        if (label.EndsWith(":", StringComparison.Ordinal))
        {
            label = label[..^1].TrimEnd(" \u00a0".AsSpan());
            foreach (var noun in UpdatedLabels)
            {
                if (EndsWithWord(label, noun))
                {
                    return true;
                }
            }
        }

        before = before.TrimEnd(" \u00a0:,;|-–—(".AsSpan());
        foreach (var preposition in DatePrepositions)
        {
            if (EndsWithWord(before, preposition))
            {
                before = before[..^preposition.Length].TrimEnd(" \u00a0:,".AsSpan());
                break;
            }
        }

        foreach (var phrase in UpdatedPrefixes)
        {
            if (EndsWithWord(before, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> LastChars(string text) => text.AsSpan(Math.Max(0, text.Length - 40));

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetterOrDigit(text[^(word.Length + 1)]));

    private static void Keep(ref Found? current, Found candidate)
    {
        // A printed date placed about as well outranks a relative one ("3 hours ago" in its own element beside "12 March
        // 2025"), which holds only at the time the page was served; and the other way round.
        if (current is null
            || (candidate.Relative == current.Value.Relative ? candidate.Score > current.Value.Score
                : current.Value.Relative ? candidate.Score >= current.Value.Score - RelativeSlack : candidate.Score > current.Value.Score + RelativeSlack))
        {
            current = candidate;
        }
    }

    // How much better placed a relative date must be to outrank a printed one (a score point is 30 elements of distance).
    private const double RelativeSlack = 0.2;

    // How long the label before a date may be for it to be an event's ("When:", "Date of the event:").
    private const int EventLabelLength = 24;

    // The labels of an event's date or a deadline, ending with a colon: "When:", "Termin:", "Kick-off:", "Quand :".
    private static readonly string[] EventLabels =
    [
        "when", "event", "termin", "veranstaltung", "beginn", "kick-off", "kickoff", "anstoß", "anpfiff", "deadline", "frist", "quand",
        "cuándo", "cuando", "quando", "когда", "начало", "коли", "ne zaman", "zaman", "kiedy", "wann", "einsendeschluss", "anmeldeschluss",
    ];

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the text before a date is an event's or a deadline's label: one of <see cref="EventLabels"/> and a colon.</summary>
    private static bool IsEventLabel(ReadOnlySpan<char> label)
    {
        // "Kick-off: Saturday", "Anpfiff: Sonntag,": one word (a weekday) may stand between the colon and the date.
        var trimmed = label.TrimEnd().TrimEnd(',').TrimEnd();
        var colon = trimmed.LastIndexOf(':');
        var after = colon < 0 ? trimmed : trimmed[(colon + 1)..].Trim();
        if (colon < 0 || after.IndexOf(' ') >= 0 || !IsLetters(after))
        {
            return false;
        }

        trimmed = trimmed[..colon].TrimEnd();
        foreach (var word in EventLabels)
        {
            if (trimmed.EndsWith(word, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == word.Length || !char.IsLetter(trimmed[trimmed.Length - word.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // Labels that introduce the page's own date ("Veröffentlicht:", "Datum:", "Posted:", Korean "입력" posted, "등록" registered).
    private static readonly string[] PublicationLabels = ["publi", "veröffentlicht", "erstellt", "erschienen", "posted", "datum", "date", "fecha", "data", "stand", "입력", "등록"];

    /// <summary>How long a date element's text may be for its parent to be read when it holds no whole date ("Jan 04", "04.11.").</summary>
    private const int PartialDateText = 12;

    /// <param name="Date">The date.</param>
    /// <param name="Score">How strongly its place marks it as the article's.</param>
    /// <param name="Relative">Whether the page printed it relative to the reading time ("3 hours ago").</param>
    private readonly record struct Found(ArticleDate Date, double Score, bool Relative = false);
}
