using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;

namespace NewsModel.Benchmarks;

/// <summary>
/// Whole-page parsing speed on 21 real news pages (every 9th page of the scrapinghub corpus: 126 hosts' worth of
/// markup, from 20 KB to 1 MB). The baseline is AngleSharp's parse alone, the floor any DOM-based extractor pays;
/// SmartReader is our direct .NET peer. Each operation parses all the pages once.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private IReadOnlyList<(string Name, byte[] Bytes, string Html)> _pages = [];

    [GlobalSetup]
    public void Setup() => _pages = BenchmarkPages.RealPages();

    [Benchmark(Baseline = true, Description = "AngleSharp parse only")]
    public int AngleSharpParse()
    {
        var total = 0;
        foreach (var page in _pages)
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
            using var document = parser.ParseDocument(page.Html);
            total += document.All.Length;
        }

        return total;
    }

    [Benchmark(Description = "NewsModel ArticleParser.Parse(bytes)")]
    public int NewsModelParse()
    {
        var total = 0;
        foreach (var page in _pages)
        {
            total += ArticleParser.Parse(page.Bytes, new Uri("https://example.com/" + page.Name)).Text.Length;
        }

        return total;
    }

    [Benchmark(Description = "SmartReader 0.11.1 GetArticle")]
    public int SmartReaderParse()
    {
        var total = 0;
        foreach (var page in _pages)
        {
            var reader = new SmartReader.Reader("https://example.com/" + page.Name, page.Html);
            total += reader.GetArticle().TextContent?.Length ?? 0;
        }

        return total;
    }
}
