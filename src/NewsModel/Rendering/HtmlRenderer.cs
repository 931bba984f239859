using System.Globalization;
using System.Net;
using System.Text;
using Ganss.Xss;
using NewsModel.Blocks;

namespace NewsModel.Rendering;

/// <summary>
/// Renders body blocks as HTML, with their inlines as <c>em</c>, <c>strong</c>, <c>a</c>, <c>code</c> and
/// <c>br</c>, and passes the result through HtmlSanitizer with a strict allow-list: no scripts, no event handlers,
/// no styles, only http(s) and mailto links, only http(s) images.
/// </summary>
/// <remarks>The sanitizer is configured once and never changed afterwards, so sharing it across threads is safe.</remarks>
internal static class HtmlRenderer
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string Render(IReadOnlyList<Block> body)
    {
        if (body.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder();
        foreach (var block in body)
        {
            Append(html, block);
        }

        return Sanitizer.Sanitize(html.ToString());
    }

    internal static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static void Append(StringBuilder html, Block block)
    {
        switch (block)
        {
            case ParagraphBlock p:
                html.Append("<p>");
                AppendInlines(html, p.Inlines);
                html.Append("</p>\n");
                break;
            case HeadingBlock h:
                html.Append(CultureInfo.InvariantCulture, $"<h{h.Level}>");
                AppendInlines(html, h.Inlines);
                html.Append(CultureInfo.InvariantCulture, $"</h{h.Level}>\n");
                break;
            case QuoteBlock q:
                html.Append("<blockquote><p>");
                AppendInlines(html, q.Inlines);
                html.Append("</p>");
                if (q.Attribution is not null)
                {
                    html.Append("<footer>").Append(Encode(q.Attribution)).Append("</footer>");
                }

                html.Append("</blockquote>\n");
                break;
            case ListBlock l:
                html.Append(l.Ordered ? "<ol>" : "<ul>");
                foreach (var item in l.ItemInlines)
                {
                    html.Append("<li>");
                    AppendInlines(html, item);
                    html.Append("</li>");
                }

                html.Append(l.Ordered ? "</ol>\n" : "</ul>\n");
                break;
            case FigureBlock f:
                AppendFigure(html, f.Image);
                break;
            case TableBlock t:
                AppendTable(html, t);
                break;
            case EmbedBlock e:
                html.Append("<p>");
                if (e.Url is not null)
                {
                    html.Append("<a href=\"").Append(Encode(e.Url.AbsoluteUri)).Append("\">").Append(Encode(e.Text ?? e.Url.AbsoluteUri)).Append("</a>");
                }
                else
                {
                    html.Append(Encode(e.Text ?? string.Empty));
                }

                html.Append("</p>\n");
                break;
            case PreformattedBlock pre:
                html.Append("<pre>").Append(Encode(pre.Text)).Append("</pre>\n");
                break;
        }
    }

    private static void AppendInlines(StringBuilder html, IReadOnlyList<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextInline text:
                    html.Append(Encode(text.Text));
                    break;
                case EmphasisInline emphasis:
                    html.Append("<em>");
                    AppendInlines(html, emphasis.Inlines);
                    html.Append("</em>");
                    break;
                case StrongInline strong:
                    html.Append("<strong>");
                    AppendInlines(html, strong.Inlines);
                    html.Append("</strong>");
                    break;
                case LinkInline link:
                    html.Append("<a href=\"").Append(Encode(link.Url.AbsoluteUri)).Append("\">");
                    AppendInlines(html, link.Inlines);
                    html.Append("</a>");
                    break;
                case CodeInline code:
                    html.Append("<code>").Append(Encode(code.Text)).Append("</code>");
                    break;
                case LineBreakInline:
                    html.Append("<br>");
                    break;
            }
        }
    }

    private static void AppendFigure(StringBuilder html, ArticleImage image)
    {
        html.Append("<figure><img src=\"").Append(Encode(image.Url.IsAbsoluteUri ? image.Url.AbsoluteUri : image.Url.OriginalString)).Append('"');
        if (image.Alt is not null)
        {
            html.Append(" alt=\"").Append(Encode(image.Alt)).Append('"');
        }

        if (image.Width is { } width)
        {
            html.Append(CultureInfo.InvariantCulture, $" width=\"{width}\"");
        }

        if (image.Height is { } height)
        {
            html.Append(CultureInfo.InvariantCulture, $" height=\"{height}\"");
        }

        html.Append('>');
        if (image.Caption is not null || image.Credit is not null)
        {
            html.Append("<figcaption>");
            if (image.Caption is not null)
            {
                html.Append(Encode(image.Caption));
            }

            if (image.Credit is not null)
            {
                html.Append(image.Caption is null ? "<small>" : " <small>").Append(Encode(image.Credit)).Append("</small>");
            }

            html.Append("</figcaption>");
        }

        html.Append("</figure>\n");
    }

    private static void AppendTable(StringBuilder html, TableBlock table)
    {
        html.Append("<table>");
        if (table.Caption is not null)
        {
            html.Append("<caption>").Append(Encode(table.Caption)).Append("</caption>");
        }

        for (var i = 0; i < table.Rows.Count; i++)
        {
            var cell = i == 0 && table.HasHeaderRow ? "th" : "td";
            html.Append("<tr>");
            foreach (var text in table.Rows[i])
            {
                html.Append('<').Append(cell).Append('>').Append(Encode(text)).Append("</").Append(cell).Append('>');
            }

            html.Append("</tr>");
        }

        html.Append("</table>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "footer", "ul", "ol", "li", "figure", "img",
                "figcaption", "small", "table", "caption", "tr", "th", "td", "pre", "code", "a", "em", "strong", "br",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "alt", "width", "height", "title" },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        return new HtmlSanitizer(options);
    }
}
