using System.Text.RegularExpressions;
using NewsModel.Blocks;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Reads the writer's signature printed at the end of the article body, when nothing else credits the article:
/// a person's name in parentheses closing the last paragraph ("… bleibt spannend. (Jane P. Roe)"), or a line that
/// holds only the writer's name or sign-off ("Jane Roe", "— Jane"), last or followed by one short line (a date, a
/// post). Failing that, a closing credit line, kept last or dropped by the body reader as furniture ("Von Jane Roe",
/// "Quelle: dpa"), also as <see cref="ArticleSources.BodySignature"/>; failing that, news agencies credited in the
/// dateline opening the body ("Hamburg (dpa) –"), as <see cref="ArticleSources.BodyDateline"/>. Below every other byline source.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. Runs after the body reader. Initials ("(jr)"), agencies ("(dpa)"), places, parties,
/// picture credits and notes ("(Symbolbild)", "(Quelle: …)") in parentheses are not signatures; a lone line must read
/// as a person's name.
/// </remarks>
public sealed class BodySignatureExtractor : IArticleExtractor
{
    private const int MaxSignatureLength = 40;
    private const int MaxCreditLine = 100;

    // Labels of a source line: "Quelle: dpa", "Source: AP".
    private static readonly HashSet<string> SourceLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "quelle", "quellen", "source", "sources", "fuente", "fuentes", "fonte", "fonti", "źródło", "bron", "kilde", "källa", "lähde", "kaynak", "источник",
    };

    // "Hamburg (dpa/lno) –", "WASHINGTON (AP) —", "Frankfurt/Main (Reuters):": place, credit, dash.
    private static readonly Regex DatelinePattern = new(
        @"^\p{Lu}[\p{L}.'’/-]*(\s+\p{L}[\p{L}.'’/-]*){0,3}\s*\((?<credit>[^()]{2,30})\)\s*[-–—:]\s",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <inheritdoc />
    public string Name => "body-signature";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetCandidates(ArticleFields.Byline).Count > 0 || !context.TryGetBest(ArticleFields.Body, out var body))
        {
            return;
        }

        var texts = new List<string>(3); // the last lines of the body, last first
        for (var i = body.Count - 1; i >= 0 && texts.Count < 3; i--)
        {
            if (body[i] is FigureBlock or EmbedBlock)
            {
                continue;
            }

            if (body[i] is not ParagraphBlock)
            {
                break;
            }

            // A line break inside a paragraph parts the signature from the text or from the writer's post too.
            var lines = body[i].ToPlainText().Split('\n');
            for (var j = lines.Length - 1; j >= 0 && texts.Count < 3; j--)
            {
                if (TextNormalizer.CollapseOrNull(lines[j]) is { } line)
                {
                    texts.Add(line);
                }
            }
        }

        var site = SiteNames.Get(context);
        if (Signature(texts) is { } name && BylineParser.ParseSingleName(name) is { } byline && !site.NamesSite(name))
        {
            context.Propose(ArticleFields.Byline, byline, ArticleSources.BodySignature);
            return;
        }

        // The closing credit the body reader dropped as furniture ("Von Jane Roe", "Quelle: dpa"), or a source line kept last.
        var closing = Content.ClosingLines.Get(context).Lines;
        foreach (var line in texts.Take(1).Concat(closing))
        {
            if (ClosingCredit(line) is { } credit && credit.Contributors.Where(c => !site.NamesSite(c.Name)).ToArray() is { Length: > 0 } kept)
            {
                context.Propose(ArticleFields.Byline, credit with { Contributors = kept }, ArticleSources.BodySignature);
                return;
            }
        }

        if (body.FirstOrDefault(b => b is not FigureBlock and not EmbedBlock) is ParagraphBlock first && Dateline(first.ToPlainText()) is { } agencies)
        {
            context.Propose(ArticleFields.Byline, agencies, ArticleSources.BodyDateline);
        }
    }

    /// <summary>
    /// A closing credit line: a byline ("Von Jane Roe", "By Jane Roe and John Doe") or a source line naming news
    /// agencies ("Quelle: dpa", "Source: AP/Reuters"). Null for anything else, a source line naming anybody else included
    /// (a picture's or a study's source is not the writer).
    /// </summary>
    internal static Byline? ClosingCredit(string line)
    {
        if (line.Length > MaxCreditLine)
        {
            return null;
        }

        if (Content.BoilerplateText.IsByline(line))
        {
            // Full names only: "Von Marta" may as well close a letter ("from Marta") as credit a writer.
            return BylineParser.Parse(line) is { IsEmpty: false } byline
                && byline.Contributors.All(c => c.Kind == ContributorKind.Organization || c.Name.Contains(' ', StringComparison.Ordinal)) ? byline : null;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && SourceLabels.Contains(line[..colon].Trim()) ? AgencyCredit(line[(colon + 1)..], line) : null;
    }

    /// <summary>
    /// "Hamburg (dpa) – …", "WASHINGTON (AP) — …", "Berlin/Paris (dpa/AFP) - …": a place of one to four words, the
    /// credit in parentheses, then a dash or a colon. Null unless the credit names news agencies only.
    /// </summary>
    internal static Byline? Dateline(string text)
    {
        var match = DatelinePattern.Match(text.Length > 200 ? text[..200] : text);
        return match.Success ? AgencyCredit(match.Groups["credit"].Value, match.Groups["credit"].Value.Trim()) : null;
    }

    /// <summary>
    /// Agencies named in a credit, as printed: "dpa, AFP" and "dpa/AFP" are two agencies; "dpa/lno" (an agency and its
    /// service's short lower-case code) is one credit, kept whole. Null when any part names something else.
    /// </summary>
    private static Byline? AgencyCredit(string credit, string text)
    {
        var parts = credit.Split(['/', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 4 || NewsAgencies.Match(parts[0]) is null)
        {
            return null;
        }

        var contributors = new List<Contributor>(parts.Length);
        if (parts.Skip(1).All(p => p.Length is >= 2 and <= 4 && p.All(char.IsLower)) && parts.Length > 1 && NewsAgencies.Match(parts[1]) is null)
        {
            contributors.Add(new Contributor(string.Join('/', parts), ContributorRole.Author, ContributorKind.Organization));
        }
        else
        {
            foreach (var part in parts)
            {
                if (NewsAgencies.Match(part) is not { } agency)
                {
                    return null;
                }

                // As printed ("Agencia EFE", "dpa") unless printed in capitals only ("REUTERS").
                contributors.Add(new Contributor(part.Any(char.IsLower) ? part : agency, ContributorRole.Author, ContributorKind.Organization));
            }
        }

        return new Byline { Text = TextNormalizer.Collapse(text), Contributors = contributors };
    }

    /// <summary>The name signed at the end of the body; <paramref name="texts"/> are the last paragraphs, last first.</summary>
    internal static string? Signature(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return null;
        }

        if (Parenthesised(texts[0]) is { } inParentheses)
        {
            return inParentheses;
        }

        // "Jane Roe" last, or "Jane Roe" then "10 September 2017" / "Chair of the board": the line before it ends a sentence.
        for (var i = 0; i < Math.Min(2, texts.Count - 1); i++)
        {
            if (i == 1 && !IsTrailer(texts[0]))
            {
                return null;
            }

            if (EndsSentence(texts[i + 1]) && SignOff(texts[i]) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>"… ends here. (Jane P. Roe)" (a decoration such as "+++" may follow): a person's name after the last sentence.</summary>
    private static string? Parenthesised(string text)
    {
        var end = text.Length;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '+' or '*' or '■' or '□' or '#' or '–' or '—'))
        {
            end--;
        }

        if (end < 2 || text[end - 1] != ')')
        {
            return null;
        }

        var open = text.LastIndexOf('(', end - 1);
        if (open <= 0 || end - open - 2 > MaxSignatureLength)
        {
            return null;
        }

        var before = text[..open].TrimEnd();
        if (before.Length == 0 || !EndsSentence(before))
        {
            return null;
        }

        var name = text[(open + 1)..(end - 1)].Trim();
        return IsPersonName(name, minWords: 2) ? name : null;
    }

    /// <summary>A line holding only a name, optionally after a dash ("— Jane Roe"); a single word only as a first name ("Benni").</summary>
    private static string? SignOff(string line)
    {
        var name = line.TrimStart('—', '–', '-', '~', ' ').TrimEnd(' ', ',', '!');
        if (name.Length == 0 || name.Length > MaxSignatureLength)
        {
            return null;
        }

        return IsPersonName(name, minWords: 1) ? name : null;
    }

    /// <summary>A short line after the signature: a date or a post ("10. September 2017", "Chair of the board"), not a sentence.</summary>
    private static bool IsTrailer(string line) =>
        line.Length is > 0 and <= MaxSignatureLength && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4
        && !EndsSentence(line) && !line.Contains(':', StringComparison.Ordinal) && !line.Contains('@', StringComparison.Ordinal)
        && !line.Contains("://", StringComparison.Ordinal);

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…' or '"' or '“' or '”' or '»' or '«' or '\'' or ')';
    }

    /// <summary>
    /// Capitalised words of letters (an initial with a dot, a hyphenated name, a surname in capitals), one to four of
    /// them, not an agency, not a lone acronym ("IFB"), not a lone initial-like word ("cps", "jr").
    /// </summary>
    private static bool IsPersonName(string name, int minWords)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < minWords || words.Length > 4 || NewsAgencies.Match(name) is not null || ContributorNames.Clean(name) is null)
        {
            return false;
        }

        var full = 0;
        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '.' or '-' or '\''))
            {
                return false;
            }

            if (word.Length > 2 && !word.EndsWith('.'))
            {
                full++;
            }
        }

        if (words.Length == 1)
        {
            // A first name signing a post: a capitalised word, not an acronym.
            return full == 1 && words[0].Skip(1).Any(char.IsLower);
        }

        // At least two full words ("Jane P. Roe"), the first name not in capitals.
        return full >= 2 && words[0].Skip(1).Any(char.IsLower);
    }
}
