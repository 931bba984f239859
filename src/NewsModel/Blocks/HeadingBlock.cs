using System.Text.Json.Serialization;
using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>A heading inside the body (a subhead), with its level from 1 to 6.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record HeadingBlock : Block
{
    private readonly string _text = string.Empty;
    private readonly EquatableList<Inline>? _inlines;

    /// <summary>Creates a heading.</summary>
    /// <param name="level">The level, 1 to 6, as in HTML.</param>
    /// <param name="text">The heading's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not between 1 and 6.</exception>
    public HeadingBlock(int level, string text)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 6);
        Level = level;
        Text = Preconditions.CheckNotNull(text);
    }

    /// <summary>The level, 1 to 6.</summary>
    public int Level { get; init; }

    /// <summary>The heading's text.</summary>
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
    /// The heading as inlines (emphasis, strong emphasis, links, code, line breaks); their plain text is
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
