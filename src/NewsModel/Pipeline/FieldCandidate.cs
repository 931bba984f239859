namespace NewsModel.Pipeline;

/// <summary>A value an extractor proposed for a field.</summary>
/// <typeparam name="T">The field's value type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Source">The source it was read from (see <see cref="ArticleSources"/>).</param>
/// <param name="Priority">Its precedence: the highest wins; ties go to the first proposed.</param>
public readonly record struct FieldCandidate<T>(T Value, string Source, int Priority)
    where T : notnull;
