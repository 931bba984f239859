using NewsModel.Publishers;

namespace NewsModel.Tests.Publishers;

/// <summary>Every built-in id pattern against an address in the site's documented shape.</summary>
public class BuiltInProfileSampleTests
{
    public static TheoryData<string, string> Samples => new()
    {
        { "https://www.presstv.ir/Detail/2026/06/22/770883/China-US-sanctions-retaliation-", "presstv:770883" },
        { "https://www.irna.ir/news/85123456/%D8%AA%DB%8C%D8%AA%D8%B1", "irna:85123456" },
        { "https://en.irna.ir/news/85123457/Title-words", "irna-en:85123457" },
        { "https://www.tehrantimes.com/news/498765/Some-title", "tehrantimes:498765" },
        { "https://www.bbc.co.uk/news/uk-politics-68123456", "bbc:68123456" },
        { "https://www.theguardian.com/world/2024/jan/05/some-headline-words", "theguardian:world/2024/jan/05/some-headline-words" },
        { "https://www.nytimes.com/2024/01/05/world/europe/some-headline.html", "nytimes:2024/01/05/world/europe/some-headline" },
        { "https://www.washingtonpost.com/world/2024/01/05/some-headline/", "washingtonpost:world/2024/01/05/some-headline" },
        { "https://edition.cnn.com/2024/01/05/world/some-headline/index.html", "cnn:2024/01/05/world/some-headline" },
        { "https://apnews.com/article/election-some-words-0123456789abcdef0123456789abcdef", "apnews:0123456789abcdef0123456789abcdef" },
        { "https://uk.reuters.com/article/us-global-markets/some-words-idUKKBN1XT00W", "reuters:KBN1XT00W" },
        { "https://www.aljazeera.com/news/2024/1/5/some-headline-words", "aljazeera:news/2024/1/5/some-headline-words" },
        { "https://www.aljazeera.com/news/2019/11/some-words-191120070028895.html", "aljazeera:191120070028895" },
        { "https://www.aljazeera.net/news/2024/1/5/%D8%B9%D9%86%D9%88%D8%A7%D9%86", "aljazeera-ar:news/2024/1/5/%D8%B9%D9%86%D9%88%D8%A7%D9%86" },
        { "https://www.haaretz.com/israel-news/2024-01-05/ty-article/.premium/0000018c-d1a2-d3b4-a5c6-f7e8d9c0b1a2", "haaretz:0000018c-d1a2-d3b4-a5c6-f7e8d9c0b1a2" },
        { "https://www.lemonde.fr/international/article/2024/01/05/un-titre-d-article_6208123_3210.html", "lemonde:6208123" },
        { "https://www.france24.com/en/middle-east/20240105-some-headline-words", "france24:20240105-some-headline-words" },
        { "https://www.spiegel.de/politik/deutschland/ein-titel-a-4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8", "spiegel:4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8" },
        { "https://www.faz.net/aktuell/politik/ausland/ein-titel-19425612.html", "faz:19425612" },
        { "https://www.dw.com/en/some-headline/a-67891234", "dw:67891234" },
        { "https://www.nzz.ch/international/ein-titel-ld.1771234", "nzz:1771234" },
        { "https://nos.nl/artikel/2501234-een-titel", "nos:2501234" },
        { "https://elpais.com/internacional/2024-01-05/un-titular.html", "elpais:internacional/2024-01-05/un-titular" },
        { "https://www1.folha.uol.com.br/mundo/2024/01/um-titulo.shtml", "folha:mundo/2024/01/um-titulo" },
        { "https://www.corriere.it/esteri/24_gennaio_05/un-titolo-4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8.shtml", "corriere:4f3e2d1c-0b9a-4876-a5b4-c3d2e1f0a9b8" },
        { "https://www.repubblica.it/esteri/2024/01/05/news/un_titolo-421234567/", "repubblica:421234567" },
        { "https://www.rt.com/news/591234-some-headline/", "rt:591234" },
        { "https://tass.ru/politika/19712345", "tass:19712345" },
        { "https://tass.com/politics/1712345", "tass-en:1712345" },
        { "https://lenta.ru/news/2024/01/05/zagolovok/", "lenta:2024/01/05/zagolovok" },
        { "https://www.rferl.org/a/some-headline/32765432.html", "rferl:32765432" },
        { "https://www.aa.com.tr/en/world/some-headline/3112345", "anadolu:3112345" },
        { "https://www.hurriyetdailynews.com/some-headline-190123", "hurriyetdailynews:190123" },
        { "https://www.news.cn/politics/20240105/0123456789abcdef0123456789abcdef/c.html", "xinhua:0123456789abcdef0123456789abcdef" },
        { "https://english.news.cn/20240105/0123456789abcdef0123456789abcdef/c.html", "xinhua-en:0123456789abcdef0123456789abcdef" },
        { "https://www.globaltimes.cn/page/202401/1304567.shtml", "globaltimes:1304567" },
        { "https://www.scmp.com/news/china/article/3245678/some-headline", "scmp:3245678" },
        { "https://www.asahi.com/articles/ASS1523ABS15UTIL001.html", "asahi:ASS1523ABS15UTIL001" },
        { "https://en.yna.co.kr/view/AEN20240105001234315", "yonhap-en:AEN20240105001234315" },
        { "https://timesofindia.indiatimes.com/world/some-headline/articleshow/106543210.cms", "timesofindia:106543210" },
        { "https://www.thehindu.com/news/national/some-headline/article67512345.ece", "thehindu:67512345" },
        { "https://www.dawn.com/news/1812345/some-headline", "dawn:1812345" },
        { "https://www.abc.net.au/news/2024-01-05/some-headline/103290123", "abc-au:103290123" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void Identify_SampleArticleAddress_YieldsProfileAndId(string url, string expectedKey)
    {
        Assert.Equal(expectedKey, PublisherRegistry.BuiltIn.Identify(new Uri(url)).Key);
    }

    [Fact]
    public void Samples_EveryBuiltInPattern_HasOne()
    {
        var sampled = Samples.Select(row => ((string)row[1]).Split(':')[0]).ToHashSet(StringComparer.Ordinal);

        var missing = PublisherRegistry.BuiltIn.Profiles.Where(p => p.ArticleUrlPattern is not null && !sampled.Contains(p.Id)).Select(p => p.Id).ToArray();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("https://www.presstv.ir/Section/10101")]
    [InlineData("https://www.bbc.co.uk/sport")]
    [InlineData("https://www.dawn.com/latest-news")]
    [InlineData("https://www.theguardian.com/world")]
    public void Identify_SectionPage_NoArticleId(string url)
    {
        Assert.Null(PublisherRegistry.BuiltIn.Identify(new Uri(url)).ArticleId);
    }
}
