using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Time;

/// <summary>
/// Reads the machine-readable dates of <c>&lt;time datetime&gt;</c> elements (and hAtom <c>&lt;abbr title&gt;</c>
/// dates): one marked <c>pubdate</c> or with a "published" or "entry-date" class is the publication date, one with
/// an "updated" or "modified" class the modification date; failing those, the first such element outside
/// navigation, sidebars, footers and comments is taken as the publication date.
/// </summary>
/// <remarks>Stateless and thread-safe. Uses the page index; the DOM is not walked again.</remarks>
public sealed class TimeElementExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public string Name => "time";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string? published = null, modified = null, first = null;
        foreach (var time in context.Index.Times)
        {
            var value = time.LocalName == "abbr" ? time.GetAttribute("title") : time.GetAttribute("datetime");
            if (string.IsNullOrWhiteSpace(value) || PageRegions.IsInComments(time))
            {
                continue;
            }

            var hints = (time.GetAttribute("class") + " " + time.ParentElement?.GetAttribute("class")).ToLowerInvariant();
            if (time.HasAttribute("pubdate") || hints.Contains("publish", StringComparison.Ordinal) || hints.Contains("entry-date", StringComparison.Ordinal))
            {
                published ??= value;
            }
            else if (hints.Contains("updated", StringComparison.Ordinal) || hints.Contains("modified", StringComparison.Ordinal))
            {
                modified ??= value;
            }
            else if (first is null && !PageRegions.IsBoilerplate(time))
            {
                first = value;
            }
        }

        Proposals.Date(context, ArticleFields.Published, published ?? first, ArticleSources.TimeElement);
        Proposals.Date(context, ArticleFields.Modified, modified, ArticleSources.TimeElement);
    }
}
