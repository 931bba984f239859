namespace NewsModel.Pipeline;

/// <summary>An article field that extractors propose values for. The fields are fixed: see <see cref="ArticleFields"/>.</summary>
public abstract class ArticleField
{
    private protected ArticleField(string name) => Name = name;

    /// <summary>The field's name as in the article's JSON ("headline").</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>An article field whose values are of type <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ArticleField<T> : ArticleField
    where T : notnull
{
    internal ArticleField(string name, Func<T, string> describe, bool accumulates = false)
        : base(name)
    {
        Describe = describe;
        Accumulates = accumulates;
    }

    /// <summary>Renders a value as text for provenance.</summary>
    internal Func<T, string> Describe { get; }

    /// <summary>True when every proposed value is kept (alternates), rather than the one of highest precedence.</summary>
    internal bool Accumulates { get; }
}
