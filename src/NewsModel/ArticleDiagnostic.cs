using NewsModel.Internal;

namespace NewsModel;

/// <summary>Something the parser noticed while reading a page: malformed markup it skipped, input it could not use.</summary>
/// <remarks>Immutable and thread-safe; equality is by value. Codes are stable; messages may change.</remarks>
public sealed record ArticleDiagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="severity">How much it matters.</param>
    /// <param name="code">A stable, dotted code ("input.empty", "jsonld.malformed").</param>
    /// <param name="message">A message for people.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="message"/> is null.</exception>
    public ArticleDiagnostic(DiagnosticSeverity severity, string code, string message)
    {
        Severity = severity;
        Code = Preconditions.CheckNotNull(code);
        Message = Preconditions.CheckNotNull(message);
    }

    /// <summary>How much it matters.</summary>
    public DiagnosticSeverity Severity { get; init; }

    /// <summary>A stable, dotted code.</summary>
    public string Code { get; init; }

    /// <summary>A message for people.</summary>
    public string Message { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}
