using System.Text;
using AngleSharp.Dom;
using NewsModel.Internal;

namespace NewsModel.Extractors.Content;

/// <summary>
/// Gathers the readable text of inline content: white space collapsed, <c>&lt;br&gt;</c> kept as a line break,
/// scripts, hidden elements and named furniture (an ad inside a paragraph) left out. Counts link characters as it
/// goes so that callers can drop link-heavy blocks.
/// </summary>
/// <remarks>Not thread-safe; one collector per page, reused block after block.</remarks>
internal sealed class TextCollector
{
    private readonly StringBuilder _text = new(1024);
    private readonly Stack<(INode Node, bool InLink, bool Exit)> _stack = new();
    private readonly DomStatistics _statistics;
    private bool _pendingSpace;

    public TextCollector(DomStatistics statistics) => _statistics = statistics;

    /// <summary>Non-space characters gathered since the last <see cref="Take"/>.</summary>
    public int Characters { get; private set; }

    /// <summary>Non-space characters inside links gathered since the last <see cref="Take"/>.</summary>
    public int LinkCharacters { get; private set; }

    public bool IsEmpty => Characters == 0;

    /// <summary>True when the last thing added was a line break.</summary>
    public bool EndsWithLineBreak => _text.Length > 0 && _text[^1] == '\n';

    /// <summary>Adds a node and everything inside it.</summary>
    public void Add(INode node, bool inLink = false)
    {
        _stack.Push((node, inLink, false));
        while (_stack.Count > 0)
        {
            var (current, link, exit) = _stack.Pop();
            if (exit)
            {
                // Text after a block inside inline content starts a new line too.
                if (_text.Length > 0 && _text[^1] != '\n')
                {
                    LineBreak();
                }

                continue;
            }

            if (current.NodeType == NodeType.Text)
            {
                AppendText(((IText)current).Data, link);
                continue;
            }

            if (current is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            if (name == "br")
            {
                LineBreak();
                continue;
            }

            if (ElementRules.IsIgnored(name))
            {
                continue;
            }

            var stats = _statistics.Get(element);
            if (stats is not null && stats.Family != BoilerplateFamily.None && current != node)
            {
                continue;
            }

            if (ElementRules.IsBlock(name) && current != node && _text.Length > 0)
            {
                // Blocks inside inline content (a div in a span) still read as separate lines.
                LineBreak();
            }

            var childLink = link || (name == "a" && element.HasAttribute("href"));
            if (current != node && ElementRules.IsBlock(name))
            {
                _stack.Push((element, link, true));
            }

            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                _stack.Push((child, childLink, false));
            }
        }
    }

    public void AppendText(string data, bool inLink)
    {
        foreach (var c in data)
        {
            if (TextNormalizer.IsSpace(c))
            {
                _pendingSpace = _text.Length > 0 && _text[^1] != '\n';
                continue;
            }

            if (c is '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            if (_pendingSpace)
            {
                _text.Append(' ');
                _pendingSpace = false;
            }

            _text.Append(c);
            Characters++;
            if (inLink)
            {
                LinkCharacters++;
            }
        }
    }

    public void LineBreak()
    {
        _pendingSpace = false;
        if (_text.Length > 0 && _text[^1] == ' ')
        {
            _text.Length--;
        }

        _text.Append('\n');
    }

    /// <summary>The text gathered, trimmed, with blank lines removed; resets the collector.</summary>
    public string Take()
    {
        var result = Normalize(_text);
        _text.Clear();
        _pendingSpace = false;
        Characters = 0;
        LinkCharacters = 0;
        return result;
    }

    public void Clear()
    {
        _text.Clear();
        _pendingSpace = false;
        Characters = 0;
        LinkCharacters = 0;
    }

    private static string Normalize(StringBuilder text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && (text[start] == '\n' || text[start] == ' '))
        {
            start++;
        }

        while (end > start && (text[end - 1] == '\n' || text[end - 1] == ' '))
        {
            end--;
        }

        var result = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (result.Length > 0 && result[^1] == ' ')
                {
                    result.Length--;
                }

                if (result.Length > 0 && result[^1] == '\n')
                {
                    continue;
                }
            }
            else if (c == ' ' && result.Length > 0 && result[^1] == '\n')
            {
                continue;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
