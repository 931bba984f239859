using System.Text.Json.Serialization;
using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>An ordered or unordered list.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record ListBlock : Block
{
    private readonly EquatableList<string> _items = EquatableList<string>.Empty;

    // Null when no item has formatting; otherwise one entry per item, null for an item without formatting.
    private readonly EquatableList<EquatableList<Inline>?>? _itemInlines;

    /// <summary>Creates a list.</summary>
    /// <param name="ordered">True for a numbered list.</param>
    /// <param name="items">The items' text, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public ListBlock(bool ordered, IReadOnlyList<string> items)
    {
        Ordered = ordered;
        Items = Preconditions.CheckNotNull(items);
    }

    /// <summary>True for a numbered list.</summary>
    public bool Ordered { get; init; }

    /// <summary>The items' text, in order.</summary>
    public IReadOnlyList<string> Items
    {
        get => _items;
        init
        {
            _items = EquatableList<string>.From(value);

            // New item texts keep stored inlines only while they still say more than the texts do.
            _itemInlines = Formatted(_itemInlines, _items);
        }
    }

    /// <summary>
    /// The items as inlines (emphasis, strong emphasis, links, code, line breaks), one list per item of
    /// <see cref="Items"/> and in the same order; the plain text of each is the item's text. An item without
    /// formatting has one text run per line; setting an empty list for an item means "no formatting".
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<IReadOnlyList<Inline>> ItemInlines
    {
        get
        {
            var result = new IReadOnlyList<Inline>[_items.Count];
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = (_itemInlines is not null && i < _itemInlines.Count ? _itemInlines[i] : null) ?? InlineText.FromText(_items[i]);
            }

            return EquatableList<IReadOnlyList<Inline>>.From(result);
        }

        init => _itemInlines = Formatted(value, _items);
    }

    /// <summary>The item inlines as JSON carries them: absent when no item has formatting, null for each item without.</summary>
    [JsonInclude]
    [JsonPropertyName("itemInlines")]
    internal IReadOnlyList<IReadOnlyList<Inline>?>? FormattedItemInlines
    {
        get => _itemInlines;
        init => _itemInlines = Formatted(value, _items);
    }

    private static EquatableList<EquatableList<Inline>?>? Formatted(IReadOnlyList<IReadOnlyList<Inline>?>? itemInlines, EquatableList<string> items)
    {
        if (itemInlines is null)
        {
            return null;
        }

        var result = new EquatableList<Inline>?[itemInlines.Count];
        var any = false;
        for (var i = 0; i < result.Length; i++)
        {
            // An entry beyond the items has no text to compare with; it is kept so that the order of initialisers
            // (inlines before items) does not matter.
            result[i] = InlineText.Formatted(itemInlines[i], i < items.Count ? items[i] : null);
            any |= result[i] is not null;
        }

        return any ? EquatableList<EquatableList<Inline>?>.From(result) : null;
    }

    /// <inheritdoc />
    public override string ToPlainText() => string.Join('\n', _items);
}
