using NewsModel.Pipeline;
using NodaTime;

namespace NewsModel.Extractors.Dates;

/// <summary>
/// Reads a publication date from the article's address (/2024/11/14/, /20241114/, /2024-11-14-slug, /14-11-2024,
/// /25_giugno_17/; in the
/// Solar Hijri or Hijri calendar where the year says so, /1402/12/24/): weak evidence, below every date the page states,
/// but often the only one on pages without markup.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class UrlDateExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public string Name => "url-date";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = context.TryGetBest(ArticleFields.CanonicalUrl, out var canonical) ? canonical : context.PageUrl;
        var language = context.TryGetBest(ArticleFields.Language, out var tag) ? tag : context.Publisher?.Language;
        if (url is not { IsAbsoluteUri: true } || FromPath(url.AbsolutePath, DateTextSettings.FromLanguageTag(language, page: url).DayFirst) is not { } date)
        {
            return;
        }

        var result = ArticleDate.FromDate(date, ArticleSources.UrlPath, url.AbsolutePath);
        if (DateReader.IsPlausible(result, context.Options.Clock?.GetCurrentInstant(), DateReader.MinimumPrintedYear))
        {
            context.Propose(ArticleFields.Published, result, ArticleSources.UrlPath, FieldPrecedence.Weak);
        }
    }

    /// <summary>The date a path spells, or null. Needs a year, a month and a day: /2024/11/ alone is not a publication date.</summary>
    /// <param name="path">The address's path.</param>
    /// <param name="dayFirst">Whether a day-month-year segment such as /05-03-2021 puts the day first when either order fits (the page's language decides).</param>
    internal static LocalDate? FromPath(string path, bool dayFirst = true)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];

            // /2024/11/14/
            if (IsDigits(segment, 4) && i + 2 < segments.Length && IsDigits(segments[i + 1], 1, 2) && IsDigits(LeadingDigits(segments[i + 2]), 1, 2))
            {
                return Make(segment, segments[i + 1], LeadingDigits(segments[i + 2]));
            }

            // /20241114/ or /20241114-slug
            var lead = LeadingDigits(segment);
            if (lead.Length == 8 && (lead.Length == segment.Length || segment[8] is '-' or '_' or '.'))
            {
                // Eight digits may as well be an id: only a Gregorian year counts.
                return Make(lead[..4], lead[4..6], lead[6..], otherCalendars: false);
            }

            // /2024-11-14-slug or /2024_11_14/
            if (segment.Length >= 10 && IsDigits(segment[..4], 4) && segment[4] is '-' or '_' && IsDigits(segment[5..7], 2)
                && segment[7] == segment[4] && IsDigits(segment[8..10], 2) && (segment.Length == 10 || !char.IsDigit(segment[10])))
            {
                return Make(segment[..4], segment[5..7], segment[8..10]);
            }

            // /09/07/2024/: day and month folders, then the year's (the page's language orders the two, as for /09-07-2024).
            if (IsDigits(segment, 2) && i + 2 < segments.Length && IsDigits(segments[i + 1], 2) && IsDigits(segments[i + 2], 4))
            {
                int first = int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture), second = int.Parse(segments[i + 1], System.Globalization.CultureInfo.InvariantCulture);
                var firstIsDay = first > 12 || (second <= 12 && dayFirst);
                return firstIsDay ? Make(segments[i + 2], segments[i + 1], segment) : Make(segments[i + 2], segment, segments[i + 1]);
            }

            // /25_giugno_17/: a two-digit year, a month's full name and the day, as the Corriere della Sera's group of
            // papers file their stories.
            if (segment.Length >= 10 && IsDigits(segment[..2], 2) && segment[2] == '_' && segment.LastIndexOf('_') is var last && last > 6
                && IsDigits(segment[(last + 1)..], 1, 2) && segment[3..last] is { Length: >= 4 } monthName && monthName.All(char.IsAsciiLetterLower)
                && DateVocabulary.Month(monthName, language: null) is { Calendar: DateVocabulary.MonthCalendar.Gregorian } named)
            {
                return Make("20" + segment[..2], named.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), segment[(last + 1)..], otherCalendars: false);
            }

            // /29-10-2021 or /29.10.2021-slug: the year last, as pages in most languages write it.
            if (segment.Length >= 10 && IsDigits(segment[..2], 2) && segment[2] is '-' or '_' or '.' && IsDigits(segment[3..5], 2)
                && segment[5] == segment[2] && IsDigits(segment[6..10], 4) && (segment.Length == 10 || !char.IsDigit(segment[10])))
            {
                // A dotted date is day first wherever it is written, as DateTextParser reads it in text.
                var (first, second) = (segment[..2], segment[3..5]);
                var firstIsDay = segment[2] == '.' || int.Parse(first, System.Globalization.CultureInfo.InvariantCulture) > 12
                    || (int.Parse(second, System.Globalization.CultureInfo.InvariantCulture) <= 12 && dayFirst);
                return firstIsDay ? Make(segment[6..10], second, first) : Make(segment[6..10], first, second);
            }
        }

        return null;
    }

    private static LocalDate? Make(string year, string month, string day, bool otherCalendars = true)
    {
        int y = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture),
            m = int.Parse(month, System.Globalization.CultureInfo.InvariantCulture),
            d = int.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        // /1402/12/24/: Iranian and Afghan sites date their addresses in the Solar Hijri calendar (years 1374 to 1410 are
        // 1995 to 2031), Saudi ones in the Hijri (Umm al-Qura: 1415 to 1455); the ranges do not meet.
        var calendar = !otherCalendars ? CalendarSystem.Iso : y switch
        {
            >= SolarHijriFirstYear and <= SolarHijriLastYear => CalendarSystem.PersianAstronomical,
            >= HijriFirstYear and <= HijriLastYear => CalendarSystem.UmAlQura,
            _ => CalendarSystem.Iso,
        };
        if ((calendar == CalendarSystem.Iso && (y < DateReader.MinimumPrintedYear || y > 2200)) || m is < 1 or > 12 || d < 1 || d > calendar.GetDaysInMonth(y, m))
        {
            return null;
        }

        return new LocalDate(y, m, d, calendar).WithCalendar(CalendarSystem.Iso);
    }

    // The Solar Hijri and Hijri years of the Gregorian 1995 to about 2031.
    private const int SolarHijriFirstYear = 1374, SolarHijriLastYear = 1410, HijriFirstYear = 1415, HijriLastYear = 1455;

    private static string LeadingDigits(string segment)
    {
        var n = 0;
        while (n < segment.Length && char.IsAsciiDigit(segment[n]))
        {
            n++;
        }

        return segment[..n];
    }

    private static bool IsDigits(string text, int min, int max = -1) =>
        text.Length >= min && text.Length <= (max < 0 ? min : max) && text.All(char.IsAsciiDigit);
}
