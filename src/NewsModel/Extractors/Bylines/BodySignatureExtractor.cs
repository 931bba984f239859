using NewsModel.Blocks;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Reads the writer's signature printed at the end of the article body, when nothing else credits the article:
/// a person's name in parentheses closing the last paragraph ("… bleibt spannend. (Jane P. Roe)"), or a line that
/// holds only the writer's name or sign-off ("Jane Roe", "— Jane"), last or followed by one short line (a date, a
/// post). Proposed as <see cref="ArticleSources.BodySignature"/>, below every other byline source.
/// </summary>
/// <remarks>
/// Stateless and thread-safe. Runs after the body reader. Initials ("(jr)"), agencies ("(dpa)"), places, parties,
/// picture credits and notes ("(Symbolbild)", "(Quelle: …)") in parentheses are not signatures; a lone line must read
/// as a person's name.
/// </remarks>
public sealed class BodySignatureExtractor : IArticleExtractor
{
    private const int MaxSignatureLength = 40;

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

        if (Signature(texts) is not { } name)
        {
            return;
        }

        var site = SiteNames.Get(context);
        if (BylineParser.ParseSingleName(name) is not { } byline || site.NamesSite(name))
        {
            return;
        }

        context.Propose(ArticleFields.Byline, byline, ArticleSources.BodySignature);
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
