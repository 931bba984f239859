using System.Globalization;
using System.Text;
using NewsModel.Blocks;

namespace NewsModel.Rendering;

/// <summary>Renders an article as CommonMark: headline, byline and date, then the body blocks.</summary>
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
                md.Append(EscapeInline(p.Text)).Append("\n\n");
                break;
            case HeadingBlock h:
                md.Append('#', Math.Min(6, h.Level + 1)).Append(' ').Append(EscapeInline(h.Text)).Append("\n\n");
                break;
            case QuoteBlock q:
                foreach (var line in q.Text.Split('\n'))
                {
                    md.Append("> ").Append(EscapeInline(line)).Append('\n');
                }

                if (q.Attribution is not null)
                {
                    md.Append(">\n> — ").Append(EscapeInline(q.Attribution)).Append('\n');
                }

                md.Append('\n');
                break;
            case ListBlock l:
                for (var i = 0; i < l.Items.Count; i++)
                {
                    md.Append(l.Ordered ? (i + 1).ToString(CultureInfo.InvariantCulture) + ". " : "- ").Append(EscapeInline(l.Items[i])).Append('\n');
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

    /// <summary>Escapes the characters that would otherwise start Markdown syntax inside running text.</summary>
    private static string EscapeInline(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' && (c != '#' || i == 0))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
