using AngleSharp.Dom;
using NewsModel.Extractors.Dates;
using NewsModel.Internal;
using NewsModel.Pipeline;
using NodaTime;

namespace NewsModel.Extractors.Time;

/// <summary>
/// Reads the machine-readable dates of <c>&lt;time datetime&gt;</c> elements (and hAtom <c>&lt;abbr title&gt;</c>
/// dates): one marked <c>pubdate</c> or with a "published" or "entry-date" class is the publication date, one with
/// an "updated" or "modified" class the modification date; failing those, the first such element outside
/// navigation, sidebars, footers and comments is taken as the publication date. Runs after the headline is known: an
/// element in another story's block (<see cref="ArticleHeader.InAnotherStory"/>: a card or list of them, a related or
/// most-read block, a list item or card of its own, a lone teaser) is not read, whatever its class says. One without a class hint whose text an
/// update phrase opens ("Updated: …") is the modification date where it stands in the article's header's reach
/// (<see cref="ArticleHeader.Holds"/>), and never the publication date.
/// </summary>
/// <remarks>
/// The element's printed text tells what its machine value leaves out. A zoneless <c>datetime</c> whose text prints
/// the same minute an offset zones have later or earlier is written in UTC, and the text shows the local clock:
/// "2023-03-14 17:40" printed "1:40 p.m." is 17:40 UTC, 13:40 at −04:00 (a time printed without am/pm at an hour a
/// 12-hour clock shows counts only when its other reading shows no offset; a zone name that does not hold at that moment
/// shows nothing). A UTC <c>datetime</c> whose text prints the local time of the same minute gets that local offset.
/// Either way the page's clock is recorded in <see cref="PageClock"/>, where the date reconciliation applies it. Stateless
/// and thread-safe. Uses the page index; the DOM is not walked again, and only the elements taken have their text read.
/// </remarks>
public sealed class TimeElementExtractor : IArticleExtractor
{
    private const int MaxPrintedText = 120;

    /// <summary>How much of an unmarked element's text is read to find an update phrase opening it.</summary>
    private const int LeadingText = 24;

    /// <inheritdoc />
    public string Name => "time";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        IElement? published = null, modified = null, first = null;
        List<IElement>? updates = null;
        var header = ArticleHeader.Of(context);
        foreach (var time in context.Index.Times)
        {
            var value = Value(time);
            if (string.IsNullOrWhiteSpace(value) || PageRegions.IsInComments(time))
            {
                continue;
            }

            // A <time> in another story's block (a card or list of them, a related or most-read block, a list item or
            // card of its own, a lone teaser) dates that story, whatever its class says ("published" on every card of a
            // "Most read" list). An aside, a footer or a sidebar may be the article's own meta column or entry footer:
            // those are judged for unmarked times only, as before.
            if (header.InAnotherStory(time))
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
            else if (OpensWithUpdatePhrase(time) || VisibleDateExtractor.FollowsUpdatePhrase(time))
            {
                // "Updated: Mar. 14, 2023 1:40 p.m.", "Aktualizacja: <time>": the modification date, where it stands in the
                // article's header (not in a live blog's entry or a teaser); never the publication date.
                if (header.Holds(time))
                {
                    (updates ??= []).Add(time);
                }
            }
            else if (first is null && !PageRegions.IsBoilerplate(time))
            {
                first = time;
            }
        }

        published ??= first;
        if (published is null && modified is null && updates is null)
        {
            return;
        }

        var language = context.TryGetBest(ArticleFields.Language, out var best) ? best : context.Index.HtmlLang;
        var settings = DateTextSettings.FromLanguageTag(language, null, context.Options.Clock?.GetCurrentInstant(), context.PageUrl);
        var clock = PageClock.Of(context);
        if (Read(published, settings, clock) is { } publishedDate)
        {
            context.Propose(ArticleFields.Published, publishedDate, ArticleSources.TimeElement);
        }

        if (Read(modified, settings, clock) is { } modifiedDate)
        {
            context.Propose(ArticleFields.Modified, modifiedDate, ArticleSources.TimeElement);
        }
        else if (modified is null && Latest(updates, settings, clock) is { } updateDate)
        {
            context.Propose(ArticleFields.Modified, updateDate, ArticleSources.TimeElement);
        }
    }

    /// <summary>
    /// The latest of the update lines' dates: a live blog's entries, each "Updated 9.05am", "Updated 11.20am", are listed
    /// oldest or newest first; the page was last updated by the latest. By instant where both give one, else by clock.
    /// </summary>
    private static ArticleDate? Latest(List<IElement>? updates, DateTextSettings settings, PageClock clock)
    {
        ArticleDate? latest = null;
        foreach (var update in updates ?? [])
        {
            if (Read(update, settings, clock) is not { } date)
            {
                continue;
            }

            var later = latest is null
                || (date.Instant is { } instant && latest.Instant is { } other ? instant > other : (date.LocalDateTime ?? date.Date.AtMidnight()) > (latest.LocalDateTime ?? latest.Date.AtMidnight()));
            latest = later ? date : latest;
        }

        return latest;
    }

    private static string? Value(IElement time) => time.LocalName == "abbr" ? time.GetAttribute("title") : time.GetAttribute("datetime");

    /// <summary>Whether an update phrase opens the element's text; reads only its first characters, in place.</summary>
    private static bool OpensWithUpdatePhrase(IElement time)
    {
        Span<char> buffer = stackalloc char[LeadingText];
        var length = 0;
        var node = time.FirstChild;
        while (node is not null && length < LeadingText)
        {
            if (node is IText { Data: var data })
            {
                foreach (var c in data)
                {
                    var space = char.IsWhiteSpace(c);
                    if (length == LeadingText || (space && (length == 0 || buffer[length - 1] == ' ')))
                    {
                        continue;
                    }

                    buffer[length++] = space ? ' ' : c;
                }
            }
            else if (node.FirstChild is { } child)
            {
                node = child;
                continue;
            }

            // The next node in document order, within the element.
            while (node is not null && !ReferenceEquals(node, time) && node.NextSibling is null)
            {
                node = node.Parent;
            }

            node = node is null || ReferenceEquals(node, time) ? null : node.NextSibling;
        }

        return length > 0 && VisibleDateExtractor.OpensWithUpdatePhrase(new string(buffer[..length]));
    }

    /// <summary>The element's machine value, with the offset its printed text shows when the two state the same minute.</summary>
    private static ArticleDate? Read(IElement? time, DateTextSettings settings, PageClock clock)
    {
        if (time is null || DateReader.Parse(Value(time), settings, ArticleSources.TimeElement, declared: true) is not { } machine)
        {
            return null;
        }

        if (machine.LocalDateTime is not { } local || (machine.Instant is { } && machine.OffsetDateTime!.Value.Offset != Offset.Zero)
            || ElementText.ShortOrNull(time, MaxPrintedText) is not { Length: > 0 } text
            || DateReader.FindAll(text, TimeThenDateText.InOneRun(time) ? settings with { BareTimeFirst = true } : settings, ArticleSources.TimeElement)
                .FirstOrDefault(d => d.LocalDateTime is not null) is not { } printed)
        {
            return machine;
        }

        var printedLocal = printed.LocalDateTime!.Value;
        Instant instant;
        Offset offset;
        DateTimeZone? zone = null;
        PageClock.Match match;
        var utcShown = false;
        if (printed.OffsetDateTime is { } zoned)
        {
            // A zone name that does not hold at that moment ("10:24 pm EST" in July) is a mislabel: it shows nothing.
            if (!DateVocabulary.NamedZoneHolds(printed))
            {
                return machine;
            }

            // "9:24 pm EST" for "02:24 UTC", or for a zoneless "02:24" that is UTC, or for a zoneless "21:24" in that zone.
            zone = DateVocabulary.NamedZone(printed.Text) ?? (printed.ZoneId is { } zoneId ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) : null);
            if ((match = PageClock.Agreement(zoned.ToInstant().InUtc().LocalDateTime, local)) != PageClock.Match.None)
            {
                instant = local.InUtc().ToInstant();
                utcShown = machine.Instant is null;
            }
            else if (machine.Instant is null && (match = PageClock.Agreement(printedLocal, local)) != PageClock.Match.None)
            {
                instant = local.WithOffset(zoned.Offset).ToInstant();
            }
            else
            {
                return machine;
            }

            offset = zoned.Offset;
        }
        else if (PageClock.PrintedShift(local, printed) is { } shift)
        {
            // The machine value is UTC (stated or not), the text the local clock.
            instant = local.InUtc().ToInstant();
            offset = shift;
            match = PageClock.SecondsAgreement(local, printedLocal);
            utcShown = machine.Instant is null;
        }
        else
        {
            return machine;
        }

        if (utcShown)
        {
            clock.RecordUtcTime(time, match == PageClock.Match.Firm && PageClock.HasSeconds(local) && PageClock.HasSeconds(printedLocal));
        }

        clock.Record(instant, offset, time, zone);
        return ArticleDate.FromOffsetDateTime(instant.WithOffset(offset), ArticleSources.TimeElement, machine.Text);
    }
}
