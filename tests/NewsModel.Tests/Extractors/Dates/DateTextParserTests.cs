using System.Globalization;
using NewsModel.Extractors.Dates;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Tests.Extractors.Dates;

public class DateTextParserTests
{
    private static readonly Instant Reference = InstantPattern.ExtendedIso.Parse("2024-11-14T12:00:00Z").Value;

    /// <summary>Text, page language (or ""), site zone (or ""), expected ISO value at the precision read ("" = no date).</summary>
    public static TheoryData<string, string, string, string> Dates => new()
    {
        // English
        { "14 November 2024", "en", "", "2024-11-14" },
        { "November 14, 2024", "en", "", "2024-11-14" },
        { "Nov. 14, 2024", "en", "", "2024-11-14" },
        { "Nov 14 2024", "en", "", "2024-11-14" },
        { "Nov 14 18:20 2024", "en", "", "2024-11-14T18:20:00" },
        { "Thu Nov 14 18:20:05 2024", "en", "", "2024-11-14T18:20:05" },
        { "Thursday, November 14th, 2024", "en", "", "2024-11-14" },
        { "14th of November 2024", "en-GB", "", "2024-11-14" },
        { "Published: 3 May 2021 10:30 GMT", "en", "", "2021-05-03T10:30:00Z" },
        { "May 3, 2021 8:45 p.m. EST", "en", "", "2021-05-03T20:45:00-05:00" },
        { "May 3, 2021 at 8:45 am EDT", "en", "", "2021-05-03T08:45:00-04:00" },
        { "May 3, 2021, 12:05 AM", "en", "", "2021-05-03T00:05:00" },
        { "May 3, 2021, 12:05 PM", "en", "", "2021-05-03T12:05:00" },
        { "May 3, 2021 — 7.45am", "en", "", "2021-05-03T07:45:00" },
        { "3 may 2021 — 18:05 CET", "es", "", "2021-05-03T18:05:00+01:00" },
        { "07 de marzo 2023, 12:00 A. M.", "es", "", "2023-03-07T00:00:00" },
        { "7 de marzo de 2023, 5:40 p. m.", "es", "", "2023-03-07T17:40:00" },
        { "Updated 14 Nov 2024 08:45 (GMT)", "en", "", "2024-11-14T08:45:00Z" },
        { "14 Nov 2024 08:45 BST", "en", "", "2024-11-14T08:45:00" },
        { "14 Nov 2024 08:45 IST", "en", "", "2024-11-14T08:45:00" },
        { "Sept. 9, 2019", "en", "", "2019-09-09" },
        { "03/05/2021", "en-US", "", "2021-03-05" },
        { "03/05/2021", "en-GB", "", "2021-05-03" },
        { "03/05/2021", "en", "", "2021-03-05" },
        { "13/05/2021", "en-US", "", "2021-05-13" },
        { "05/13/2021", "en-GB", "", "2021-05-13" },
        { "2021-05-03", "en", "", "2021-05-03" },
        { "2021/05/03 14:20", "", "", "2021-05-03T14:20:00" },
        { "14 November 2024 08:45 +03:30", "en", "", "2024-11-14T08:45:00+03:30" },
        { "14 November 2024 08:45 UTC+2", "en", "", "2024-11-14T08:45:00+02:00" },
        { "14 November 2024 08:45 GMT-0500", "en", "", "2024-11-14T08:45:00-05:00" },
        { "14 November 2024 08:45:30", "en", "", "2024-11-14T08:45:30" },
        // German
        { "14. November 2024", "de", "", "2024-11-14" },
        { "14. November 2024, 08:45 Uhr", "de", "", "2024-11-14T08:45:00" },
        { "14.11.2024, 08:45 Uhr", "de", "", "2024-11-14T08:45:00" },
        { "14.11.2024 um 8.45 Uhr", "de", "", "2024-11-14T08:45:00" },
        { "Stand: 14.11.2024 08:45 Uhr", "de", "Europe/Berlin", "2024-11-14T08:45:00+01:00" },
        { "14. März 2024", "de", "", "2024-03-14" },
        { "3. Jänner 2024", "de-AT", "", "2024-01-03" },
        { "14.11.24", "de", "", "2024-11-14" },
        { "Donnerstag, 14. Nov. 2024", "de", "", "2024-11-14" },
        { "14. 11. 2024", "de", "", "2024-11-14" },
        { "veröffentlicht am 1. Juli 2023 um 17:05 Uhr MESZ", "de", "", "2023-07-01T17:05:00+02:00" },
        // French
        { "14 novembre 2024", "fr", "", "2024-11-14" },
        { "Publié le 14 novembre 2024 à 08h45", "fr", "", "2024-11-14T08:45:00" },
        { "1er juillet 2023", "fr", "", "2023-07-01" },
        { "Publié le 12 février 2024 à 6 h 00 HNE", "fr", "", "2024-02-12T06:00:00-05:00" },
        { "Mis à jour le 3 juillet 2024 à 9 h 41 HAE", "fr", "", "2024-07-03T09:41:00-04:00" },
        { "le 3 févr. 2022", "fr", "", "2022-02-03" },
        { "14/11/2024 à 08:45", "fr", "", "2024-11-14T08:45:00" },
        { "mardi 7 août 2018", "fr", "", "2018-08-07" },
        // Spanish
        { "14 de noviembre de 2024", "es", "", "2024-11-14" },
        { "14 de noviembre de 2024 - 08:45", "es", "", "2024-11-14T08:45:00" },
        { "1 de enero de 2020, 10:15 h", "es", "", "2020-01-01T10:15:00" },
        { "5 dic 2019", "es", "", "2019-12-05" },
        { "3 de setiembre de 2019", "es", "", "2019-09-03" },
        // Italian
        { "14 novembre 2024", "it", "", "2024-11-14" },
        { "14 novembre 2024 ore 08:45", "it", "", "2024-11-14T08:45:00" },
        { "3 mag 2021", "it", "", "2021-05-03" },
        { "12 gennaio 2020", "it", "", "2020-01-12" },
        // Portuguese
        { "14 de novembro de 2024", "pt", "", "2024-11-14" },
        { "14 de novembro de 2024 às 08:45", "pt-BR", "", "2024-11-14T08:45:00" },
        { "3 out 2021", "pt", "", "2021-10-03" },
        { "7 de março de 2022", "pt", "", "2022-03-07" },
        // Polish
        { "14 listopada 2024", "pl", "", "2024-11-14" },
        { "14 listopada 2024 r.", "pl", "", "2024-11-14" },
        { "14 listopada 2024 o godz. 08:45", "pl", "", "2024-11-14T08:45:00" },
        { "3 września 2020", "pl", "", "2020-09-03" },
        { "1 sie 2022", "pl", "", "2022-08-01" },
        { "14.11.2024 08:45", "pl", "", "2024-11-14T08:45:00" },
        { "12.05.2023 r., godz. 10:15", "pl", "", "2023-05-12T10:15:00" },
        { "12.05.2023 r. 10:15", "pl", "", "2023-05-12T10:15:00" },
        { "14 listopada 2024 r., godz. 08:45", "pl", "", "2024-11-14T08:45:00" },
        // Russian and Ukrainian
        { "14 ноября 2024", "ru", "", "2024-11-14" },
        { "14 ноября 2024 г.", "ru", "", "2024-11-14" },
        { "14 ноября 2024 года, 08:45", "ru", "", "2024-11-14T08:45:00" },
        { "14 ноября 2024, 08:45 МСК", "ru", "", "2024-11-14T08:45:00+03:00" },
        { "14 ноября 2024, 08:45 мск", "ru", "", "2024-11-14T08:45:00+03:00" },
        { "3 мая 2021 в 10:30", "ru", "Europe/Moscow", "2021-05-03T10:30:00+03:00" },
        { "14 листопада 2024", "uk", "", "2024-11-14" },
        { "14 листопада 2024 р. о 08:45", "uk", "", "2024-11-14T08:45:00" },
        { "14.11.2024 об 11:20", "uk", "", "2024-11-14T11:20:00" },
        { "1 березня 2022 року", "uk", "", "2022-03-01" },
        // Turkish
        { "14 Kasım 2024", "tr", "", "2024-11-14" },
        { "14 Kasım 2024 08:45", "tr", "", "2024-11-14T08:45:00" },
        { "14.11.2024 08:45 TSİ", "tr", "", "2024-11-14T08:45:00+03:00" },
        // A time after a weekday that follows the date is as often an event's (a kick-off, a broadcast) as the article's.
        { "3 May 2024 · Sunday 20:15 kick-off", "en", "", "2024-05-03" },
        { "14 Kasım 2024, Pazar 20:00 maç saati", "tr", "", "2024-11-14" },
        // Also where the time ends the text: an event's line stands alone in its element as often (reverted in 85d9645).
        { "Anpfiff: 9. März 2024, Samstag 15:30", "de", "", "2024-03-09" },
        { "Concert 14 November 2024, Thursday 20:00", "en", "", "2024-11-14" },
        { "Diesel 14.11.2024 Do 1.59", "de", "", "2024-11-14" },
        { "3 Şubat 2023", "tr", "", "2023-02-03" },
        { "29 Ağustos 2019 Perşembe", "tr", "", "2019-08-29" },
        // Dutch, Czech, Greek (the genitive and the nominative), Hebrew (a preposition glued to the month)
        { "12 maart 2024 07:30", "nl", "", "2024-03-12T07:30:00" },
        { "3 mei 2024", "nl", "", "2024-05-03" },
        { "9 jan 2024 om 10:32", "nl", "", "2024-01-09T10:32:00" },
        { "14. listopadu 2023 v 10:32", "cs", "", "2023-11-14T10:32:00" },
        { "14 Νοεμβρίου 2023 στις 10:32", "el", "", "2023-11-14T10:32:00" },
        { "14 mrt. 2024", "nl", "", "2024-03-14" },
        { "12. března 2024 7:30", "cs", "", "2024-03-12T07:30:00" },
        { "Τρίτη, 12 Νοεμβρίου 2024 18:40", "el", "", "2024-11-12T18:40:00" },
        { "פורסם ב־12 במרץ 2024, 07:15", "he", "", "2024-03-12T07:15:00" },
        { "12 בינואר 2024", "he", "", "2024-01-12" },
        // Korean, Japanese, Chinese: the half of the day before a 12-hour time
        { "입력 2024.03.12. 오후 3:05", "ko", "", "2024-03-12T15:05:00" },
        { "2024.03.13. 오전 9:10", "ko", "", "2024-03-13T09:10:00" },
        { "2024-03-12 下午3:05", "zh", "", "2024-03-12T15:05:00" },
        // Arabic, with Eastern Arabic digits and Hijri months
        { "14 نوفمبر 2024", "ar", "", "2024-11-14" },
        { "١٤ نوفمبر ٢٠٢٤", "ar", "", "2024-11-14" },
        { "الخميس ١٤ تشرين الثاني ٢٠٢٤", "ar", "", "2024-11-14" },
        { "3 أيار 2021", "ar", "", "2021-05-03" },
        // The Egyptian and the Levantine month names together
        { "الخميس، ١٤ نوفمبر/تشرين الثاني ٢٠٢٤", "ar", "", "2024-11-14" },
        { "14 تشرين الثاني/نوفمبر 2024", "ar", "", "2024-11-14" },
        { "14 نوفمبر/2024", "ar", "", "2024-11-14" },
        { "May/June 2024", "en", "", "" },
        { "3 مايو/أيار 2021 - 08:45", "ar", "", "2021-05-03T08:45:00" },
        { "1 رمضان 1445", "ar", "", "2024-03-11" },
        { "١ رمضان ١٤٤٥ هـ", "ar", "", "2024-03-11" },
        { "١٤/١١/٢٠٢٤", "ar", "", "2024-11-14" },
        { "14 نوفمبر 2024 الساعة 08:45 م", "ar", "", "2024-11-14T20:45:00" },
        // Persian: Solar Hijri months (PersianAstronomical matches Iran's official calendar) and Persian digits
        { "۱ فروردین ۱۴۰۳", "fa", "", "2024-03-20" },
        { "۱ فروردین ۱۴۰۰", "fa", "", "2021-03-21" },
        { "۲۴ آبان ۱۴۰۳", "fa", "", "2024-11-14" },
        // Afghanistan's (Dari) names of the same Solar Hijri months; "على الساعة" before a time in Maghreb Arabic.
        { "۱۵ عقرب ۱۴۰۳ - ۱۴:۲۰", "fa", "", "2024-11-05T14:20:00" },
        { "۱ حمل ۱۴۰۳", "fa", "", "2024-03-20" },
        { "۲۹ حوت ۱۴۰۲", "fa", "", "2024-03-19" },
        { "بشار اسد ۱۴۰۳", "fa", "", "" },
        { "09 جويلية 2024 على الساعة 14:20", "ar", "", "2024-07-09T14:20:00" },
        { "24 آبان 1403", "fa", "", "2024-11-14" },
        { "۱۴۰۳/۰۸/۲۴", "fa", "", "2024-11-14" },
        { "۱۴۰۳/۰۸/۲۴", "", "", "2024-11-14" },
        { "۲۴ آبان ۱۴۰۳ ساعت ۱۰:۳۰", "fa", "Asia/Tehran", "2024-11-14T10:30:00+03:30" },
        { "۳۰ اسفند ۱۳۹۹", "fa", "", "2021-03-20" },
        { "۱۴ نوامبر ۲۰۲۴", "fa", "", "2024-11-14" },
        // The word for "month" after a Solar Hijri month, after a non-joiner, a space, or glued once page text lost the non-joiner
        { "۱۰ دی‌ماه ۱۴۰۲", "fa", "", "2023-12-31" },
        { "۱۰ دیماه ۱۴۰۲", "fa", "", "2023-12-31" },
        { "۱۰ دی ماه ۱۴۰۲", "fa", "", "2023-12-31" },
        { "۲۵ اردیبهشت‌ماه ۱۴۰۳", "fa", "", "2024-05-14" },
        { "سه‌شنبه ۱۰ بهمن ۱۴۰۲ - ۱۴:۳۰", "fa", "", "2024-01-30T14:30:00" },
        { "سهشنبه ۱۰ بهمن ۱۴۰۲ - ۱۴:۳۰", "fa", "", "2024-01-30T14:30:00" },
        { "۱۰ دی ۱۴۰۲، ۱۴:۳۰", "fa", "", "2023-12-31T14:30:00" },
        { "۱۴۰۲/۱۰/۱۰ - ۱۴:۳۰", "fa", "", "2023-12-31T14:30:00" },
        { "۱۴۰۲-۱۰-۱۰ ۱۴:۳۰", "fa", "", "2023-12-31T14:30:00" },
        { "۱۰ دی ۱۴۰۲ ساعت ۱۴:۳۰", "fa", "Asia/Tehran", "2023-12-31T14:30:00+03:30" },
        { "تاریخ انتشار: ۱۰ دی‌ماه ۱۴۰۲", "fa", "", "2023-12-31" },
        { "۱۰ دی‌ماه ۱۴۰۲", "", "", "2023-12-31" },
        // The word for "year" before the year, for "month" before the month's name, and the Solar Hijri year's "ه.ش"
        { "۱۰ دی‌ماه سال ۱۴۰۲", "fa", "", "2023-12-31" },
        { "۱۳ ماه مه ۲۰۲۴", "fa", "", "2024-05-13" },
        { "۱ ماه رمضان ۱۴۴۵", "fa", "", "2024-03-11" },
        { "۱۴ دی ۱۴۰۲ ه.ش ساعت ۱۶:۲۰", "fa", "", "2024-01-04T16:20:00" },
        { "۱۴ دی ۱۴۰۲ ه‍.ش ساعت ۱۶:۲۰", "fa", "", "2024-01-04T16:20:00" },
        { "سه‍شنبه ۱۲ دی‍ماه ۱۴۰۲", "fa", "", "2024-01-02" },
        { "۳ ماه پیش", "fa", "", "" },
        // Hijri months in Persian spelling (Umm al-Qura days)
        { "۱۸ جمادی‌الثانی ۱۴۴۵", "fa", "", "2023-12-31" },
        { "۱۸ جمادیالثانی ۱۴۴۵", "fa", "", "2023-12-31" },
        { "۱ ذی‌الحجه ۱۴۴۵", "fa", "", "2024-06-07" },
        // East Asian
        { "2024年11月14日", "zh", "", "2024-11-14" },
        { "2024年11月14日 08:45", "ja", "", "2024-11-14T08:45:00" },
        // The hour and minute words: "10時32分", "8时5分", "10시 32분".
        { "2024年11月14日 10時32分", "ja", "", "2024-11-14T10:32:00" },
        { "（2024年11月14日 13時05分更新）", "ja", "", "2024-11-14T13:05:00" },
        { "2024年11月14日 8时5分", "zh", "", "2024-11-14T08:05:00" },
        { "2024년 11월 14일 10시 32분", "ko", "", "2024-11-14T10:32:00" },
        // Beijing time named after the time, in full-width parentheses.
        { "发布时间：2024-11-02 08:00（北京时间）", "zh-CN", "", "2024-11-02T08:00:00+08:00" },
        { "2024년 11월 14일", "ko", "", "2024-11-14" },
        // Date audit dt8: Croatian (genitive, "2025. u 19:06"), Serbian in both scripts, Bulgarian, Slovak, Malay ("@"),
        // Bengali (its digits), Urdu; Croatian "listopada" is October on a Croatian page, Polish "listopada" November.
        { "2. prosinca 2023. u 19:06", "hr", "", "2023-12-02T19:06:00" },
        { "14. listopada 2024.", "hr", "", "2024-10-14" },
        { "14 listopada 2024", "pl", "", "2024-11-14" },
        { "14 listopada 2024", "", "", "2024-11-14" },
        { "недеља, 17. децембар 2023.", "sr", "", "2023-12-17" },
        { "17. март 2024. у 09:15", "sr", "", "2024-03-17T09:15:00" },
        { "17. avgusta 2024.", "sr", "", "2024-08-17" },
        { "11 юли 2024, 17:20 ч.", "bg", "", "2024-07-11T17:20:00" },
        { "streda 28. augusta 2024 o 8:15", "sk", "", "2024-08-28T08:15:00" },
        { "Mac 7, 2024 @ 9:45am", "ms", "", "2024-03-07T09:45:00" },
        { "7 Ogos 2024", "ms", "", "2024-08-07" },
        { "২৪ ফেব্রুয়ারি ২০২৪, ১০:১৫", "bn", "", "2024-02-24T10:15:00" },
        { "12 جون 2024 04:35pm PKT", "ur", "", "2024-06-12T16:35:00+05:00" },
        { "3 ม.ค. 2567 เวลา 14:30 น.", "th", "", "2024-01-03T14:30:00" },
        // Japan's era years: 令和 counts from 2019, 平成 from 1989; "元年" is the first year.
        { "令和6年8月14日 午後2時25分", "ja", "", "2024-08-14T14:25:00" },
        { "令和元年5月1日", "ja", "", "2019-05-01" },
        { "平成30年3月9日 10時05分", "ja", "", "2018-03-09T10:05:00" },
        { "令和6年度", "ja", "", "" },
        // Date audit dt9: Slovenian, Latvian (year, "gada", day, month in the locative), Lithuanian (year "m.", month, day
        // "d."), Estonian, Catalan (its elided "d'"), Swahili; the part of the day after a 12-hour time in Spanish, Portuguese
        // and Catalan, a 24-hour time that agrees with it keeping its reading.
        { "Objavljeno: 15. januarja 2024 ob 14.20", "sl", "", "2024-01-15T14:20:00" },
        { "Publicēts: 2024. gada 18. oktobrī, 10:15", "lv", "", "2024-10-18T10:15:00" },
        { "2023 m. gruodžio 9 d.", "lt", "", "2023-12-09" },
        { "2024 m. spalio 9 d. 14:20", "lt", "", "2024-10-09T14:20:00" },
        { "14. jaanuar 2024 kell 14:20", "et", "", "2024-01-14T14:20:00" },
        { "3 d'octubre de 2024", "ca", "", "2024-10-03" },
        { "Publicat el 05/11/2024 a les 19:45", "ca", "", "2024-11-05T19:45:00" },
        { "Ijumaa, Februari 14, 2024", "sw", "", "2024-02-14" },
        { "jueves 9 de mayo de 2024 a las 2:20 de la tarde", "es-MX", "", "2024-05-09T14:20:00" },
        { "9 de mayo de 2024 a las 9:20 de la noche", "es", "", "2024-05-09T21:20:00" },
        { "9 de mayo de 2024 a las 12:30 de la madrugada", "es", "", "2024-05-09T00:30:00" },
        { "9 de mayo de 2024 a las 14:20 de la tarde", "es", "", "2024-05-09T14:20:00" },
        { "9 de maio de 2024, 8:15 da manhã", "pt-BR", "", "2024-05-09T08:15:00" },
        { "9 de maig de 2024, 7:45 de la tarda", "ca", "", "2024-05-09T19:45:00" },
        // Given names among the new month forms are months on their own pages only.
        { "14 Maija 2024", "en", "", "" },
        // The Republic of China's years (Taiwan's official count from 1912), also with a label run into the era's name.
        { "民國113年5月20日 下午4:05", "zh-TW", "", "2024-05-20T16:05:00" },
        { "更新時間民國113年11月2日", "zh-TW", "", "2024-11-02" },
        { "中华民国113年5月20日", "zh", "", "2024-05-20" },
        { "民國50年5月20日", "zh-TW", "", "" },
        // Romanian, Hungarian, Indonesian, the Nordic languages, Finnish and Hindi (Devanagari digits and vowel signs).
        { "Publicat: marți, 9 aprilie 2024", "ro", "", "2024-04-09" },
        { "2024. május 20. 14:30", "hu", "", "2024-05-20T14:30:00" },
        { "2024. máj. 20.", "hu", "", "2024-05-20" },
        { "2024.05.20. 14:30", "hu", "", "2024-05-20T14:30:00" },
        { "Rabu, 6 November 2024 | 07:45 WITA", "id", "", "2024-11-06T07:45:00+08:00" },
        { "08/07/2024, 14:30 WIB", "id", "", "2024-07-08T14:30:00+07:00" },
        { "8 Agustus 2024", "id", "", "2024-08-08" },
        { "publicerad 3 augusti 2024 kl 09.15", "sv", "", "2024-08-03T09:15:00" },
        { "12. marts 2024", "da", "", "2024-03-12" },
        { "4. desember 2023", "nb", "", "2023-12-04" },
        { "14. marraskuuta 2024 klo 10.05", "fi", "", "2024-11-14T10:05:00" },
        { "प्रकाशित: गुरुवार, 14 मार्च 2024 02:30 PM (IST)", "hi", "", "2024-03-14T14:30:00+05:30" },
        { "२६ अक्टूबर २०२४ | ०७:४५ PM IST", "hi", "", "2024-10-26T19:45:00+05:30" },
        // Thai: month names and their dotted abbreviations, years of the Buddhist era (2567 is 2024).
        { "22 ส.ค. 2567 09:15 น.", "th", "", "2024-08-22T09:15:00" },
        { "วันพฤหัสบดีที่ 14 พฤศจิกายน 2567", "th", "", "2024-11-14" },
        { "14/11/2567", "th", "", "2024-11-14" },
        { "14 November 2024", "th", "", "2024-11-14" },
        // "(IST)" in parentheses on an Indian page; an offset of a language written in one country only.
        { "Mar 14, 2024 02:30 PM (IST)", "en-IN", "", "2024-03-14T14:30:00+05:30" },
        // Hebrew pages read "IST" as Israel's time; another language's abbreviations are not read on a page of unknown
        // language ("des", Indonesian and Norwegian December, is a French word).
        { "12 בנובמבר 2024 14:30 IST", "he", "", "2024-11-12T14:30:00+02:00" },
        { "4 des 2023", "", "", "" },
        { "4 des 2023", "nb", "", "2023-12-04" },
        // Greek "μ.μ." and "π.μ.": after and before noon.
        { "13 Φεβρουαρίου 2024 03:40 μ.μ.", "el", "", "2024-02-13T15:40:00" },
        { "13 Φεβρουαρίου 2024 09:10 π.μ.", "el", "", "2024-02-13T09:10:00" },
        // Flemish "14u30".
        { "Gepubliceerd op 4 februari 2024 om 14u30", "nl-BE", "", "2024-02-04T14:30:00" },
        { "4 februari 2024 14 u 30", "nl", "", "2024-02-04" },
        // Kabul's time, and the Persian words for morning and afternoon.
        { "۲۲ عقرب ۱۴۰۳ - ساعت ۸:۴۵ صبح به وقت کابل", "fa-AF", "", "2024-11-12T08:45:00+04:30" },
        { "۲۲ آبان ۱۴۰۳ ساعت ۴:۱۰ عصر", "fa", "", "2024-11-12T16:10:00" },
        // Language unknown: unambiguous names still work
        { "14 November 2024", "", "", "2024-11-14" },
        { "14 listopada 2024", "", "", "2024-11-14" },
        { "14 ноября 2024", "", "", "2024-11-14" },
        { "14.11.2024", "", "", "2024-11-14" },
        // Site zone applied to a local time, and never to a date alone
        { "14 November 2024 08:45", "en", "Asia/Tehran", "2024-11-14T08:45:00+03:30" },
        { "14 November 2024", "en", "Asia/Tehran", "2024-11-14" },
        { "1 July 2024 08:45", "en", "Europe/London", "2024-07-01T08:45:00+01:00" },
        // Relative dates, resolved against the reference time 2024-11-14T12:00Z
        { "2 hours ago", "en", "", "2024-11-14T10:00:00Z" },
        { "vor 3 Stunden", "de", "", "2024-11-14T09:00:00Z" },
        { "il y a 30 minutes", "fr", "", "2024-11-14T11:30:00Z" },
        { "hace 2 días", "es", "", "2024-11-12" },
        { "3 дня назад", "ru", "", "2024-11-11" },
        { "2 saat önce", "tr", "", "2024-11-14T10:00:00Z" },
        { "yesterday", "en", "", "2024-11-13" },
        { "gestern, 18:30 Uhr", "de", "", "2024-11-13T18:30:00" },
        // Yesterday in Estonian, Finnish, Dutch, Czech, Croatian, Catalan (date audit dt9).
        { "Eile, 18:40", "et", "", "2024-11-13T18:40:00" },
        { "eilen klo 18.40", "fi", "", "2024-11-13T18:40:00" },
        { "gisteren, 18:40", "nl", "", "2024-11-13T18:40:00" },
        { "včera 18:40", "cs", "", "2024-11-13T18:40:00" },
        { "jučer u 18:40", "hr", "", "2024-11-13T18:40:00" },
        { "ahir a les 18:40", "ca", "", "2024-11-13T18:40:00" },
        { "3 ساعت پیش", "fa", "Asia/Tehran", "2024-11-14T12:30:00+03:30" },
        // Guards and non-dates
        { "14 November 1994", "en", "", "" },
        { "16 November 2024", "en", "", "" },
        { "15 November 2024", "en", "", "2024-11-15" },
        { "31 February 2024", "en", "", "" },
        { "2024-13-01", "", "", "" },
        { "Call 555-1234", "en", "", "" },
        { "Version 1.2.3", "en", "", "" },
        { "1.234.567 views", "de", "", "" },
        { "Angebot 28.01. - 05.02. 10% Rabatt", "de", "", "" },
        { "Angebot 05.02. 24 Stunden lang", "de", "", "" },
        { "05.02.24", "de", "", "2024-02-05" },
        { "14. 11. 2024", "cs", "", "2024-11-14" },
        { "10:30", "en", "", "" },
        { "May the force be with you", "en", "", "" },
        { "", "en", "", "" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void Parse_Table(string text, string language, string zone, string expected)
    {
        var settings = DateTextSettings.FromLanguageTag(
            language.Length == 0 ? null : language,
            zone.Length == 0 ? null : DateTimeZoneProviders.Tzdb[zone],
            Reference);

        var date = DateReader.Parse(text, settings, "test");

        Assert.Equal(expected, date?.ToIsoString() ?? string.Empty);
        if (date is not null)
        {
            Assert.Equal("test", date.Source);
            Assert.False(string.IsNullOrEmpty(date.Text));
        }
    }

    [Fact]
    public void Dates_TableHasAtLeastHundredStrings()
    {
        Assert.True(Dates.Count >= 100);
    }

    [Fact]
    public void Parse_RelativeWithoutReference_NoDate()
    {
        Assert.Null(DateReader.Parse("2 hours ago", DateTextSettings.FromLanguageTag("en"), "test"));
        Assert.Null(DateReader.Parse("yesterday", DateTextSettings.FromLanguageTag("en"), "test"));
    }

    [Fact]
    public void Parse_NoReference_FutureNotRejected()
    {
        Assert.Equal("2030-01-01", DateReader.Parse("1 January 2030", DateTextSettings.FromLanguageTag("en"), "test")?.ToIsoString());
    }

    [Fact]
    public void Parse_PersianArithmeticWouldBeWrong_AstronomicalMatchesOfficialNowruz()
    {
        // Nowruz 1404 fell on Friday 21 March 2025; the arithmetic (2820-year) Persian calendar puts 1 Farvardin 1404 on the 20th.
        Assert.Equal(new LocalDate(2025, 3, 20), new LocalDate(1404, 1, 1, CalendarSystem.PersianArithmetic).WithCalendar(CalendarSystem.Iso));
        Assert.Equal("2025-03-21", DateReader.Parse("۱ فروردین ۱۴۰۴", DateTextSettings.FromLanguageTag("fa"), "test")?.ToIsoString());
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("fa-IR")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public void Parse_IndependentOfCurrentCulture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            foreach (var row in Dates)
            {
                var (text, language, zone, expected) = ((string)row[0], (string)row[1], (string)row[2], (string)row[3]);
                var settings = DateTextSettings.FromLanguageTag(language.Length == 0 ? null : language, zone.Length == 0 ? null : DateTimeZoneProviders.Tzdb[zone], Reference);
                Assert.Equal(expected, DateReader.Parse(text, settings, "test")?.ToIsoString() ?? string.Empty);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    [Fact]
    public void FindAll_SeveralDates_InOrder()
    {
        var dates = DateReader.FindAll("Published 3 May 2021, updated 5 May 2021 09:00", DateTextSettings.FromLanguageTag("en"), "test").ToList();

        Assert.Equal(["2021-05-03", "2021-05-05T09:00:00"], dates.Select(d => d.ToIsoString()));
    }
}
