using System.Globalization;
using NewsModel.Internal;
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

    private static readonly HashSet<string> Skipped = new(SectionTrail.PageTypeWords.Concat(
    [
        "amp", "www", "m", "mobile", "articles", "stories", "post", "posts", "content", "contents", "item", "a", "p", "s", "id", "html", "index",
        "print", "view", "read", "page", "pages", "blog", "blogs", "archive", "archives", "doc", "news-story", "beitraege", "articulo", "standard",
        "web", "site", "sites", "public", "cms", "wordpress", "comments",

        // Language, country and region codes that lead an address (/en/, /us/, /intl/).
        "en", "de", "fr", "es", "it", "pt", "pl", "ru", "uk", "ua", "tr", "ar", "fa", "nl", "sv", "zh", "ja", "ko", "us", "gb", "au", "ca", "ie", "nz",
        "za", "ch", "at", "be", "br", "mx", "cl", "cn", "jp", "kr", "no", "dk", "fi", "se", "cz", "sk", "hu", "ro", "bg", "gr", "hr", "si", "rs", "lt",
        "lv", "ee", "il", "eg", "sa", "ae", "ir", "pk", "ph", "id", "my", "sg", "th", "vn", "int", "intl", "eu", "global", "world-edition",
    ]), StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public string Name => "url-section";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = context.TryGetBest(ArticleFields.CanonicalUrl, out var canonical) ? canonical : context.PageUrl;
        if (url is { IsAbsoluteUri: true } && FromPath(url.AbsolutePath, SiteNames.Get(context).IsOwnName) is { } section)
        {
            context.Propose(ArticleFields.Section, section, ArticleSources.UrlPath, FieldPrecedence.Weak);
        }
    }

    internal static Section? FromPath(string path, Func<string, bool>? isSiteName = null)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);

        // A web archive's copy (/web/20190412083000/https://host/news/...) keeps the original address after the timestamp.
        for (var i = 0; i + 2 < segments.Length; i++)
        {
            if (segments[i].Length >= 14 && segments[i].AsSpan(0, 14).IndexOfAnyExceptInRange('0', '9') < 0
                && segments[i + 1].StartsWith("http", StringComparison.OrdinalIgnoreCase) && segments[i + 1].EndsWith(':'))
            {
                segments = segments[(i + 3)..];
                break;
            }
        }

        // The last segment is the article's own slug or id, never a section.
        var names = new List<string>();
        for (var i = 0; i < segments.Length - 1 && names.Count < MaxSegments; i++)
        {
            var segment = Uri.UnescapeDataString(segments[i]);
            // Language and country codes (/us/, /uk/), one-letter segments (/r/, /n/), page-type words and the site's own name are not sections.
            if (Skipped.Contains(segment) || segment.Length == 1 || isSiteName?.Invoke(segment) == true)
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

    /// <summary>The section one address segment names ("middle-east" → "Middle East", "tv" → "TV"); null when it names none.</summary>
    /// <param name="segment">The segment, unescaped.</param>
    /// <returns>The section's name, or null.</returns>
    internal static string? SegmentName(string segment) =>
        !Skipped.Contains(segment) && IsSectionLike(segment) ? Display(segment) : null;

    /// <summary>A word or two of letters ("politics", "middle-east"), not a slug, an id or a date.</summary>
    private static bool IsSectionLike(string segment)
    {
        if (segment.Length is < 2 or > 30 || segment.Any(c => !char.IsLetter(c) && c is not ('-' or '_')))
        {
            return false;
        }

        return segment.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 and <= 3 };
    }

    private static string Display(string segment)
    {
        var words = segment.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(w => w.Length <= 2 && w.All(char.IsAsciiLetter)
            ? w.ToUpperInvariant()
            : char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
    }
}
