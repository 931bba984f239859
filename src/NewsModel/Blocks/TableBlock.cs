using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>A table of text cells.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record TableBlock : Block
{
    private readonly EquatableList<IReadOnlyList<string>> _rows = EquatableList<IReadOnlyList<string>>.Empty;

    /// <summary>Creates a table.</summary>
    /// <param name="rows">The rows, each a list of cell texts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public TableBlock(IReadOnlyList<IReadOnlyList<string>> rows) => Rows = Preconditions.CheckNotNull(rows);

    /// <summary>The rows, each a list of cell texts.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Rows
    {
        get => _rows;
        init => _rows = EquatableList<IReadOnlyList<string>>.From(value?.Select(r => (IReadOnlyList<string>)EquatableList<string>.From(r)));
    }

    /// <summary>True when the first row holds column headers.</summary>
    public bool HasHeaderRow { get; init; }

    /// <summary>The table's caption.</summary>
    public string? Caption { get; init; }

    /// <inheritdoc />
    public override string ToPlainText() => string.Join('\n', _rows.Select(r => string.Join('\t', r)));
}
