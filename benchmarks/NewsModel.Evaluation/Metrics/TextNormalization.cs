using System.Globalization;
using System.Text;

namespace NewsModel.Evaluation.Metrics;

/// <summary>Text normalisation the metrics share: white-space collapsing and case- and accent-free keys.</summary>
public static class TextNormalization
{
    /// <summary>Collapses every run of white space (as <see cref="char.IsWhiteSpace(char)"/> sees it, so no-break spaces too) to one space and trims.</summary>
    /// <param name="text">The text; null is treated as empty.</param>
    /// <returns>The collapsed text.</returns>
    public static string CollapseWhitespace(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A comparison key that ignores case, diacritics, punctuation and spacing: compatibility-decomposed, combining
    /// marks dropped, lower-cased (invariant), every run of characters that are neither letters nor digits made one space.
    /// </summary>
    /// <param name="text">The text; null is treated as empty.</param>
    /// <returns>The key; empty when the text has no letter or digit.</returns>
    public static string FoldedKey(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (!Rune.IsLetterOrDigit(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(Rune.ToLowerInvariant(rune).ToString());
        }

        return builder.ToString();
    }
}
