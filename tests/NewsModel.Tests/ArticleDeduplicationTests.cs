namespace NewsModel.Tests;

public class ArticleDeduplicationTests
{
    private static Article WithKey(string? key, string headline) =>
        new() { Headline = headline, Identity = key is null ? null : new ArticleIdentity(key) };

    [Fact]
    public void DistinctByIdentity_Sequence_KeepsFirstCopyInOrder()
    {
        Article[] articles = [WithKey("presstv:1", "a"), WithKey("presstv:2", "b"), WithKey("presstv:1", "c"), WithKey(null, "d"), WithKey(null, "e"), WithKey("presstv:2", "f")];

        var distinct = articles.DistinctByIdentity().Select(a => a.Headline!).ToArray();

        Assert.Equal(["a", "b", "d", "e"], distinct);
    }

    [Fact]
    public async Task DistinctByIdentity_AsyncStream_KeepsFirstCopyInOrder()
    {
        var distinct = new List<string>();
        await foreach (var article in Produce().DistinctByIdentity())
        {
            distinct.Add(article.Headline!);
        }

        Assert.Equal(["a", "b"], distinct);

        static async IAsyncEnumerable<Article> Produce()
        {
            foreach (var (key, headline) in new[] { ("x:1", "a"), ("x:1", "again"), ("x:2", "b") })
            {
                await Task.Yield();
                yield return WithKey(key, headline);
            }
        }
    }

    [Fact]
    public async Task DistinctByIdentity_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var article in Produce(cts.Token).DistinctByIdentity(cts.Token))
            {
                Assert.Fail($"Got {article.Headline} after cancellation.");
            }
        });

        static async IAsyncEnumerable<Article> Produce([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token = default)
        {
            await Task.Yield();
            token.ThrowIfCancellationRequested();
            yield return WithKey("x:1", "a");
        }
    }

    [Fact]
    public void DistinctByIdentity_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ((IEnumerable<Article>)null!).DistinctByIdentity());
        Assert.Throws<ArgumentNullException>(() => ((IAsyncEnumerable<Article>)null!).DistinctByIdentity());
    }

    [Fact]
    public void ArticleIdentity_SameKeyOtherDetails_Equal()
    {
        var a = new ArticleIdentity("presstv:1") { CanonicalUrl = new Uri("https://presstv.ir/Detail/2026/11/27/1/a") };
        var b = new ArticleIdentity("presstv:1") { Publisher = "presstv" };

        Assert.Equal(a, b);
        Assert.NotEqual(a, new ArticleIdentity("presstv:2"));
    }
}
