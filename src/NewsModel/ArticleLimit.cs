namespace NewsModel;

/// <summary>A limit the caller sets in <see cref="ArticleParserOptions"/>.</summary>
public enum ArticleLimit
{
    /// <summary>The input's size in bytes or characters (<see cref="ArticleParserOptions.MaxInputBytes"/>).</summary>
    InputSize,

    /// <summary>The time one parse may take (<see cref="ArticleParserOptions.Timeout"/>).</summary>
    Time,
}
