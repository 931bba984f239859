using System.Text.Json.Serialization;
using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>
/// A block made of running text: a paragraph, a heading or a quote. Its text is also available as inlines
/// (emphasis, strong emphasis, links, code, line breaks) whose plain text is the text.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value. The set of text blocks is closed.</remarks>
public abstract record TextBlock : Block
{
    private readonly string _text = string.Empty;
    private readonly EquatableList<Inline>? _inlines;

    private protected TextBlock(string text) => Text = Preconditions.CheckNotNull(text);

    /// <summary>The block's text.</summary>
    public string Text
    {
        get => _text;
        init
        {
            _text = Preconditions.CheckNotNull(value);

            // A change of text keeps stored inlines only while they still say more than the new text does.
            _inlines = InlineText.Formatted(_inlines, _text);
        }
    }

    /// <summary>
    /// The text as inlines (emphasis, strong emphasis, links, code, line breaks); their plain text is
    /// <see cref="Text"/>. Never empty when <see cref="Text"/> is not: without formatting it is one text run per
    /// line. Setting an empty list means "no formatting".
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<Inline> Inlines
    {
        get => _inlines ?? InlineText.FromText(_text);
        init => _inlines = InlineText.Formatted(value, _text);
    }

    /// <summary>The inlines as JSON carries them: absent when they are only the text's lines.</summary>
    [JsonInclude]
    [JsonPropertyName("inlines")]
    internal IReadOnlyList<Inline>? FormattedInlines
    {
        get => _inlines;
        init => _inlines = InlineText.Formatted(value, _text);
    }

    /// <inheritdoc />
    public override string ToPlainText() => Text;
}
