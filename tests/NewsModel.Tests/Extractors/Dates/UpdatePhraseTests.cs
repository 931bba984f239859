using NodaTime;
using NodaTime.Testing;

namespace NewsModel.Tests.Extractors.Dates;

/// <summary>An update phrase before a printed date makes it the modification date, in the languages we meet.</summary>
public class UpdatePhraseTests
{
    private static readonly ArticleParserOptions Options = new()
    {
        ThrowOnExtractorFailure = true,
        Clock = new FakeClock(Instant.FromUtc(2024, 12, 1, 0, 0)),
    };

    private const string Text = "The harbour board approved the new ferry timetable on Tuesday after a long debate about winter crossings and the cost of the extra boats.";

    /// <summary>A page in <paramref name="language"/> whose article holds <paramref name="articleHtml"/> after the headline, then two paragraphs.</summary>
    private static Article ParseArticle(string language, string articleHtml) =>
        ArticleParser.Parse(
            $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>Ferry timetable</title></head><body><article><h1>Board approves the winter ferry timetable</h1>{articleHtml}<p>{Text}</p><p>{Text}</p></article></body></html>",
            new Uri("https://harbour.example/news/ferry"),
            Options);

    [Theory]
    [InlineData("en", "Published 12 November 2024", "Last updated: 14 November 2024")]
    [InlineData("es", "Publicado: 12 de noviembre de 2024", "Última actualización: 14 de noviembre de 2024")]
    [InlineData("pt", "Publicado em 12 de novembro de 2024", "Última atualização: 14 de novembro de 2024")]
    [InlineData("it", "Pubblicato il 12 novembre 2024", "Ultimo aggiornamento: 14 novembre 2024")]
    [InlineData("fr", "Publié le 12 novembre 2024", "Dernière mise à jour : 14 novembre 2024")]
    [InlineData("pl", "Opublikowano: 12 listopada 2024", "Aktualizacja: 14 listopada 2024")]
    [InlineData("ru", "Опубликовано: 12 ноября 2024", "Обновлено: 14 ноября 2024")]
    [InlineData("uk", "Опубліковано: 12 листопада 2024", "Оновлено: 14 листопада 2024")]
    [InlineData("tr", "Yayınlanma: 12 Kasım 2024", "Son güncelleme: 14 Kasım 2024")]
    [InlineData("ar", "نشر في: 12 نوفمبر 2024", "آخر تحديث: 14 نوفمبر 2024")]
    [InlineData("fa", "تاریخ انتشار: ۲۲ آبان ۱۴۰۳", "آخرین بروزرسانی: ۲۴ آبان ۱۴۰۳")]
    [InlineData("fa", "تاریخ انتشار: ۲۲ آبان ۱۴۰۳", "به روزرسانی: ۲۴ آبان ۱۴۰۳")]
    [InlineData("de", "Veröffentlicht am 12. November 2024", "Zuletzt aktualisiert: 14. November 2024")]
    [InlineData("nl", "Geplaatst op 12 november 2024", "Bijgewerkt 14 november 2024")]
    [InlineData("el", "Δημοσίευση: 12 Νοεμβρίου 2024", "Τελευταία ενημέρωση: 14.11.2024")]
    [InlineData("he", "פורסם ב־12 בנובמבר 2024", "עודכן: 14 בנובמבר 2024")]
    public void Parse_PublishedAndUpdatedLines_Read(string language, string published, string updated)
    {
        var article = ArticleParser.Parse(
            $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>Ferry timetable</title></head><body><article><h1>Board approves the winter ferry timetable</h1><div class=\"date\">{published}</div><p>{Text}</p><p>{Text}</p><div class=\"info\">{updated}</div></article></body></html>",
            new Uri("https://harbour.example/news/ferry"),
            Options);

        Assert.Equal("2024-11-12", article.Published?.ToIsoString());
        Assert.Equal("2024-11-14", article.Modified?.ToIsoString());
    }

    [Theory]
    [InlineData("es", "Actualización 2.0 llega el 14 de noviembre de 2024")]
    [InlineData("es", "Actualización del sistema 14/11/2024")]
    [InlineData("it", "In aggiornamento - 14 novembre 2024 ore 10:05")]
    [InlineData("pl", "Aktualizacja systemu dostępna od 14 listopada 2024")]
    [InlineData("ru", "Обновление приложения выйдет 14 ноября 2024 года")]
    [InlineData("fa", "به روزرسانی اپلیکیشن بانک از ۲۴ آبان ۱۴۰۳")]
    public void Parse_UpdateNounAsASentencesSubject_NotAnUpdate(string language, string line)
    {
        var article = ArticleParser.Parse(
            $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>Ferry timetable</title></head><body><article><h1>Board approves the winter ferry timetable</h1><div class=\"info\">{line}</div><p>{Text}</p><p>{Text}</p></article></body></html>",
            new Uri("https://harbour.example/news/ferry"),
            Options);

        Assert.Equal("2024-11-14", article.Published?.ToIsoString()[..10]);
        Assert.Null(article.Modified);
    }

    /// <summary>An update line in the header that prints only a time is the update on the publication's day, on its clock.</summary>
    [Theory]
    [InlineData("en", "Nov. 12, 2024, 5:02 p.m. ET", "Updated 6:15 p.m. ET", "2024-11-12T18:15:00-05:00")]
    [InlineData("de", "12.11.2024, 18:05 Uhr", "Aktualisiert um 19:30 Uhr", "2024-11-12T19:30:00")]
    [InlineData("it", "12 novembre 2024, 18:05", "Aggiornato alle 19:30", "2024-11-12T19:30:00")]
    [InlineData("ru", "12 ноября 2024, 18:05 мск", "Обновлено 19:30", "2024-11-12T19:30:00+03:00")]
    [InlineData("uk", "12 листопада 2024, 18:05", "Оновлено 19:30", "2024-11-12T19:30:00")]
    [InlineData("nl", "12-11-24, 18:05", "Laatste update: 19:30", "2024-11-12T19:30:00")]
    [InlineData("ru", "12 ноября 2024, 18:05", "Обновлено 17:30", "")]
    // A relative update is read against the caller's reference time (1 December 2024 here), not on the publication's day.
    [InlineData("en", "Nov. 12, 2024, 5:02 p.m. ET", "Updated yesterday at 6:15 p.m. ET", "2024-11-30T18:15:00-05:00")]
    [InlineData("en", "Nov. 12, 2024, 5:02 p.m. ET", "Updated 2 hours ago", "2024-11-30T22:00:00Z")]
    public void Parse_UpdateLineWithATimeOnly_UpdatesThePublicationDay(string language, string published, string updated, string expected)
    {
        var article = ArticleParser.Parse(
            $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>Ferry timetable</title></head><body><article><h1>Board approves the winter ferry timetable</h1><p class=\"date\">{published}</p><p class=\"updated\">{updated}</p><p>{Text}</p><p>{Text}</p></article></body></html>",
            new Uri("https://harbour.example/news/ferry"),
            Options);

        Assert.Equal(expected, article.Modified?.ToIsoString() ?? string.Empty);
    }

    /// <summary>An update printed before the publication in one line, each under its label: both read.</summary>
    [Theory]
    [InlineData("fr", "Modifié le 27/11/2023 à 07h40 Publié le 26/11/2023 à 19h12", "2023-11-26T19:12:00", "2023-11-27T07:40:00")]
    [InlineData("pl", "Aktualizacja: 20.09.2024 14:00 · Publikacja: 19.09.2024 22:35", "2024-09-19T22:35:00", "2024-09-20T14:00:00")]
    [InlineData("ru", "Обновлено 5 апреля 2024, 10:12 · Опубликовано 4 апреля 2024, 21:47", "2024-04-04T21:47:00", "2024-04-05T10:12:00")]
    [InlineData("en", "Updated: March 5, 2024 10:12 a.m. Published: March 4, 2024 9:47 p.m.", "2024-03-04T21:47:00", "2024-03-05T10:12:00")]
    // Without a publication label the second date is no publication.
    [InlineData("en", "Updated: March 5, 2024 10:12, March 4, 2024", "", "2024-03-05T10:12:00")]
    public void Parse_UpdateThenPublicationInOneLine_BothRead(string language, string line, string published, string modified)
    {
        var article = ParseArticle(language, $"<p class=\"meta\">{line}</p>");

        Assert.Equal(published, article.Published?.ToIsoString() ?? string.Empty);
        Assert.Equal(modified, article.Modified?.ToIsoString() ?? string.Empty);
    }

    /// <summary>
    /// A line marked as the update's that prints the publication first, then the update under its phrase: the first date
    /// is the publication, the one after the phrase the update.
    /// </summary>
    [Theory]
    [InlineData("pt", "<time>12/11/2024 10h32</time> Atualizado há 2 horas", "2024-11-12T10:32:00", "2024-11-30T22:00:00Z")]
    [InlineData("pt", "12/11/2024 10h32 — Atualizado em 12/11/2024 14h05", "2024-11-12T10:32:00", "2024-11-12T14:05:00")]
    [InlineData("en", "Nov. 12, 2024 | Updated Nov. 13, 2024", "2024-11-12", "2024-11-13")]
    public void Parse_UpdateMarkedLineOpeningWithThePublication_BothRead(string language, string line, string published, string modified)
    {
        var article = ParseArticle(language, $"<p class=\"content-publication-data__updated\">{line}</p>");

        Assert.Equal(published, article.Published?.ToIsoString() ?? string.Empty);
        Assert.Equal(modified, article.Modified?.ToIsoString() ?? string.Empty);
    }

    /// <summary>Without an update phrase between them, a marked update line's first date stays the update.</summary>
    [Fact]
    public void Parse_UpdateMarkedLineWithoutAPhraseBetween_FirstDateIsTheUpdate()
    {
        var article = ParseArticle("en", "<p class=\"date\">Nov. 10, 2024</p><p class=\"content-publication-data__updated\">Nov. 13, 2024 (Nov. 12, 2024)</p>");

        Assert.Equal("2024-11-10", article.Published?.ToIsoString());
        Assert.Equal("2024-11-13", article.Modified?.ToIsoString());
    }

    /// <summary>The day printed alone, then a publication line with its time only: the publication's time (date audit dt6).</summary>
    [Theory]
    [InlineData("ar", "<div class=\"node__date\">الثلاثاء - 12 نوفمبر 2024 م</div><div class=\"node__time\">نُشر: 09:40 ص (توقيت مكة)</div><div class=\"node__update\">آخر تحديث: 11:05 ص (توقيت مكة)</div>", "2024-11-12T09:40:00+03:00", "2024-11-12T11:05:00+03:00")]
    [InlineData("en", "<p class=\"date\">November 12, 2024</p><p class=\"time\">Published: 9:40 a.m.</p>", "2024-11-12T09:40:00", "")]
    // A date element that prints a clock's time alone, its zone or its "pm" after it (date audit dt7).
    [InlineData("ar", "<div class=\"article-date\">الثلاثاء 10 جمادى الأولى 1446هـ - 12 نوفمبر 2024م</div><div class=\"article-time\">10:20 مساءً بتوقيت مكة المكرمة</div>", "2024-11-12T22:20:00+03:00", "")]
    [InlineData("en", "<p class=\"date\">November 12, 2024</p><p class=\"time\">9:40 p.m.</p>", "2024-11-12T21:40:00", "")]
    // A time line under no publication label adds nothing; nor does a bare time in a date element (a duration, a score).
    [InlineData("en", "<p class=\"date\">November 12, 2024</p><p class=\"time\">Kick-off: 9:40 a.m.</p>", "2024-11-12", "")]
    [InlineData("en", "<p class=\"date\">November 12, 2024</p><p class=\"time\">03:45</p>", "2024-11-12", "")]
    // A time in the update's block is the update's (review of dt7).
    [InlineData("en", "<div class=\"article-date\">November 12, 2024</div><div class=\"article-updated\"><span class=\"article-time\">11:05 PM ET</span></div>", "2024-11-12", "")]
    public void Parse_DayAloneThenPublicationTimeLine_BothRead(string language, string lines, string published, string modified)
    {
        var article = ParseArticle(language, lines);

        Assert.Equal(published, article.Published?.ToIsoString() ?? string.Empty);
        Assert.Equal(modified, article.Modified?.ToIsoString() ?? string.Empty);
    }

    /// <summary>A body sentence whose date ends it, the period inside the date's text ("2025 r."), dates nothing.</summary>
    [Theory]
    [InlineData("pl", "Następna edycja zaplanowana jest na 11 października 2025 r.")]
    [InlineData("ru", "Закон вступит в силу с 1 сентября 2024 г.")]
    public void Parse_SentenceEndingWithItsDate_DatesNothing(string language, string sentence)
    {
        var article = ParseArticle(language, $"<div class=\"entry-content\"><p>{Text}</p><p>{sentence}</p></div>");

        Assert.Null(article.Published);
    }

    /// <summary>An update phrase with a time only, in the same line as the publication's date, is the update on that day.</summary>
    [Theory]
    [InlineData("en", "March 12, 2024 | Updated 3:15 p.m. ET", "2024-03-12", "2024-03-12T15:15:00-04:00")]
    [InlineData("en", "March 12, 2024 9:00 a.m. ET, last updated 3:15 p.m. ET", "2024-03-12T09:00:00-04:00", "2024-03-12T15:15:00-04:00")]
    [InlineData("de", "12.03.2024, 09:00 Uhr, aktualisiert 15:15 Uhr", "2024-03-12T09:00:00", "2024-03-12T15:15:00")]
    [InlineData("it", "12 marzo 2024 - Aggiornato alle 15:15", "2024-03-12", "2024-03-12T15:15:00")]
    // An update with its own date is read as that date; a time without an update phrase is no update.
    [InlineData("en", "March 12, 2024 | Updated March 13, 2024 8:15 a.m. ET", "2024-03-12", "2024-03-13T08:15:00-04:00")]
    [InlineData("en", "March 12, 2024 | 5 min read | Listen 3:15", "2024-03-12", "")]
    [InlineData("en", "November 18, 2019 at 2:26 PM HST - Updated November 19 at 4:46 PM", "2019-11-18T14:26:00-10:00", "")]
    public void Parse_DateAndUpdateTimeInOneLine_UpdatesThatDay(string language, string line, string published, string expected)
    {
        var article = ParseArticle(language, $"<p class=\"meta\">{line}</p>");

        Assert.Equal(published, article.Published?.ToIsoString() ?? string.Empty);
        Assert.Equal(expected, article.Modified?.ToIsoString() ?? string.Empty);
    }

    /// <summary>
    /// A sentence of the body that mentions a date dates what it tells, not the article; a meta line ending with a period
    /// ("Posted by Jane Roe on 12 November 2024.") still dates it.
    /// </summary>
    [Theory]
    [InlineData("de", "<p class=\"date\">Aktualisiert am 14.11.2024, 18:30</p><p>Der Fahrpreis soll ab dem 20. November 2024 auf vier Euro steigen.</p>", "2024-11-14", "")]
    [InlineData("en", "<p>Posted by Jane Roe on 12 November 2024.</p>", "", "2024-11-12")]
    // A picture's caption that describes what it shows at a date, with no period; a credit line with the article's date still dates it.
    [InlineData("de", "<div><img src=\"a.png\"><span>Abbildung: Ausschnitt eines Luftbildes der Hafeneinfahrt vom 31.05.2021 (links) und die Auswertung (rechts)</span></div>", "", "")]
    [InlineData("en", "<p>Figure 2: water levels in the harbour since January 3, 2022</p>", "", "")]
    [InlineData("en", "<p>Photo: the flooded square on April 9, 2022</p><p>By Ann Lee, April 10, 2022</p>", "", "2022-04-10")]
    [InlineData("en", "<p>Photos: Ann Lee · April 9, 2022</p>", "", "2022-04-09")]
    [InlineData("de", "<p>Bild: Jana Holm | 28.03.2022</p>", "", "2022-03-28")]
    [InlineData("de", "<p>Foto: Jana Holm, 28.03.2022</p>", "", "2022-03-28")]
    // A comma sets a credit apart from the date it gives, whatever words the credit holds.
    [InlineData("en", "<p>Photo: Ann Lee for The Harbor Gazette, April 9, 2022</p>", "", "2022-04-09")]
    [InlineData("de", "<p>Fotos: Jana Holm und Max Weber, 28.03.2022</p>", "", "2022-03-28")]
    [InlineData("ru", "<p>Фото: пресс-служба мэрии города, 9 апреля 2022</p>", "", "2022-04-09")]
    [InlineData("pl", "<p>Zdjęcie: widok na rynek po ulewie 9 kwietnia 2022</p>", "", "")]
    public void Parse_DateInABodySentence_IsNotThePublicationDate(string language, string meta, string modified, string published)
    {
        var article = ArticleParser.Parse(
            $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>Ferry timetable</title></head><body><article><h1>Board approves the winter ferry timetable</h1>{meta}<p>{Text}</p><p>{Text}</p></article></body></html>",
            new Uri("https://harbour.example/news/ferry"),
            Options);

        Assert.Equal(published, article.Published?.ToIsoString()[..10] ?? string.Empty);
        Assert.Equal(modified, article.Modified?.ToIsoString()[..10] ?? string.Empty);
    }

    [Fact]
    public void Parse_UpdateLinesOfDifferentTimes_NoModifiedDate()
    {
        var article = ArticleParser.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Count night</title></head><body><article><h1>Count night: the results as they come</h1><p class=\"date\">12 November 2024, 20:00</p><div class=\"entry\"><p>{Text}</p><p class=\"foot\">Updated 21:40</p></div><div class=\"entry\"><p>{Text}</p><p class=\"foot\">Updated 22:10</p></div></article></body></html>",
            new Uri("https://harbour.example/news/count"),
            Options);

        Assert.Null(article.Modified);
    }

    [Theory]
    [InlineData("Updated 4:30 p.m.", "")]
    [InlineData("Updated 4:30 p.m. ET", "2024-11-12T16:30:00-05:00")]
    public void Parse_UpdateTimeWithADeclaredPublicationOnly_ReadWhereItNamesItsZone(string updated, string expected)
    {
        var article = ArticleParser.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Lockdown</title><script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"headline\":\"School lockdown lifted\",\"datePublished\":\"2024-11-12T15:00:00Z\"}}</script></head><body><article><h1>School lockdown lifted</h1><p class=\"updated\">{updated}</p><p>{Text}</p><p>{Text}</p></article></body></html>",
            new Uri("https://harbour.example/news/lockdown"),
            Options);

        Assert.Equal(expected, article.Modified?.ToIsoString() ?? string.Empty);
    }

    /// <summary>A dateline or a signature that ends with a period is no sentence: its date is the article's.</summary>
    [Theory]
    [InlineData("de", "Berlin, 12. November 2024. Die Firma Hafenlicht GmbH hat heute ein neues Werk am Kai eröffnet.")]
    [InlineData("fr", "Paris, le 12 novembre 2024. La société a ouvert aujourd'hui un nouvel atelier sur le port.")]
    [InlineData("en", "Jane Roe, Political Editor, 12 November 2024.")]
    [InlineData("de", "Der Artikel erschien am 12.11.2024 in der gedruckten Ausgabe.")]
    public void Parse_DatelineOrSignatureWithAPeriod_IsThePublicationDate(string language, string line)
    {
        var article = ArticleParser.Parse(
            $"<!doctype html><html lang=\"{language}\"><head><title>Werk</title></head><body><article><h1>Neues Werk am Hafen</h1><p>{line}</p><p>{Text}</p><p>{Text}</p></article></body></html>",
            new Uri("https://harbour.example/news/werk"),
            Options);

        Assert.Equal("2024-11-12", article.Published?.ToIsoString()[..10]);
    }

    /// <summary>
    /// "2024/11/12 14:30（11/12 16:45 更新）": the update's stamp without its year after the publication, in the publication's
    /// year (the next one across New Year), whatever the line's class says (date audit dt7).
    /// </summary>
    [Theory]
    [InlineData("zh-TW", "<div class=\"updatetime\"><span>2024/11/12 14:30</span>（11/12 16:45 更新）</div>", "2024-11-12T14:30:00", "2024-11-12T16:45:00")]
    [InlineData("zh-TW", "<div class=\"time\">2023/12/31 23:10（1/1 00:20 更新）</div>", "2023-12-31T23:10:00", "2024-01-01T00:20:00")]
    [InlineData("zh-TW", "<div class=\"time\">2024/11/12 14:30（2/30 16:45 更新）</div>", "2024-11-12T14:30:00", "")]
    // A day before the publication's, not across New Year; full-width digits (review of dt7).
    [InlineData("zh-TW", "<div class=\"time\">2024/9/18 14:30（9/17 16:45 更新）</div>", "2024-09-18T14:30:00", "")]
    [InlineData("zh-TW", "<div class=\"time\">2024/9/18 14:30（９/１８ １６:４５ 更新）</div>", "2024-09-18T14:30:00", "")]
    public void Parse_YearlessUpdateStampAfterThePublication_BothRead(string language, string lines, string published, string modified)
    {
        var article = ParseArticle(language, lines);

        Assert.Equal(published, article.Published?.ToIsoString());
        Assert.Equal(modified, article.Modified?.ToIsoString() ?? string.Empty);
    }

    /// <summary>Update labels of the languages added with the date audit dt7.</summary>
    [Theory]
    [InlineData("hu", "<div class=\"datum\">2024. november 12. 09:30</div><div class=\"info\">Frissítve: 2024. november 13. 10:05</div>", "2024-11-13T10:05:00")]
    [InlineData("id", "<div class=\"date\">12 November 2024 09:30</div><div class=\"info\">Diperbarui 13 November 2024 10:05</div>", "2024-11-13T10:05:00")]
    [InlineData("ro", "<div class=\"date\">12 noiembrie 2024 09:30</div><div class=\"info\">Actualizat: 13 noiembrie 2024 10:05</div>", "2024-11-13T10:05:00")]
    public void Parse_UpdateLabelsOfMoreLanguages_Read(string language, string lines, string modified)
    {
        var article = ParseArticle(language, lines);

        Assert.Equal(modified, article.Modified?.ToIsoString());
    }

    /// <summary>A reader's post's stamp in a comments list under the article is never the article's update (date audit dt7).</summary>
    [Theory]
    [InlineData("kommentare")]
    [InlineData("yorumlar")]
    [InlineData("komentarze")]
    public void Parse_ForumPostStampsUnderTheArticle_NoUpdate(string region)
    {
        var article = ParseArticle(
            "de",
            $"<div class=\"sp-datetime\">12.11.2024, 19.05 Uhr</div><p>{Text}</p><section class=\"{region}\"><h3>Forum</h3><div class=\"post\"><b>nordlicht_77</b> <span>12.11.2024, 20:14 Uhr</span><p>Das war absehbar.</p></div><div class=\"post\"><b>hmb_leser</b> <span>13.11.2024, 07:02 Uhr</span><p>Investitionen sind keine Schulden.</p></div></section>");

        Assert.Equal("2024-11-12T19:05:00", article.Published?.ToIsoString());
        Assert.Null(article.Modified);
    }

    /// <summary>
    /// An opinion piece named so in its class ("kommentar", "yorum", "komentář") or a "forum" section's article is the
    /// article, not readers' comments: its own date is read (review of dt7).
    /// </summary>
    [Theory]
    [InlineData("kommentar")]
    [InlineData("yorum")]
    [InlineData("forum")]
    public void Parse_OpinionArticleNamedInItsClass_DateRead(string genre)
    {
        var article = ArticleParser.Parse(
            $"<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Fähre</title></head><body><article class=\"{genre}\"><h1>Die Fähre braucht einen neuen Fahrplan</h1><div class=\"{genre}-autor\">Von Jana Holm</div><time datetime=\"2024-11-12T19:05:00+01:00\">12.11.2024, 19:05 Uhr</time><p>{Text}</p><p>{Text}</p></article></body></html>",
            new Uri("https://harbour.example/meinung/faehre"),
            Options);

        Assert.Equal("2024-11-12T19:05:00+01:00", article.Published?.ToIsoString());
        Assert.Equal("Jana Holm", Assert.Single(article.Byline.Contributors).Name);
    }
}
