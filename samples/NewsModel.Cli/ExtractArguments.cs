namespace NewsModel.Cli;

/// <summary>The parsed arguments of <c>extract &lt;file|folder|-&gt; [--url URL] [--format json|jsonl|text|markdown]</c>.</summary>
internal sealed record ExtractArguments(string Input, Uri? Url, OutputFormat? Format)
{
    public static ExtractArguments Parse(IReadOnlyList<string> args, out string? error)
    {
        string? input = null;
        Uri? url = null;
        OutputFormat? format = null;
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

        return new ExtractArguments(input, url, format);
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
