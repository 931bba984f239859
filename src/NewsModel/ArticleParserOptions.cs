using NewsModel.Pipeline;
using NodaTime;

namespace NewsModel;

/// <summary>How to parse pages: the pipeline, the limits, the reference clock and input hints.</summary>
/// <remarks>Immutable and thread-safe; one instance can serve every parse.</remarks>
public sealed record ArticleParserOptions
{
    /// <summary>The default input limit: 64 MiB.</summary>
    public const long DefaultMaxInputBytes = 64L * 1024 * 1024;

    /// <summary>The default nesting depth read: 256 levels (real articles rarely pass 60; AngleSharp itself flattens past 512).</summary>
    public const int DefaultMaxDepth = 256;

    private readonly long _maxInputBytes = DefaultMaxInputBytes;
    private readonly int _maxDepth = DefaultMaxDepth;
    private readonly TimeSpan? _timeout;

    /// <summary>The default options: the built-in pipeline, default limits, no clock.</summary>
    public static ArticleParserOptions Default { get; } = new();

    /// <summary>The pipeline of extractors to run.</summary>
    public ArticlePipeline Pipeline { get; init; } = ArticlePipeline.Default;

    /// <summary>The largest input accepted, in bytes (or characters, for string input), after decompression; larger input throws <see cref="ArticleLimitExceededException"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxInputBytes
    {
        get => _maxInputBytes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _maxInputBytes = value;
        }
    }

    /// <summary>How deep element nesting is read; deeper elements are ignored with a diagnostic.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxDepth
    {
        get => _maxDepth;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _maxDepth = value;
        }
    }

    /// <summary>The longest one parse may take; when it passes, the parse throws <see cref="ArticleLimitExceededException"/>. Null for no limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public TimeSpan? Timeout
    {
        get => _timeout;
        init
        {
            if (value is { } t)
            {
                ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(t, TimeSpan.Zero);
            }

            _timeout = value;
        }
    }

    /// <summary>
    /// The clock giving the reference time: dates after it (plus a day) are rejected and relative dates ("2 hours
    /// ago") resolve against it. Null: no upper bound, and relative dates are not resolved. The system clock is never read.
    /// </summary>
    public IClock? Clock { get; init; }

    /// <summary>The HTTP Content-Type the page was served with, when known; its charset wins over the page's own declaration.</summary>
    public string? ContentType { get; init; }

    /// <summary>When true, an exception inside an extractor propagates; when false (the default), it becomes an error diagnostic and the other extractors still run.</summary>
    public bool ThrowOnExtractorFailure { get; init; }
}
