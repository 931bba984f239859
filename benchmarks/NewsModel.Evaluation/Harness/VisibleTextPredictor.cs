using System.Diagnostics;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Harness;

/// <summary>
/// A reference baseline, not an extractor: the page's title and all visible text of its body, roughly what
/// html-text gives. It exists to prove the harness scores on the published scale (html-text 0.7.0 scores F1 0.665
/// on scrapinghub).
/// </summary>
/// <remarks>
/// Like the benchmark's html-text runner, the page is read as UTF-8 and the <c>&lt;title&gt;</c> is kept (html-text
/// keeps it too). Text under script, style, noscript and template elements is dropped; every text node is kept,
/// separated from its neighbours by a space, and block elements start new lines, so that text in adjacent inline
/// elements never glues into one token.
/// </remarks>
public sealed class VisibleTextPredictor : IPagePredictor
{
    /// <summary>The name used on the command line and in reports.</summary>
    public const string PredictorName = "visible-text";

    private static readonly HashSet<string> Hidden = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "table", "td", "th", "tr", "ul",
    };

    /// <inheritdoc />
    public string Name => PredictorName;

    /// <inheritdoc />
    public TimedPrediction Predict(LabelledPage page, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(bytes);
        var stopwatch = Stopwatch.StartNew();
        var html = Encoding.UTF8.GetString(PageBytes.Decompress(bytes));
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var title = TextNormalization.CollapseWhitespace(document.Head?.QuerySelector("title")?.TextContent);
        var body = Extract(document.Body ?? document.DocumentElement);
        var text = title.Length == 0 ? body : title + "\n" + body;
        stopwatch.Stop();
        return new TimedPrediction(Prediction.Empty with { Body = text }, stopwatch.Elapsed);
    }

    /// <summary>The visible text under a node: lines for blocks, single spaces inside a line.</summary>
    /// <param name="root">The node, usually the body.</param>
    /// <returns>The text.</returns>
    public static string Extract(INode? root)
    {
        if (root is null)
        {
            return string.Empty;
        }

        var raw = new StringBuilder();

        // Explicit stack of (node, closing) pairs: a closing entry marks the end of a block element.
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (closing)
            {
                raw.Append('\n');
                continue;
            }

            switch (node)
            {
                case IText textNode:
                    raw.Append(' ').Append(textNode.Data).Append(' ');
                    break;
                case IElement element when Hidden.Contains(element.LocalName):
                    break;
                case IElement element:
                    var block = Blocks.Contains(element.LocalName);
                    if (block)
                    {
                        raw.Append('\n');
                        stack.Push((element, true));
                    }

                    for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push((child, false));
                    }

                    break;
                default:
                    break;
            }
        }

        var lines = raw.ToString().Split('\n')
            .Select(TextNormalization.CollapseWhitespace)
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }
}
