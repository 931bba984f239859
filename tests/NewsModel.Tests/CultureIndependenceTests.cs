using System.Globalization;
using NewsModel.Json;

namespace NewsModel.Tests;

/// <summary>The whole parse gives the same article whatever the current culture: no culture-sensitive parsing, casing or formatting anywhere.</summary>
public class CultureIndependenceTests
{
    [Theory]
    [InlineData("tr-TR")]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("de-DE")]
    public void Parse_SamplePage_SameJsonUnderEveryCulture(string culture)
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SamplePages", "meridian-herald-river-ferry.html"));
        var url = new Uri("https://www.meridianherald.example/news/region/2024/11/14/48213/river-ferry-service-resumes");
        var expected = ArticleJson.Serialize(ArticleParser.Parse(html, url));

        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var actual = ArticleJson.Serialize(ArticleParser.Parse(html, url));
            Assert.Equal(expected, actual);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
