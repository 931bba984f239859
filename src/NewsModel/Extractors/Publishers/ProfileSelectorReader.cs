using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using NewsModel.Blocks;
using NewsModel.Extractors.Bylines;
using NewsModel.Extractors.Dates;
using NewsModel.Internal;
using NewsModel.Pipeline;
using NewsModel.Publishers;
using NodaTime;

namespace NewsModel.Extractors.Publishers;

/// <summary>
/// Reads the elements a profile's selectors point at and proposes their values with the profile's precedence.
/// The readers here are deliberately small (the first matching element, its text without the profile's removed
/// elements, ISO dates only): the site-specific selector does the hard part.
/// </summary>
internal static class ProfileSelectorReader
{
    private static readonly HashSet<string> BlockNames = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "ul", "ol", "figure", "table", "img", "picture", "iframe",
    };

    private static readonly string[] SectionSeparators = ["/", "›", "»", ">", "|"];

    public static void Read(ExtractionContext context, CompiledProfile profile)
    {
        var selectors = profile.Selectors;
        var remove = selectors.Remove;
        if (First(context, selectors.Headline, remove) is { } headline && TextNormalizer.CollapseOrNull(TextOf(headline, remove)) is { } title)
        {
            context.Propose(ArticleFields.Headline, title, ArticleSources.PublisherProfile);
        }

        if (First(context, selectors.Byline, remove) is { } bylineElement && TextNormalizer.CollapseOrNull(TextOf(bylineElement, remove)) is { } bylineText)
        {
            context.Propose(ArticleFields.Byline, ParseByline(bylineText), ArticleSources.PublisherProfile);
        }

        if (First(context, selectors.Published, remove) is { } published && ReadDate(published, profile.Zone, profile.Profile.Language, context.Options.Clock?.GetCurrentInstant()) is { } publishedDate)
        {
            context.Propose(ArticleFields.Published, publishedDate, ArticleSources.PublisherProfile);
        }

        if (First(context, selectors.Modified, remove) is { } modified && ReadDate(modified, profile.Zone, profile.Profile.Language, context.Options.Clock?.GetCurrentInstant()) is { } modifiedDate)
        {
            context.Propose(ArticleFields.Modified, modifiedDate, ArticleSources.PublisherProfile);
        }

        if (First(context, selectors.Section, remove) is { } section && ReadSection(context, section, remove) is { IsEmpty: false } path)
        {
            context.Propose(ArticleFields.Section, path, ArticleSources.PublisherProfile);
        }

        if (First(context, selectors.Body, remove) is { } body && ReadBlocks(context, body, remove) is { Count: > 0 } blocks)
        {
            context.Propose(ArticleFields.Body, blocks, ArticleSources.PublisherProfile);
        }
    }

    /// <summary>The first element matching the selector that is not inside a removed element.</summary>
    private static IElement? First(ExtractionContext context, ISelector? selector, IReadOnlyList<ISelector> remove)
    {
        if (selector is null)
        {
            return null;
        }

        foreach (var element in context.Document.ChildNodes.QuerySelectorAll(selector))
        {
            if (!IsRemoved(element, remove))
            {
                return element;
            }
        }

        return null;
    }

    private static bool IsRemoved(IElement element, IReadOnlyList<ISelector> remove)
    {
        if (remove.Count == 0)
        {
            return false;
        }

        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (Matches(current, remove))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(IElement element, IReadOnlyList<ISelector> remove)
    {
        foreach (var selector in remove)
        {
            if (selector.Match(element, null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of an element without scripts, styles and removed elements, read with an explicit stack.</summary>
    private static string TextOf(IElement root, IReadOnlyList<ISelector> remove)
    {
        var builder = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                builder.Append(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (element.LocalName is "script" or "style" or "template" or "noscript" || (!ReferenceEquals(element, root) && Matches(element, remove)))
            {
                continue;
            }

            if (element.LocalName is "br" or "p" or "div" or "li")
            {
                builder.Append(' ');
            }

            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }

        return builder.ToString();
    }

    /// <summary>Parses the byline the profile's selector found; when it names nobody the text is kept alone.</summary>
    internal static Byline ParseByline(string text)
    {
        var parsed = BylineParser.Parse(text);
        return parsed.IsEmpty ? new Byline { Text = text } : parsed;
    }

    /// <summary>An ISO-8601 date from the element's datetime or content attribute, or its text; a time without offset is placed in the profile's zone.</summary>
    internal static ArticleDate? ReadDate(IElement element, DateTimeZone? zone, string? language = null, Instant? reference = null)
    {
        var raw = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
        var text = TextNormalizer.CollapseOrNull(raw);
        if (text is null || text.Length > 120)
        {
            return null;
        }

        // Machine forms first (a time without offset placed in the profile's zone), then dates written for people.
        return DateReader.Parse(text, DateTextSettings.FromLanguageTag(language, zone, reference), ArticleSources.PublisherProfile, declared: true);
    }

    private static Section ReadSection(ExtractionContext context, IElement element, IReadOnlyList<ISelector> remove)
    {
        var segments = new List<SectionSegment>();
        foreach (var anchor in element.QuerySelectorAll("a[href]"))
        {
            if (!IsRemoved(anchor, remove) && TextNormalizer.CollapseOrNull(anchor.TextContent) is { } name)
            {
                segments.Add(new SectionSegment(name, context.ResolveUrl(anchor.GetAttribute("href"))));
            }
        }

        if (segments.Count == 0)
        {
            foreach (var part in TextOf(element, remove).Split(SectionSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (TextNormalizer.CollapseOrNull(part) is { } name)
                {
                    segments.Add(new SectionSegment(name));
                }
            }
        }

        // A trail's "Home" step names the site, not a section.
        if (segments.Count > 1 && segments[0].Name.Equals("Home", StringComparison.OrdinalIgnoreCase))
        {
            segments.RemoveAt(0);
        }

        return new Section { Segments = segments };
    }

    /// <summary>Typed blocks from the body element: paragraphs, headings, quotes, lists, figures and preformatted text, in document order.</summary>
    private static List<Block> ReadBlocks(ExtractionContext context, IElement body, IReadOnlyList<ISelector> remove)
    {
        var blocks = new List<Block>();
        var stack = new Stack<IElement>();
        for (var child = body.LastElementChild; child is not null; child = child.PreviousElementSibling)
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.LocalName is "script" or "style" or "template" or "noscript" or "iframe" or "form" || Matches(element, remove))
            {
                continue;
            }

            switch (element.LocalName)
            {
                case "p":
                    AddText(blocks, TextOf(element, remove), t => new ParagraphBlock(t));
                    continue;
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    var level = element.LocalName[1] - '0';
                    AddText(blocks, TextOf(element, remove), t => new HeadingBlock(level, t));
                    continue;
                case "blockquote":
                    AddText(blocks, TextOf(element, remove), t => new QuoteBlock(t));
                    continue;
                case "pre":
                    if (!string.IsNullOrWhiteSpace(element.TextContent))
                    {
                        blocks.Add(new PreformattedBlock(element.TextContent.Trim('\n', '\r')));
                    }

                    continue;
                case "ul" or "ol":
                    var items = element.Children.Where(c => c.LocalName == "li" && !Matches(c, remove))
                        .Select(li => TextNormalizer.Collapse(TextOf(li, remove))).Where(t => t.Length > 0).ToArray();
                    if (items.Length > 0)
                    {
                        blocks.Add(new ListBlock(element.LocalName == "ol", items));
                    }

                    continue;
                case "figure" or "img":
                    if (ReadFigure(context, element, remove) is { } figure)
                    {
                        blocks.Add(figure);
                    }

                    continue;
                default:
                    break;
            }

            // A container of blocks is read child by child; one holding only text and inline markup is a paragraph.
            if (!element.Children.Any(c => BlockNames.Contains(c.LocalName)))
            {
                AddText(blocks, TextOf(element, remove), t => new ParagraphBlock(t));
                continue;
            }

            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                stack.Push(child);
            }
        }

        return blocks;
    }

    private static FigureBlock? ReadFigure(ExtractionContext context, IElement element, IReadOnlyList<ISelector> remove)
    {
        var img = element.LocalName == "img" ? element : element.QuerySelector("img");
        if (img is null || context.ResolveUrl(img.GetAttribute("src") ?? img.GetAttribute("data-src")) is not { } url)
        {
            return null;
        }

        var caption = element.LocalName == "figure" && element.QuerySelector("figcaption") is { } figcaption
            ? TextNormalizer.CollapseOrNull(TextOf(figcaption, remove))
            : null;
        return new FigureBlock(new ArticleImage(url) { Alt = TextNormalizer.CollapseOrNull(img.GetAttribute("alt")), Caption = caption });
    }

    private static void AddText(List<Block> blocks, string text, Func<string, Block> create)
    {
        var collapsed = TextNormalizer.Collapse(text);
        if (collapsed.Length > 0)
        {
            blocks.Add(create(collapsed));
        }
    }
}
