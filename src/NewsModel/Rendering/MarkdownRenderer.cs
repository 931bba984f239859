using System.Globalization;
using System.Text;
using NewsModel.Blocks;

namespace NewsModel.Rendering;

/// <summary>
/// Renders an article as CommonMark: headline, byline and date, then the body blocks, with their inlines as
/// <c>*emphasis*</c>, <c>**strong**</c>, <c>[links](&lt;url&gt;)</c>, <c>`code`</c> and hard line breaks.
/// </summary>
internal static class MarkdownRenderer
{
    public static string Render(Article article)
    {
        var md = new StringBuilder();
        if (article.Headline is not null)
        {
            md.Append("# ").Append(EscapeInline(article.Headline)).Append("\n\n");
        }

        var meta = new List<string>();
        if (!article.Byline.IsEmpty)
        {
            meta.Add(EscapeInline(article.Byline.ToString()));
        }

        if (article.Published is not null)
        {
            meta.Add(article.Published.ToIsoString());
        }

        if (meta.Count > 0)
        {
            md.Append('*').Append(string.Join(" · ", meta)).Append("*\n\n");
        }

        foreach (var block in article.Body)
        {
            AppendBlock(md, block);
        }

        return md.ToString().TrimEnd('\n') + "\n";
    }

    private static void AppendBlock(StringBuilder md, Block block)
    {
        switch (block)
        {
            case ParagraphBlock p:
                AppendInlines(md, p.Inlines, string.Empty);
                md.Append("\n\n");
                break;
            case HeadingBlock h:
                md.Append('#', Math.Min(6, h.Level + 1)).Append(' ');
                AppendInlines(md, h.Inlines, null);
                md.Append("\n\n");
                break;
            case QuoteBlock q:
                md.Append("> ");
                AppendInlines(md, q.Inlines, "> ");
                md.Append('\n');

                if (q.Attribution is not null)
                {
                    md.Append(">\n> — ").Append(EscapeInline(q.Attribution)).Append('\n');
                }

                md.Append('\n');
                break;
            case ListBlock l:
                var items = l.ItemInlines;
                for (var i = 0; i < items.Count; i++)
                {
                    var marker = l.Ordered ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ";
                    md.Append(marker);
                    AppendInlines(md, items[i], new string(' ', marker.Length));
                    md.Append('\n');
                }

                md.Append('\n');
                break;
            case FigureBlock f:
                md.Append("![").Append(EscapeInline(f.Image.Alt ?? f.Image.Caption ?? string.Empty)).Append("](<").Append(f.Image.Url.OriginalString).Append(">)\n");
                var caption = string.Join(" ", new[] { f.Image.Caption, f.Image.Credit is null ? null : "(" + f.Image.Credit + ")" }.Where(s => s is not null));
                if (caption.Length > 0)
                {
                    md.Append('*').Append(EscapeInline(caption)).Append("*\n");
                }

                md.Append('\n');
                break;
            case TableBlock t when t.Rows.Count > 0:
                var columns = t.Rows.Max(r => r.Count);
                for (var i = 0; i < t.Rows.Count; i++)
                {
                    md.Append('|');
                    for (var c = 0; c < columns; c++)
                    {
                        md.Append(' ').Append(c < t.Rows[i].Count ? EscapeInline(t.Rows[i][c]).Replace("|", "\\|", StringComparison.Ordinal) : string.Empty).Append(" |");
                    }

                    md.Append('\n');
                    if (i == 0)
                    {
                        md.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", columns))).Append('\n');
                    }
                }

                md.Append('\n');
                break;
            case EmbedBlock e:
                md.Append(e.Url is null ? EscapeInline(e.Text ?? string.Empty) : $"[{EscapeInline(e.Text ?? e.Provider ?? "Embedded content")}](<{e.Url.OriginalString}>)").Append("\n\n");
                break;
            case PreformattedBlock pre:
                md.Append("```\n").Append(pre.Text.Replace("```", "` ` `", StringComparison.Ordinal)).Append("\n```\n\n");
                break;
        }
    }

    /// <summary>
    /// Appends inlines. <paramref name="continuation"/> starts each line after a line break (the quote marker or a
    /// list item's indent); null renders line breaks as spaces (a heading holds one line).
    /// </summary>
    private static void AppendInlines(StringBuilder md, IReadOnlyList<Inline> inlines, string? continuation, char following = '\n')
    {
        for (var i = 0; i < inlines.Count; i++)
        {
            var next = i + 1 < inlines.Count ? FirstCharacter(inlines[i + 1]) : following;
            var lineStart = md.Length == 0 || md[^1] is '\n' || (i == 0 && md[^1] == ' ') || (i > 0 && inlines[i - 1] is LineBreakInline);
            switch (inlines[i])
            {
                case TextInline text:
                    AppendEscaped(md, text.Text, lineStart, next);
                    break;
                case EmphasisInline emphasis:
                    AppendDelimited(md, "*", emphasis.Inlines, continuation, next);
                    break;
                case StrongInline strong:
                    AppendDelimited(md, "**", strong.Inlines, continuation, next);
                    break;
                case LinkInline link:
                    md.Append('[');
                    AppendInlines(md, link.Inlines, continuation, ']');
                    md.Append("](<").Append(Destination(link.Url)).Append(">)");
                    break;
                case CodeInline code:
                    AppendCode(md, code.Text);
                    break;
                case LineBreakInline when continuation is null:
                    md.Append(' ');
                    break;
                case LineBreakInline:
                    // A backslash before the newline is CommonMark's hard line break.
                    md.Append("\\\n").Append(continuation);
                    break;
            }
        }
    }

    /// <summary>
    /// Emphasis or strong emphasis. CommonMark reads a <c>*</c> as a delimiter only when it flanks the text the right
    /// way (for instance, not between a letter and a quotation mark); where it would not, the text is kept without its
    /// emphasis rather than shown with stray asterisks.
    /// </summary>
    private static void AppendDelimited(StringBuilder md, string delimiter, IReadOnlyList<Inline> inlines, string? continuation, char following)
    {
        var start = md.Length;
        var before = start == 0 ? '\n' : md[start - 1];
        md.Append(delimiter);
        AppendInlines(md, inlines, continuation, delimiter[0]);
        var contentStart = start + delimiter.Length;
        if (md.Length == contentStart || !Flanks(before, md[contentStart]) || !Flanks(following, md[^1]))
        {
            md.Remove(start, delimiter.Length);
            return;
        }

        md.Append(delimiter);
    }

    /// <summary>True when a delimiter between <paramref name="outside"/> and <paramref name="inside"/> can open or close emphasis.</summary>
    private static bool Flanks(char outside, char inside) =>
        !char.IsWhiteSpace(inside) && (!char.IsPunctuation(inside) && !char.IsSymbol(inside) || char.IsWhiteSpace(outside) || char.IsPunctuation(outside) || char.IsSymbol(outside));

    /// <summary>The first character an inline renders as, near enough to judge a neighbouring delimiter.</summary>
    private static char FirstCharacter(Inline inline) => inline switch
    {
        TextInline { Text.Length: > 0 } text => text.Text[0],
        EmphasisInline or StrongInline => '*',
        LinkInline => '[',
        CodeInline => '`',
        LineBreakInline => '\\',
        _ => '\n',
    };

    /// <summary>A code span fenced by more backticks than the code holds in a row, padded where the code starts or ends with one.</summary>
    private static void AppendCode(StringBuilder md, string code)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in code)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        var pad = code.Length > 0 && (code[0] == '`' || code[^1] == '`' || (code[0] == ' ' && code[^1] == ' ' && code.Trim().Length > 0));
        md.Append(fence);
        if (pad)
        {
            md.Append(' ');
        }

        md.Append(code);
        if (pad)
        {
            md.Append(' ');
        }

        md.Append(fence);
    }

    /// <summary>A link destination for the pointy-bracket form, which may hold neither brackets nor spaces nor line breaks.</summary>
    private static string Destination(Uri url) =>
        url.AbsoluteUri.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)
            .Replace(" ", "%20", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes the characters that would otherwise start Markdown syntax inside running text.</summary>
    private static string EscapeInline(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        AppendEscaped(escaped, text, lineStart: true, following: '\n');
        return escaped.ToString();
    }

    /// <summary>
    /// Appends text with the characters that would start Markdown syntax escaped: emphasis, code, link and HTML
    /// characters anywhere, an entity-like <c>&amp;</c>, a <c>!</c> that a link would turn into an image, and at the
    /// start of a line what would start a heading, a list or a heading underline.
    /// </summary>
    private static void AppendEscaped(StringBuilder md, string text, bool lineStart, char following)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : following;
            var escape = c switch
            {
                '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' => true,
                '&' => char.IsAsciiLetterOrDigit(next) || next == '#',
                '!' => next == '[',
                '#' or '-' or '+' or '=' => lineStart && i == 0,
                '.' or ')' => lineStart && IsOrderedMarker(text, i),
                _ => false,
            };
            if (escape)
            {
                md.Append('\\');
            }

            md.Append(c);
        }
    }

    /// <summary>True when text[..index] is one to nine digits, so that the '.' or ')' at index would make an ordered list item.</summary>
    private static bool IsOrderedMarker(string text, int index)
    {
        if (index == 0 || index > 9)
        {
            return false;
        }

        for (var i = 0; i < index; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
