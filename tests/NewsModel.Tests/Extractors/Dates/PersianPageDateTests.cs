using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Tests.Extractors.Dates;

/// <summary>
/// Persian pages print Solar Hijri months with the word for "month" after a zero-width non-joiner ("دی‌ماه"), which page
/// text loses before the date is read; Hijri months in Persian spelling ("جمادی‌الثانی") likewise.
/// </summary>
public class PersianPageDateTests
{
    private static readonly ArticleParserOptions Options = new()
    {
        ThrowOnExtractorFailure = true,
        Clock = new FakeClock(Instant.FromUtc(2024, 12, 1, 0, 0)),
    };

    private const string Body = "<p>شورای شهر در نشست امروز خود طرح تازه‌ای را برای گسترش خطوط اتوبوس در محله‌های جنوبی بررسی کرد و اعضا درباره هزینه‌های آن گفت‌وگو کردند.</p><p>به گفته یکی از اعضای شورا، اجرای این طرح از بهار سال آینده آغاز می‌شود و تا پایان سال به پایان می‌رسد.</p>";

    private static Article Parse(string header) =>
        ArticleParser.Parse(
            $"<!doctype html><html lang=\"fa\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>خبرگزاری نمونه</title></head><body><article><h1>طرح تازه برای خطوط اتوبوس</h1>{header}{Body}</article></body></html>",
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
}
