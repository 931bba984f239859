using NewsModel.Blocks;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Content;

/// <summary>
/// Finds the article's main text and proposes it as typed body blocks (<see cref="ArticleFields.Body"/>), the
/// first figure of the body as a lead image of lowest precedence (<see cref="ArticleFields.LeadImage"/>), and the
/// next page of an article split across pages (<see cref="ArticleFields.NextPage"/>).
/// </summary>
/// <remarks>
/// <para>
/// One walk of the DOM measures every element (text, link text, punctuation, own inline text, names); each
/// paragraph is judged article text or furniture, both are summed up the tree, and the element with the most text
/// net of furniture is the container. Inside it, named furniture (share bars, related links, newsletter boxes,
/// cookie notices, comments, ads, bylines) is skipped, and labels, prompts, bylines and datelines are dropped.
/// </para>
/// <para>
/// A page with no article (a home page, a list of teasers) gets an empty body and an
/// <see cref="DiagnosticSeverity.Info"/> diagnostic with the code <see cref="NotFoundCode"/>, never its navigation as text.
/// </para>
/// Stateless and thread-safe.
/// </remarks>
public sealed class ContentExtractor : IArticleExtractor
{
    /// <summary>The diagnostic code reported when the page holds no article text.</summary>
    public const string NotFoundCode = "content.not-found";

    /// <inheritdoc />
    public string Name => "content";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var root = context.Document.Body ?? context.Document.DocumentElement;
        if (root is null)
        {
            NotFound(context);
            return;
        }

        var statistics = DomStatistics.Build(root, context.Options.MaxDepth, context.CancellationToken);
        var container = ContainerSelector.Select(statistics);
        if (container is null)
        {
            NotFound(context);
            return;
        }

        var built = new BlockBuilder(context, statistics).Build(container.Element);
        var body = BlockCleaner.Clean(built, Headlines(context), out var droppedClosing);
        if (!HasText(body))
        {
            NotFound(context);
            return;
        }

        ClosingLines.Of(context).Set(droppedClosing);

        context.Propose(ArticleFields.Body, body, ArticleSources.MainContent);
        foreach (var block in body)
        {
            if (block is FigureBlock figure)
            {
                context.Propose(ArticleFields.LeadImage, figure.Image, ArticleSources.BodyFigure);
                break;
            }
        }

        if (NextPageFinder.Find(context, container.Element) is { } next)
        {
            context.Propose(ArticleFields.NextPage, next.Url, next.Source);
        }
    }

    private static void NotFound(ExtractionContext context) =>
        context.Report(DiagnosticSeverity.Info, NotFoundCode, "The page holds no article text (a home page, a list of links or an empty page).");

    private static bool HasText(List<Block> body)
    {
        foreach (var block in body)
        {
            if (block is not FigureBlock and not EmbedBlock && block.ToPlainText().Length > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The headlines proposed so far, and the page's first h1, to keep a repeat of the headline out of the body.</summary>
    private static List<string> Headlines(ExtractionContext context)
    {
        var headlines = new List<string>();
        foreach (var candidate in context.GetCandidates(ArticleFields.Headline))
        {
            headlines.Add(candidate.Value);
        }

        foreach (var h1 in context.Index.H1s)
        {
            if (TextNormalizer.CollapseOrNull(h1.TextContent) is { } text)
            {
                headlines.Add(text);
            }
        }

        return headlines;
    }
}
