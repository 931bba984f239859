using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

using NewsModel.Internal;

namespace NewsModel.Extractors.Dates;

/// <summary>
/// Parses the machine-readable date forms found in markup (ISO-8601 with or without offset, 'Z' or fractional
/// seconds, date only, RFC 1123 / RFC 822, "2021-05-25 10:30:00", "2021/05/25", "20210525", "25.05.2021", English
/// month names) into <see cref="ArticleDate"/>s with NodaTime patterns in the invariant culture. An offset is kept
/// when the text gives one; none is ever invented.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. Called only through <see cref="DateReader"/>, the one entry point for dates. The text is first brought to a canonical shape (one space, 'T' between an ISO date
/// and its time, offsets as "+HH:mm" or "Z") so that one short table of patterns covers the variants.
/// </remarks>
internal static class MachineDateFormats
{
    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetPattern("uuuu'-'M'-'d'T'H':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetPattern("uuuu'-'M'-'d'T'H':'mmo<G>"),
        OffsetPattern("uuuu'/'M'/'d'T'H':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetPattern("uuuu'/'M'/'d'T'H':'mmo<G>"),
        OffsetPattern("d MMM uuuu H':'mm':'sso<G>"),
        OffsetPattern("d MMM uuuu H':'mmo<G>"),
        OffsetPattern("d MMMM uuuu H':'mm':'sso<G>"),
        OffsetPattern("MMM d uuuu H':'mm':'sso<G>"),
    ];

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalPattern("uuuu'-'M'-'d'T'H':'mm':'ss;FFFFFFFFF"),
        LocalPattern("uuuu'-'M'-'d'T'H':'mm"),
        LocalPattern("uuuu'/'M'/'d'T'H':'mm':'ss;FFFFFFFFF"),
        LocalPattern("uuuu'/'M'/'d'T'H':'mm"),
        LocalPattern("uuuuMMdd'T'HHmmss"),
        LocalPattern("uuuuMMddHHmmss"),
        LocalPattern("d'.'M'.'uuuu H':'mm':'ss"),
        LocalPattern("d'.'M'.'uuuu H':'mm"),
        LocalPattern("d MMM uuuu H':'mm':'ss"),
        LocalPattern("d MMM uuuu H':'mm"),
        LocalPattern("d MMMM uuuu H':'mm"),
        LocalPattern("MMMM d uuuu H':'mm"),
        LocalPattern("MMM d uuuu H':'mm"),
        LocalPattern("MMM d uuuu H':'mm':'ss"),
    ];

    private static readonly LocalDatePattern[] DatePatterns =
    [
        DatePattern("uuuu'-'M'-'d"),
        DatePattern("uuuu'/'M'/'d"),
        DatePattern("uuuuMMdd"),
        DatePattern("d'.'M'.'uuuu"),
        DatePattern("d MMMM uuuu"),
        DatePattern("d MMM uuuu"),
        DatePattern("MMMM d uuuu"),
        DatePattern("MMM d uuuu"),
    ];

    // RFC 822 names its zones; these are fixed offsets by that RFC's definition, so reading them invents nothing.
    private static readonly Dictionary<string, string> Rfc822Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "Z", ["UTC"] = "Z", ["GMT"] = "Z", ["Z"] = "Z",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    /// <summary>Parses a date.</summary>
    /// <param name="text">The text, as found in the markup.</param>
    /// <param name="source">The source recorded on the result.</param>
    /// <param name="date">The date, when the text is in a known form.</param>
    /// <returns>True when the text was parsed.</returns>
    public static bool TryParse(string? text, string source, [NotNullWhen(true)] out ArticleDate? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return false;
        }

        var raw = TextNormalizer.Collapse(text);
        var canonical = Canonicalize(raw);
        foreach (var pattern in OffsetPatterns)
        {
            var result = pattern.Parse(canonical);
            if (result.Success)
            {
                date = ArticleDate.FromOffsetDateTime(result.Value, source, raw);
                return true;
            }
        }

        foreach (var pattern in LocalPatterns)
        {
            var result = pattern.Parse(canonical);
            if (result.Success)
            {
                date = ArticleDate.FromLocalDateTime(result.Value, source, raw);
                return true;
            }
        }

        foreach (var pattern in DatePatterns)
        {
            var result = pattern.Parse(canonical);
            if (result.Success)
            {
                date = ArticleDate.FromDate(result.Value, source, raw);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Brings a date text to the shape the pattern table expects: no weekday, no commas, 'T' between an ISO date and
    /// its time, and a trailing offset or zone written "+HH:mm" or "Z", with no space before it.
    /// </summary>
    internal static string Canonicalize(string text)
    {
        var s = text.Trim();

        // "Tue, 25 May 2021 ..." and "Tuesday, May 25, 2021": the weekday adds nothing and is often wrong.
        var comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma > 1 && comma <= 10 && IsLetters(s.AsSpan(0, comma)) && s.AsSpan(0, comma).Length >= 3
            && !IsMonthName(s[..comma]))
        {
            s = s[(comma + 1)..].TrimStart();
        }
        else if (s.Length > 4 && s[3] == ' ' && IsLetters(s.AsSpan(0, 3)) && !IsMonthName(s[..3]) && char.IsLetter(s[4]))
        {
            // "Tue May 25 2021 10:30:00 GMT+0200" (the JavaScript Date string).
            s = s[4..];
        }

        s = s.Replace(", ", " ", StringComparison.Ordinal).Replace(",", " ", StringComparison.Ordinal);
        s = s.Replace(". ", " ", StringComparison.Ordinal).Replace(" at ", " ", StringComparison.OrdinalIgnoreCase);

        // An ISO or slashed date followed by a space and a time: the space stands for 'T'.
        if (s.Length > 11 && char.IsAsciiDigit(s[0]) && (s[4] == '-' || s[4] == '/'))
        {
            var space = s.IndexOf(' ', StringComparison.Ordinal);
            if (space is >= 8 and <= 10 && space + 1 < s.Length && char.IsAsciiDigit(s[space + 1]))
            {
                s = string.Concat(s.AsSpan(0, space), "T", s.AsSpan(space + 1));
            }
        }

        return NormalizeOffset(s);
    }

    private static string NormalizeOffset(string s)
    {
        // Offsets only follow a time; a date alone ("2021-05-25") ends in digits that are not an offset.
        var lastColon = s.LastIndexOf(':');
        if (lastColon < 0)
        {
            return s;
        }

        // A trailing zone name: "GMT", "UTC", "EST", also glued to a numeric offset ("GMT+0200").
        var end = s.Length;
        var start = end;
        while (start > 0 && char.IsAsciiLetter(s[start - 1]))
        {
            start--;
        }

        string? zone = null;
        if (start < end && start > lastColon)
        {
            var name = s[start..end];
            if (!Rfc822Zones.TryGetValue(name, out zone))
            {
                // "(Coordinated Universal Time)" and other free text cannot be trusted: leave it to fail.
                return s;
            }

            s = s[..start].TrimEnd();
        }
        else
        {
            // "GMT+0200", "UTC+02:00" and "(CEST)"-free forms.
            var gmt = s.LastIndexOf("GMT", StringComparison.OrdinalIgnoreCase);
            var utc = s.LastIndexOf("UTC", StringComparison.OrdinalIgnoreCase);
            var at = Math.Max(gmt, utc);
            if (at > lastColon - 6 && at > 0 && at + 3 < s.Length && s[at + 3] is '+' or '-')
            {
                s = string.Concat(s.AsSpan(0, at).TrimEnd(), s.AsSpan(at + 3));
            }
        }

        // A numeric offset after the time: "+0200", "+02", "+02:00", "-05:30", possibly after a space.
        var sign = Math.Max(s.LastIndexOf('+'), s.LastIndexOf('-'));
        var colon = s.IndexOf(':', StringComparison.Ordinal);
        if (sign > colon && colon > 0)
        {
            var digits = s[(sign + 1)..].Replace(":", string.Empty, StringComparison.Ordinal);
            if (digits.Length is 2 or 4 && digits.All(char.IsAsciiDigit))
            {
                var offset = string.Concat(s.AsSpan(sign, 1), digits.AsSpan(0, 2), ":", digits.Length == 4 ? digits.AsSpan(2, 2) : "00");
                s = string.Concat(s.AsSpan(0, sign).TrimEnd(), offset);
                return s;
            }
        }

        if (zone is not null)
        {
            s = s.TrimEnd() + zone;
        }
        else if (s.EndsWith(" Z", StringComparison.OrdinalIgnoreCase))
        {
            s = s[..^2] + "Z";
        }

        return s;
    }

    private static bool IsLetters(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMonthName(string word)
    {
        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var i = 0; i < 12; i++)
        {
            if (string.Equals(word, names.MonthNames[i], StringComparison.OrdinalIgnoreCase)
                || string.Equals(word, names.AbbreviatedMonthNames[i], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static OffsetDateTimePattern OffsetPattern(string pattern) =>
        OffsetDateTimePattern.Create(pattern, CultureInfo.InvariantCulture, new OffsetDateTime(new LocalDateTime(2000, 1, 1, 0, 0), Offset.Zero));

    private static LocalDateTimePattern LocalPattern(string pattern) => LocalDateTimePattern.Create(pattern, CultureInfo.InvariantCulture);

    private static LocalDatePattern DatePattern(string pattern) => LocalDatePattern.Create(pattern, CultureInfo.InvariantCulture);
}
