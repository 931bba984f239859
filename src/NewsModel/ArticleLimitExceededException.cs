namespace NewsModel;

/// <summary>Thrown when a parse would exceed a limit the caller set in <see cref="ArticleParserOptions"/>.</summary>
/// <remarks>Malformed pages never cause this exception: they give the best article possible, with diagnostics.</remarks>
public sealed class ArticleLimitExceededException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ArticleLimitExceededException()
        : this(ArticleLimit.InputSize, "A parse limit was exceeded.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ArticleLimitExceededException(string message)
        : this(ArticleLimit.InputSize, message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ArticleLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a given limit.</summary>
    /// <param name="limit">The limit that was exceeded.</param>
    /// <param name="message">The message.</param>
    public ArticleLimitExceededException(ArticleLimit limit, string message)
        : base(message) => Limit = limit;

    /// <summary>Creates the exception for a given limit, with its cause.</summary>
    /// <param name="limit">The limit that was exceeded.</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ArticleLimitExceededException(ArticleLimit limit, string message, Exception innerException)
        : base(message, innerException) => Limit = limit;

    /// <summary>Which limit was exceeded.</summary>
    public ArticleLimit Limit { get; }
}
