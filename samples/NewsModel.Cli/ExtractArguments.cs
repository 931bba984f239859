using NodaTime;
using NodaTime.Text;

namespace NewsModel.Cli;

/// <summary>The parsed arguments of <c>extract &lt;file|folder|-&gt; [--url URL] [--format json|jsonl|text|markdown] [--now INSTANT|system]</c>.</summary>
internal sealed record ExtractArguments(string Input, Uri? Url, OutputFormat? Format)
{
    /// <summary>
    /// The reference time for the pages (<c>--now</c>): dates after it plus a day are rejected, relative dates ("2 hours
    /// ago") resolve against it. Null (the default): no upper bound, relative dates unresolved.
    /// </summary>
    public IClock? Clock { get; init; }

    public static ExtractArguments Parse(IReadOnlyList<string> args, out string? error)
    {
        string? input = null;
        Uri? url = null;
        OutputFormat? format = null;
        IClock? clock = null;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--url" or "-u":
                    if (++i >= args.Count || !Uri.TryCreate(args[i], UriKind.Absolute, out url) || url.Scheme is not ("http" or "https"))
                    {
                        error = "--url needs an absolute http or https address.";
                        return Invalid;
                    }

                    break;
                case "--format" or "-f":
                    if (++i >= args.Count || ParseFormat(args[i]) is not { } parsed)
                    {
                        error = "--format must be one of json, jsonl, text, markdown.";
                        return Invalid;
                    }

                    format = parsed;
                    break;
                case "--now":
                    if (++i >= args.Count || ParseClock(args[i]) is not { } given)
                    {
                        error = "--now needs an instant with its offset (2026-11-28T09:30:00Z, 2026-11-28T10:30:00+01:00) or 'system'.";
                        return Invalid;
                    }

                    clock = given;
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        error = $"Unknown option '{arg}'.";
                        return Invalid;
                    }

                    if (input is not null)
                    {
                        error = $"Only one input may be given; '{input}' and '{arg}' were.";
                        return Invalid;
                    }

                    input = arg;
                    break;
            }
        }

        if (input is null)
        {
            error = "extract needs an input: a file, a folder, or - for standard input.";
            return Invalid;
        }

        return new ExtractArguments(input, url, format) { Clock = clock };
    }

    /// <summary>"system": the machine's clock; else a fixed instant, in UTC or with its offset.</summary>
    private static IClock? ParseClock(string value)
    {
        if (string.Equals(value, "system", StringComparison.OrdinalIgnoreCase))
        {
            return SystemClock.Instance;
        }

        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(value);
        return parsed.Success ? new FixedClock(parsed.Value.ToInstant()) : null;
    }

    /// <summary>A clock that always gives one instant: the reference time a caller names.</summary>
    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }

    private static ExtractArguments Invalid => new(string.Empty, null, null);

    private static OutputFormat? ParseFormat(string value) => value.ToLowerInvariant() switch
    {
        "json" => OutputFormat.Json,
        "jsonl" or "ndjson" => OutputFormat.Jsonl,
        "text" or "txt" => OutputFormat.Text,
        "markdown" or "md" => OutputFormat.Markdown,
        _ => null,
    };
}
