namespace NewsModel.Internal;

/// <summary>Resolves links found on a page; only http(s) results are accepted.</summary>
internal static class UrlResolver
{
    public static Uri? Resolve(Uri? baseUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        var trimmed = href.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) && baseUrl is null)
        {
            trimmed = "https:" + trimmed;
        }

        Uri? result;
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            result = absolute;
        }
        else if (baseUrl is not null && baseUrl.IsAbsoluteUri && !LooksAbsoluteWithScheme(trimmed) && Uri.TryCreate(baseUrl, trimmed, out var relative))
        {
            result = relative;
        }
        else
        {
            return null;
        }

        return result.Scheme is "http" or "https" ? result : null;
    }

    /// <summary>True for "javascript:...", "data:...", "mailto:..." and other scheme-qualified links, which never resolve against a base.</summary>
    private static bool LooksAbsoluteWithScheme(string href)
    {
        var colon = href.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return false;
        }

        var slash = href.IndexOfAny(['/', '?', '#']);
        return slash < 0 || colon < slash;
    }
}
