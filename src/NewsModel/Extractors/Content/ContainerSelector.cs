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

    /// <summary>Less article text than this (non-space characters) is not an article.</summary>
    private const double MinimumText = 150;

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

        if (best is null || best.Good < MinimumText)
        {
            return null;
        }

        return best;
    }
}
