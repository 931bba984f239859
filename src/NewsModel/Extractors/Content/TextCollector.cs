using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using NewsModel.Blocks;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Content;

/// <summary>
/// Gathers the readable text of inline content: white space collapsed, <c>&lt;br&gt;</c> kept as a line break,
/// scripts, hidden elements and named furniture (an ad inside a paragraph) left out. Counts link characters as it
/// goes so that callers can drop link-heavy blocks. In the same walk it notes the formatting elements (emphasis,
/// strong emphasis, links, code) and the range of text each covers, from which <see cref="TakeBlock"/> builds the
/// block's inlines.
/// </summary>
/// <remarks>Not thread-safe; one collector per page, reused block after block.</remarks>
internal sealed class TextCollector
{
    private readonly StringBuilder _text = new(1024);
    private readonly Stack<Frame> _stack = new();
    private readonly List<InlineSpan> _spans = [];
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
        _stack.Push(new Frame(node, inLink, FrameKind.Enter, 0));
        while (_stack.Count > 0)
        {
            var (current, link, kind, span) = _stack.Pop();
            if (kind == FrameKind.ExitSpan)
            {
                _spans[span] = _spans[span] with { End = _text.Length };
                continue;
            }

            if (kind == FrameKind.ExitBlock)
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
                _stack.Push(new Frame(element, link, FrameKind.ExitBlock, 0));
            }
            else if (InlineSpan.KindOf(element, name) is var inline && inline != InlineKind.None)
            {
                _stack.Push(new Frame(element, link, FrameKind.ExitSpan, _spans.Count));
                _spans.Add(new InlineSpan(inline, _text.Length, -1, element));
            }

            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                _stack.Push(new Frame(child, childLink, FrameKind.Enter, 0));
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

            if (TextNormalizer.IsJoiner(c))
            {
                if (TextNormalizer.KeepsJoiner(_text, _pendingSpace))
                {
                    _text.Append(c);
                }

                continue;
            }

            if (TextNormalizer.IsInvisible(c))
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
            for (var i = 0; i < _spans.Count; i++)
            {
                var span = _spans[i];
                if (span.Start > _text.Length || span.End > _text.Length)
                {
                    _spans[i] = span with { Start = Math.Min(span.Start, _text.Length), End = Math.Min(span.End, _text.Length) };
                }
            }
        }

        _text.Append('\n');
    }

    /// <summary>The text gathered, trimmed, with blank lines removed; resets the collector.</summary>
    public string Take()
    {
        var result = Normalize(_text, null);
        Clear();
        return result;
    }

    /// <summary>
    /// The text gathered, as <see cref="Take"/> gives it, and its inlines; resets the collector. The inlines are null
    /// when no formatting survives, so a plain block costs nothing more than its text.
    /// </summary>
    /// <param name="context">Resolves link addresses against the page.</param>
    /// <param name="singleLine">True for text read on one line (a heading): line breaks become spaces, as
    /// <see cref="TextNormalizer.Collapse"/> makes them.</param>
    public (string Text, EquatableList<Inline>? Inlines) TakeBlock(ExtractionContext context, bool singleLine = false)
    {
        if (_spans.Count == 0)
        {
            var plain = Take();
            return (singleLine ? TextNormalizer.Collapse(plain) : plain, null);
        }

        var text = Normalize(_text, _spans);
        EquatableList<Inline>? inlines = null;
        if (singleLine)
        {
            // The normalised text has no doubled spaces and no space beside a line break, so collapsing it only
            // turns line breaks into spaces and every position keeps its place; anything else keeps no inlines.
            var collapsed = TextNormalizer.Collapse(text);
            if (collapsed.Length == text.Length)
            {
                inlines = InlineTreeBuilder.Build(collapsed, _spans, context);
            }

            text = collapsed;
        }
        else
        {
            inlines = InlineTreeBuilder.Build(text, _spans, context);
        }

        Clear();
        return (text, inlines);
    }

    public void Clear()
    {
        _text.Clear();
        _spans.Clear();
        _pendingSpace = false;
        Characters = 0;
        LinkCharacters = 0;
    }

    /// <summary>
    /// The text trimmed, without blank lines or spaces beside line breaks. When spans are given, their ranges are
    /// moved from the gathered text to the result.
    /// </summary>
    private static string Normalize(StringBuilder text, List<InlineSpan>? spans)
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

        // map[i] is where the gathered character i lands in the result (or would, when it is dropped).
        var map = spans is null ? null : ArrayPool<int>.Shared.Rent(text.Length + 1);
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
                    map?[i] = result.Length;
                    continue;
                }
            }
            else if (c == ' ' && result.Length > 0 && result[^1] == '\n')
            {
                map?[i] = result.Length;
                continue;
            }
            else if (TextNormalizer.IsJoiner(c)
                && (result.Length == 0 || !TextNormalizer.JoinerStays(c, result[^1], i + 1 >= end || text[i + 1] is ' ' or '\n' ? null : text[i + 1])))
            {
                // A joiner at a word's end or before punctuation joins nothing.
                map?[i] = result.Length;
                continue;
            }

            map?[i] = result.Length;
            result.Append(c);
        }

        if (map is not null)
        {
            for (var i = 0; i < spans!.Count; i++)
            {
                var span = spans[i];
                spans[i] = span with { Start = Map(map, span.Start, start, end, result.Length), End = Map(map, span.End < 0 ? text.Length : span.End, start, end, result.Length) };
            }

            ArrayPool<int>.Shared.Return(map);
        }

        return result.ToString();
    }

    private static int Map(int[] map, int position, int start, int end, int length) =>
        position <= start ? 0 : position >= end ? length : Math.Min(map[position], length);

    private enum FrameKind
    {
        Enter,
        ExitBlock,
        ExitSpan,
    }

    /// <summary>One step of the walk: a node to enter, or the end of a block or of a formatting element.</summary>
    private readonly record struct Frame(INode Node, bool InLink, FrameKind Kind, int Span);
}
