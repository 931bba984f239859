namespace NewsModel.Internal;

/// <summary>Normalizes language tags to BCP 47 form: "en_US" and "EN-us" become "en-US".</summary>
internal static class LanguageTag
{
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var parts = tag.Trim().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 8 || !parts[0].All(char.IsAsciiLetter))
        {
            return null;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            if (!parts[i].All(char.IsAsciiLetterOrDigit))
            {
                return null;
            }

            parts[i] = i == 0 ? parts[i].ToLowerInvariant()
                : parts[i].Length == 2 ? parts[i].ToUpperInvariant()
                : parts[i].Length == 4 ? char.ToUpperInvariant(parts[i][0]) + parts[i][1..].ToLowerInvariant()
                : parts[i].ToLowerInvariant();
        }

        return string.Join('-', parts);
    }
}
