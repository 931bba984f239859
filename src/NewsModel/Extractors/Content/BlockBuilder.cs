using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NewsModel.Blocks;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Content;

/// <summary>
/// Turns the chosen container into typed blocks in reading order: runs of inline content become paragraphs
/// (<c>&lt;br&gt;&lt;br&gt;</c> splits them), and headings, lists, quotes, tables, figures, embeds and preformatted
/// text become their own blocks. Named furniture inside the container is skipped whole. The walk is iterative.
/// </summary>
/// <remarks>Not thread-safe; one builder per page.</remarks>
internal sealed class BlockBuilder
{
    private static readonly string[] FigureWords = ["caption", "figure", "image", "photo", "picture", "media", "img", "thumbnail", "foto", "bild"];

    private readonly ExtractionContext _context;
    private readonly DomStatistics _statistics;
    private readonly TextCollector _run;
    private readonly TextCollector _scratch;
    private readonly List<BuiltBlock> _blocks = [];

    public BlockBuilder(ExtractionContext context, DomStatistics statistics)
    {
        _context = context;
        _statistics = statistics;
        _run = new TextCollector(statistics);
        _scratch = new TextCollector(statistics);
    }

    public List<BuiltBlock> Build(IElement container)
    {
        _blocks.Clear();
        var stack = new Stack<INode?>();
        stack.Push(container.FirstChild);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is null)
            {
                FlushRun();
                continue;
            }

            stack.Push(node.NextSibling);
            if (node.NodeType == NodeType.Text)
            {
                _run.AppendText(((IText)node).Data, false);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (Visit(element))
            {
                FlushRun();
                stack.Push(element.FirstChild);
            }
        }

        FlushRun();
        return _blocks;
    }

    /// <summary>Handles one element; true when the walk should go inside it as a container.</summary>
    private bool Visit(IElement element)
    {
        var name = element.LocalName;
        if (name == "br")
        {
            // Two line breaks in a row end a paragraph on pages that use them instead of <p>.
            if (_run.EndsWithLineBreak)
            {
                FlushRun();
            }
            else
            {
                _run.LineBreak();
            }

            return false;
        }

        if (ElementRules.IsIgnored(name))
        {
            if (name is "img" or "picture")
            {
                FlushRun();
                AddFigure(element);
            }
            else if (EmbedRecognizer.IsCandidate(element))
            {
                FlushRun();
                AddEmbed(element);
            }

            return false;
        }

        var stats = _statistics.Get(element);
        if (stats is null)
        {
            return false;
        }

        if (stats.Family != BoilerplateFamily.None)
        {
            if (stats.Family == BoilerplateFamily.Gallery)
            {
                FlushRun();
                AddGallery(element);
            }
            else if (stats.Family == BoilerplateFamily.Caption)
            {
                FlushRun();
                AttachCaption(element);
            }

            return false;
        }

        if (!stats.IsBlock && !stats.HasBlockDescendant && !stats.HasMedia)
        {
            if (EmbedRecognizer.IsCandidate(element))
            {
                FlushRun();
                AddEmbed(element);
                return false;
            }

            _run.Add(element);
            return false;
        }

        FlushRun();
        if (ElementRules.IsHeading(name))
        {
            AddHeading(element, name[1] - '0');
            return false;
        }

        switch (name)
        {
            case "ul" or "ol" or "menu":
                return !AddList(element, stats);
            case "blockquote":
                if (EmbedRecognizer.IsCandidate(element))
                {
                    return !AddEmbed(element);
                }

                AddQuote(element);
                return false;
            case "pre" or "listing" or "xmp":
                AddPreformatted(element);
                return false;
            case "table":
                return !AddTable(element, stats);
            case "figure":
                return !AddFigure(element) && !AddFirstEmbedInside(element);
            case "hr":
                return false;
            default:
                if (EmbedRecognizer.IsCandidate(element))
                {
                    return !AddEmbed(element);
                }

                if (stats.HasMedia && stats.ProseText == 0 && stats.Text < 400 && NamesFigure(element))
                {
                    return !AddFigure(element);
                }

                return true;
        }
    }

    private void FlushRun()
    {
        if (_run.IsEmpty)
        {
            _run.Clear();
            return;
        }

        var characters = _run.Characters;
        var links = _run.LinkCharacters;
        var (text, inlines) = _run.TakeBlock(_context);
        if (text.Length > 0)
        {
            _blocks.Add(new BuiltBlock(new ParagraphBlock(text) { FormattedInlines = inlines }, characters, links));
        }
    }

    private void AddHeading(IElement element, int level)
    {
        _scratch.Add(element);
        var characters = _scratch.Characters;
        var links = _scratch.LinkCharacters;
        var (text, inlines) = _scratch.TakeBlock(_context, singleLine: true);
        if (text.Length > 0)
        {
            _blocks.Add(new BuiltBlock(new HeadingBlock(level, text) { FormattedInlines = inlines }, characters, links));
        }
    }

    private bool AddList(IElement element, NodeStats stats)
    {
        // A list that wraps whole stories is a container, not a list.
        if (stats.ProseText >= 4 * DomStatistics.ProseLength && stats.LinkDensity < 0.3 && HasLongItem(element))
        {
            return false;
        }

        var items = new List<string>();
        List<EquatableList<Inline>?>? itemInlines = null;
        var characters = 0;
        var links = 0;
        for (var child = element.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName != "li" || _statistics.Get(child) is not { Family: BoilerplateFamily.None })
            {
                continue;
            }

            _scratch.Add(child);
            characters += _scratch.Characters;
            links += _scratch.LinkCharacters;
            var (item, inlines) = _scratch.TakeBlock(_context);
            if (item.Length > 0)
            {
                if (inlines is not null)
                {
                    itemInlines ??= [];
                    while (itemInlines.Count < items.Count)
                    {
                        itemInlines.Add(null);
                    }

                    itemInlines.Add(inlines);
                }

                items.Add(item);
            }
        }

        if (items.Count > 0)
        {
            var list = new ListBlock(element.LocalName == "ol", items) { FormattedItemInlines = itemInlines };
            _blocks.Add(new BuiltBlock(list, characters, links));
        }

        return true;
    }

    private static bool HasLongItem(IElement list)
    {
        for (var child = list.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child.LocalName == "li" && child.FirstElementChild is { } first && ElementRules.IsBlock(first.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private void AddQuote(IElement element)
    {
        string? attribution = null;
        var footer = element.QuerySelector("footer, cite");
        if (footer is not null && footer.TextContent.Length < 200)
        {
            _scratch.Add(footer);
            attribution = TextNormalizer.CollapseOrNull(_scratch.Take());
        }

        var characters = 0;
        var links = 0;
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child == footer || (footer is not null && child is IElement e && e.Contains(footer) && e.LocalName != "p"))
            {
                continue;
            }

            // Paragraphs of a quote are separate lines, not one run of text ("pane.Even").
            if (child is IElement block && ElementRules.IsBlock(block.LocalName) && !_scratch.IsEmpty && !_scratch.EndsWithLineBreak)
            {
                _scratch.LineBreak();
            }

            _scratch.Add(child);
        }

        characters += _scratch.Characters;
        links += _scratch.LinkCharacters;
        var (text, inlines) = _scratch.TakeBlock(_context);
        if (text.Length == 0)
        {
            return;
        }

        var className = element.ClassName ?? string.Empty;
        var pull = className.Contains("pull", StringComparison.OrdinalIgnoreCase);
        _blocks.Add(new BuiltBlock(new QuoteBlock(text) { FormattedInlines = inlines, Attribution = attribution, IsPullQuote = pull }, characters, links));
    }

    private void AddPreformatted(IElement element)
    {
        var text = element.TextContent.Trim('\n', '\r');
        if (text.Trim().Length == 0)
        {
            return;
        }

        var characters = 0;
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                characters++;
            }
        }

        _blocks.Add(new BuiltBlock(new PreformattedBlock(text), characters, 0));
    }

    /// <summary>Adds a data table; false for layout tables, which the walk enters like any container.</summary>
    private bool AddTable(IElement element, NodeStats stats)
    {
        if (element is not IHtmlTableElement table || stats.ProseText >= 3 * DomStatistics.ProseLength || table.QuerySelector("table, p, div, h1, h2, h3, ul, ol, blockquote, figure") is not null)
        {
            return false;
        }

        var rows = new List<List<string>>();
        var characters = 0;
        var links = 0;
        var width = 0;
        var header = false;
        foreach (var row in table.Rows)
        {
            var cells = new List<string>();
            var allHeaders = true;
            foreach (var cell in row.Cells)
            {
                _scratch.Add(cell);
                characters += _scratch.Characters;
                links += _scratch.LinkCharacters;
                cells.Add(TextNormalizer.Collapse(_scratch.Take()));
                allHeaders &= cell.LocalName == "th";
            }

            if (cells.Count == 0)
            {
                continue;
            }

            if (rows.Count == 0 && allHeaders)
            {
                header = true;
            }

            width = Math.Max(width, cells.Count);
            rows.Add(cells);
        }

        if (rows.Count < 2 || width < 2)
        {
            return false;
        }

        string? caption = null;
        if (table.Caption is { } captionElement)
        {
            _scratch.Add(captionElement);
            caption = TextNormalizer.CollapseOrNull(_scratch.Take());
        }

        _blocks.Add(new BuiltBlock(new TableBlock(rows) { HasHeaderRow = header, Caption = caption }, characters, links));
        return true;
    }

    private bool AddFigure(IElement element)
    {
        var image = FigureReader.Read(element, _context, _scratch);
        if (image is null)
        {
            return false;
        }

        _blocks.Add(new BuiltBlock(new FigureBlock(image), 0, 0));
        return true;
    }

    /// <summary>A gallery's images become figures; its captions, counters and buttons do not become text.</summary>
    private void AddGallery(IElement element)
    {
        var seen = new HashSet<Uri>();
        foreach (var img in element.QuerySelectorAll("img"))
        {
            var image = FigureReader.Read(img, _context, _scratch);
            if (image is not null && seen.Add(image.Url))
            {
                _blocks.Add(new BuiltBlock(new FigureBlock(image), 0, 0));
                if (seen.Count >= 50)
                {
                    break;
                }
            }
        }
    }

    /// <summary>A caption standing after an image (outside any figure element) becomes that figure's caption and credit.</summary>
    private void AttachCaption(IElement element)
    {
        if (_blocks.Count == 0 || _blocks[^1].Block is not FigureBlock { Image: { Caption: null, Credit: null } image })
        {
            return;
        }

        _scratch.Add(element);
        var (caption, credit) = CaptionSplitter.Split(_scratch.Take());
        var className = element.ClassName ?? string.Empty;
        if (credit is null && caption is not null && (className.Contains("credit", StringComparison.OrdinalIgnoreCase) || className.Contains("copyright", StringComparison.OrdinalIgnoreCase)))
        {
            (caption, credit) = (null, caption);
        }

        _blocks[^1] = new BuiltBlock(new FigureBlock(image with { Caption = caption, Credit = credit }), 0, 0);
    }

    private bool AddEmbed(IElement element)
    {
        var embed = EmbedRecognizer.Recognize(element, _context, _scratch);
        if (embed is null)
        {
            return false;
        }

        _blocks.Add(new BuiltBlock(embed, 0, 0));
        return true;
    }

    private bool AddFirstEmbedInside(IElement element)
    {
        foreach (var inner in element.QuerySelectorAll("iframe, video, audio, blockquote"))
        {
            if (EmbedRecognizer.IsCandidate(inner) && AddEmbed(inner))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesFigure(IElement element)
    {
        var names = element.ClassName;
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }

        foreach (var word in FigureWords)
        {
            if (names.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
