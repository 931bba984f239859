using NewsModel.Blocks;
using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Tests.Extractors.Dates;

/// <summary>
/// Persian pages: Solar Hijri months with the word for "month" after a zero-width non-joiner ("دی‌ماه"), Hijri months in
/// Persian spelling ("جمادی‌الثانی"), and the non-joiner kept inside words of the headline, byline and body.
/// </summary>
public class PersianPageTests
{
    private static readonly ArticleParserOptions Options = new()
    {
        ThrowOnExtractorFailure = true,
        Clock = new FakeClock(Instant.FromUtc(2024, 12, 1, 0, 0)),
    };

    private const string Body = "<p>شورای شهر در نشست امروز خود طرح تازه‌ای را برای گسترش خطوط اتوبوس در محله‌های جنوبی بررسی کرد و اعضا درباره هزینه‌های آن گفت‌وگو کردند.</p><p>به گفته یکی از اعضای شورا، اجرای این طرح از بهار سال آینده آغاز می‌شود و تا پایان سال به پایان می‌رسد.</p>";

    private static Article Parse(string header, string headline = "طرح تازه برای خطوط اتوبوس") =>
        ArticleParser.Parse(
            $"<!doctype html><html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>خبرگزاری نمونه</title></head><body><article><h1>{headline}</h1>{header}{Body}</article></body></html>",
            new Uri("https://khabar.example/news/1234"),
            Options);

    [Theory]
    [InlineData("<div class=\"meta\">تاریخ انتشار: ۱۰ دی‌ماه ۱۴۰۲</div>", "2023-12-31")]
    [InlineData("<div class=\"meta\">یکشنبه ۱۰ دی ماه ۱۴۰۲ - ۱۴:۳۰</div>", "2023-12-31T14:30:00")]
    [InlineData("<div class=\"meta\">۲۵ اردیبهشت‌ماه ۱۴۰۳</div>", "2024-05-14")]
    [InlineData("<div class=\"meta\">۱۸ جمادی‌الثانی ۱۴۴۵</div>", "2023-12-31")]
    public void Parse_PersianHeaderDate_Read(string header, string expected)
    {
        var article = Parse(header);

        Assert.Equal(expected, article.Published?.ToIsoString());
    }

    [Fact]
    public void Parse_NonJoinerInsideWords_Kept()
    {
        var article = Parse("<div class=\"byline\">نویسنده: علی\u200Cرضا محمدی\u200Cنژاد</div>", "طرح تازه\u200Cای برای اتوبوس\u200Cها");

        Assert.Equal("طرح تازه\u200Cای برای اتوبوس\u200Cها", article.Headline);
        Assert.Equal("علی\u200Cرضا محمدی\u200Cنژاد", Assert.Single(article.Byline.Contributors).Name);
        Assert.Contains(article.Body, block => block is ParagraphBlock paragraph && paragraph.Text.Contains("آغاز می\u200Cشود", StringComparison.Ordinal));
    }
}
