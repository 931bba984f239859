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
                pendingSpace = builder.Length > 0;
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

        return builder.ToString();
    }

    /// <summary>Collapses white space and returns null when nothing is left.</summary>
    public static string? CollapseOrNull(string? text)
    {
        var collapsed = Collapse(text);
        return collapsed.Length == 0 ? null : collapsed;
    }

    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u200B';

    private static bool IsInvisible(char c) => c is '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
