using System.Reflection;

namespace NewsModel.Cli;

/// <summary>The command line: dispatches to commands and turns every failure into a message and an exit code, never a stack trace.</summary>
internal static class CliApp
{
    public const string Usage = """
        newsmodel: turns news pages into structured articles.

        Usage:
          newsmodel extract <file|folder|-> [--url URL] [--format json|jsonl|text|markdown] [--now INSTANT|system]

          <file>     an .html, .htm or .html.gz page (any charset; gzip is read transparently)
          <folder>   every *.html, *.htm and *.html.gz file in the folder, in parallel, output in file-name order
          -          a page read from standard input

          --url URL      the page's address, so relative links resolve (single page only)
          --format F     json (default for one page: one indented document),
                         jsonl (one line per page with an "id"; the default for a folder),
                         text, markdown
          --now T        the reference time: an instant with its offset (2026-11-28T09:30:00Z) or "system";
                         dates after it (plus a day) are rejected and "2 hours ago" resolves against it.
                         Without it no date is too late and relative dates are left unread.

        Exit codes: 0 when at least one page was read, 1 when nothing could be read, 2 for a wrong command line.
        """;

    public static async Task<int> RunAsync(
        string[] args,
        TextReader stdinText,
        Func<Stream> openStdin,
        TextWriter stdout,
        TextWriter stderr,
        CancellationToken cancellationToken)
    {
        _ = stdinText;
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            await (args.Length == 0 ? stderr : stdout).WriteLineAsync(Usage).ConfigureAwait(false);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        if (args[0] is "--version" or "version")
        {
            var version = typeof(Article).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            await stdout.WriteLineAsync("NewsModel " + version).ConfigureAwait(false);
            return ExitCodes.Success;
        }

        if (args[0] != "extract")
        {
            await stderr.WriteLineAsync($"error: unknown command '{args[0]}'.\n\n{Usage}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var parsed = ExtractArguments.Parse(args[1..], out var error);
        if (error is not null)
        {
            await stderr.WriteLineAsync($"error: {error}\n\n{Usage}").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        try
        {
            return await new ExtractCommand(stdout, stderr, openStdin).RunAsync(parsed, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("error: cancelled.").ConfigureAwait(false);
            return ExitCodes.NothingRead;
        }
    }
}
