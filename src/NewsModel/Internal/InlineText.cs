using System.Text;
using NewsModel.Blocks;

namespace NewsModel.Internal;

/// <summary>
/// The link between a block's plain text and its inlines. A block keeps inlines only when they carry formatting;
/// otherwise its inlines are derived from its text (text runs split at line breaks), which keeps plain blocks as
/// small in memory and in JSON as before inlines existed.
/// </summary>
internal static class InlineText
{
    /// <summary>The inlines of text without formatting: its lines as text runs, with line breaks between them.</summary>
    public static EquatableList<Inline> FromText(string text)
    {
        if (text.Length == 0)
        {
            return EquatableList<Inline>.Empty;
        }

        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0)
        {
            return EquatableList<Inline>.From([new TextInline(text)]);
        }

        var inlines = new List<Inline>();
        var start = 0;
        while (true)
        {
            if (newline > start)
            {
                inlines.Add(new TextInline(text[start..newline]));
            }

            if (newline == text.Length)
            {
                break;
            }

            inlines.Add(LineBreakInline.Instance);
            start = newline + 1;
            newline = text.IndexOf('\n', start);
            newline = newline < 0 ? text.Length : newline;
        }

        return EquatableList<Inline>.From(inlines);
    }

    /// <summary>
    /// The inlines a block stores: null when there are none or when they are exactly what <see cref="FromText"/>
    /// derives from the text, so that equal content compares equal whichever way it was built.
    /// </summary>
    public static EquatableList<Inline>? Formatted(IReadOnlyList<Inline>? inlines, string? text)
    {
        if (inlines is null || inlines.Count == 0 || (text is not null && IsPlain(inlines, text)))
        {
            return null;
        }

        return EquatableList<Inline>.From(inlines);
    }

    public static void AppendPlainText(StringBuilder builder, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            inline.AppendPlainText(builder);
        }
    }

    /// <summary>True when the inlines are the text's lines as text runs with line breaks between, and nothing else.</summary>
    private static bool IsPlain(IReadOnlyList<Inline> inlines, string text)
    {
        var position = 0;
        var afterText = false;
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline run when !afterText && run.Text.Length > 0 && position + run.Text.Length <= text.Length
                    && run.Text.IndexOf('\n', StringComparison.Ordinal) < 0 && string.CompareOrdinal(text, position, run.Text, 0, run.Text.Length) == 0:
                    position += run.Text.Length;
                    afterText = true;
                    break;
                case LineBreakInline when position < text.Length && text[position] == '\n':
                    position++;
                    afterText = false;
                    break;
                default:
                    return false;
            }
        }

        return position == text.Length;
    }
}
