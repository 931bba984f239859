using AngleSharp.Dom;
using NewsModel.Blocks;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Content;

/// <summary>
/// Recognises embedded content: frames and players from known providers, and the blockquotes that social
/// networks' embed scripts would replace (a post's text and link are in them even without the script).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class EmbedRecognizer
{
    private static readonly (string Host, string Provider)[] Providers =
    [
        ("youtube.com", "youtube"), ("youtube-nocookie.com", "youtube"), ("youtu.be", "youtube"), ("vimeo.com", "vimeo"),
        ("dailymotion.com", "dailymotion"), ("twitter.com", "x"), ("x.com", "x"), ("instagram.com", "instagram"),
        ("facebook.com", "facebook"), ("tiktok.com", "tiktok"), ("soundcloud.com", "soundcloud"), ("spotify.com", "spotify"),
        ("google.com", "google"), ("datawrapper.de", "datawrapper"), ("flourish.studio", "flourish"), ("podcasts.apple.com", "apple-podcasts"),
        ("reddit.com", "reddit"), ("redditmedia.com", "reddit"), ("giphy.com", "giphy"), ("jwplayer.com", "jwplayer"), ("jwplatform.com", "jwplayer"),
        ("brightcove.net", "brightcove"), ("scribd.com", "scribd"), ("documentcloud.org", "documentcloud"), ("linkedin.com", "linkedin"),
        ("threads.net", "threads"), ("bsky.app", "bluesky"), ("twitch.tv", "twitch"), ("bandcamp.com", "bandcamp"),
    ];

    /// <summary>True for elements that may be embeds and are worth a closer look.</summary>
    public static bool IsCandidate(IElement element) => element.LocalName switch
    {
        "iframe" or "video" or "audio" or "embed" or "object" => true,
        "blockquote" or "div" => SocialClass(element) is not null,
        _ => false,
    };

    /// <summary>The embed an element stands for, or null when it is not one.</summary>
    public static EmbedBlock? Recognize(IElement element, ExtractionContext context, TextCollector text)
    {
        switch (element.LocalName)
        {
            case "iframe" or "embed":
            {
                var url = context.ResolveUrl(element.GetAttribute("src") ?? element.GetAttribute("data-src") ?? element.GetAttribute("data-lazy-src"));
                var provider = ProviderOf(url);
                return provider is null ? null : new EmbedBlock(CanonicalUrl(url!, provider)) { Provider = provider, Text = TextNormalizer.CollapseOrNull(element.GetAttribute("title")) };
            }

            case "object":
            {
                var url = context.ResolveUrl(element.GetAttribute("data"));
                var provider = ProviderOf(url);
                return provider is null ? null : new EmbedBlock(CanonicalUrl(url!, provider)) { Provider = provider };
            }

            case "video" or "audio":
            {
                var src = element.GetAttribute("src");
                if (string.IsNullOrWhiteSpace(src))
                {
                    src = element.QuerySelector("source[src]")?.GetAttribute("src");
                }

                var url = context.ResolveUrl(src);
                return url is null ? null : new EmbedBlock(url) { Provider = ProviderOf(url), Text = TextNormalizer.CollapseOrNull(element.GetAttribute("title") ?? element.GetAttribute("aria-label")) };
            }

            default:
                return RecognizeSocial(element, context, text);
        }
    }

    /// <summary>The provider whose embed class an element carries ("twitter-tweet" is "x").</summary>
    private static string? SocialClass(IElement element)
    {
        var classes = element.ClassList;
        if (classes.Length == 0)
        {
            return null;
        }

        foreach (var name in classes)
        {
            switch (name)
            {
                case "twitter-tweet" or "twitter-video" or "twitter-timeline":
                    return "x";
                case "instagram-media":
                    return "instagram";
                case "tiktok-embed":
                    return "tiktok";
                case "fb-post" or "fb-video":
                    return "facebook";
                case "reddit-embed-bq" or "reddit-card":
                    return "reddit";
                case "bluesky-embed":
                    return "bluesky";
                case "text-post-media":
                    return "threads";
            }
        }

        return null;
    }

    private static EmbedBlock? RecognizeSocial(IElement element, ExtractionContext context, TextCollector text)
    {
        var provider = SocialClass(element);
        if (provider is null)
        {
            return null;
        }

        var url = context.ResolveUrl(element.GetAttribute("data-instgrm-permalink") ?? element.GetAttribute("cite") ?? element.GetAttribute("data-href"));
        if (url is null)
        {
            // The post's own address is its last link (the date under the post); earlier ones are mentions and hashtags.
            var links = element.QuerySelectorAll("a[href]");
            for (var i = links.Length - 1; i >= 0 && url is null; i--)
            {
                url = context.ResolveUrl(links[i].GetAttribute("href"));
            }
        }

        // The post as the page shows it without the embed script: its text, then the author and date line.
        // Instagram's fallback markup is only "View this post on Instagram" and a link, so it is left out.
        string? postText = null;
        if (provider != "instagram")
        {
            text.Clear();
            text.Add(element);
            var collected = text.Take();
            postText = collected.Length == 0 ? null : collected;
        }

        return url is null && postText is null ? null : new EmbedBlock(url) { Provider = provider, Text = postText };
    }

    public static string? ProviderOf(Uri? url)
    {
        if (url is null)
        {
            return null;
        }

        var host = url.Host;
        foreach (var (known, provider) in Providers)
        {
            if (host.Equals(known, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + known, StringComparison.OrdinalIgnoreCase))
            {
                if (provider == "google" && !url.AbsolutePath.StartsWith("/maps", StringComparison.Ordinal))
                {
                    return null;
                }

                return provider == "google" ? "google-maps" : provider;
            }
        }

        return null;
    }

    /// <summary>A player address turned into the address readers would open ("youtube.com/embed/ID" is "youtube.com/watch?v=ID").</summary>
    private static Uri CanonicalUrl(Uri url, string provider)
    {
        if (provider == "youtube")
        {
            var path = url.AbsolutePath;
            const string Prefix = "/embed/";
            if (path.StartsWith(Prefix, StringComparison.Ordinal) && path.Length > Prefix.Length)
            {
                var id = path[Prefix.Length..].TrimEnd('/');
                if (id.Length > 0 && !id.Contains('/', StringComparison.Ordinal) && !id.Equals("videoseries", StringComparison.Ordinal))
                {
                    return new Uri("https://www.youtube.com/watch?v=" + Uri.EscapeDataString(id));
                }
            }
        }

        return url;
    }
}
