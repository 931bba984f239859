using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;

namespace NewsModel.Publishers;

/// <summary>A profile's selectors, parsed once by AngleSharp's selector parser.</summary>
internal sealed class CompiledSelectors
{
    private CompiledSelectors()
    {
    }

    public ISelector? Headline { get; private init; }

    public ISelector? Byline { get; private init; }

    public ISelector? Published { get; private init; }

    public ISelector? Modified { get; private init; }

    public ISelector? Section { get; private init; }

    public ISelector? Body { get; private init; }

    public IReadOnlyList<ISelector> Remove { get; private init; } = [];

    public bool IsEmpty => Headline is null && Byline is null && Published is null && Modified is null && Section is null && Body is null;

    public static CompiledSelectors Create(PublisherSelectors selectors, string name)
    {
        var parser = new CssSelectorParser();
        var remove = new ISelector[selectors.Remove.Count];
        for (var i = 0; i < remove.Length; i++)
        {
            remove[i] = Parse(parser, selectors.Remove[i], name, $"selectors.remove[{i}]")!;
        }

        return new CompiledSelectors
        {
            Headline = Parse(parser, selectors.Headline, name, "selectors.headline"),
            Byline = Parse(parser, selectors.Byline, name, "selectors.byline"),
            Published = Parse(parser, selectors.Published, name, "selectors.published"),
            Modified = Parse(parser, selectors.Modified, name, "selectors.modified"),
            Section = Parse(parser, selectors.Section, name, "selectors.section"),
            Body = Parse(parser, selectors.Body, name, "selectors.body"),
            Remove = remove,
        };
    }

    private static ISelector? Parse(CssSelectorParser parser, string? text, string name, string field)
    {
        if (text is null)
        {
            return null;
        }

        ISelector? selector = null;
        Exception? cause = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                selector = parser.ParseSelector(text);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // AngleSharp reports most bad selectors with null, a few with an exception: both mean "invalid".
                cause = ex;
            }
        }

        return selector ?? throw new PublisherProfileException(name, field, $"'{text}' is not a valid CSS selector.", cause);
    }
}
