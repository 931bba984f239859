using NewsModel.Pipeline;

namespace NewsModel.Extractors.Dates;

/// <summary>
/// What the page prints about its date, independently of the markup: the printed date best placed by the headline.
/// The printed-date reader may prefer another printed date because markup declares its day; only the best-placed one
/// is independent evidence for <see cref="DateReconciliationExtractor"/>'s corroboration rule.
/// </summary>
/// <remarks>One per page, created through <see cref="ExtractionContext.GetShared{T}"/>; written once by the printed-date reader.</remarks>
internal sealed class PrintedDateEvidence
{
    /// <summary>The printed publication date best placed by the headline, whatever the markup declares; null when none was read (or the reader has not run).</summary>
    public ArticleDate? BestPlaced { get; private set; }

    /// <summary>The page's evidence holder.</summary>
    /// <param name="context">The extraction context.</param>
    /// <returns>The holder, created on first use.</returns>
    public static PrintedDateEvidence Of(ExtractionContext context) => context.GetShared(_ => new PrintedDateEvidence());

    /// <summary>Records the best-placed printed date; only the first call has an effect.</summary>
    /// <param name="date">The date.</param>
    public void Record(ArticleDate? date) => BestPlaced ??= date;
}
