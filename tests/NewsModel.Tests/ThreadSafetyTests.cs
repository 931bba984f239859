using NewsModel.Json;

namespace NewsModel.Tests;

public class ThreadSafetyTests
{
    [Fact]
    public void Parse_ManyThreadsSharedPipeline_SameResultsAsSequential()
    {
        var sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SamplePages", "meridian-herald-river-ferry.html"));
        var pages = Enumerable.Range(0, 16)
            .Select(i => (Html: sample.Replace("River ferry", $"River ferry {i}", StringComparison.Ordinal), Url: new Uri($"https://www.meridianherald.example/news/{i}")))
            .ToArray();
        var expected = pages.Select(p => ArticleJson.Serialize(ArticleParser.Parse(p.Html, p.Url))).ToArray();

        var actual = new string[pages.Length * 8];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 32 }, i =>
        {
            var page = pages[i % pages.Length];
            actual[i] = ArticleJson.Serialize(ArticleParser.Parse(page.Html, page.Url));
        });

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % pages.Length], actual[i]);
        }
    }
}
