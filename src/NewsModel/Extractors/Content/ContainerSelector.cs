namespace NewsModel.Extractors.Content;

/// <summary>
/// Picks the element that holds the article: the one whose subtree has the most article-like text once the
/// furniture inside it is charged against it. Charging furniture makes the choice stop at the tightest element
/// around the text, while a body split by an ad or an embed still comes out whole, because joining its halves
/// gains more text than the ad costs.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ContainerSelector
{
    /// <summary>How much each character of furniture costs against a character of article text.</summary>
    private const double FurniturePenalty = 1.0;

    /// <summary>A container holding less than this share of the page's article text may be too tight.</summary>
    private const double CoverageShare = 0.5;

    /// <summary>The furniture penalty when widening a tight container: link-rich prose (wikis, show notes) is still text.</summary>
    private const double WideningPenalty = 0.5;

    /// <summary>
    /// A container holding a small share of the page's article text is often one paragraph or list picked out
    /// of a body whose links (a wiki, show notes) or embedded widgets cost it too much. Its ancestors are
    /// reconsidered with a lighter penalty, and the best of them is taken.
    /// </summary>
    private static NodeStats Widen(DomStatistics statistics, NodeStats best)
    {
        var chosen = best;
        var chosenScore = best.Good - (WideningPenalty * best.Bad);
        for (var index = best.Parent; index >= 0; index = statistics.Nodes[index].Parent)
        {
            var node = statistics.Nodes[index];
            if (node.InBoilerplate || node.InTeaser)
            {
                break;
            }

            var score = node.Good - (WideningPenalty * node.Bad);
            if (score > chosenScore)
            {
                chosen = node;
                chosenScore = score;
            }
        }

        return chosen;
    }

    /// <summary>Less article text than this (non-space characters) is not an article.</summary>
    private const double MinimumText = 100;

    /// <summary>The container, or null when the page has no article (nothing long enough, or a list of teasers).</summary>
    public static NodeStats? Select(DomStatistics statistics)
    {
        NodeStats? best = null;
        var bestScore = double.MinValue;
        foreach (var node in statistics.Nodes)
        {
            if (node.InBoilerplate || node.InTeaser || node.Good <= 0)
            {
                continue;
            }

            var score = node.Good - (FurniturePenalty * node.Bad);
            if (node.NamesBody)
            {
                score += 0.1 * node.Good;
            }

            // Later elements in document order are deeper or later: on a tie the tighter element wins.
            if (score >= bestScore)
            {
                bestScore = score;
                best = node;
            }
        }

        if (best is not null && best.Good < CoverageShare * statistics.Nodes[0].Good)
        {
            best = Widen(statistics, best);
        }

        if (best is null || best.Good < MinimumText)
        {
            return null;
        }

        return best;
    }
}
