using NewsModel.Pipeline;

namespace NewsModel.Extractors.Dates;

/// <summary>
/// Settles the publication and modification dates once every reader has proposed its own: when a less trusted
/// source states the same moment as the winner with more information, its value is taken instead. The same
/// instant with the publisher's own offset beats a UTC rendering of it; the same wall-clock time with an offset
/// beats one without; the same day with a time beats the day alone. The day and the instant never change.
/// </summary>
/// <remarks>Stateless and thread-safe. Runs after the markup readers.</remarks>
public sealed class DateReconciliationExtractor : IArticleExtractor
{
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
        foreach (var candidate in candidates.Skip(1))
        {
            if (Refines(winner, candidate.Value))
            {
                context.Propose(field, candidate.Value, candidate.Source, FieldPrecedence.Confirmed);
                return;
            }
        }
    }
}
