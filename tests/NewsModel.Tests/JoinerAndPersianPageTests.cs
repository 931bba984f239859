using NewsModel.Blocks;
using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Tests;

/// <summary>
/// Persian pages: Solar Hijri months with the word for "month" after a zero-width non-joiner ("دی‌ماه"), Hijri months in
/// Persian spelling ("جمادی‌الثانی"), and the non-joiner kept inside words of the headline, byline and body; sources
/// that print a name or a title with the non-joiner and without it still agree.
/// </summary>
public class JoinerAndPersianPageTests
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

    private static Article ParsePage(string head, string body, string language = "fa") =>
        ArticleParser.Parse(
            $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>",
            new Uri("https://khabar.example/news/1234"),
            Options);

    [Fact]
    public void Parse_KickerBeforeHeadline_SocialTitleWithoutJoiner_KickerStillCut()
    {
        var article = ParsePage(
            "<title>Hafenkurier</title><meta property=\"og:title\" content=\"Neue Auflage des Stadtführers erscheint\">",
            "<article><h1>Medien: Neue Auf&zwnj;lage des Stadtführers erscheint</h1><p>Der Stadtführer erscheint in einer neuen Auflage mit zwanzig zusätzlichen Seiten über die Altstadt und den Hafen.</p></article>",
            "de");

        Assert.Equal("Neue Auf\u200Clage des Stadtführers erscheint", article.Headline);
    }

    [Fact]
    public void Parse_SameNameWithAndWithoutJoiner_OneContributor()
    {
        var article = ParsePage(
            "<title>بررسی طرح اتوبوس‌رانی</title><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"بررسی طرح اتوبوس‌رانی\",\"author\":[{\"@type\":\"Person\",\"name\":\"علیرضا محمدی\u200Cنژاد\"},{\"@type\":\"Person\",\"name\":\"علی\u200Cرضا محمدینژاد\"}]}</script>",
            "<article><h1>بررسی طرح اتوبوس‌رانی</h1>" + Body + "</article>");

        Assert.Single(article.Byline.Contributors);
    }

    [Fact]
    public void Parse_SameTagWithAndWithoutJoiner_OneTag()
    {
        var article = ParsePage(
            "<title>بازار ارز</title><meta property=\"article:tag\" content=\"بازار\u200Cارز\"><meta property=\"article:tag\" content=\"بازارارز\"><meta property=\"article:tag\" content=\"نرخ ارز\">",
            "<article><h1>تحلیل بازار ارز</h1>" + Body + "</article>");

        Assert.Equal(["بازار\u200Cارز", "نرخ ارز"], article.Tags);
    }

    [Theory]
    [InlineData("نویسنده: سارا احمدی | دسته\u200Cبندی: اقتصاد شهری", "سارا احمدی", null)]
    [InlineData("نویسنده: جان اسمیت، اسوشیتد\u200Cپرس", "جان اسمیت", "AP")]
    public void Parse_BylineLabelOrAgencyWithJoiner_NotAPerson(string byline, string name, string? organization)
    {
        var article = Parse($"<div class=\"byline\">{byline}</div>");

        var contributor = Assert.Single(article.Byline.Contributors);
        Assert.Equal(name, contributor.Name);
        Assert.Equal(organization, contributor.Organization);
    }

    [Theory]
    [InlineData("۱۰ دی\u200Cماه ۱۴۰۲ - ۱۴:۳۰")]
    [InlineData("۱۰ دیماه ۱۴۰۲")]
    public void Parse_DateLineAboveBody_NotAParagraph(string line)
    {
        var article = Parse($"<p>{line}</p>");

        Assert.Equal("2023-12-31", article.Published?.ToIsoString()[..10]);
        Assert.DoesNotContain(article.Body, block => block is ParagraphBlock paragraph && paragraph.Text.Contains("۱۴۰۲", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fa", "<div class=\"meta\">۱۸ جمادی\u200Cالثانی ۱۴۴۵ - ۱۰ دی ۱۴۰۲ ساعت ۱۴:۳۰</div>", "2023-12-31T14:30:00", null)]
    [InlineData("fa", "<div class=\"meta\">یکشنبه ۱۰ دی ۱۴۰۲ - ۱۷ جمادی\u200Cالثانی ۱۴۴۵</div>", "2023-12-31", null)]
    [InlineData("ar", "<div class=\"meta\">الخميس 14 نوفمبر 2024 - 12 جمادى الأولى 1446</div>", "2024-11-14", null)]
    [InlineData("ar", "<div class=\"meta\">نشر في 12 نوفمبر 2024 - آخر تحديث 14 نوفمبر 2024</div>", "2024-11-12", "2024-11-14")]
    [InlineData("ar", "<div class=\"meta\">نشر في: 12 جمادى الأولى 1446 - آخر تحديث: 15 نوفمبر 2024</div>", "2024-11-14", "2024-11-15")]
    [InlineData("fa", "<div class=\"meta\">انتشار: ۲۴ آبان ۱۴۰۳ | به\u200Cروزرسانی: 2024-11-15</div>", "2024-11-14", "2024-11-15")]
    [InlineData("ar", "<div class=\"meta\">الخميس 14 نوفمبر 2024 - 12 جمادى الأولى 1446 هـ</div>", "2024-11-14", null)]
    // A time printed after the lunar date is the day's (date audit dt6).
    [InlineData("ar", "<div class=\"meta\">الخميس 14 نوفمبر 2024 م | 12 جمادى الأولى 1446 هـ | 10:32 صباحاً بتوقيت الإمارات</div>", "2024-11-14T10:32:00+04:00", null)]
    // "Corresponding to": the same day in the other calendar (date audit dt3).
    [InlineData("ar", "<div class=\"meta\">السبت 7 محرم 1446 هـ - الموافق 13 يوليو 2024 م</div>", "2024-07-13", null)]
    [InlineData("fa", "<div class=\"meta\">شنبه ۲۳ تیر ۱۴۰۳ برابر با ۱۳ ژوئیه ۲۰۲۴</div>", "2024-07-13", null)]
    [InlineData("fa", "<div class=\"meta\">۲۴ آبان ۱۴۰۳ - ۱۴ نوامبر ۲۰۲۴</div>", "2024-11-14", null)]
    [InlineData("fa", "<div class=\"meta\">۲۴ آبان ۱۴۰۳ - ۱۵ نوامبر ۲۰۲۴</div>", "2024-11-14", "2024-11-15")]
    [InlineData("fa", "<div class=\"meta\">۲۴ آبان ۱۴۰۳ - ۱۴ نوامبر ۲۰۲۴ ۰۹:۱۰</div>", "2024-11-14T09:10:00", null)]
    // Three calendars: each next date is compared with the one kept; a day apart in a third calendar is still an update.
    [InlineData("fa", "<div class=\"meta\">سه\u200Cشنبه ۱۰ دی ۱۴۰۲ - ۱۸ جمادی\u200Cالثانی ۱۴۴۵ - ۳۱ دسامبر ۲۰۲۳ ساعت ۱۴:۳۰</div>", "2023-12-31T14:30:00", null)]
    [InlineData("fa", "<div class=\"meta\">۱۰ دی ۱۴۰۲ - ۳۱ دسامبر ۲۰۲۳ - ۱۸ جمادی\u200Cالثانی ۱۴۴۵</div>", "2023-12-31", null)]
    [InlineData("fa", "<div class=\"meta\">۱۰ دی ۱۴۰۲ - ۱۸ جمادی\u200Cالثانی ۱۴۴۵ - ۱ ژانویه ۲۰۲۴</div>", "2023-12-31", "2024-01-01")]
    [InlineData("ar", "<div class=\"meta\">الأحد 31 ديسمبر 2023 - 18 جمادى الآخرة 1445 | 19 جمادى الآخرة 1445 الساعة 08:00</div>", "2023-12-31", "2024-01-01T08:00:00")]
    [InlineData("fa", "<div class=\"meta\">۲۴ آبان ۱۴۰۳ ۰۹:۱۰ - ۱۴ نوامبر ۲۰۲۴ ۰۹:۱۰</div>", "2024-11-14T09:10:00", null)]
    public void Parse_OneDayInTwoCalendars_NotAnUpdate(string language, string header, string published, string? modified)
    {
        var article = ParsePage("<title>خبر</title>", "<article><h1>طرح تازه برای خطوط اتوبوس</h1>" + header + Body + "</article>", language);

        Assert.Equal(published, article.Published?.ToIsoString());
        Assert.Equal(modified, article.Modified?.ToIsoString());
    }
}
