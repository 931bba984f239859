using System.Text.Json.Serialization;
using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>A block quotation or a pull quote.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record QuoteBlock : Block
{
    private readonly string _text = string.Empty;
    private readonly EquatableList<Inline>? _inlines;

    /// <summary>Creates a quote.</summary>
    /// <param name="text">The quoted text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public QuoteBlock(string text) => Text = Preconditions.CheckNotNull(text);

    /// <summary>The quoted text.</summary>
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
    /// The quoted text as inlines (emphasis, strong emphasis, links, code, line breaks); their plain text is
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

    /// <summary>Who is quoted, when the page says so.</summary>
    public string? Attribution { get; init; }

    /// <summary>True for a pull quote: text repeated from the article for emphasis rather than a quotation in its flow.</summary>
    public bool IsPullQuote { get; init; }

    /// <inheritdoc />
    public override string ToPlainText() => Text;
}
