namespace NewsModel.Internal;

/// <summary>
/// Normalizes article addresses so that trivially different forms of one address compare equal: https scheme,
/// lower-case host without "www.", no default port, no fragment, no tracking parameters, no trailing slash.
/// </summary>
internal static class UrlNormalizer
{
    private static readonly string[] TrackingPrefixes = ["utm_", "mc_", "pk_", "at_"];

    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "ref_src", "cmpid", "ocid", "smid", "__twitter_impression", "s_cid", "ito", "cid",
    };

    public static Uri Normalize(Uri url)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            return url;
        }

        var host = url.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var path = url.AbsolutePath;
        if (path.Length > 1 && path.EndsWith('/'))
        {
            path = path.TrimEnd('/');
        }

        var query = FilterQuery(url.Query);
        var builder = new UriBuilder("https", host) { Path = path, Query = query, Port = -1 };
        return builder.Uri;
    }

    private static string FilterQuery(string query)
    {
        if (query.Length <= 1)
        {
            return string.Empty;
        }

        var kept = new List<string>();
        foreach (var pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? pair : pair[..eq];
            if (TrackingNames.Contains(name) || TrackingPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            kept.Add(pair);
        }

        kept.Sort(StringComparer.Ordinal);
        return string.Join('&', kept);
    }
}
