using System.Globalization;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Sections;

/// <summary>
/// Reads a section path from the article's address (/news/middle-east/2024/11/14/… → News › Middle East): weak
/// evidence, below breadcrumbs and markup. Only the leading word-like segments count; dates, ids, the slug and
/// technical segments (amp, en, index.html) end or are skipped.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class UrlSectionExtractor : IArticleExtractor
{
    private const int MaxSegments = 3;

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "amp", "www", "m", "mobile", "article", "articles", "story", "stories", "post", "posts", "detail", "details", "content", "item",
        "a", "p", "s", "id", "html", "index", "en", "de", "fr", "es", "it", "pt", "pl", "ru", "uk", "tr", "ar", "fa", "nl", "sv", "zh", "ja",
        "ko", "print", "view", "read", "page", "pages", "blog", "blogs", "archive", "archives", "doc", "news-story",
    };

    /// <inheritdoc />
    public string Name => "url-section";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = context.TryGetBest(ArticleFields.CanonicalUrl, out var canonical) ? canonical : context.PageUrl;
        if (url is { IsAbsoluteUri: true } && FromPath(url.AbsolutePath) is { } section)
        {
            context.Propose(ArticleFields.Section, section, ArticleSources.UrlPath, FieldPrecedence.Weak);
        }
    }

    internal static Section? FromPath(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);

        // The last segment is the article's own slug or id, never a section.
        var names = new List<string>();
        for (var i = 0; i < segments.Length - 1 && names.Count < MaxSegments; i++)
        {
            var segment = Uri.UnescapeDataString(segments[i]);
            if (Skipped.Contains(segment))
            {
                continue;
            }

            if (!IsSectionLike(segment))
            {
                break;
            }

            names.Add(Display(segment));
        }

        return names.Count == 0 ? null : Section.FromNames([.. names]);
    }

    /// <summary>A word or two of letters ("politics", "middle-east"), not a slug, an id or a date.</summary>
    private static bool IsSectionLike(string segment)
    {
        if (segment.Length is < 2 or > 30 || segment.Any(c => !char.IsLetter(c) && c is not ('-' or '_')))
        {
            return false;
        }

        return segment.Split('-', '_', StringSplitOptions.RemoveEmptyEntries).Length <= 3;
    }

    private static string Display(string segment)
    {
        var words = segment.Split('-', '_', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => w.Length <= 2 && w.All(char.IsAsciiLetter) && words.Length > 1
            ? w.ToUpperInvariant()
            : char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
    }
}
