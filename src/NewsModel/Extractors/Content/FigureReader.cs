using System.Globalization;
using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Content;

/// <summary>
/// Reads an image with its caption and credit from a <c>&lt;figure&gt;</c>, a captioned wrapper or a bare
/// <c>&lt;img&gt;</c>: lazy-loading attributes are read before placeholder <c>src</c>s, and a credit element or a
/// credit phrase at the end of the caption goes to <see cref="ArticleImage.Credit"/>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class FigureReader
{
    private static readonly string[] LazySources = ["data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src", "data-full-src"];

    /// <summary>Reads a figure-like element; null when it holds no usable image.</summary>
    public static ArticleImage? Read(IElement element, ExtractionContext context, TextCollector text)
    {
        var img = element.LocalName == "img" ? element : FindImage(element);
        if (img is null)
        {
            return null;
        }

        var url = ImageUrl(img, context);
        if (url is null || IsTinyOrTracking(img, url))
        {
            return null;
        }

        string? caption = null;
        string? credit = null;
        if (element.LocalName != "img")
        {
            var captionElement = element.QuerySelector("figcaption") ?? FindByClass(element, "caption");
            var creditElement = FindByClass(captionElement ?? element, "credit") ?? FindByClass(captionElement ?? element, "copyright")
                ?? FindByClass(captionElement ?? element, "photographer") ?? FindByClass(captionElement ?? element, "source");
            if (creditElement is not null && captionElement is not null && (creditElement == captionElement || creditElement.Contains(captionElement)))
            {
                creditElement = null;
            }

            if (captionElement is not null)
            {
                text.Clear();
                CollectExcept(captionElement, creditElement, text);
                caption = TextNormalizer.CollapseOrNull(text.Take());
            }

            if (creditElement is not null)
            {
                text.Clear();
                text.Add(creditElement);
                credit = TextNormalizer.CollapseOrNull(text.Take());
                if (credit is not null)
                {
                    credit = StripCreditLabel(credit);
                }
            }

            if (credit is null)
            {
                (caption, credit) = CaptionSplitter.Split(caption);
            }
        }

        return new ArticleImage(url)
        {
            Alt = TextNormalizer.CollapseOrNull(img.GetAttribute("alt")),
            Caption = caption,
            Credit = credit,
            Width = Dimension(img.GetAttribute("width")),
            Height = Dimension(img.GetAttribute("height")),
        };
    }

    /// <summary>The first image inside, including the fallback a <c>&lt;noscript&gt;</c> holds for lazy-loading pages.</summary>
    public static IElement? FindImage(IElement element)
    {
        var stack = new Stack<IElement>();
        stack.Push(element);
        IElement? fallback = null;
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            if (current.LocalName == "img")
            {
                if (HasRealSource(current))
                {
                    return current;
                }

                fallback ??= current;
                continue;
            }

            for (var child = current.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                if (child.LocalName is not ("script" or "style" or "figcaption"))
                {
                    stack.Push(child);
                }
            }
        }

        return fallback;
    }

    private static bool HasRealSource(IElement img)
    {
        var src = img.GetAttribute("src");
        if (!string.IsNullOrWhiteSpace(src) && !src.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var name in LazySources)
        {
            if (!string.IsNullOrWhiteSpace(img.GetAttribute(name)))
            {
                return true;
            }
        }

        return !string.IsNullOrWhiteSpace(img.GetAttribute("srcset") ?? img.GetAttribute("data-srcset"));
    }

    private static Uri? ImageUrl(IElement img, ExtractionContext context)
    {
        foreach (var name in LazySources)
        {
            if (context.ResolveUrl(img.GetAttribute(name)) is { } lazy)
            {
                return lazy;
            }
        }

        var src = img.GetAttribute("src");
        if (src is not null && !src.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase) && context.ResolveUrl(src) is { } url)
        {
            return url;
        }

        return context.ResolveUrl(FirstSrcsetCandidate(img.GetAttribute("srcset") ?? img.GetAttribute("data-srcset")));
    }

    private static string? FirstSrcsetCandidate(string? srcset)
    {
        if (string.IsNullOrWhiteSpace(srcset))
        {
            return null;
        }

        var first = srcset.Trim();
        var comma = first.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0)
        {
            first = first[..comma];
        }

        var space = first.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? first[..space] : first;
    }

    /// <summary>Spacer gifs, tracking pixels and icons are not figures.</summary>
    private static bool IsTinyOrTracking(IElement img, Uri url)
    {
        var width = Dimension(img.GetAttribute("width"));
        var height = Dimension(img.GetAttribute("height"));
        if ((width is { } w && w < 60) || (height is { } h && h < 60))
        {
            return true;
        }

        var path = url.AbsolutePath;
        return path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) || path.Contains("pixel", StringComparison.OrdinalIgnoreCase)
            || path.Contains("spacer", StringComparison.OrdinalIgnoreCase) || path.Contains("blank.gif", StringComparison.OrdinalIgnoreCase);
    }

    private static IElement? FindByClass(IElement root, string fragment)
    {
        foreach (var element in root.Descendants<IElement>())
        {
            var name = element.ClassName;
            if (name is not null && name.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return element;
            }
        }

        return null;
    }

    private static void CollectExcept(IElement root, IElement? excluded, TextCollector text)
    {
        if (excluded is null)
        {
            text.Add(root);
            return;
        }

        for (var child = root.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child == excluded)
            {
                continue;
            }

            if (child is IElement element && element.Contains(excluded))
            {
                CollectExcept(element, excluded, text);
                continue;
            }

            text.Add(child);
        }
    }

    private static string? StripCreditLabel(string credit)
    {
        var (caption, split) = CaptionSplitter.Split(credit);
        var result = caption is null && split is not null ? split : credit;
        result = result.Trim().TrimStart('(').TrimEnd(')').Trim();
        return result.Length == 0 ? null : result;
    }

    private static int? Dimension(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.EndsWith("px", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^2];
        }

        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 100_000 ? value : null;
    }
}
