using NewsModel.Pipeline;

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
        Reconcile(context, ArticleFields.Published);
        Reconcile(context, ArticleFields.Modified);
    }

    /// <summary>Whether <paramref name="other"/> states the moment <paramref name="winner"/> states, with more information.</summary>
    internal static bool Refines(ArticleDate winner, ArticleDate other) => winner.Precision switch
    {
        // A UTC rendering of an instant carries no local offset; the publisher's offset does.
        DatePrecision.OffsetDateTime => other.Precision == DatePrecision.OffsetDateTime && other.Instant == winner.Instant
            && winner.OffsetDateTime!.Value.Offset == NodaTime.Offset.Zero && other.OffsetDateTime!.Value.Offset != NodaTime.Offset.Zero,
        DatePrecision.LocalDateTime => other.Precision == DatePrecision.OffsetDateTime && other.LocalDateTime == winner.LocalDateTime,
        _ => other.Precision != DatePrecision.Date && other.Date == winner.Date,
    };

    private static void Reconcile(ExtractionContext context, ArticleField<ArticleDate> field)
    {
        var candidates = context.GetCandidates(field);
        if (candidates.Count < 2)
        {
            return;
        }

        var winner = candidates[0].Value;
        if (field == ArticleFields.Published && Corroborated(candidates, PrintedDateEvidence.Of(context).BestPlaced) is { } corroborated)
        {
            // The richest statement of the corroborated moment, as for any winner.
            var richest = corroborated;
            foreach (var candidate in candidates)
            {
                if (Refines(corroborated.Value, candidate.Value))
                {
                    richest = candidate;
                    break;
                }
            }

            context.Propose(field, richest.Value, richest.Source, FieldPrecedence.Confirmed);
            return;
        }

        foreach (var candidate in candidates.Skip(1))
        {
            if (Refines(winner, candidate.Value))
            {
                context.Propose(field, candidate.Value, candidate.Source, FieldPrecedence.Confirmed);
                return;
            }
        }

        foreach (var candidate in candidates.Skip(1))
        {
            if (IsLocalDayOf(winner, candidate.Value) && candidate.Source is ArticleSources.DomDate or ArticleSources.DomModified or ArticleSources.UrlPath)
            {
                context.Propose(field, candidate.Value, candidate.Source, FieldPrecedence.Confirmed);
                return;
            }
        }
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
    internal static bool IsLocalDayOf(ArticleDate winner, ArticleDate printed)
    {
        if (winner.Precision != DatePrecision.OffsetDateTime || winner.OffsetDateTime!.Value.Offset != NodaTime.Offset.Zero
            || printed.Instant is not null || printed.Date == winner.Date)
        {
            return false;
        }

        // Only an instant a few hours from midnight UTC: farther from it, a different printed day is another date
        // (an event, an update), not the same moment seen from the site's zone.
        var utc = winner.OffsetDateTime.Value.LocalDateTime;
        return printed.Date == utc.PlusHours(MidnightSlackHours).Date || printed.Date == utc.PlusHours(-MidnightSlackHours).Date;
    }
}
