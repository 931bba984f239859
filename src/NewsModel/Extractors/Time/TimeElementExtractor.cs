using AngleSharp.Dom;
using NewsModel.Extractors.Dates;
using NewsModel.Internal;
using NewsModel.Pipeline;
using NodaTime;

namespace NewsModel.Extractors.Time;

/// <summary>
/// Reads the machine-readable dates of <c>&lt;time datetime&gt;</c> elements (and hAtom <c>&lt;abbr title&gt;</c>
/// dates): one marked <c>pubdate</c> or with a "published" or "entry-date" class is the publication date, one with
/// an "updated" or "modified" class, or whose text an update phrase opens, the modification date; failing those, the
/// first such element outside navigation, sidebars, footers and comments is taken as the publication date.
/// </summary>
/// <remarks>
/// The element's printed text tells what its machine value leaves out. A zoneless <c>datetime</c> whose text prints
/// the same minute a whole or half number of hours later or earlier is written in UTC, and the text shows the local
/// clock: "2023-03-14 17:40" printed "1:40 p.m." is 17:40 UTC, 13:40 at −04:00. A UTC <c>datetime</c> whose text
/// prints the local time of the same minute gets that local offset. Either way the page's clock is recorded in
/// <see cref="PageClock"/>. Stateless and thread-safe. Uses the page index; the DOM is not walked again.
/// </remarks>
public sealed class TimeElementExtractor : IArticleExtractor
{
    private const int MaxPrintedText = 120;

    /// <inheritdoc />
    public string Name => "time";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IElement? published = null, modified = null, first = null;
        foreach (var time in context.Index.Times)
        {
            var value = Value(time);
            if (string.IsNullOrWhiteSpace(value) || PageRegions.IsInComments(time))
            {
                continue;
            }

            var hints = (time.GetAttribute("class") + " " + time.ParentElement?.GetAttribute("class")).ToLowerInvariant();
            if (time.HasAttribute("pubdate") || hints.Contains("publish", StringComparison.Ordinal) || hints.Contains("entry-date", StringComparison.Ordinal))
            {
                published ??= time;
            }
            else if (hints.Contains("updated", StringComparison.Ordinal) || hints.Contains("modified", StringComparison.Ordinal))
            {
                modified ??= time;
            }
            else if ((first is null || modified is null) && !PageRegions.IsBoilerplate(time))
            {
                // An unmarked element whose text an update phrase opens ("Updated: Mar. 14, 2023 1:40 p.m.") is the modification date.
                if (ElementText.ShortOrNull(time, MaxPrintedText) is { } text && VisibleDateExtractor.OpensWithUpdatePhrase(text))
                {
                    modified ??= time;
                }
                else
                {
                    first ??= time;
                }
            }
        }

        published ??= first;
        if (published is null && modified is null)
        {
            return;
        }

        var language = context.TryGetBest(ArticleFields.Language, out var best) ? best : context.Index.HtmlLang;
        var settings = DateTextSettings.FromLanguageTag(language, null, context.Options.Clock?.GetCurrentInstant());
        var clock = PageClock.Of(context);
        var publishedDate = Read(published, settings, clock);
        var modifiedDate = Read(modified, settings, clock);

        // One element shows the page writes zoneless values in UTC: so does the other.
        if (clock.ZonelessTimesAreUtc)
        {
            publishedDate = AsUtc(publishedDate);
            modifiedDate = AsUtc(modifiedDate);
        }

        if (publishedDate is not null)
        {
            context.Propose(ArticleFields.Published, publishedDate, ArticleSources.TimeElement);
        }

        if (modifiedDate is not null)
        {
            context.Propose(ArticleFields.Modified, modifiedDate, ArticleSources.TimeElement);
        }
    }

    private static string? Value(IElement time) => time.LocalName == "abbr" ? time.GetAttribute("title") : time.GetAttribute("datetime");

    /// <summary>The element's machine value, with the offset its printed text shows when the two state the same minute.</summary>
    private static ArticleDate? Read(IElement? time, DateTextSettings settings, PageClock clock)
    {
        if (time is null || DateReader.Parse(Value(time), settings, ArticleSources.TimeElement, declared: true) is not { } machine)
        {
            return null;
        }

        if (machine.LocalDateTime is not { } local || (machine.Instant is { } && machine.OffsetDateTime!.Value.Offset != Offset.Zero)
            || ElementText.ShortOrNull(time, MaxPrintedText) is not { Length: > 0 } text
            || DateReader.FindAll(text, settings, ArticleSources.TimeElement).FirstOrDefault(d => d.LocalDateTime is not null) is not { } printed)
        {
            return machine;
        }

        var printedLocal = printed.LocalDateTime!.Value;
        Instant instant;
        Offset offset;
        if (printed.OffsetDateTime is { } zoned)
        {
            // "9:24 pm EST" for "02:24 UTC", or for a zoneless "02:24" that is UTC, or for a zoneless "21:24" in that zone.
            if (PageClock.SameMinute(zoned.ToInstant().InUtc().LocalDateTime, local))
            {
                instant = local.InUtc().ToInstant();
                if (machine.Instant is null)
                {
                    clock.ZonelessTimesAreUtc = true;
                }
            }
            else if (machine.Instant is null && PageClock.SameMinute(printedLocal, local))
            {
                instant = local.WithOffset(zoned.Offset).ToInstant();
            }
            else
            {
                return machine;
            }

            offset = zoned.Offset;
        }
        else if (PageClock.ShiftBetween(local, printedLocal) is { } shift)
        {
            // The machine value is UTC (stated or not), the text the local clock.
            instant = local.InUtc().ToInstant();
            offset = shift;
            if (machine.Instant is null)
            {
                clock.ZonelessTimesAreUtc = true;
            }
        }
        else
        {
            return machine;
        }

        clock.Record(instant, offset);
        return ArticleDate.FromOffsetDateTime(instant.WithOffset(offset), ArticleSources.TimeElement, machine.Text);
    }

    private static ArticleDate? AsUtc(ArticleDate? date) =>
        date is { Precision: DatePrecision.LocalDateTime } local
            ? ArticleDate.FromOffsetDateTime(local.LocalDateTime!.Value.WithOffset(Offset.Zero), ArticleSources.TimeElement, local.Text)
            : date;
}
