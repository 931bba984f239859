using System.Globalization;
using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Sections;

/// <summary>
/// Reads a section path from the article's address (/news/middle-east/2024/11/14/… → News › Middle East): weak
/// evidence, below breadcrumbs and markup. Only the leading word-like segments count; dates, ids, the slug and
/// technical segments (amp, en, eng, index.html) end or are skipped. A page script that takes the article from the
/// query string (/news/news_view.html?idx=8576) names no section, and on a page with links, a segment counts only when
/// the page links to that level's own page or to a deeper one (a partner's folder on a syndication host is not linked).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class UrlSectionExtractor : IArticleExtractor
{
    private const int MaxSegments = 3;

    /// <summary>The longest link text read as a level's name.</summary>
    private const int MaxNameLength = 40;

    /// <summary>How many links a page needs before its links are trusted to show its sections.</summary>
    private const int MinAnchorsToConfirm = 20;

    private static readonly HashSet<string> Skipped = new(SectionTrail.PageTypeWords.Concat(
    [
        "amp", "www", "m", "mobile", "articles", "stories", "post", "posts", "content", "contents", "item", "a", "p", "s", "id", "html", "index",
        "print", "view", "read", "page", "pages", "blog", "blogs", "archive", "archives", "doc", "news-story", "beitraege", "articulo", "standard",
        "web", "site", "sites", "public", "cms", "wordpress", "comments",

        // Language, country and region codes that lead an address (/en/, /us/, /intl/).
        "en", "de", "fr", "es", "it", "pt", "pl", "ru", "uk", "ua", "tr", "ar", "fa", "nl", "sv", "zh", "ja", "ko", "us", "gb", "au", "ca", "ie", "nz",
        "za", "ch", "at", "be", "br", "mx", "cl", "cn", "jp", "kr", "no", "dk", "fi", "se", "cz", "sk", "hu", "ro", "bg", "gr", "hr", "si", "rs", "lt",
        "lv", "ee", "il", "eg", "sa", "ae", "ir", "pk", "ph", "id", "my", "sg", "th", "vn", "int", "intl", "eu", "global", "world-edition",

        // Three-letter language codes (ISO 639-2) of the languages sites are most often published in (/eng/, /rus/), except those
        // that are also words sites name sections with ("vie" life, "fin" finance, "pol" politics, "est" east, "arm", "ben").
        "eng", "deu", "ger", "fra", "fre", "spa", "esp", "ita", "por", "rus", "ara", "zho", "jpn", "kor", "tur", "nld", "dut", "swe",
        "nor", "dan", "ces", "cze", "slk", "slo", "hun", "ron", "rum", "bul", "ell", "gre", "hrv", "srp", "slv", "ukr", "fas", "heb",
        "hin", "urd", "msa", "tha", "hye", "kat", "aze", "kaz", "uzb", "lav", "eus", "glg", "isl",
    ]), StringComparer.OrdinalIgnoreCase);

    // The file names of page scripts ("news_view.html", "article.php"): a leaf with one of these extensions.
    private static readonly string[] ScriptExtensions = [".html", ".htm", ".shtml", ".php", ".asp", ".aspx", ".jsp", ".cfm", ".cgi", ".do", ".pl"];

    /// <inheritdoc />
    public string Name => "url-section";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var url = context.TryGetBest(ArticleFields.CanonicalUrl, out var canonical) ? canonical : context.PageUrl;
        if (url is not { IsAbsoluteUri: true } || ScriptTakesId(url))
        {
            return;
        }

        var segments = Segments(url.AbsolutePath, SiteNames.Get(context).IsOwnName);
        var confirmed = Confirmed(context, url, segments, out var printed);
        // A leading folder the page names nowhere, before levels it names in a script without Latin letters ("news" in
        // /fa/news/sport/football/, whose menu prints "ورزش" and "فوتبال"), is the site's folder, not a section it names.
        var first = 0;
        while (printed is not null && first < confirmed - 1 && printed[first] is null
            && printed.Skip(first + 1).Take(confirmed - first - 1).Any(p => p is not null && !p.Any(char.IsAsciiLetter)))
        {
            first++;
        }

        if (confirmed > first)
        {
            context.Propose(
                ArticleFields.Section,
                Section.FromNames([.. segments.Take(confirmed).Select((s, i) => printed?[i] ?? s.Name).Skip(first)]),
                ArticleSources.UrlPath,
                FieldPrecedence.Weak);
        }
    }

    /// <summary>
    /// The name the site's own links print for a level's page, where it reads as that level's folder: the folder spelled
    /// with its accents, capitals and punctuation ("Economía" for /economia/, "Wirtschaft & Finanzen" for
    /// /wirtschaft-finanzen/), or, for a folder in Latin letters, a name in a script without them ("رياضة" for /sport/),
    /// the one printed most often among the links read. Null when no link names the level so.
    /// </summary>
    private static string? PrintedName(string folder, Dictionary<string, int>? texts)
    {
        if (texts is null)
        {
            return null;
        }

        string? best = null;
        var bestCount = 0;
        foreach (var (text, count) in texts)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            // A name in capitals ("SPORT") is the menu's style, not the name; "more" in any script names no level.
            if (words is < 1 or > MaxPrintedWords || SectionWords.IsNotSection(text) || count <= bestCount
                || (text.Any(char.IsUpper) && !text.Any(char.IsLower)) || MoreWords.Contains(text.Trim(' ', '»', '›', '>', '…', '.'))
                || !(SiteNames.Spells(folder, text) || (!text.Any(char.IsAsciiLetter) && text.Any(char.IsLetter) && folder.All(char.IsAscii))))
            {
                continue;
            }

            (best, bestCount) = (text, count);
        }

        return best;
    }

    // "More" and "all" as links to a level print them, in the scripts without Latin letters.
    private static readonly HashSet<string> MoreWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "المزيد", "اقرأ المزيد", "الكل", "بیشتر", "همه", "مطالب بیشتر", "ещё", "еще", "больше", "все", "всі", "більше", "детальніше", "подробнее",
        "更多", "もっと見る", "一覧", "더보기", "전체", "עוד", "הכל", "περισσότερα",
    };

    /// <summary>The most words a link's text names a level with.</summary>
    private const int MaxPrintedWords = 4;

    internal static Section? FromPath(string path, Func<string, bool>? isSiteName = null) =>
        Segments(path, isSiteName) is { Count: > 0 } segments ? Section.FromNames([.. segments.Select(s => s.Name)]) : null;

    /// <summary>
    /// Whether the address is a page script's that takes the article from its query string ("news_view.html?idx=8576",
    /// "article.php?storyid=504"): a leaf file of one or two words without digits, and a query parameter holding a
    /// number. Its folders name the script's place on the server, not sections. A slug ending in ".html", or one
    /// carrying a tracking query, is an article's own name.
    /// </summary>
    /// <param name="url">The article's address.</param>
    /// <returns>True when the path names a script.</returns>
    internal static bool ScriptTakesId(Uri url)
    {
        var path = url.AbsolutePath;
        var leaf = path[(path.LastIndexOf('/') + 1)..];
        var dot = leaf.LastIndexOf('.');
        if (dot <= 0 || !ScriptExtensions.Contains(leaf[dot..], StringComparer.OrdinalIgnoreCase) || leaf[..dot].Any(char.IsAsciiDigit)
            || leaf[..dot].Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries).Length > 2 || url.Query.Length < 2)
        {
            return false;
        }

        foreach (var pair in url.Query[1..].Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && equals < pair.Length - 1 && pair.AsSpan(equals + 1).IndexOfAnyExceptInRange('0', '9') < 0 && IsIdName(pair.AsSpan(0, equals)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a query parameter's name is an article id's ("id", "idx", "no", "seq", "storyid", "news_no"), not a page
    /// number, a version or a tracking id ("page", "v", "utm_id", "fbclid").
    /// </summary>
    private static bool IsIdName(ReadOnlySpan<char> name)
    {
        if (name.StartsWith("utm", StringComparison.OrdinalIgnoreCase) || name.StartsWith("page", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith("clid", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var key in (ReadOnlySpan<string>)["id", "idx", "no", "num", "seq", "nr"])
        {
            if (name.EndsWith(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The leading segments that name sections, each with the path of its level ("/news/world").</summary>
    private static List<(string Name, string Prefix)> Segments(string path, Func<string, bool>? isSiteName)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var skip = ArchivePrefixLength(segments);
        skip += LeadingDateLength(segments, skip);
        var names = new List<(string Name, string Prefix)>();
        var prefix = string.Empty;

        // The last segment is the article's own slug or id, never a section.
        for (var i = skip; i < segments.Length - 1 && names.Count < MaxSegments; i++)
        {
            var segment = Uri.UnescapeDataString(segments[i]);
            prefix += "/" + segment.ToLowerInvariant();

            // Language and country codes (/us/, /uk/, /eng/), one-letter segments (/r/, /n/), page-type words and the site's own name are not sections.
            if (Skipped.Contains(segment) || segment.Length == 1 || isSiteName?.Invoke(segment) == true)
            {
                continue;
            }

            if (!IsSectionLike(segment))
            {
                break;
            }

            if (!SectionWords.IsNotSection(Display(segment)))
            {
                names.Add((Display(segment), prefix));
            }
        }

        return names;
    }

    /// <summary>
    /// A web archive's copy (/web/20190412083000/https://host/news/...) keeps the original address after the
    /// timestamp: how many segments the archive's prefix takes (0 for an ordinary address).
    /// </summary>
    /// <summary>
    /// How many segments a date opening the path takes ("/2026/11/27/world/middleeast/…": three; "/2026/11/…": two): the
    /// sections printed after it are the path's, as before the slug of a dated address.
    /// </summary>
    private static int LeadingDateLength(string[] segments, int start)
    {
        if (start + 2 >= segments.Length || segments[start].Length != 4 || !int.TryParse(segments[start], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 1995 or > 2100 || !IsNumberIn(segments[start + 1], 1, 12))
        {
            return 0;
        }

        return start + 3 < segments.Length && IsNumberIn(segments[start + 2], 1, 31) ? 3 : 2;

        static bool IsNumberIn(string segment, int min, int max) =>
            segment.Length is 1 or 2 && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max;
    }

    private static int ArchivePrefixLength(string[] segments)
    {
        for (var i = 0; i + 2 < segments.Length; i++)
        {
            if (segments[i].Length >= 14 && segments[i].AsSpan(0, 14).IndexOfAnyExceptInRange('0', '9') < 0
                && segments[i + 1].StartsWith("http", StringComparison.OrdinalIgnoreCase) && segments[i + 1].EndsWith(':'))
            {
                return i + 3;
            }
        }

        return 0;
    }

    /// <summary>
    /// How many of the leading section segments the page's own links confirm: up to the deepest level the page links
    /// to, by its own page ("/news/world/" confirms News › World), a page of the site named like it ("/world"),
    /// another branch under it that is neither a tag page nor a view of this article ("/news/europe/…" for
    /// /news/world/story, "/news/world/other-story"), or a link naming it ("World"). A page with few links (a stripped
    /// copy, an AMP page) confirms them all. A partner's folder on a syndication host (/gazette/article/id/slug) is
    /// confirmed by none of these: under it sit only its tag pages, this article's gallery and other articles of the
    /// same /gazette/article/ branch.
    /// </summary>
    private static int Confirmed(ExtractionContext context, Uri url, List<(string Name, string Prefix)> segments, out string?[]? printed)
    {
        printed = null;
        var anchors = context.Index.Anchors;
        if (segments.Count == 0)
        {
            return 0;
        }

        // The texts the page's links to each level's own page print, and how often.
        var texts = new Dictionary<string, int>?[segments.Count];

        // A confirming link's path holds one of the levels' segments: other links are only read for their text.
        var names = segments.Select(s => s.Prefix[(s.Prefix.LastIndexOf('/') + 1)..]).ToArray();
        var filter = names.All(n => n.All(char.IsAscii)) ? names : null;
        if (anchors.Count < MinAnchorsToConfirm)
        {
            foreach (var anchor in anchors)
            {
                CollectLevelText(anchor);
            }

            printed = Printed();
            return segments.Count;
        }

        var folded = segments.Select(s => SiteNames.Fold(s.Name)).ToArray();
        var article = LevelPath(url.AbsolutePath);
        var deepest = 0;
        foreach (var anchor in anchors)
        {
            var href = anchor.Href;
            if (href.Length < 2 || href[0] == '#')
            {
                continue;
            }

            var level = -1;
            if ((filter is null || ContainsAny(href, filter)) && context.ResolveUrl(href) is { } target && IsOwnSectionLink(target, url))
            {
                var path = LevelPath(target.AbsolutePath);
                level = LinkedLevel(path, segments, article);
                AddLevelText(anchor, path);
            }

            // A link naming a level ("World") confirms it only when it leads to a page of the site that is no tag page.
            if (level < 0 && ShortText(anchor.Element, MaxNameLength) is { } text
                && Array.IndexOf(folded, SiteNames.Fold(text)) is var named and >= 0
                && context.ResolveUrl(href) is { } namedTarget && IsOwnSectionLink(namedTarget, url))
            {
                level = named;
            }

            deepest = Math.Max(deepest, level + 1);

            // Every level confirmed and named by a link: the rest of the page adds nothing but counts.
            if (deepest == segments.Count && Array.TrueForAll(texts, t => t is not null))
            {
                break;
            }
        }

        printed = Printed();
        return deepest;

        void CollectLevelText(AnchorTag anchor)
        {
            if (anchor.Href.Length > 1 && (filter is null || ContainsAny(anchor.Href, filter)) && context.ResolveUrl(anchor.Href) is { } target && IsOwnSectionLink(target, url))
            {
                AddLevelText(anchor, LevelPath(target.AbsolutePath));
            }
        }

        // A link to a level's own page: its text, when short, counted for that level.
        void AddLevelText(AnchorTag anchor, string path)
        {
            var index = segments.FindIndex(s => string.Equals(s.Prefix, path, StringComparison.Ordinal));
            if (index >= 0 && ShortText(anchor.Element, MaxNameLength) is { } raw && TextNormalizer.CollapseOrNull(raw) is { } text)
            {
                if (texts[index] is null)
                {
                    texts[index] = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                var counts = texts[index]!;
                counts[text] = counts.GetValueOrDefault(text) + 1;
            }
        }

        string?[]? Printed()
        {
            string?[]? names = null;
            for (var i = 0; i < segments.Count; i++)
            {
                var folder = segments[i].Prefix[(segments[i].Prefix.LastIndexOf('/') + 1)..];
                if (PrintedName(folder, texts[i]) is { } name)
                {
                    names ??= new string?[segments.Count];
                    names[i] = name;
                }
            }

            return names;
        }
    }

    /// <summary>Whether a link leads to a page of the article's own site that is not a tag or topic page.</summary>
    private static bool IsOwnSectionLink(Uri target, Uri url) => SectionTrail.SameSite(target, url) && !SectionWords.IsTagPage(target, topics: true);

    /// <summary>Whether a link's address holds one of the names.</summary>
    private static bool ContainsAny(string href, string[] names)
    {
        foreach (var name in names)
        {
            if (href.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A link's text when it is short (at most <paramref name="max"/> characters), read without building a long one; else null.</summary>
    private static string? ShortText(IElement element, int max) =>
        !ElementText.IsLongerThan(element, max) && element.TextContent is { Length: > 0 } text ? text : null;

    /// <summary>The deepest level a linked page confirms (see <see cref="Confirmed"/>), or -1.</summary>
    /// <param name="path">The linked page's level path.</param>
    /// <param name="segments">The article's section segments.</param>
    /// <param name="article">The article's own level path.</param>
    private static int LinkedLevel(string path, List<(string Name, string Prefix)> segments, string article)
    {
        var leaf = path[(path.LastIndexOf('/') + 1)..];
        var articleLeaf = article[(article.LastIndexOf('/') + 1)..];
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var prefix = segments[i].Prefix;
            if (string.Equals(path, prefix, StringComparison.Ordinal) || (leaf.Length > 0 && prefix.EndsWith("/" + leaf, StringComparison.Ordinal))
                || (path.StartsWith(prefix + "/", StringComparison.Ordinal) && !string.Equals(leaf, articleLeaf, StringComparison.Ordinal)
                    && !string.Equals(Branch(path, prefix), Branch(article, prefix), StringComparison.Ordinal)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The segment that follows a level in a path ("world" in /news/world/story for /news).</summary>
    private static string Branch(string path, string prefix)
    {
        if (!path.StartsWith(prefix + "/", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var rest = path[(prefix.Length + 1)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? rest : rest[..slash];
    }

    /// <summary>
    /// A linked page's path as a level's: unescaped, lower case, without the archive's prefix, a trailing slash, an
    /// index page or a page's file extension.
    /// </summary>
    private static string LevelPath(string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var skip = ArchivePrefixLength(segments);
        var end = segments.Length;
        if (end > skip && segments[end - 1].StartsWith("index.", StringComparison.OrdinalIgnoreCase))
        {
            end--;
        }

        var result = new System.Text.StringBuilder();
        for (var i = skip; i < end; i++)
        {
            var segment = Uri.UnescapeDataString(segments[i]).ToLowerInvariant();

            // A level's page written as a file ("/de/wohnen.html") is the level.
            if (i == end - 1 && segment.LastIndexOf('.') is var dot and > 0 && ScriptExtensions.Contains(segment[dot..], StringComparer.Ordinal))
            {
                segment = segment[..dot];
            }

            result.Append('/').Append(segment);
        }

        return result.ToString();
    }

    /// <summary>The section one address segment names ("middle-east" → "Middle East", "tv" → "TV"); null when it names none.</summary>
    /// <param name="segment">The segment, unescaped.</param>
    /// <returns>The section's name, or null.</returns>
    internal static string? SegmentName(string segment) =>
        !Skipped.Contains(segment) && IsSectionLike(segment) && !SectionWords.IsNotSection(Display(segment)) ? Display(segment) : null;

    /// <summary>A word or two of letters ("politics", "middle-east"), not a slug, an id or a date.</summary>
    private static bool IsSectionLike(string segment)
    {
        if (segment.Length is < 2 or > 30 || segment.Any(c => !char.IsLetter(c) && c is not ('-' or '_')))
        {
            return false;
        }

        return segment.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 and <= 3 };
    }

    /// <summary>
    /// How a segment reads as a name: words capitalised, two letters in capitals ("tv" → "TV", "us-news" → "US News") unless a
    /// little word ("in-depth" → "In Depth"), and
    /// the little words that link two others in small letters ("food-and-drink" → "Food and Drink", "bill-of-rights",
    /// "economia-e-finanza", "sport-und-freizeit").
    /// </summary>
    private static string Display(string segment)
    {
        var words = segment.Split(['-', '_'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((w, i) => i > 0 && i < words.Length - 1 && LinkWords.Contains(w)
            ? w.ToLowerInvariant()
            : w.Length <= 2 && w.All(char.IsAsciiLetter) && !LinkWords.Contains(w)
            ? w.ToUpperInvariant()
            : char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..]));
    }

    /// <summary>Words that link two others in a section's name, written in small letters between them.</summary>
    private static readonly HashSet<string> LinkWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "of", "the", "in", "on", "for", "to", "at", "und", "et", "y", "e", "i", "og", "och", "en", "de", "di", "da", "do", "du",
        "del", "des", "della", "la", "le", "em", "и", "і", "ve",
    };
}
