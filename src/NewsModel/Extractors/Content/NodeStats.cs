using AngleSharp.Dom;

namespace NewsModel.Extractors.Content;

/// <summary>
/// What one pass over the DOM learned about one element: its text, link text and punctuation (over its whole
/// subtree and over its own inline run), how much of it reads like article text and how much like page furniture.
/// Character counts are of non-white-space characters.
/// </summary>
/// <remarks>Mutable while <see cref="DomStatistics"/> builds it, read-only afterwards; never shared between pages.</remarks>
internal sealed class NodeStats
{
    public NodeStats(IElement element, int parent, int depth)
    {
        Element = element;
        Parent = parent;
        Depth = depth;
    }

    public IElement Element { get; }

    /// <summary>The index of the parent's statistics, or -1 for the root.</summary>
    public int Parent { get; }

    public int Depth { get; }

    /// <summary>The family the element's own tag, names or visibility put it in.</summary>
    public BoilerplateFamily OwnFamily { get; set; }

    /// <summary>The family in effect: its own, unless the element is a page-wide wrapper whose names must not drop the article.</summary>
    public BoilerplateFamily Family { get; set; }

    /// <summary>A family whose name an ancestor carries although it holds the article; the same name below it is not furniture either.</summary>
    public BoilerplateFamily ExemptedFamily { get; set; }

    /// <summary>True when the element or an ancestor is boilerplate.</summary>
    public bool InBoilerplate { get; set; }

    public bool IsBlock { get; set; }

    public bool InLink { get; set; }

    public bool HasBlockDescendant { get; set; }

    /// <summary>True when an image, frame or video is inside.</summary>
    public bool HasMedia { get; set; }

    /// <summary>True when the element's class or id names it as the article body.</summary>
    public bool NamesBody { get; set; }

    public int Text { get; set; }

    public int LinkText { get; set; }

    public int Punctuation { get; set; }

    /// <summary>Text of the element's own inline run: its text nodes and inline descendants up to the next block.</summary>
    public int InlineText { get; set; }

    public int InlineLinkText { get; set; }

    public int InlinePunctuation { get; set; }

    /// <summary>Characters in paragraphs that read like prose, whatever their names say; used to spot page-wide wrappers.</summary>
    public int ProseText { get; set; }

    /// <summary>The prose of the largest descendant (or self) named as the article body.</summary>
    public int NamedBodyProse { get; set; }

    /// <summary>Paragraphs counted in <see cref="ProseText"/>.</summary>
    public int ProseBlocks { get; set; }

    /// <summary>True for a teaser card (a linked heading with a short summary) in a list of at least three.</summary>
    public bool IsTeaser { get; set; }

    /// <summary>True when the element or an ancestor is a teaser card.</summary>
    public bool InTeaser { get; set; }

    /// <summary>Children that look like teaser cards, and their article-like text.</summary>
    public int TeaserChildren { get; set; }

    public double TeaserGood { get; set; }

    /// <summary>Characters in paragraphs that read like article text.</summary>
    public double Good { get; set; }

    /// <summary>Characters of link lists and named page furniture.</summary>
    public double Bad { get; set; }

    /// <summary>Paragraphs that read like article text.</summary>
    public int Paragraphs { get; set; }

    /// <summary>Links (<c>a href</c>) inside, with or without text.</summary>
    public int Anchors { get; set; }

    /// <summary>Headings that are links: the mark of a list of teasers.</summary>
    public int LinkedHeadings { get; set; }

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
}
