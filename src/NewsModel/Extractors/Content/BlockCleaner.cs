using NewsModel.Blocks;

namespace NewsModel.Extractors.Content;

/// <summary>
/// The cleaning rules applied to built blocks: link-heavy blocks, labels and prompts ("Advertisement", "Read
/// more", "Share this"), bylines and datelines at either end of the body, and a repeat of the headline are dropped.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class BlockCleaner
{
    /// <summary>How many short lines dropped after the body's last kept block are handed on as its closing lines.</summary>
    private const int MaxClosingLines = 3;

    public static List<Block> Clean(List<BuiltBlock> built, IReadOnlyCollection<string> headlines) => Clean(built, headlines, out _);

    /// <summary>
    /// Cleans the blocks; <paramref name="droppedClosing"/> gets up to three short paragraphs dropped right after the last
    /// kept block when that is a paragraph (a closing "Von Jane Roe", "Quelle: dpa"), nearest the text first, up to the
    /// first heading, list, table, quote or figure.
    /// </summary>
    public static List<Block> Clean(List<BuiltBlock> built, IReadOnlyCollection<string> headlines, out List<string> droppedClosing)
    {
        var firstProse = -1;
        var lastProse = -1;
        for (var i = 0; i < built.Count; i++)
        {
            if (IsProse(built[i]))
            {
                firstProse = firstProse < 0 ? i : firstProse;
                lastProse = i;
            }
        }

        var keep = new bool[built.Count];
        for (var i = 0; i < built.Count; i++)
        {
            var entry = built[i];
            var block = entry.Block;
            if (block is FigureBlock or EmbedBlock)
            {
                keep[i] = true;
                continue;
            }

            var text = block.ToPlainText();
            var edge = i < firstProse || i > lastProse;
            keep[i] = !(IsLinkHeavy(entry) || BoilerplateText.IsBoilerplate(text) || IsStrayCredit(block, text)
                || BoilerplateText.IsDateline(text)
                || (edge && BoilerplateText.IsByline(text))
                || (block is HeadingBlock && i <= firstProse && IsHeadline(text, headlines)));
        }

        // A heading or a short lead-in ("More on this topic:") introduces what follows it; when what follows was
        // dropped as furniture, or nothing follows before the next heading, it goes too.
        for (var i = built.Count - 1; i >= 0; i--)
        {
            if (keep[i] && IsIntroduction(built[i]) && (i == built.Count - 1 || !keep[i + 1] || built[i + 1].Block is HeadingBlock) && i > firstProse)
            {
                keep[i] = false;
            }
        }

        var result = new List<Block>(built.Count);
        var lastKept = -1;
        for (var i = 0; i < built.Count; i++)
        {
            if (keep[i])
            {
                result.Add(built[i].Block);
                lastKept = i;
            }
        }

        // Only lines right after the last kept paragraph close the text: a heading, a list, a table or a figure after it
        // starts something else (a teaser block "More on this topic", a chart and its source), whose credits are not the article's.
        droppedClosing = [];
        for (var i = lastKept + 1; lastKept >= 0 && built[lastKept].Block is ParagraphBlock && i < built.Count && droppedClosing.Count < MaxClosingLines; i++)
        {
            // A label introducing what follows ("Mehr zum Thema:"), a teaser's linked headline (a line of four words or
            // more, mostly link text; "Quelle: <a>dpa</a>" is a credit) or a long paragraph the cleaner dropped ends the
            // text's close as well.
            if (built[i].Block is not ParagraphBlock paragraph || paragraph.Text.Length > BoilerplateText.MaxLength
                || paragraph.Text.TrimEnd().EndsWith(':')
                || (built[i].LinkDensity > 0.5 && paragraph.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4))
            {
                break;
            }

            droppedClosing.Add(paragraph.Text);
        }

        return result;
    }

    private static bool IsIntroduction(BuiltBlock block) =>
        block.Block is HeadingBlock || (block.Block is ParagraphBlock paragraph && paragraph.Text.Length <= 80 && paragraph.Text.EndsWith(':'));

    /// <summary>A short paragraph that is only an image credit ("Photo: Agency", "AFP / Jane Doe").</summary>
    private static bool IsStrayCredit(Block block, string text)
    {
        if (block is not ParagraphBlock || text.Length > 100)
        {
            return false;
        }

        var (caption, credit) = CaptionSplitter.Split(text);
        return credit is not null && (caption is null || caption.Length < 3);
    }

    private static bool IsProse(BuiltBlock block) =>
        block.Block is ParagraphBlock or QuoteBlock or ListBlock && block.Characters >= DomStatistics.ProseLength && block.LinkDensity < 0.5;

    private static bool IsLinkHeavy(BuiltBlock block)
    {
        if (block.Characters == 0)
        {
            return false;
        }

        // A short line that is mostly a link ("Related: Another story") is a teaser; prose may link a phrase or two.
        return block.LinkDensity > 0.5 || (block.Characters < 100 && block.LinkDensity > 0.3 && block.Block is ParagraphBlock);
    }

    private static bool IsHeadline(string text, IReadOnlyCollection<string> headlines)
    {
        foreach (var headline in headlines)
        {
            if (string.Equals(text, headline, StringComparison.OrdinalIgnoreCase)
                || (text.Length >= 15 && headline.StartsWith(text, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
