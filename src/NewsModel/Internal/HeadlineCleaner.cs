using System.Net;

namespace NewsModel.Internal;

/// <summary>
/// Removes site-name decorations from a headline: suffixes (" - Site", " | Site", " — Site") and prefixes
/// ("Site: ", "Site | "), where the piece removed is recognized as the site's name. Nothing is removed on a guess.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class HeadlineCleaner
{
    /// <summary>The separators sites put between a headline and their name, most specific first.</summary>
    public static readonly string[] Separators = [" | ", " || ", " - ", " – ", " — ", " :: ", " » ", " « ", " › ", " ‹ ", " · ", " • ", " // ", " / ", " ~ ", " : ", ": "];

    /// <summary>Separators that only ever join decorations (sections, site names) to a headline, never words of a headline.</summary>
    private static readonly string[] DecorativeSeparators = [" | ", " || ", " :: ", " » ", " › ", " · ", " • ", "|"];

    /// <summary>Collapses white space, decodes stray entities and removes site-name decorations; null when nothing is left.</summary>
    public static string? Clean(string? headline, SiteNames site)
    {
        var text = TextNormalizer.CollapseOrNull(headline);
        if (text is null)
        {
            return null;
        }

        if (text.Contains('&', StringComparison.Ordinal) && text.Contains(';', StringComparison.Ordinal))
        {
            text = TextNormalizer.Collapse(WebUtility.HtmlDecode(text));
        }

        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var separator in Separators)
            {
                // A colon introduces a topic as often as a site's name ("Best of Coastline 2022: Headline"): only a name goes.
                var colon = separator.EndsWith(": ", StringComparison.Ordinal);

                // A suffix: the last piece is the site's name.
                var last = text.LastIndexOf(separator, StringComparison.Ordinal);
                if (last > 0 && IsSiteName(site, text[(last + separator.Length)..], colon))
                {
                    text = text[..last].TrimEnd();
                    changed = true;
                    break;
                }

                // A prefix: the first piece is the site's name ("Site: Headline", "Site | Headline").
                var first = text.IndexOf(separator, StringComparison.Ordinal);
                if (first > 0 && first + separator.Length < text.Length && IsSiteName(site, text[..first], colon))
                {
                    text = text[(first + separator.Length)..].TrimStart();
                    changed = true;
                    break;
                }
            }
        }

        text = KeepLongestPiece(text);
        return text.Length == 0 ? null : text;
    }

    // Before a colon, a name with at most one word beside it ("Coastline e.V.: ") still counts, a longer phrase does not.
    private static bool IsSiteName(SiteNames site, string piece, bool colon) =>
        colon ? site.IsName(piece) || (site.Matches(piece) && piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2) : site.Matches(piece);

    /// <summary>
    /// Where pieces are joined by a decorative separator and no site name was recognized, the headline is the piece
    /// wider than all the others together ("Headline | Section | Site", "Blog Archive » Headline").
    /// </summary>
    private static string KeepLongestPiece(string text)
    {
        foreach (var separator in DecorativeSeparators)
        {
            if (!text.Contains(separator, StringComparison.Ordinal))
            {
                continue;
            }

            var pieces = text.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var longest = pieces.MaxBy(Width)!;
            if (pieces.Length > 1 && Width(longest) > pieces.Sum(Width) - Width(longest))
            {
                return longest;
            }
        }

        return text;
    }

    /// <summary>The display width of a text: East Asian wide characters count twice, as they carry about as much as two Latin letters.</summary>
    private static int Width(string text)
    {
        var width = 0;
        foreach (var c in text)
        {
            width += c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF') or (>= '\uFF00' and <= '\uFF60') ? 2 : 1;
        }

        return width;
    }
}
