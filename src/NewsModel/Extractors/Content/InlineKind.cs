namespace NewsModel.Extractors.Content;

/// <summary>The formatting an inline element gives the text inside it.</summary>
internal enum InlineKind
{
    None,
    Emphasis,
    Strong,
    Link,
    Code,
}
