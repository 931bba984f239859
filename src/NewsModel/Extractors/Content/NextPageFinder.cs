using AngleSharp.Dom;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Content;

/// <summary>
/// Finds the link to the next page of an article split across pages: a <c>&lt;link rel="next"&gt;</c> or an
/// <c>&lt;a rel="next"&gt;</c>, accepted only when it reads as a continuation of this page's address ("/story",
/// "/story/2", "/story?page=2"), so that a link to the next story on the site is not taken for one.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class NextPageFinder
{
    public static (Uri Url, string Source)? Find(ExtractionContext context, IElement? container)
    {
        var page = context.PageUrl;
        if (page is null || !page.IsAbsoluteUri)
        {
            return null;
        }

        foreach (var link in context.Index.LinksWithRel("next"))
        {
            if (context.ResolveUrl(link.Href) is { } url && IsContinuation(page, url))
            {
                return (url, ArticleSources.RelNext);
            }
        }

        var scope = container?.ParentElement ?? context.Document.Body;
        if (scope is null)
        {
            return null;
        }

        foreach (var anchor in scope.QuerySelectorAll("a[rel~='next' i]"))
        {
            if (context.ResolveUrl(anchor.GetAttribute("href")) is { } url && IsContinuation(page, url))
            {
                return (url, ArticleSources.PaginationLink);
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="next"/> is this page's address with a page number or a page segment added.</summary>
    public static bool IsContinuation(Uri page, Uri next)
    {
        if (!string.Equals(page.Host, next.Host, StringComparison.OrdinalIgnoreCase) || Uri.Compare(page, next, UriComponents.HttpRequestUrl, UriFormat.Unescaped, StringComparison.Ordinal) == 0)
        {
            return false;
        }

        var pagePath = Stem(page.AbsolutePath);
        var nextPath = next.AbsolutePath;
        if (pagePath.Length < 2)
        {
            return false;
        }

        if (string.Equals(page.AbsolutePath, nextPath, StringComparison.Ordinal))
        {
            return next.Query.Length > 0 && ContainsDigit(next.Query);
        }

        return nextPath.StartsWith(pagePath, StringComparison.Ordinal) && ContainsDigit(nextPath.AsSpan(pagePath.Length))
            || string.Equals(Stem(StripTrailingNumber(page.AbsolutePath)), Stem(StripTrailingNumber(nextPath)), StringComparison.Ordinal) && ContainsDigit(nextPath);
    }

    private static string Stem(string path)
    {
        path = path.TrimEnd('/');
        var dot = path.LastIndexOf('.');
        return dot > path.LastIndexOf('/') ? path[..dot] : path;
    }

    private static string StripTrailingNumber(string path)
    {
        var stem = Stem(path);
        var end = stem.Length;
        while (end > 0 && char.IsAsciiDigit(stem[end - 1]))
        {
            end--;
        }

        while (end > 0 && stem[end - 1] is '-' or '_' or '/')
        {
            end--;
        }

        return stem[..end];
    }

    private static bool ContainsDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
