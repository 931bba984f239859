using System.IO.Compression;

namespace NewsModel.Benchmarks;

/// <summary>Loads the pages the benchmarks run on: the shipped example page and real pages from the shared corpus.</summary>
internal static class BenchmarkPages
{
    public const string CorpusVariable = "NEWSMODEL_CORPUS";

    /// <summary>Reads <c>--corpus DIR</c> from the arguments (default: ../shared/corpus beside the repository) and fails loudly when it is missing.</summary>
    public static string ResolveCorpus(string[] args, out string[] rest)
    {
        var list = args.ToList();
        var index = list.IndexOf("--corpus");
        string corpus;
        if (index >= 0 && index + 1 < list.Count)
        {
            corpus = Path.GetFullPath(list[index + 1]);
            list.RemoveRange(index, 2);
        }
        else
        {
            corpus = Environment.GetEnvironmentVariable(CorpusVariable) ?? Path.Combine(RepositoryRoot(), "..", "shared", "corpus");
        }

        if (!Directory.Exists(Path.Combine(corpus, "scrapinghub", "html")))
        {
            throw new DirectoryNotFoundException($"The benchmark corpus is missing: no scrapinghub/html under '{corpus}'. Pass --corpus DIR.");
        }

        rest = [.. list];
        return Path.GetFullPath(corpus);
    }

    /// <summary>A fixed, spread sample of real pages (every 9th of the scrapinghub set, by name), decompressed into memory.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes, string Html)> RealPages()
    {
        var corpus = Environment.GetEnvironmentVariable(CorpusVariable)
            ?? throw new InvalidOperationException($"{CorpusVariable} is not set; run the benchmarks through Program.Main.");
        var files = Directory.GetFiles(Path.Combine(corpus, "scrapinghub", "html"), "*.html.gz").Order(StringComparer.Ordinal).Where((_, i) => i % 9 == 0);
        return files.Select(f =>
        {
            using var gzip = new GZipStream(File.OpenRead(f), CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            var bytes = buffer.ToArray();
            return (Path.GetFileName(f), bytes, System.Text.Encoding.UTF8.GetString(bytes));
        }).ToArray();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsModel.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
