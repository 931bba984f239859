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
            var at = dates.Count == 0 ? -1 : text.IndexOf(dates[0].Text ?? string.Empty, StringComparison.Ordinal);

            // The furniture test walks the ancestors: only for text that holds a date.
            if (dates.Count == 0 || (dateline && at is < 0 or > DatelineLead))
            {
                return;
            }

            // An update phrase opens the text, or stands just before its first date ("page revision 4, last edited: 3 May"),
            // in the text or just before the element ("last edited: <span class="date">3 May</span>").
            var updated = (hint & ElementHint.Modified) != 0 || UpdatedPrefixes.Any(u => text.StartsWith(u, StringComparison.OrdinalIgnoreCase))
                || (at > 0 && EndsWithUpdatePhrase(text.AsSpan(0, at)))
                || (at == 0 && element.PreviousSibling is { } label && EndsWithUpdatePhrase(LastChars(label.TextContent)));
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

    private readonly record struct Found(ArticleDate Date, double Score);
}
