using AngleSharp.Dom;
using NewsModel.Blocks;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Content;

/// <summary>
/// Turns a block's collected text and the formatting spans seen while collecting it into inlines. Every character
/// of the text is emitted once and in order, so the inlines' plain text is the block's text by construction; spans
/// only decide where runs begin and end.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class InlineTreeBuilder
{
    /// <summary>The inlines of a block, or null when no formatting survives (the block's text says it all).</summary>
    /// <param name="text">The block's text.</param>
    /// <param name="spans">The spans in the order their elements opened, with ranges in <paramref name="text"/>.</param>
    /// <param name="context">Resolves link addresses against the page.</param>
    public static EquatableList<Inline>? Build(string text, List<InlineSpan> spans, ExtractionContext context)
    {
        var kept = Select(text, spans, context);
        if (kept is null)
        {
            return null;
        }

        var root = new List<Inline>();
        var open = new Stack<Frame>();
        var cursor = 0;
        foreach (var span in kept)
        {
            while (open.Count > 0 && open.Peek().End <= span.Start)
            {
                cursor = Close(text, cursor, open, root);
            }

            var parent = open.Count > 0 ? open.Peek().Children : root;
            Emit(text, cursor, span.Start, parent, code: false);
            cursor = span.Start;
            open.Push(new Frame(span.Kind, span.End, span.Url, []));
        }

        while (open.Count > 0)
        {
            cursor = Close(text, cursor, open, root);
        }

        Emit(text, cursor, text.Length, root, code: false);
        return EquatableList<Inline>.From(root);
    }

    /// <summary>
    /// The spans worth keeping, trimmed of the spaces and line breaks at their edges (which belong to the text
    /// around them) and without the empty ones, a formatting repeated inside itself (b inside strong), anything
    /// inside code, and links whose address is not an http(s) or mailto address of the page.
    /// </summary>
    private static List<Selected>? Select(string text, List<InlineSpan> spans, ExtractionContext context)
    {
        List<Selected>? kept = null;
        var ancestors = new Stack<Selected>();
        foreach (var span in spans)
        {
            var start = span.Start;
            var end = span.End < 0 ? text.Length : Math.Min(span.End, text.Length);
            while (start < end && text[start] is ' ' or '\n')
            {
                start++;
            }

            while (end > start && text[end - 1] is ' ' or '\n')
            {
                end--;
            }

            if (start >= end)
            {
                continue;
            }

            while (ancestors.Count > 0 && ancestors.Peek().End <= start)
            {
                ancestors.Pop();
            }

            if (ancestors.Count > 0)
            {
                // Elements nest, so spans do; this only guards against a range bent by white-space removal.
                end = Math.Min(end, ancestors.Peek().End);
            }

            if (Repeats(ancestors, span.Kind))
            {
                continue;
            }

            Uri? url = null;
            if (span.Kind == InlineKind.Link && (url = LinkTarget(span.Element, context)) is null)
            {
                continue;
            }

            var selected = new Selected(span.Kind, start, end, url);
            (kept ??= []).Add(selected);
            ancestors.Push(selected);
        }

        return kept;
    }

    private static bool Repeats(Stack<Selected> ancestors, InlineKind kind)
    {
        foreach (var ancestor in ancestors)
        {
            if (ancestor.Kind == kind || ancestor.Kind == InlineKind.Code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The address a link may carry: resolved against the page, http(s) or mailto; null for javascript:, data: and the like.</summary>
    private static Uri? LinkTarget(IElement element, ExtractionContext context)
    {
        var href = element.GetAttribute("href");
        if (href is null)
        {
            return null;
        }

        var trimmed = href.AsSpan().Trim();
        if (trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(trimmed.ToString(), UriKind.Absolute, out var mail) && LinkInline.IsAllowed(mail) ? mail : null;
        }

        return context.ResolveUrl(href) is { } url && LinkInline.IsAllowed(url) ? url : null;
    }

    /// <summary>Emits the rest of the innermost open span's text and closes it into its parent.</summary>
    private static int Close(string text, int cursor, Stack<Frame> open, List<Inline> root)
    {
        var frame = open.Pop();
        Emit(text, cursor, frame.End, frame.Children, frame.Kind == InlineKind.Code);
        var parent = open.Count > 0 ? open.Peek().Children : root;
        switch (frame.Kind)
        {
            case InlineKind.Emphasis:
                parent.Add(new EmphasisInline(frame.Children));
                break;
            case InlineKind.Strong:
                parent.Add(new StrongInline(frame.Children));
                break;
            case InlineKind.Link:
                parent.Add(new LinkInline(frame.Url!, frame.Children));
                break;
            default:
                // Code holds text only: its runs (code, with line breaks between) go straight into the parent.
                parent.AddRange(frame.Children);
                break;
        }

        return frame.End;
    }

    /// <summary>Emits text[from..to] as runs split at line breaks.</summary>
    private static void Emit(string text, int from, int to, List<Inline> into, bool code)
    {
        while (from < to)
        {
            var newline = text.IndexOf('\n', from, to - from);
            var stop = newline < 0 ? to : newline;
            if (stop > from)
            {
                var run = text[from..stop];
                into.Add(code ? new CodeInline(run) : new TextInline(run));
            }

            if (newline < 0)
            {
                break;
            }

            into.Add(LineBreakInline.Instance);
            from = newline + 1;
        }
    }

    private readonly record struct Selected(InlineKind Kind, int Start, int End, Uri? Url);

    private readonly record struct Frame(InlineKind Kind, int End, Uri? Url, List<Inline> Children);
}
