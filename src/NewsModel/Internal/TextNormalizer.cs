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

        // Whether the last character kept is a joiner, still to be settled by the character after it.
        var joiner = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                if (joiner)
                {
                    SettleJoiner(builder, next: null);
                    joiner = false;
                }

                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsJoiner(c))
            {
                if (!joiner && KeepsJoiner(builder, pendingSpace))
                {
                    builder.Append(c);
                    joiner = true;
                }

                continue;
            }

            if (IsInvisible(c))
            {
                continue;
            }

            if (joiner)
            {
                SettleJoiner(builder, c);
                joiner = false;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        if (joiner)
        {
            SettleJoiner(builder, next: null);
        }

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

    /// <summary>Whether a joiner read now goes into the text, for now: right after a letter, a mark or an emoji.</summary>
    public static bool KeepsJoiner(StringBuilder text, bool pendingSpace) => !pendingSpace && text.Length > 0 && Joins(text[^1]);

    /// <summary>
    /// Whether a joiner between <paramref name="previous"/> and <paramref name="next"/> (null: a space, a line break or
    /// the end) is kept: between letters, marks or emoji ("می‌شود", "🏳️‍🌈"), and a joiner after a virama at a word's end,
    /// which makes a Malayalam chillu ("അര്‍ജുന്‍"); not before punctuation or a space ("کرد‌.").
    /// </summary>
    public static bool JoinerStays(char joiner, char previous, char? next) =>
        Joins(previous) && (next is { } following && Joins(following)
            || (joiner == '\u200D' && char.GetUnicodeCategory(previous) == System.Globalization.UnicodeCategory.NonSpacingMark));

    /// <summary>
    /// The text without zero-width joiners and non-joiners: the form texts from different sources are compared in, since
    /// one source may print "علی‌رضا" where another has "علیرضا". The text itself when it has none.
    /// </summary>
    public static string WithoutJoiners(string text) =>
        text.AsSpan().IndexOfAny('\u200C', '\u200D') < 0 ? text : text.Replace("\u200C", string.Empty, StringComparison.Ordinal).Replace("\u200D", string.Empty, StringComparison.Ordinal);

    /// <summary>Whether two texts are the same, joiners aside, ignoring case.</summary>
    public static bool SameIgnoringJoiners(string a, string b) =>
        string.Equals(WithoutJoiners(a), WithoutJoiners(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>Drops the joiner that ends the text unless it stays before <paramref name="next"/> (<see cref="JoinerStays"/>).</summary>
    private static void SettleJoiner(StringBuilder text, char? next)
    {
        if (text.Length >= 2 && IsJoiner(text[^1]) && !JoinerStays(text[^1], text[^2], next))
        {
            text.Length--;
        }
    }

    /// <summary>What a joiner may stand beside: a letter, a combining mark, half of an emoji's surrogate pair or a symbol.</summary>
    private static bool Joins(char c) =>
        char.IsLetter(c) || char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark
            or System.Globalization.UnicodeCategory.OtherSymbol;
}
