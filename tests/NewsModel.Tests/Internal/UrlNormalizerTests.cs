using NewsModel.Internal;

namespace NewsModel.Tests.Internal;

public class UrlNormalizerTests
{
    [Theory]
    // scheme, host case, www., default port, fragment
    [InlineData("http://WWW.Example.COM:80/News/Story-1#comments", "https://example.com/News/Story-1")]
    [InlineData("https://www2.example.com/a", "https://example.com/a")]
    [InlineData("https://example.com:443/a", "https://example.com/a")]
    [InlineData("https://example.com:8443/a", "https://example.com:8443/a")]
    [InlineData("https://example.com:80/a", "https://example.com/a")]
    // trailing and doubled slashes; the root stays "/"
    [InlineData("https://example.com/news/story/", "https://example.com/news/story")]
    [InlineData("https://example.com//news///story//", "https://example.com/news/story")]
    [InlineData("https://example.com", "https://example.com/")]
    [InlineData("https://example.com/?", "https://example.com/")]
    // tracking parameters go, meaningful ones stay, sorted
    [InlineData("https://example.com/a?utm_source=tw&utm_medium=social&id=7", "https://example.com/a?id=7")]
    [InlineData("https://example.com/a?fbclid=IwAR0abc", "https://example.com/a")]
    [InlineData("https://example.com/a?gclid=1&page=2&UTM_Campaign=x", "https://example.com/a?page=2")]
    [InlineData("https://example.com/a?z=1&a=2", "https://example.com/a?a=2&z=1")]
    [InlineData("https://example.com/a?mc_cid=1&mc_eid=2&_ga=3&igshid=4", "https://example.com/a")]
    // AMP forms
    [InlineData("https://example.com/news/story/amp", "https://example.com/news/story")]
    [InlineData("https://example.com/news/story/amp/", "https://example.com/news/story")]
    [InlineData("https://www.bbc.com/news/world-12345678.amp", "https://bbc.com/news/world-12345678")]
    [InlineData("https://example.com/news/story.amp.html", "https://example.com/news/story.html")]
    [InlineData("https://example.com/news/story?amp=1", "https://example.com/news/story")]
    [InlineData("https://example.com/news/story?amp", "https://example.com/news/story")]
    [InlineData("https://example.com/news/story?outputType=amp", "https://example.com/news/story")]
    [InlineData("https://amp.theguardian.com/world/2024/jan/01/slug", "https://theguardian.com/world/2024/jan/01/slug")]
    [InlineData("https://www.wsj.com/amp/articles/some-story-11574168580", "https://wsj.com/articles/some-story-11574168580")]
    [InlineData("https://www.bbc.com/news/amp/newsbeat-50470672", "https://bbc.com/news/newsbeat-50470672")]
    [InlineData("https://www.vox.com/platform/amp/science/2019/11/8/20948348/slug", "https://vox.com/science/2019/11/8/20948348/slug")]
    [InlineData("https://www.zdnet.com/google-amp/article/best-tech/", "https://zdnet.com/article/best-tech")]
    [InlineData("https://dealbreaker.com/.amp/2019/11/opening-bell", "https://dealbreaker.com/2019/11/opening-bell")]
    [InlineData("https://www.nbcdfw.com/news/local/story-565107452.html?amp=y", "https://nbcdfw.com/news/local/story-565107452.html")]
    [InlineData("https://blog.example.com/post?hs_amp=true", "https://blog.example.com/post")]
    [InlineData("https://www.spokesman.com/stories/2019/nov/19/slug/?amp-content=amp", "https://spokesman.com/stories/2019/nov/19/slug")]
    // what is not safe to change is kept
    [InlineData("https://example.com/amp", "https://example.com/amp")]
    [InlineData("https://example.com/news/story?amp=0", "https://example.com/news/story?amp=0")]
    [InlineData("https://example.com/platform/news/story", "https://example.com/platform/news/story")]
    [InlineData("https://example.com/news/amplifiers/story", "https://example.com/news/amplifiers/story")]
    [InlineData("https://example.com/news/sn-amp", "https://example.com/news/sn-amp")]
    [InlineData("https://example.com/News/Story", "https://example.com/News/Story")]
    [InlineData("https://m.example.com/a", "https://m.example.com/a")]
    [InlineData("https://amp.com/a", "https://amp.com/a")]
    [InlineData("https://www.co/a", "https://www.co/a")]
    [InlineData("https://example.com/caf%C3%A9?q=a%20b", "https://example.com/caf%C3%A9?q=a%20b")]
    public void Normalize_Address_GivesNormalForm(string input, string expected)
    {
        Assert.Equal(expected, UrlNormalizer.Normalize(new Uri(input)).AbsoluteUri);
    }

    [Theory]
    [InlineData("mailto:desk@example.com")]
    [InlineData("ftp://example.com/file")]
    public void Normalize_NotHttp_ReturnsUnchanged(string input)
    {
        var url = new Uri(input);

        Assert.Same(url, UrlNormalizer.Normalize(url));
    }

    [Theory]
    [InlineData("WWW.Example.com", "example.com")]
    [InlineData("www.example.com.", "example.com")]
    [InlineData("amp.example.co.uk", "example.co.uk")]
    [InlineData("www.co", "www.co")]
    [InlineData("wwwx.example.com", "wwwx.example.com")]
    public void NormalizeHost_Host_GivesNormalForm(string input, string expected)
    {
        Assert.Equal(expected, UrlNormalizer.NormalizeHost(input));
    }
}
