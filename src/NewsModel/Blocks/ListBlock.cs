using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>An ordered or unordered list.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record ListBlock : Block
{
    private readonly EquatableList<string> _items = EquatableList<string>.Empty;

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
        init => _items = EquatableList<string>.From(value);
    }

    /// <inheritdoc />
    public override string ToPlainText() => string.Join('\n', _items);
}
