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
    private static readonly string[] UpdatedPrefixes =
    [
        "updated", "last updated", "modified", "last modified", "last edited", "aktualisiert", "zuletzt aktualisiert", "zuletzt geändert",
        "letzte änderung", "geändert", "mis à jour", "mise à jour", "modifié", "actualizado", "aggiornato", "atualizado", "zaktualizowano",
        "обновлено", "güncellenme", "güncelleme", "تحديث", "به‌روزرسانی",
    ];

    // The little words between an update phrase and its date: "updated on", "aktualisiert am", "mis à jour le".
    private static readonly string[] DatePrepositions = ["on", "at", "am", "um", "le", "el", "il", "em", "den"];

    /// <inheritdoc />
    public string Name => "visible-date";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var layout = PageLayout.Of(context);
        // The site's zone, when a publisher profile knows it, turns a printed wall-clock time into an instant.
        var zone = context.Publisher?.TimeZone is { } zoneId ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) : null;
        var settings = DateTextSettings.FromLanguageTag(
            context.TryGetBest(ArticleFields.Language, out var language) ? language : context.Publisher?.Language,
            zone,
            context.Options.Clock?.GetCurrentInstant());

        Found? published = null, modified = null;

        // A printed date that states a day the markup declares is the article's, whatever else the page prints
        // (today's date in the masthead, an event date): the best-placed such date wins over a better-placed other one.
        var declared = context.GetCandidates(ArticleFields.Published).Select(c => c.Value.Date).ToHashSet();
        Found? confirmed = null;

        // A date named as one just below the headline, in a column the theme marks as an aside or a sidebar (the
        // article's meta column), when nothing else on the page gives a date.
        Found? beside = null;
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
        for (var i = 0; i < layout.Before.Count && i < BeforeLimit; i++)
        {
            Consider(layout.Before[i], layout.HeadlineOrder - i - 1 - BeforePenalty, ElementHint.None);
        }

        // A page where neither the markup nor the headline's surroundings give a date (a page whose headline no heading
        // prints, or whose only h1 is a menu's): the first element of the body, outside furniture, that prints only a date.
        if (confirmed is null && published is null && beside is null && context.GetCandidates(ArticleFields.Published).Count == 0)
        {
            beside = FirstDateOnlyElement(context.Document.Body, layout.Headline, settings) is { } lone ? new Found(lone, 0) : null;
        }

        if ((confirmed ?? published ?? beside) is { } p)
        {
            context.Propose(ArticleFields.Published, p.Date, ArticleSources.DomDate);
        }

        if (modified is { } m)
        {
            context.Propose(ArticleFields.Modified, m.Date, ArticleSources.DomModified);
        }

        void Consider(IElement element, int order, ElementHint hint)
        {
            if (element.LocalName is "script" or "style" or "h1" or "title")
            {
                return;
            }

            // A dateline opens a paragraph: "29.11.2022 – The industry had warned ...", "Press release of 25 January 2022 | Berlin – ...".
            var dateline = false;
            var text = ElementText.ShortOrNull(element, MaxDateText);
            if (text is null && element.LocalName == "p" && hint == ElementHint.None && ElementText.ShortOrNull(element, 20_000) is { } paragraph)
            {
                text = paragraph[..Math.Min(paragraph.Length, DatelineLength)];
                dateline = true;
            }

            if (text is not { Length: > 0 })
            {
                return;
            }

            var dates = DateReader.FindAll(text, settings, ArticleSources.DomDate).ToList();

            // "<span class=date>Jan 04</span> <span>09:34</span> <span>2021</span>": a date element printing part of the
            // date, its parent the rest.
            if (dates.Count == 0 && (hint & ElementHint.Date) != 0 && text.Length <= PartialDateText && text.Any(char.IsAsciiDigit)
                && element.ParentElement is { } parent && ElementText.ShortOrNull(parent, MaxDateText) is { } whole && whole.Length > text.Length)
            {
                text = whole;
                dates = DateReader.FindAll(text, settings, ArticleSources.DomDate).ToList();
            }

            var at = dates.Count == 0 ? -1 : text.IndexOf(dates[0].Text ?? string.Empty, StringComparison.Ordinal);

            // The furniture test walks the ancestors: only for text that holds a date.
            if (dates.Count == 0 || (dateline && at is < 0 or > DatelineLead))
            {
                return;
            }

            // An update phrase opens the text, or stands just before its first date ("page revision 4, last edited: 3 May"),
            // in the text or just before the element ("last edited: <span class="date">3 May</span>").
            var updated = (hint & ElementHint.Modified) != 0 || IsUpdate(element, text, at);
            if (updated)
            {
                dates = dates.ConvertAll(d => d.WithSource(ArticleSources.DomModified, d.Text));
            }

            if (PageRegions.IsBoilerplate(element, layout.Headline))
            {
                var distance = layout.DistanceFromHeadline(order);
                if (!updated && (hint & ElementHint.Date) != 0 && order > layout.HeadlineOrder && distance <= BesideLimit)
                {
                    Keep(ref beside, new Found(dates[0], -distance));
                }

                return;
            }

            // "Published 3 May, updated 5 May": the first is the publication, a later one the update.
            var score = ((hint & ElementHint.Date) != 0 ? 2 : 0) + ((hint & ElementHint.Byline) != 0 ? 1 : 0) + (dates[0].Precision == DatePrecision.Date ? 0 : 0.5)
                - Math.Min(3, layout.DistanceFromHeadline(order) / 30.0);
            if (updated)
            {
                Keep(ref modified, new Found(dates[0], score));
            }
            else
            {
                Keep(ref published, new Found(dates[0], score));
                if (declared.Contains(dates[0].Date))
                {
                    Keep(ref confirmed, new Found(dates[0], score));
                }

                if (dates.Count > 1 && dates[^1].Date >= dates[0].Date)
                {
                    Keep(ref modified, new Found(dates[^1].WithSource(ArticleSources.DomModified, dates[^1].Text), score - 0.5));
                }
            }
        }
    }

    /// <summary>
    /// The first element in document order whose text is a date and little else ("01.02.2022", "Apr 7, 2009",
    /// "Mittwoch, 2. Februar 2022"), outside furniture, and near the headline element when there is one. Dates that
    /// describe something else are passed over: a table's cells (a timetable, a price list, a record), a date range,
    /// a teaser's date beside a heading that links to another page, a date an update phrase opens. The walk stops
    /// after <see cref="LoneDateWalkLimit"/> elements.
    /// </summary>
    private static ArticleDate? FirstDateOnlyElement(IElement? body, IElement? headline, DateTextSettings settings)
    {
        if (body is null)
        {
            return null;
        }

        // Dates met before the headline wait until its position is known.
        var pending = new List<(ArticleDate Date, int Position)>();
        var headlinePosition = -1;
        var stack = new Stack<IElement>();
        stack.Push(body);
        for (var seen = 0; stack.Count > 0 && seen < LoneDateWalkLimit && (headlinePosition < 0 || seen <= headlinePosition + LoneDateReach); seen++)
        {
            var element = stack.Pop();
            if (ReferenceEquals(element, headline))
            {
                headlinePosition = seen;
                foreach (var (date, position) in pending)
                {
                    if (seen - position <= LoneDateReach)
                    {
                        return date;
                    }
                }
            }

            if (element.LocalName is "script" or "style" or "template" or "noscript" or "nav" or "footer" or "aside" or "select" or "h1")
            {
                continue;
            }

            if (IsLoneDate(element, settings) is { } lone && !PageRegions.IsBoilerplate(element, headline))
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
            || element.ParentElement?.LocalName is "td" or "th"
            || ElementText.ShortOrNull(element, LoneDateText) is not { Length: > 0 } text || !text.Any(char.IsDigit))
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
        if (rest.Any(char.IsDigit) || IsUpdate(element, text, at) || IsTeaserDate(element))
        {
            return null;
        }

        return dates[0];
    }

    /// <summary>Whether a date sits in a teaser: a block (up to three levels up) whose heading links to another page.</summary>
    private static bool IsTeaserDate(IElement element)
    {
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

    /// <summary>Whether an update phrase opens the element's text, or stands just before the date found at <paramref name="at"/>, in the text or just before the element.</summary>
    private static bool IsUpdate(IElement element, string text, int at) =>
        UpdatedPrefixes.Any(u => text.StartsWith(u, StringComparison.OrdinalIgnoreCase))
        || (at > 0 && EndsWithUpdatePhrase(text.AsSpan(0, at)))
        || (at == 0 && element.PreviousSibling is { } label && EndsWithUpdatePhrase(LastChars(label.TextContent)));

    /// <summary>Whether text ends with an update phrase, perhaps followed by a preposition and punctuation: "last edited:", "Aktualisiert am".</summary>
    internal static bool EndsWithUpdatePhrase(ReadOnlySpan<char> before)
    {
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
        if (current is null || candidate.Score > current.Value.Score)
        {
            current = candidate;
        }
    }

    /// <summary>How long a date element's text may be for its parent to be read when it holds no whole date ("Jan 04", "04.11.").</summary>
    private const int PartialDateText = 12;

    private readonly record struct Found(ArticleDate Date, double Score);
}
