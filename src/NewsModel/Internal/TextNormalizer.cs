using System.Text;

namespace NewsModel.Internal;

/// <summary>White-space normalisation shared by every extractor.</summary>
internal static class TextNormalizer
{
    /// <summary>Collapses runs of white space (including no-break and zero-width spaces) to one space and trims.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                TrimJoiners(builder);
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsJoiner(c))
            {
                if (KeepsJoiner(builder, pendingSpace))
                {
                    builder.Append(c);
                }

                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        TrimJoiners(builder);
        return builder.ToString();
    }

    /// <summary>Collapses white space and returns null when nothing is left.</summary>
    public static string? CollapseOrNull(string? text)
    {
        var collapsed = Collapse(text);
        return collapsed.Length == 0 ? null : collapsed;
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B';

    /// <summary>
    /// The zero-width non-joiner and joiner: spelling inside a word in Persian ("می‌شود", "علی‌رضا") and Indic scripts, and
    /// the glue of emoji sequences, so they are kept between two characters and dropped at a word's edge.
    /// </summary>
    public static bool IsJoiner(char c) => c is '\u200C' or '\u200D';

    /// <summary>Characters that never show and carry nothing: word joiner, byte-order mark, soft hyphen.</summary>
    public static bool IsInvisible(char c) => c is '\u2060' or '\uFEFF' or '\u00AD';

    /// <summary>Whether a joiner read now goes into the text: after a character of the same word, and not after another joiner.</summary>
    public static bool KeepsJoiner(StringBuilder text, bool pendingSpace) =>
        !pendingSpace && text.Length > 0 && text[^1] is not (' ' or '\n') && !IsJoiner(text[^1]);

    /// <summary>Drops joiners left at the end of the text (a word's edge: a space or the end follows).</summary>
    public static void TrimJoiners(StringBuilder text)
    {
        while (text.Length > 0 && IsJoiner(text[^1]))
        {
            text.Length--;
        }
    }
}
