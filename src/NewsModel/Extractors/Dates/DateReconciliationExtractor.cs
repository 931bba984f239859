using NewsModel.Internal;
using NewsModel.Pipeline;
using NodaTime;

namespace NewsModel.Extractors.Dates;

/// <summary>
/// Settles the publication and modification dates once every reader has proposed its own: when a less trusted
/// source states the same moment as the winner with more information, its value is taken instead. The same
/// instant with the publisher's own offset beats a UTC rendering of it; the same wall-clock time with an offset
/// beats one without; the same day with a time beats the day alone. The instant never changes; the day changes only
/// where the markup gives a UTC instant and the page prints the publisher's own day for it.
/// </summary>
/// <remarks>Stateless and thread-safe. Runs after the markup readers.</remarks>
public sealed class DateReconciliationExtractor : IArticleExtractor
{
    private const int MidnightSlackHours = 4;

    /// <inheritdoc />
    public string Name => "date-reconciliation";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var clock = PageClock.Of(context);

        Reconcile(context, ArticleFields.Published, clock, null);
        Reconcile(context, ArticleFields.Modified, clock, context.TryGetBest(ArticleFields.Published, out var published) ? published : null);
    }

    /// <summary>Whether <paramref name="other"/> states the moment <paramref name="winner"/> states, with more information.</summary>
    internal static bool Refines(ArticleDate winner, ArticleDate other) => winner.Precision switch
    {
        // A UTC rendering of an instant carries no local offset; the publisher's offset does.
        DatePrecision.OffsetDateTime => other.Precision == DatePrecision.OffsetDateTime && other.Instant == winner.Instant
            && winner.OffsetDateTime!.Value.Offset == Offset.Zero && other.OffsetDateTime!.Value.Offset != Offset.Zero,
        DatePrecision.LocalDateTime => other.Precision == DatePrecision.OffsetDateTime && other.LocalDateTime == winner.LocalDateTime,
        _ => other.Precision != DatePrecision.Date && other.Date == winner.Date,
    };

    private static void Reconcile(ExtractionContext context, ArticleField<ArticleDate> field, PageClock clock, ArticleDate? published)
    {
        var proposed = context.GetCandidates(field);
        if (proposed.Count == 0)
        {
            return;
        }

        var candidates = Corrected(proposed, clock);

        LearnUtcFamilies(candidates, clock);
        var first = candidates[0];
        var chosen = first;
        var replaced = false;
        if (field == ArticleFields.Published && candidates.Count > 1
            && (Corroborated(candidates, PrintedDateEvidence.Of(context).BestPlaced)
                ?? Overwritten(candidates, context.GetCandidates(ArticleFields.Modified), PrintedDateEvidence.Of(context).BestPlaced)) is { } corroborated)
        {
            chosen = corroborated;
        }
        else if (Agreed(candidates, clock) is { } agreed)
        {
            chosen = agreed;
        }

        // A modification before the publication: a later candidate where one is certainly after it; else the date is kept
        // (a post scheduled for later and last edited before it went live).
        if (published is not null && Before(chosen.Value, published))
        {
            FieldCandidate<ArticleDate>? later = candidates.Where(c => Before(published, c.Value)).Select(c => (FieldCandidate<ArticleDate>?)c).FirstOrDefault();
            context.Report(
                DiagnosticSeverity.Info,
                ModifiedBeforePublishedCode,
                $"The modification date {chosen.Value.ToIsoString()} ({chosen.Source}) is before the publication date {published.ToIsoString()}; "
                + (later is null ? "it is kept: no candidate is after the publication." : $"{later.Value.Value.ToIsoString()} ({later.Value.Source}) is given instead."));
            if (later is not null)
            {
                chosen = later.Value;
                replaced = true;
            }
        }

        // The richest statement of the chosen moment.
        foreach (var candidate in candidates)
        {
            if (Refines(chosen.Value, candidate.Value))
            {
                chosen = candidate;
                break;
            }
        }

        var value = InZone(chosen, candidates, clock);
        if (value.Precision == DatePrecision.OffsetDateTime && value.OffsetDateTime!.Value.Offset == Offset.Zero
            && LocalOffset(value, candidates, clock) is { } offset)
        {
            // The page prints the local clock of this UTC instant: the publisher's offset, and so its day.
            value = ArticleDate.FromOffsetDateTime(value.Instant!.Value.WithOffset(offset), value.Source, value.Text);
        }
        else
        {
            foreach (var candidate in candidates)
            {
                if (candidate.Source is ArticleSources.DomDate or ArticleSources.DomModified or ArticleSources.UrlPath && IsLocalDayOf(value, candidate.Value, candidates))
                {
                    value = candidate.Value;
                    chosen = candidate;
                    break;
                }
            }
        }

        // The article's own settled date shows the page's clock at that moment (a <time> element's reading was recorded
        // by its reader, with the element).
        if (value.Precision == DatePrecision.OffsetDateTime && chosen.Source != ArticleSources.TimeElement)
        {
            // The zone a profile or a printed zone name gives, where it keeps this offset at that moment.
            var (instant, settled) = (value.Instant!.Value, value.OffsetDateTime!.Value.Offset);
            var zone = value.ZoneId is { } zoneId ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) : DateVocabulary.NamedZone(value.Text);
            clock.Record(instant, settled, null, zone is not null && zone.GetUtcOffset(instant) == settled ? zone : null);
        }

        if (replaced || !chosen.Equals(first) || !value.HasSameValue(proposed[0].Value))
        {
            context.Propose(field, value, chosen.Source, FieldPrecedence.Confirmed);
        }
    }

    /// <summary>
    /// Remembers the families whose zoneless value reads the same clock as another source's UTC rendering of the same
    /// moment (to the second where both give seconds): on this page they write UTC, for their other dates too.
    /// </summary>
    private static void LearnUtcFamilies(IReadOnlyList<FieldCandidate<ArticleDate>> candidates, PageClock clock)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.Value.Precision != DatePrecision.LocalDateTime || candidate.Source is ArticleSources.UrlPath or ArticleSources.DomDate or ArticleSources.DomModified)
            {
                continue;
            }

            var local = candidate.Value.LocalDateTime!.Value;
            if (local.TimeOfDay.Second != 0 && candidates.Any(c => c.Value.Instant is { } instant && instant.InUtc().LocalDateTime.TimeOfDay.Second != 0
                && PageClock.SameMinute(instant.InUtc().LocalDateTime, local)))
            {
                clock.UtcFamilies.Add(PageClock.Family(candidate.Source));
            }
        }
    }

    /// <summary>
    /// Candidates of families whose offset slip the page showed (see <see cref="Agreed"/>), corrected by it, as UTC
    /// instants; zoneless <c>&lt;time&gt;</c> values as UTC where the page showed it writes them so (<see cref="PageClock.ZonelessTimesAreUtc"/>).
    /// </summary>
    private static IReadOnlyList<FieldCandidate<ArticleDate>> Corrected(IReadOnlyList<FieldCandidate<ArticleDate>> candidates, PageClock clock)
    {
        var utcTimes = clock.ZonelessTimesAreUtc;
        if (clock.Slips.Count == 0 && !utcTimes)
        {
            return candidates;
        }

        return candidates.Select(c => c.Value.Instant is { } instant && clock.Slips.TryGetValue(PageClock.Family(c.Source), out var slip)
            ? c with { Value = ArticleDate.FromOffsetDateTime((instant + slip).WithOffset(Offset.Zero), c.Value.Source, c.Value.Text) }
            : utcTimes && c.Source == ArticleSources.TimeElement ? c with { Value = PageClock.AsUtc(c.Value) }
            : c).ToArray();
    }

    /// <summary>The diagnostic reported when a modification date is before the publication date (replaced by a later candidate, or kept).</summary>
    internal const string ModifiedBeforePublishedCode = "date.modified-before-published";

    /// <summary>
    /// A zoneless winner placed by what the page shows: another source giving the same clock reading with an offset
    /// lends it that offset; another source whose UTC clock reads the same shows the winner is UTC (and lends its own
    /// offset); a source of the family already shown to write UTC on this page is UTC. A reading that agrees only to the
    /// minute where one side gives seconds counts only beside another such reading of another family (see <see cref="Supported"/>).
    /// </summary>
    private static ArticleDate InZone(FieldCandidate<ArticleDate> chosen, IReadOnlyList<FieldCandidate<ArticleDate>> candidates, PageClock clock)
    {
        var value = chosen.Value;
        if (value.Precision != DatePrecision.LocalDateTime)
        {
            return value;
        }

        var local = value.LocalDateTime!.Value;
        var offsets = candidates.Where(c => c.Value.Precision == DatePrecision.OffsetDateTime && c.Source != ArticleSources.UrlPath).ToList();
        if (Supported(offsets.Select(c => (c.Value.OffsetDateTime!.Value.Offset, PageClock.Family(c.Source), PageClock.Agreement(c.Value.LocalDateTime!.Value, local)))) is { } same)
        {
            if (same == Offset.Zero)
            {
                clock.UtcFamilies.Add(PageClock.Family(chosen.Source));
            }

            return ArticleDate.FromOffsetDateTime(local.WithOffset(same), value.Source, value.Text);
        }

        if (Supported(offsets.Select(c => (c.Value.OffsetDateTime!.Value.Offset, PageClock.Family(c.Source), PageClock.Agreement(c.Value.Instant!.Value.InUtc().LocalDateTime, local)))) is { } lent)
        {
            clock.UtcFamilies.Add(PageClock.Family(chosen.Source));
            return ArticleDate.FromOffsetDateTime(local.InUtc().ToInstant().WithOffset(lent), value.Source, value.Text);
        }

        return clock.UtcFamilies.Contains(PageClock.Family(chosen.Source)) ? PageClock.AsUtc(value) : value;
    }

    /// <summary>
    /// The conclusion the readings support: the first that agrees firmly (<see cref="PageClock.Match.Firm"/>), or one that
    /// two weak readings of different families share; null otherwise.
    /// </summary>
    private static Offset? Supported(IEnumerable<(Offset Conclusion, string Family, PageClock.Match Match)> readings)
    {
        List<(Offset Conclusion, string Family)>? weak = null;
        foreach (var (conclusion, family, match) in readings)
        {
            if (match == PageClock.Match.Firm)
            {
                return conclusion;
            }

            if (match == PageClock.Match.Weak)
            {
                if (weak is not null && weak.Exists(w => w.Conclusion == conclusion && !string.Equals(w.Family, family, StringComparison.Ordinal)))
                {
                    return conclusion;
                }

                (weak ??= []).Add((conclusion, family));
            }
        }

        return null;
    }

    /// <summary>
    /// The local offset of a UTC instant, as the page shows it: another source printing the same minute as a local
    /// clock reading an offset away ("11:42 PM" for 07:42 UTC; see <see cref="PageClock.ShiftBetween"/> and, for printed
    /// times, <see cref="PageClock.PrintedShift"/>), another source stating the same minute with a local offset (a zone
    /// name that holds at that moment), or the offset of the page's printed clock within a day of it where it may be
    /// carried (<see cref="PageClock.OffsetNear"/>). A clock reading an offset away that agrees only to the minute where
    /// one side gives seconds may agree by chance (any hour shift is allowed): it counts only beside another such reading
    /// of another family. An instant stated with its offset agrees hour and all. Null when nothing shows it.
    /// </summary>
    internal static Offset? LocalOffset(ArticleDate value, IReadOnlyList<FieldCandidate<ArticleDate>> candidates, PageClock clock)
    {
        var utc = value.LocalDateTime!.Value;
        var readings = new List<(Offset, string, PageClock.Match)>();
        foreach (var candidate in candidates)
        {
            var other = candidate.Value;
            if (candidate.Source == ArticleSources.UrlPath || other.Precision == DatePrecision.Date)
            {
                continue;
            }

            var family = PageClock.Family(candidate.Source);
            if (other.Precision == DatePrecision.LocalDateTime && !clock.UtcFamilies.Contains(family)
                && (candidate.Source is ArticleSources.DomDate or ArticleSources.DomModified ? PageClock.PrintedShift(utc, other) : PageClock.ShiftBetween(utc, other.LocalDateTime!.Value)) is { } shift)
            {
                readings.Add((shift, family, PageClock.SecondsAgreement(utc, other.LocalDateTime!.Value)));
            }
            else if (other.Precision == DatePrecision.OffsetDateTime && other.OffsetDateTime!.Value.Offset != Offset.Zero && DateVocabulary.NamedZoneHolds(other)
                && PageClock.SameMinute(other.Instant!.Value.InUtc().LocalDateTime, utc))
            {
                // The same instant to the minute, hour and all: no chance agreement, whatever the seconds.
                readings.Add((other.OffsetDateTime.Value.Offset, family, PageClock.Match.Firm));
            }
        }

        return Supported(readings) ?? clock.OffsetNear(value.Instant!.Value);
    }

    /// <summary>
    /// Where sources state instants an offset apart with the same minute and seconds (a clock reading
    /// stamped with the wrong offset), the instant most of them agree on: each family of sources counts once, and a
    /// zoneless printed or declared clock reading counts for the instant it shows in an offset the page states. A tie
    /// is broken only for a printed time with a named zone against UTC renderings: those are converted by software,
    /// where the slip happens. The families that stated the losing instant are remembered with their slip, which corrects their other dates. Null when
    /// nothing disagrees, or when precedence stands.
    /// </summary>
    internal static FieldCandidate<ArticleDate>? Agreed(IReadOnlyList<FieldCandidate<ArticleDate>> candidates, PageClock clock)
    {
        var winner = candidates[0];
        if (winner.Value.Instant is not { } winnerInstant)
        {
            return null;
        }

        var timed = candidates.Where(c => c.Value.Instant is not null && c.Source != ArticleSources.UrlPath).ToList();
        var rivals = timed.Select(c => (Candidate: c, Match: Slipped(winner.Value, c.Value))).Where(r => r.Match != PageClock.Match.None).ToList();

        // A slip shown only to the minute where one side gives seconds may be chance: it needs a second family showing it.
        if (!rivals.Exists(r => r.Match == PageClock.Match.Firm) && rivals.Select(r => PageClock.Family(r.Candidate.Source)).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return null;
        }

        // The readings: the winner's instant and each slipped one, by minute.
        var groups = new List<List<FieldCandidate<ArticleDate>>>();
        foreach (var candidate in timed)
        {
            if (candidate.Value.Instant is not { } instant || !(SameInstantMinute(instant, winnerInstant) || Slipped(winner.Value, candidate.Value) != PageClock.Match.None))
            {
                continue;
            }

            var group = groups.Find(g => SameInstantMinute(g[0].Value.Instant!.Value, instant));
            if (group is null)
            {
                groups.Add([candidate]);
            }
            else
            {
                group.Add(candidate);
            }
        }

        var offsets = timed.Select(c => c.Value.OffsetDateTime!.Value.Offset).Distinct().ToList();
        var zoneless = candidates.Where(c => c.Value.Precision == DatePrecision.LocalDateTime && c.Source != ArticleSources.UrlPath).ToList();
        var scores = groups.ConvertAll(g =>
        {
            var families = g.Select(c => PageClock.Family(c.Source)).ToHashSet(StringComparer.Ordinal);
            var instant = g[0].Value.Instant!.Value;
            foreach (var reading in zoneless)
            {
                var local = reading.Value.LocalDateTime!.Value;
                if (offsets.Any(o => PageClock.SameMinute(instant.WithOffset(o).LocalDateTime, local))
                    && !(reading.Source is ArticleSources.DomDate or ArticleSources.DomModified && OtherReadingFits(reading.Value, instant, offsets)))
                {
                    families.Add(PageClock.Family(reading.Source));
                }
            }

            return families.Count;
        });

        var best = scores.Max();
        var leaders = Enumerable.Range(0, groups.Count).Where(i => scores[i] == best).ToList();
        if (leaders.Count > 1)
        {
            // A printed time with a named zone (not one a profile's zone placed, nor one the zone does not keep at that
            // moment: "EST" in July) against readings that are all UTC renderings.
            leaders = leaders.Where(i => groups[i].Any(c => c.Source is ArticleSources.DomDate or ArticleSources.DomModified
                && c.Value.OffsetDateTime!.Value.Offset != Offset.Zero && c.Value.ZoneId is null && DateVocabulary.NamedZoneHolds(c.Value))).ToList();
            if (leaders.Count != 1 || Enumerable.Range(0, groups.Count).Any(i => i != leaders[0] && scores[i] == best
                && groups[i].Any(c => c.Value.OffsetDateTime!.Value.Offset != Offset.Zero)))
            {
                return null;
            }
        }

        var chosen = groups[leaders[0]];
        var agreed = chosen[0].Value.Instant!.Value;
        foreach (var group in groups.Where(g => !ReferenceEquals(g, chosen)))
        {
            foreach (var candidate in group)
            {
                var slip = agreed - candidate.Value.Instant!.Value;
                clock.Slips.TryAdd(PageClock.Family(candidate.Source), slip);

                // "04:31:13-06:00" for 04:31:13 UTC: the UTC clock stamped with the site's own offset, which so shows it.
                var stamped = candidate.Value.OffsetDateTime!.Value.Offset;
                if (stamped != Offset.Zero && slip == Duration.FromSeconds(stamped.Seconds))
                {
                    clock.Record(agreed, stamped, null, null);
                }
            }
        }

        return chosen[0].Equals(winner) ? null : chosen[0];
    }

    /// <summary>
    /// How two instants apart by an offset zones have (see <see cref="PageClock.ShiftBetween"/>) agree in their seconds;
    /// <see cref="PageClock.Match.None"/> when they are not so apart.
    /// </summary>
    private static PageClock.Match Slipped(ArticleDate a, ArticleDate b)
    {
        var utcA = a.Instant!.Value.InUtc().LocalDateTime;
        var utcB = b.Instant!.Value.InUtc().LocalDateTime;
        return (PageClock.ShiftBetween(utcA, utcB) ?? PageClock.ShiftBetween(utcB, utcA)) is null ? PageClock.Match.None : PageClock.SecondsAgreement(utcA, utcB);
    }

    /// <summary>Whether a printed time without am/pm could also be read twelve hours away and still show <paramref name="instant"/> in one of the offsets.</summary>
    private static bool OtherReadingFits(ArticleDate printed, Instant instant, IReadOnlyList<Offset> offsets)
    {
        var local = printed.LocalDateTime!.Value;
        if (local.Hour is < 1 or > 12 || DateVocabulary.HasMeridiem(printed.Text))
        {
            return false;
        }

        var other = local.PlusHours(local.Hour == 12 ? -12 : 12);
        return offsets.Any(o => PageClock.SameMinute(instant.WithOffset(o).LocalDateTime, other));
    }

    private static bool SameInstantMinute(Instant a, Instant b) => PageClock.SameMinute(a.InUtc().LocalDateTime, b.InUtc().LocalDateTime);

    /// <summary>
    /// Where the markup's publication date is also its modification date (a system that rewrites both on every change)
    /// while the date printed by the headline is earlier and a source independent of the printed element (markup, not the
    /// element's own <c>datetime</c> nor another printed or <c>&lt;time&gt;</c> date) states that earlier moment to the
    /// minute, the printed date is the publication: the markup's is the last change. The same day is not enough: an
    /// event's date and time printed under the headline share the day with many things.
    /// </summary>
    internal static FieldCandidate<ArticleDate>? Overwritten(
        IReadOnlyList<FieldCandidate<ArticleDate>> candidates, IReadOnlyList<FieldCandidate<ArticleDate>> modified, ArticleDate? printed)
    {
        var winner = candidates[0];
        if (printed?.LocalDateTime is null || modified.Count == 0 || !IsDeclaration(winner.Source) || winner.Source == ArticleSources.PublisherProfile
            || winner.Value.Precision == DatePrecision.Date || !modified[0].Value.HasSameValue(winner.Value) || !Before(printed, winner.Value))
        {
            return null;
        }

        var statement = candidates.Where(c => c.Source == ArticleSources.DomDate && c.Value.HasSameValue(printed)).Select(c => (FieldCandidate<ArticleDate>?)c).FirstOrDefault();
        return statement is not null && candidates.Any(c => c.Source is not (ArticleSources.DomDate or ArticleSources.DomModified or ArticleSources.TimeElement or ArticleSources.UrlPath)
                && SameMinuteStated(c.Value, printed) && !SameMinuteStated(c.Value, winner.Value))
            ? statement
            : null;
    }

    /// <summary>Whether two dates state the same minute: the same instant where both give one, else the same clock reading.</summary>
    private static bool SameMinuteStated(ArticleDate a, ArticleDate b) =>
        a.Instant is { } x && b.Instant is { } y ? SameInstantMinute(x, y)
        : a.LocalDateTime is { } la && b.LocalDateTime is { } lb && PageClock.SameMinute(la, lb);

    /// <summary>
    /// Whether <paramref name="a"/> is certainly before <paramref name="b"/>, by more than a minute (one save may stamp
    /// both a split second apart): by instant when both give one; where one gives an instant and the other a zoneless
    /// clock reading or a day, against every instant that reading or day may be in any zone (fourteen hours either way);
    /// by clock reading when neither gives an offset (the page's own clock); by day otherwise.
    /// </summary>
    internal static bool Before(ArticleDate a, ArticleDate b)
    {
        if (a.Instant is { } x && b.Instant is { } y)
        {
            return x + Duration.FromMinutes(1) < y;
        }

        if (a.Instant is not null || b.Instant is not null)
        {
            return Span(a).Latest.PlusMinutes(1) < Span(b).Earliest;
        }

        if (a.LocalDateTime is { } la && b.LocalDateTime is { } lb)
        {
            return la.PlusMinutes(1) < lb;
        }

        return a.Date < b.Date;
    }

    /// <summary>The UTC clock readings a date may stand for: its instant's, or those of its clock reading or day in any zone.</summary>
    private static (LocalDateTime Earliest, LocalDateTime Latest) Span(ArticleDate date)
    {
        if (date.Instant is { } instant)
        {
            var utc = instant.InUtc().LocalDateTime;
            return (utc, utc);
        }

        var (start, end) = date.LocalDateTime is { } local ? (local, local) : (date.Date.AtMidnight(), date.Date.PlusDays(1).AtMidnight());
        return (start.PlusMinutes(-PageClock.MaxOffsetMinutes), end.PlusMinutes(PageClock.MaxOffsetMinutes));
    }

    /// <summary>
    /// Where the winning markup date is stated by no other source and another date declared in markup for the same
    /// event is also printed on the page, the declared and printed day is the article's: two independent statements
    /// outweigh one. A publisher profile is never overruled; weak tags (a bare <c>meta name="date"</c>, Dublin Core),
    /// the address and a <c>&lt;time&gt;</c> element (whose printed text is the same statement) do not count as declarations, and a printed date alone never overrules markup.
    /// </summary>
    /// <remarks>
    /// The printed date counts only when it is the one best placed by the headline (<paramref name="printed"/>), not one
    /// the printed-date reader preferred because markup declares its day: that preference must not vouch for itself.
    /// </remarks>
    internal static FieldCandidate<ArticleDate>? Corroborated(IReadOnlyList<FieldCandidate<ArticleDate>> candidates, ArticleDate? printed)
    {
        if (printed is null)
        {
            return null;
        }

        var winner = candidates[0];
        if (!IsDeclaration(winner.Source) || winner.Source == ArticleSources.PublisherProfile
            || candidates.Skip(1).Any(c => SameMoment(winner.Value, c.Value)))
        {
            return null;
        }

        foreach (var candidate in candidates.Skip(1))
        {
            if (IsDeclaration(candidate.Source) && SameMoment(candidate.Value, printed))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool IsDeclaration(string source) =>
        source is not (ArticleSources.DomDate or ArticleSources.DomModified or ArticleSources.UrlPath or ArticleSources.MetaDate
            or ArticleSources.MetaModified or ArticleSources.DublinCore or ArticleSources.TimeElement);

    /// <summary>Whether two dates state the same day or the same instant.</summary>
    private static bool SameMoment(ArticleDate a, ArticleDate b) =>
        a.Date == b.Date || (a.Instant is { } instant && instant == b.Instant) || IsLocalDayOf(a, b) || IsLocalDayOf(b, a);

    /// <summary>
    /// Whether <paramref name="printed"/> is the publisher's own calendar day for the UTC instant <paramref name="winner"/>
    /// states, when the two days differ: "2021-11-04T23:00:00Z" in the markup is 5 November where the page prints
    /// "5 November", when the instant lies within a few hours of midnight. The printed day is what readers see; no
    /// offset is guessed for the instant.
    /// </summary>
    internal static bool IsLocalDayOf(ArticleDate winner, ArticleDate printed) => IsLocalDayOf(winner, printed, MidnightSlackHours);

    /// <summary>
    /// <see cref="IsLocalDayOf(ArticleDate, ArticleDate)"/>, farther from midnight (up to the widest offset a zone has)
    /// when two sources state the printed day without a time: the printed date and a <c>&lt;time&gt;</c> element or the
    /// address; one printed day alone is believed only near midnight.
    /// </summary>
    internal static bool IsLocalDayOf(ArticleDate winner, ArticleDate printed, IReadOnlyList<FieldCandidate<ArticleDate>> candidates)
    {
        if (IsLocalDayOf(winner, printed, MidnightSlackHours))
        {
            return true;
        }

        var days = candidates.Count(c => c.Value.Precision == DatePrecision.Date && c.Value.Date == printed.Date
            && c.Source is ArticleSources.DomDate or ArticleSources.DomModified or ArticleSources.UrlPath or ArticleSources.TimeElement);
        return days >= 2 && IsLocalDayOf(winner, printed, PageClock.MaxOffsetMinutes / 60);
    }

    private static bool IsLocalDayOf(ArticleDate winner, ArticleDate printed, int slackHours)
    {
        if (winner.Precision != DatePrecision.OffsetDateTime || winner.OffsetDateTime!.Value.Offset != Offset.Zero
            || printed.Instant is not null || printed.Date == winner.Date)
        {
            return false;
        }

        // Only an instant a few hours from midnight UTC: farther from it, a different printed day is another date
        // (an event, an update), not the same moment seen from the site's zone.
        var utc = winner.OffsetDateTime.Value.LocalDateTime;
        return printed.Date == utc.PlusHours(slackHours).Date || printed.Date == utc.PlusHours(-slackHours).Date;
    }
}
