using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsModel.Json;

namespace NewsModel.Tests.Cli;

public class ExtractCommandTests
{
    [Fact]
    public async Task Extract_SamplePage_WritesIndentedArticleJson()
    {
        var (exit, output, error) = await CliRunner.RunAsync("extract", CliRunner.SamplePage, "--url", "https://www.meridianherald.example/news/region/2024/11/14/48213/river-ferry-service-resumes");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var article = ArticleJson.Deserialize(output);
        Assert.Equal("River ferry service resumes after eight-month repair", article.Headline);
        Assert.Equal("The Meridian Herald", article.SiteName);
        Assert.Equal("en-GB", article.Language);
        Assert.Contains("\n  \"headline\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "River ferry service resumes after eight-month repair")]
    [InlineData("markdown", "# River ferry service resumes after eight-month repair")]
    public async Task Extract_TextAndMarkdownFormats_StartWithHeadline(string format, string firstLine)
    {
        var (exit, output, _) = await CliRunner.RunAsync("extract", CliRunner.SamplePage, "--format", format);

        Assert.Equal(0, exit);
        Assert.Equal(firstLine, output.Split('\n')[0]);
    }

    [Fact]
    public async Task Extract_Folder_OneLinePerPageInFileNameOrderWithIds()
    {
        var folder = CliRunner.TempFolder();
        var page = await File.ReadAllBytesAsync(CliRunner.SamplePage);
        await File.WriteAllBytesAsync(Path.Combine(folder, "b-page.html"), page);
        await File.WriteAllTextAsync(Path.Combine(folder, "a-page.htm"), "<html><head><title>Short page</title></head><body><p>Hi</p></body></html>");
        await using (var gz = new GZipStream(File.Create(Path.Combine(folder, "c-page.html.gz")), CompressionLevel.Fastest))
        {
            await gz.WriteAsync(page);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "notes.txt"), "not a page");
        await File.WriteAllBytesAsync(Path.Combine(folder, "d-empty.html"), []);

        var (exit, output, error) = await CliRunner.RunAsync("extract", folder);

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        var ids = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToArray();
        Assert.Equal(new string?[] { "a-page", "b-page", "c-page", "d-empty" }, ids);
        Assert.Equal("Short page", JsonDocument.Parse(lines[0]).RootElement.GetProperty("headline").GetString());
        Assert.Equal(
            JsonDocument.Parse(lines[1]).RootElement.GetProperty("headline").GetString(),
            JsonDocument.Parse(lines[2]).RootElement.GetProperty("headline").GetString());
        Assert.Equal("input.empty", JsonDocument.Parse(lines[3]).RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("d-empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_FolderOfUnreadablePages_ExitsNonZero()
    {
        var folder = CliRunner.TempFolder();
        await File.WriteAllBytesAsync(Path.Combine(folder, "empty.html"), []);
        await File.WriteAllBytesAsync(Path.Combine(folder, "image.html"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 3]);

        var (exit, output, error) = await CliRunner.RunAsync("extract", folder);

        Assert.Equal(1, exit);
        Assert.Equal(2, output.TrimEnd('\n').Split('\n').Length);
        Assert.Contains("none of the 2 pages could be read", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_EmptyFile_ClearMessageNoStackTrace()
    {
        var folder = CliRunner.TempFolder();
        var path = Path.Combine(folder, "empty.html");
        await File.WriteAllBytesAsync(path, []);

        var (exit, output, error) = await CliRunner.RunAsync("extract", path);

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: empty: The input is empty. (input.empty)\n", error);
    }

    [Fact]
    public async Task Extract_BinaryFile_ClearMessageNoStackTrace()
    {
        var folder = CliRunner.TempFolder();
        var path = Path.Combine(folder, "photo.html");
        await File.WriteAllBytesAsync(path, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01]);

        var (exit, _, error) = await CliRunner.RunAsync("extract", path);

        Assert.Equal(1, exit);
        Assert.Contains("binary data, not an HTML page. (input.binary)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MissingPath_ClearMessage()
    {
        var (exit, output, error) = await CliRunner.RunAsync("extract", "/no/such/page.html");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error: no such file or folder: /no/such/page.html\n", error);
    }

    [Fact]
    public async Task Extract_Stdin_ReadsPage()
    {
        var (exit, output, _) = await CliRunner.RunAsync(
            Encoding.Latin1.GetBytes("<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9 r\u00e9ouvert</title></head></html>"),
            "extract", "-", "--format", "jsonl");

        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("stdin", root.GetProperty("id").GetString());
        Assert.Equal("Café réouvert", root.GetProperty("headline").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("extract")]
    [InlineData("extract|a.html|--format|xml")]
    [InlineData("extract|a.html|--url|not a url")]
    [InlineData("extract|a.html|--bogus")]
    [InlineData("extract|a.html|--now|yesterday")]
    [InlineData("extract|a.html|--now|2026-11-28T09:30:00")]
    [InlineData("extract|a.html|--now")]
    [InlineData("frobnicate")]
    public async Task Run_BadCommandLine_UsageAndExitTwo(string commandLine)
    {
        var args = commandLine.Split('|', StringSplitOptions.RemoveEmptyEntries);

        var (exit, _, error) = await CliRunner.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page.html", "page")]
    [InlineData("page.HTM", "page")]
    [InlineData("0a12df.html.gz", "0a12df")]
    [InlineData("dir/x.y.html", "x.y")]
    public void PageId_StripsPageExtensions(string path, string id)
    {
        Assert.Equal(id, NewsModel.Cli.ExtractCommand.PageId(path));
    }

    // --now: a date declared past the reference time is rejected for the one printed; "2 hours ago" resolves.
    [Theory]
    [InlineData(null, "2031-01-01")]
    [InlineData("2026-11-28T09:30:00Z", "2025-02-01")]
    [InlineData("2026-11-28T10:30:00+01:00", "2025-02-01")]
    public async Task Run_Now_BoundsTheDates(string? now, string expected)
    {
        var page = CliRunner.Utf8("""
            <html lang="en"><head><title>Quay repairs begin</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Quay repairs begin","datePublished":"2031-01-01T00:00:00Z"}</script></head>
            <body><article><h1>Quay repairs begin</h1><div class="meta"><time>February 1, 2025</time></div>
            <p>Work on the old quay wall began on Saturday morning, a year after a storm tore away part of the stonework along the harbour.</p>
            <p>The council expects the repairs to last until the summer, when the ferries will moor on the eastern side again.</p></article></body></html>
            """);
        string[] args = now is null ? ["extract", "-", "--url", "https://quay.example/news/repairs"] : ["extract", "-", "--url", "https://quay.example/news/repairs", "--now", now];

        var (exit, output, _) = await CliRunner.RunAsync(page, args);

        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(output);
        Assert.StartsWith(expected, document.RootElement.GetProperty("published").GetProperty("value").GetString(), StringComparison.Ordinal);
    }
}
