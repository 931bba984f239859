using NewsModel.Blocks;
using NewsModel.Internal;

namespace NewsModel.Rendering;

/// <summary>
/// The text and HTML of one body, computed on first use and shared by every copy of the article that keeps the
/// same body. It takes no part in the article's equality: both are functions of the body.
/// </summary>
internal sealed class BodyRendering
{
    public static readonly BodyRendering Empty = new(EquatableList<Block>.Empty);

    private readonly EquatableList<Block> _body;
    private string? _text;
    private string? _html;

    public BodyRendering(EquatableList<Block> body) => _body = body;

    public string Text => _text ??= PlainTextRenderer.Render(_body);

    public string Html => _html ??= HtmlRenderer.Render(_body);

    public override bool Equals(object? obj) => obj is BodyRendering;

    public override int GetHashCode() => 0;
}
