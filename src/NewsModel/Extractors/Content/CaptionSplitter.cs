using System.Text.RegularExpressions;

namespace NewsModel.Extractors.Content;

/// <summary>
/// Splits an image credit off a caption: "(File photo by Getty Images)", "Photo: Jane Doe/Reuters",
/// "© Agency", "Jane Doe/AFP" at the end of a caption become the credit, the rest stays the caption.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class CaptionSplitter
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Words that mark a parenthesised or trailing phrase as a credit rather than part of the caption.
    private const string CreditWords =
        @"photo|photos|photograph|image|images|picture|pic|file|getty|ap|reuters|afp|epa|courtesy|credit|dpa|shutterstock|istock|bild|foto|fotos|screenshot|handout|pool|xinhua|efe|ansa|bloomberg|illustration|grafik";

    private static readonly Regex Parenthesised = new(@"\((?<credit>[^()]{2,120})\)\s*\.?\s*$", Options);

    private static readonly Regex CreditWord = new(@"(^|[^\p{L}])(" + CreditWords + @")([^\p{L}]|$)|©", Options);

    private static readonly Regex Labelled = new(
        @"(^|[\s.|•–—-])(?<label>photo|photos|photograph|image|images|picture|pictures|credit|credits|crédits?( photos?)?|foto|fotos|bild|bilder|bildquelle|beitragsbild|titelbild|quelle|source|fuente|fonte|źródło|zdjęcie|illustration|video)\s*:\s*(?<credit>[^:]{2,120})$",
        Options);

    private static readonly Regex TakenBy = new(@"(^|[\s.|•–—-])(?<credit>((file|stock)\s+)?(photo|photograph|image|picture|foto|bild)\s+(by|von|de|par)\s+[^.]{2,100})\.?$", Options);

    private static readonly Regex Copyright = new(@"(^|[\s.|•–—-])(?<credit>(©|\(c\)|copyright)\s*[^©]{2,100})$", Options);

    // "… on Tuesday. Jane Doe/AFP": a last short phrase with a slash and an agency name.
    private static readonly Regex AgencySlash = new(
        @"(^|[.|•–—]\s+|\s[-|]\s)(?<credit>[^.|•–—]{0,60}/\s*(AP|AFP|Reuters|EPA|Getty Images|Getty|dpa|ANSA|Xinhua|EFE|Bloomberg|NurPhoto|Shutterstock|Sipa|Zuma|picture alliance|imago|PAP|APA|KNA|SDA|Keystone|ANP|Belga|TASS|Anadolu|IANS|PTI|Europa Press)[^.]{0,40})\.?$",
        Options);

    // "AFP / Jane Doe": an agency first, then the photographer.
    private static readonly Regex AgencyFirst = new(
        @"(^|[.|•–—]\s+|\s[-|]\s)(?<credit>(AP|AFP|Reuters|EPA|Getty Images|dpa|ANSA|Xinhua|EFE|Bloomberg|Keystone|APA|PAP|KNA|SDA|imago|picture alliance)\s*/\s*[^./]{2,60})$",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Splits a caption into its caption and its credit; either may come back null.</summary>
    public static (string? Caption, string? Credit) Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        text = text.Trim();
        var match = Parenthesised.Match(text);
        if (match.Success && CreditWord.IsMatch(match.Groups["credit"].Value))
        {
            return Result(text, match.Index, match.Groups["credit"].Value);
        }

        foreach (var regex in (ReadOnlySpan<Regex>)[Labelled, TakenBy, Copyright, AgencySlash, AgencyFirst])
        {
            match = regex.Match(text);
            if (match.Success)
            {
                var credit = match.Groups["credit"];
                return Result(text, regex == Labelled ? match.Groups["label"].Index : credit.Index, credit.Value);
            }
        }

        return (text, null);
    }

    private static (string? Caption, string? Credit) Result(string text, int creditStart, string credit)
    {
        var caption = text[..Math.Max(0, Math.Min(creditStart, text.Length))].TrimEnd(' ', '|', '•', '–', '—', '-', '/', ':');
        credit = credit.Trim().TrimEnd('.').Trim();
        return (caption.Length == 0 ? null : caption, credit.Length == 0 ? null : credit);
    }
}
