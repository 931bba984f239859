using System.Text;
using System.Text.Json;
using NewsModel.Json;

namespace NewsModel.Cli;

/// <summary>
/// <c>extract</c>: reads one page, a folder of pages or standard input, parses each page and writes the articles.
/// Folder pages are parsed in parallel and written in file-name order as soon as each is ready. A page that cannot
/// be read gives an error line and never stops the run.
/// </summary>
internal sealed class ExtractCommand(TextWriter stdout, TextWriter stderr, Func<Stream> openStdin)
{
    private static readonly string[] PageSuffixes = [".html.gz", ".htm.gz", ".html", ".htm"];

    private ArticleParserOptions? _options;

    public async Task<int> RunAsync(ExtractArguments arguments, CancellationToken cancellationToken)
    {
        var input = arguments.Input;
        _options = arguments.Clock is { } clock ? new ArticleParserOptions { Clock = clock } : null;
        if (input == "-")
        {
            var result = await ReadStdinAsync(arguments.Url, cancellationToken).ConfigureAwait(false);
            return await WriteSingleAsync(result, arguments.Format ?? OutputFormat.Json).ConfigureAwait(false);
        }

        if (Directory.Exists(input))
        {
            if (arguments.Url is not null)
            {
                await stderr.WriteLineAsync("error: --url applies to a single page, not to a folder.").ConfigureAwait(false);
                return ExitCodes.Usage;
            }

            return await RunFolderAsync(input, arguments.Format ?? OutputFormat.Jsonl, cancellationToken).ConfigureAwait(false);
        }

        if (File.Exists(input))
        {
            var result = await ReadFileAsync(input, arguments.Url, cancellationToken).ConfigureAwait(false);
            return await WriteSingleAsync(result, arguments.Format ?? OutputFormat.Json).ConfigureAwait(false);
        }

        await stderr.WriteLineAsync($"error: no such file or folder: {input}").ConfigureAwait(false);
        return ExitCodes.NothingRead;
    }

    internal static string PageId(string path)
    {
        var name = Path.GetFileName(path);
        foreach (var suffix in PageSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    internal static bool IsPage(string path) => PageSuffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    private async Task<int> RunFolderAsync(string folder, OutputFormat format, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(folder).Where(IsPage).Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            await stderr.WriteLineAsync($"error: no .html, .htm or .html.gz files in {folder}").ConfigureAwait(false);
            return ExitCodes.NothingRead;
        }

        var results = new PageResult?[files.Length];
        var next = 0;
        var read = 0;
        var gate = new SemaphoreSlim(1, 1);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Length), parallel, async (i, token) =>
        {
            var result = await ReadFileAsync(files[i], null, token).ConfigureAwait(false);
            await gate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                results[i] = result;

                // Write every result that is ready, in order, so output starts before the last page is parsed.
                while (next < results.Length && results[next] is { } ready)
                {
                    if (ready.IsRead)
                    {
                        read++;
                    }

                    await WriteFolderEntryAsync(ready, format).ConfigureAwait(false);
                    results[next] = null;
                    next++;
                }
            }
            finally
            {
                gate.Release();
            }
        }).ConfigureAwait(false);

        await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            await stderr.WriteLineAsync($"error: none of the {files.Length} pages could be read.").ConfigureAwait(false);
            return ExitCodes.NothingRead;
        }

        return ExitCodes.Success;
    }

    private async Task<PageResult> ReadFileAsync(string path, Uri? url, CancellationToken cancellationToken)
    {
        var id = PageId(path);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > ArticleParserOptions.DefaultMaxInputBytes)
            {
                return PageResult.Failed(id, "input.too-large", $"The file is {length} bytes, over the limit of {ArticleParserOptions.DefaultMaxInputBytes}.");
            }

            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            return PageResult.Read(id, ArticleParser.Parse(bytes, url, _options, cancellationToken));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return PageResult.Failed(id, "input.unreadable", ex.Message);
        }
        catch (ArticleLimitExceededException ex)
        {
            return PageResult.Failed(id, "input.too-large", ex.Message);
        }
    }

    private async Task<PageResult> ReadStdinAsync(Uri? url, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = openStdin();
            return PageResult.Read("stdin", await ArticleParser.ParseAsync(stream, url, _options, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return PageResult.Failed("stdin", "input.unreadable", ex.Message);
        }
        catch (ArticleLimitExceededException ex)
        {
            return PageResult.Failed("stdin", "input.too-large", ex.Message);
        }
    }

    private async Task<int> WriteSingleAsync(PageResult result, OutputFormat format)
    {
        if (!result.IsRead)
        {
            await stderr.WriteLineAsync($"error: {result.Id}: {result.ErrorMessage} ({result.ErrorCode})").ConfigureAwait(false);
            if (format == OutputFormat.Jsonl)
            {
                await stdout.WriteLineAsync(ErrorLine(result)).ConfigureAwait(false);
            }

            return ExitCodes.NothingRead;
        }

        var article = result.Article!;
        var text = format switch
        {
            OutputFormat.Json => ArticleJson.Serialize(article, indented: true),
            OutputFormat.Jsonl => ArticleLine(result.Id, article),
            OutputFormat.Markdown => article.ToMarkdown().TrimEnd('\n'),
            _ => PlainText(article),
        };
        await stdout.WriteLineAsync(text).ConfigureAwait(false);
        await stdout.FlushAsync().ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private async Task WriteFolderEntryAsync(PageResult result, OutputFormat format)
    {
        if (!result.IsRead)
        {
            await stderr.WriteLineAsync($"error: {result.Id}: {result.ErrorMessage} ({result.ErrorCode})").ConfigureAwait(false);
        }

        switch (format)
        {
            case OutputFormat.Json or OutputFormat.Jsonl:
                await stdout.WriteLineAsync(result.IsRead ? ArticleLine(result.Id, result.Article!) : ErrorLine(result)).ConfigureAwait(false);
                break;
            default:
                if (result.IsRead)
                {
                    await stdout.WriteLineAsync($"==> {result.Id} <==").ConfigureAwait(false);
                    await stdout.WriteLineAsync(format == OutputFormat.Markdown ? result.Article!.ToMarkdown() : PlainText(result.Article!) + "\n").ConfigureAwait(false);
                }

                break;
        }
    }

    /// <summary>The article's JSON on one line, with the page id as its first property.</summary>
    internal static string ArticleLine(string id, Article article)
    {
        using var document = JsonDocument.Parse(ArticleJson.Serialize(article));
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ArticleJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    internal static string ErrorLine(PageResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ArticleJson.Options.Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", result.Id);
            writer.WriteStartObject("error");
            writer.WriteString("code", result.ErrorCode);
            writer.WriteString("message", result.ErrorMessage);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string PlainText(Article article)
    {
        var text = new StringBuilder();
        if (article.Headline is not null)
        {
            text.AppendLine(article.Headline);
        }

        if (!article.Byline.IsEmpty)
        {
            text.AppendLine(article.Byline.ToString());
        }

        if (article.Published is not null)
        {
            text.AppendLine(article.Published.ToIsoString());
        }

        if (text.Length > 0 && article.Text.Length > 0)
        {
            text.AppendLine();
        }

        text.Append(article.Text);
        return text.ToString().TrimEnd('\n');
    }
}
