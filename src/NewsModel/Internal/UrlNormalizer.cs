using System.Text;

namespace NewsModel.Internal;

/// <summary>
/// Normalizes article addresses so that trivially different forms of one address compare equal: https scheme,
/// lower-case host without "www." or "amp.", no default port, no fragment, no tracking parameters, no empty
/// path segments, no trailing slash, and the AMP forms of an address ("/amp" suffix, ".amp" extension,
/// "amp" path segments, "?amp=1", "?outputType=amp") reduced to the plain one. Query parameters are sorted.
/// </summary>
/// <remarks>
/// Only changes that are safe on the sites we know are made: the path's case is kept, parameters that are not known
/// tracking parameters are kept, and a path that is nothing but "/amp" is kept. AMP forms that rename the article
/// ("/article/x.php" served as "/amp/x.php", "x.html" as "x.amp") cannot be undone from the address alone.
/// </remarks>
internal static class UrlNormalizer
{
    private static readonly string[] TrackingPrefixes = ["utm_", "mc_", "pk_", "at_", "ns_", "_hs", "hsa_", "mtm_", "oly_", "wt."];

    private static readonly HashSet<string> TrackingNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "igshid", "twclid", "ttclid", "li_fat_id", "mkt_tok",
        "ref", "ref_src", "ref_url", "cmpid", "ocid", "smid", "smtyp", "__twitter_impression", "s_cid", "ito", "cid",
        "_ga", "_gl", "spm", "xtor", "vero_id", "rss", "cmp", "share",
    };

    /// <summary>Query parameters that only ask for the AMP rendering of the same page.</summary>
    private static readonly HashSet<string> AmpParameters = new(StringComparer.OrdinalIgnoreCase) { "amp", "outputtype", "_amp", "hs_amp", "amp-content", "usqp" };

    /// <summary>Normalizes an address; addresses that are not absolute http(s) are returned unchanged.</summary>
    public static Uri Normalize(Uri url)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            return url;
        }

        var builder = new UriBuilder("https", NormalizeHost(url.IdnHost))
        {
            Path = NormalizePath(url.AbsolutePath),
            Query = FilterQuery(url.Query),
            // The scheme becomes https, so both default ports go; any other port names another server and stays.
            Port = url.IsDefaultPort || url.Port is 80 or 443 ? -1 : url.Port,
        };
        return builder.Uri;
    }

    /// <summary>The same address on another host, written without a default port.</summary>
    public static Uri WithHost(Uri url, string host) =>
        new UriBuilder(url) { Host = host, Port = url.IsDefaultPort ? -1 : url.Port }.Uri;

    /// <summary>Lower-cases a host and drops a leading "www." (or "www2." and the like) or "amp." label, keeping at least two labels.</summary>
    public static string NormalizeHost(string host)
    {
        host = host.Trim().TrimEnd('.').ToLowerInvariant();
        var dot = host.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && host.IndexOf('.', dot + 1) > 0)
        {
            var first = host.AsSpan(0, dot);
            if (first is "amp" || (first.StartsWith("www", StringComparison.Ordinal) && IsDigits(first[3..])))
            {
                host = host[(dot + 1)..];
            }
        }

        return host;
    }

    private static string NormalizePath(string path)
    {
        if (path.Length <= 1)
        {
            return "/";
        }

        // Empty segments ("//") come from careless concatenation, never from meaning.
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        RemoveAmpSegments(segments);
        if (segments.Count > 0)
        {
            segments[^1] = StripAmpExtension(segments[^1]);
        }

        var builder = new StringBuilder(path.Length);
        foreach (var segment in segments)
        {
            builder.Append('/').Append(segment);
        }

        return builder.Length == 0 ? "/" : builder.ToString();
    }

    /// <summary>
    /// Removes the path segments that only select the AMP rendering: any "amp" or ".amp" segment ("/amp/news/x",
    /// "/news/amp/x", "/news/x/amp"), and the "platform/amp" and "google-amp" prefixes some publishing platforms use.
    /// A path made of the segment alone ("/amp") is left as it is: there it may be a page of its own.
    /// </summary>
    private static void RemoveAmpSegments(List<string> segments)
    {
        if (segments.Count < 2)
        {
            return;
        }

        if (segments[0].Equals("platform", StringComparison.OrdinalIgnoreCase) && segments[1].Equals("amp", StringComparison.OrdinalIgnoreCase))
        {
            segments.RemoveRange(0, 2);
        }
        else if (segments[0].Equals("google-amp", StringComparison.OrdinalIgnoreCase))
        {
            segments.RemoveAt(0);
        }

        segments.RemoveAll(s => s.Equals("amp", StringComparison.OrdinalIgnoreCase) || s.Equals(".amp", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"story-123.amp" → "story-123"; "story.amp.html" → "story.html".</summary>
    private static string StripAmpExtension(string segment)
    {
        if (segment.EndsWith(".amp", StringComparison.OrdinalIgnoreCase) && segment.Length > 4)
        {
            return segment[..^4];
        }

        var inner = segment.IndexOf(".amp.", StringComparison.OrdinalIgnoreCase);
        return inner > 0 && inner == segment.LastIndexOf(".amp.", StringComparison.OrdinalIgnoreCase) && segment.IndexOf('.', inner + 5) < 0
            ? string.Concat(segment.AsSpan(0, inner), segment.AsSpan(inner + 4))
            : segment;
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
            var value = eq < 0 ? string.Empty : pair[(eq + 1)..];
            if (IsTracking(name) || IsAmpRequest(name, value))
            {
                continue;
            }

            kept.Add(pair);
        }

        kept.Sort(StringComparer.Ordinal);
        return string.Join('&', kept);
    }

    private static bool IsTracking(string name)
    {
        if (TrackingNames.Contains(name))
        {
            return true;
        }

        foreach (var prefix in TrackingPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"amp", "amp=1", "amp=true", "outputType=amp", "_amp=true": requests for the AMP rendering; "amp=0" and other values are kept.</summary>
    private static bool IsAmpRequest(string name, string value)
    {
        if (!AmpParameters.Contains(name))
        {
            return false;
        }

        return name.ToLowerInvariant() switch
        {
            "outputtype" or "amp-content" => value.Equals("amp", StringComparison.OrdinalIgnoreCase),
            "usqp" => true,
            _ => value.Length == 0 || value is "1" or "y" or "Y" || value.Equals("true", StringComparison.OrdinalIgnoreCase)
                || value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("amp", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
