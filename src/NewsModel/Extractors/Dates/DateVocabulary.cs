using NodaTime;

namespace NewsModel.Extractors.Dates;

/// <summary>Month names, relative-time words and zone abbreviations in the languages we meet. Data only.</summary>
internal static class DateVocabulary
{
    /// <summary>Which calendar a month name belongs to.</summary>
    public enum MonthCalendar
    {
        Gregorian,
        SolarHijri,
        Hijri,
    }

    /// <summary>Gregorian month names and abbreviations by language (index 0 = January). Several forms per month are separated by '|'.</summary>
    private static readonly Dictionary<string, string[]> GregorianMonths = new(StringComparer.Ordinal)
    {
        ["en"] = ["january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun", "july|jul", "august|aug", "september|sep|sept", "october|oct", "november|nov", "december|dec"],
        ["de"] = ["januar|jänner|jan|jän", "februar|feber|feb", "märz|maerz|mär|mrz", "april|apr", "mai", "juni|jun", "juli|jul", "august|aug", "september|sep|sept", "oktober|okt", "november|nov", "dezember|dez"],
        ["fr"] = ["janvier|janv", "février|fevrier|févr|fevr|fév", "mars", "avril|avr", "mai", "juin", "juillet|juil", "août|aout", "septembre|sept", "octobre|oct", "novembre|nov", "décembre|decembre|déc|dec"],
        ["es"] = ["enero|ene", "febrero|feb", "marzo|mar", "abril|abr", "mayo|may", "junio|jun", "julio|jul", "agosto|ago", "septiembre|setiembre|sep|sept|set", "octubre|oct", "noviembre|nov", "diciembre|dic"],
        ["it"] = ["gennaio|gen", "febbraio|feb", "marzo|mar", "aprile|apr", "maggio|mag", "giugno|giu", "luglio|lug", "agosto|ago", "settembre|set", "ottobre|ott", "novembre|nov", "dicembre|dic"],
        ["pt"] = ["janeiro|jan", "fevereiro|fev", "março|marco|mar", "abril|abr", "maio|mai", "junho|jun", "julho|jul", "agosto|ago", "setembro|set", "outubro|out", "novembro|nov", "dezembro|dez"],
        ["pl"] = ["styczeń|stycznia|sty", "luty|lutego|lut", "marzec|marca|mar", "kwiecień|kwietnia|kwi", "maj|maja", "czerwiec|czerwca|cze", "lipiec|lipca|lip", "sierpień|sierpnia|sie", "wrzesień|września|wrz", "październik|października|paź|paz", "listopad|listopada|lis", "grudzień|grudnia|gru"],
        ["ru"] = ["январь|января|янв", "февраль|февраля|фев", "март|марта|мар", "апрель|апреля|апр", "май|мая", "июнь|июня|июн", "июль|июля|июл", "август|августа|авг", "сентябрь|сентября|сен|сент", "октябрь|октября|окт", "ноябрь|ноября|ноя", "декабрь|декабря|дек"],
        ["uk"] = ["січень|січня|січ", "лютий|лютого|лют", "березень|березня|бер", "квітень|квітня|квіт", "травень|травня|трав", "червень|червня|черв", "липень|липня|лип", "серпень|серпня|серп", "вересень|вересня|вер", "жовтень|жовтня|жовт", "листопад|листопада|лист", "грудень|грудня|груд"],
        ["tr"] = ["ocak|oca", "şubat|subat|şub", "mart|mar", "nisan|nis", "mayıs|mayis|may", "haziran|haz", "temmuz|tem", "ağustos|agustos|ağu", "eylül|eylul|eyl", "ekim|eki", "kasım|kasim|kas", "aralık|aralik|ara"],
        ["ar"] = ["يناير|كانون الثاني|جانفي", "فبراير|شباط|فيفري", "مارس|آذار", "أبريل|ابريل|نيسان|أفريل", "مايو|أيار|ماي", "يونيو|حزيران|جوان", "يوليو|تموز|جويلية", "أغسطس|اغسطس|آب|أوت", "سبتمبر|أيلول", "أكتوبر|اكتوبر|تشرين الأول", "نوفمبر|تشرين الثاني", "ديسمبر|كانون الأول"],
        ["nl"] = ["januari|jan", "februari|feb", "maart|mrt|maa", "april|apr", "mei", "juni|jun", "juli|jul", "augustus|aug", "september|sep|sept", "oktober|okt", "november|nov", "december|dec"],
        ["cs"] = ["leden|ledna", "únor|února|unora", "březen|března|brezna", "duben|dubna", "květen|května|kvetna", "červen|června|cervna", "červenec|července|cervence", "srpen|srpna", "září|zari", "říjen|října|rijna", "listopad|listopadu", "prosinec|prosince"],
        ["el"] = ["ιανουαρίου|ιανουαριου|ιανουάριος|ιανουαριος|ιαν", "φεβρουαρίου|φεβρουαριου|φεβρουάριος|φεβρουαριος|φεβ", "μαρτίου|μαρτιου|μάρτιος|μαρτιος|μαρ",
            "απριλίου|απριλιου|απρίλιος|απριλιος|απρ", "μαΐου|μαϊου|μαίου|μαιου|μάιος|μαιος|μαΐ", "ιουνίου|ιουνιου|ιούνιος|ιουνιος|ιουν", "ιουλίου|ιουλιου|ιούλιος|ιουλιος|ιουλ",
            "αυγούστου|αυγουστου|αύγουστος|αυγουστος|αυγ", "σεπτεμβρίου|σεπτεμβριου|σεπτέμβριος|σεπτεμβριος|σεπ", "οκτωβρίου|οκτωβριου|οκτώβριος|οκτωβριος|οκτ",
            "νοεμβρίου|νοεμβριου|νοέμβριος|νοεμβριος|νοε", "δεκεμβρίου|δεκεμβριου|δεκέμβριος|δεκεμβριος|δεκ"],
        ["he"] = ["ינואר|בינואר", "פברואר|בפברואר", "מרץ|מרס|במרץ|במרס", "אפריל|באפריל", "מאי|במאי", "יוני|ביוני", "יולי|ביולי", "אוגוסט|באוגוסט", "ספטמבר|בספטמבר", "אוקטובר|באוקטובר", "נובמבר|בנובמבר", "דצמבר|בדצמבר"],
        ["ro"] = ["ianuarie|ian", "februarie|feb", "martie|mar", "aprilie|apr", "mai", "iunie|iun", "iulie|iul", "august|aug", "septembrie|sep|sept", "octombrie|oct", "noiembrie|nov", "decembrie|dec"],
        ["hu"] = ["január|jan", "február|febr|feb", "március|márc|mar", "április|ápr", "május|máj", "június|jún", "július|júl", "augusztus|aug", "szeptember|szept|szep", "október|okt", "november|nov", "december|dec"],
        ["id"] = ["januari|jan", "februari|feb", "maret|mar", "april|apr", "mei", "juni|jun", "juli|jul", "agustus|agu|agt|ags", "september|sep|sept", "oktober|okt", "november|nov|nop", "desember|des"],
        ["sv"] = ["januari|jan", "februari|feb", "mars|mar", "april|apr", "maj", "juni|jun", "juli|jul", "augusti|aug", "september|sep|sept", "oktober|okt", "november|nov", "december|dec"],
        ["da"] = ["januar|jan", "februar|feb", "marts|mar", "april|apr", "maj", "juni|jun", "juli|jul", "august|aug", "september|sep|sept", "oktober|okt", "november|nov", "december|dec"],
        ["nb"] = ["januar|jan", "februar|feb", "mars|mar", "april|apr", "mai", "juni|jun", "juli|jul", "august|aug", "september|sep|sept", "oktober|okt", "november|nov", "desember|des"],
        ["fi"] = ["tammikuu|tammikuuta", "helmikuu|helmikuuta", "maaliskuu|maaliskuuta", "huhtikuu|huhtikuuta", "toukokuu|toukokuuta", "kesäkuu|kesäkuuta", "heinäkuu|heinäkuuta", "elokuu|elokuuta", "syyskuu|syyskuuta", "lokakuu|lokakuuta", "marraskuu|marraskuuta", "joulukuu|joulukuuta"],
        ["hi"] = ["जनवरी", "फ़रवरी|फरवरी", "मार्च", "अप्रैल|अप्रेल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर|सितम्बर", "अक्टूबर|अक्तूबर", "नवंबर|नवम्बर", "दिसंबर|दिसम्बर"],
        // Croatian (genitive "prosinca"; its "listopad" is October, Polish and Czech November: read so on Croatian pages only),
        // Serbian and Bosnian in both scripts, Bulgarian, Slovak, Malay, Bengali (য় precomposed or with its nukta) and Urdu.
        ["hr"] = ["siječanj|siječnja|sij", "veljača|veljače|velj", "ožujak|ožujka|ožu", "travanj|travnja|tra", "svibanj|svibnja|svi", "lipanj|lipnja|lip",
            "srpanj|srpnja|srp", "kolovoz|kolovoza|kol", "rujan|rujna|ruj", "listopad|listopada|lis", "studeni|studenoga|studenog|stu", "prosinac|prosinca|pro"],
        ["sr"] = ["januar|januara|јануар|јануара|jan|јан", "februar|februara|фебруар|фебруара|feb|феб", "mart|marta|март|марта|mar|мар",
            "april|aprila|април|априла|apr|апр", "maj|maja|мај|маја", "jun|juna|јун|јуна", "jul|jula|јул|јула", "avgust|avgusta|август|августа|avg|авг",
            "septembar|septembra|септембар|септембра|sep|сеп", "oktobar|oktobra|октобар|октобра|okt|окт", "novembar|novembra|новембар|новембра|nov|нов",
            "decembar|decembra|децембар|децембра|dec|дец"],
        ["bg"] = ["януари|яну", "февруари|фев", "март|мар", "април|апр", "май", "юни", "юли", "август|авг", "септември|сеп", "октомври|окт", "ноември|ное", "декември|дек"],
        ["sk"] = ["január|januára|jan", "február|februára|feb", "marec|marca|mar", "apríl|apríla|apr", "máj|mája", "jún|júna", "júl|júla", "august|augusta|aug",
            "september|septembra|sep", "október|októbra|okt", "november|novembra|nov", "december|decembra|dec"],
        ["ms"] = ["januari|jan", "februari|feb", "mac", "april|apr", "mei", "jun", "julai|jul", "ogos|ogo", "september|sep|sept", "oktober|okt", "november|nov", "disember|dis"],
        ["bn"] = ["জানুয়ারি|জানুয়ারী|জানুয়ারি|জানুয়ারী", "ফেব্রুয়ারি|ফেব্রুয়ারী|ফেব্রুয়ারি|ফেব্রুয়ারী", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট|অগাস্ট|আগষ্ট",
            "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"],
        ["ur"] = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"],
        // Slovenian (genitive "januarja"), Swahili, Catalan (with its elided "d'": "3 d'octubre"), Latvian (nominative,
        // genitive and locative: "18. novembrī"), Lithuanian (nominative and genitive: "gruodžio 9 d."), Estonian (with the
        // adessive "-il": "2. oktoobril").
        ["sl"] = ["januar|januarja|jan", "februar|februarja|feb", "marec|marca|mar", "april|aprila|apr", "maj|maja", "junij|junija|jun", "julij|julija|jul",
            "avgust|avgusta|avg", "september|septembra|sep", "oktober|oktobra|okt", "november|novembra|nov", "december|decembra|dec"],
        ["sw"] = ["januari|jan", "februari|feb", "machi", "aprili", "mei", "juni", "julai", "agosti", "septemba", "oktoba", "novemba", "desemba"],
        ["ca"] = ["gener", "febrer", "març", "abril|d'abril", "maig", "juny", "juliol", "agost|d'agost", "setembre", "octubre|d'octubre", "novembre", "desembre"],
        ["lv"] = ["janvāris|janvāra|janvārī", "februāris|februāra|februārī", "marts|marta|martā", "aprīlis|aprīļa|aprīlī", "maijs|maija|maijā",
            "jūnijs|jūnija|jūnijā", "jūlijs|jūlija|jūlijā", "augusts|augusta|augustā", "septembris|septembra|septembrī", "oktobris|oktobra|oktobrī",
            "novembris|novembra|novembrī", "decembris|decembra|decembrī"],
        ["lt"] = ["sausis|sausio", "vasaris|vasario", "kovas|kovo", "balandis|balandžio", "gegužė|gegužės", "birželis|birželio", "liepa|liepos",
            "rugpjūtis|rugpjūčio", "rugsėjis|rugsėjo", "spalis|spalio", "lapkritis|lapkričio", "gruodis|gruodžio"],
        ["et"] = ["jaanuar|jaanuaril", "veebruar|veebruaril", "märts|märtsil", "aprill|aprillil", "mai|mail", "juuni|juunil", "juuli|juulil",
            "august|augustil", "september|septembril", "oktoober|oktoobril", "november|novembril", "detsember|detsembril"],
        // Thai: the abbreviations are written with dots ("ส.ค."), which the parser takes out before it reads them ("สค").
        ["th"] = ["มกราคม|มค", "กุมภาพันธ์|กพ", "มีนาคม|มีค", "เมษายน|เมย", "พฤษภาคม|พค", "มิถุนายน|มิย", "กรกฎาคม|กค", "สิงหาคม|สค", "กันยายน|กย", "ตุลาคม|ตค", "พฤศจิกายน|พย", "ธันวาคม|ธค"],
        ["fa"] = ["ژانویه|ژانویهٔ", "فوریه|فوریهٔ", "مارس", "آوریل", "مه|مهٔ|می", "ژوئن", "ژوئیه|ژوئیهٔ|جولای", "اوت|آگوست", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"],
    };

    /// <summary>Solar Hijri month names: Iran's, and Afghanistan's (Dari: "حمل" for Farvardin … "حوت" for Esfand, the same calendar).</summary>
    private static readonly string[] SolarHijriMonths =
        ["فروردین|حمل", "اردیبهشت|ثور", "خرداد|جوزا", "تیر|سرطان", "مرداد|امرداد|اسد", "شهریور|سنبله", "مهر|میزان", "آبان|عقرب", "آذر|قوس", "دی|جدی", "بهمن|دلو", "اسفند|حوت"];

    /// <summary>Hijri (Islamic lunar) month names.</summary>
    private static readonly string[] HijriMonths =
        ["محرم", "صفر", "ربيع الأول|ربيع الاول", "ربيع الآخر|ربيع الثاني", "جمادى الأولى|جمادى الاولى", "جمادى الآخرة|جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة|ذي القعدة", "ذو الحجة|ذي الحجة"];

    /// <summary>
    /// Hijri month names as Persian writes them (Persian yeh and heh: "جمادی‌الثانی", "ذی‌الحجه"). The parts are joined by a
    /// zero-width non-joiner or a space (the tokenizer reads both as a space), or glued where the typist had no
    /// non-joiner; the glued forms are entered too.
    /// </summary>
    private static readonly string[] PersianHijriMonths =
        ["محرم", "صفر", "ربیع الاول|ربیع الأول", "ربیع الثانی|ربیع الآخر", "جمادی الاول|جمادی الاولی|جمادی الأولی", "جمادی الثانی|جمادی الثانیه|جمادی الآخر|جمادی الآخره",
         "رجب", "شعبان", "رمضان", "شوال", "ذی القعده", "ذی الحجه"];

    /// <summary>
    /// The Persian word for "month", written after a Solar Hijri month's name ("دی‌ماه", "دی ماه", "اردیبهشت‌ماه") and before
    /// a month's name ("ماه رمضان", "ماه مه").
    /// </summary>
    public const string PersianMonthWord = "ماه";

    // Languages whose abbreviations a page of unknown language does not read (declared before the tables built from it).
    private static readonly HashSet<string> OwnPagesAbbreviations = new(StringComparer.Ordinal) { "ro", "hu", "id", "sv", "da", "nb", "fi", "th", "hi", "hr", "sr", "bg", "sk", "ms", "bn", "ur", "sl", "sw", "ca", "lv", "lt", "et" };

    // Month forms that are given names or common words elsewhere ("Marta", "Maja"): read on their own language's pages only.
    private static readonly HashSet<string> OwnPagesNames = new(StringComparer.Ordinal) { "marta", "juna", "jula", "velj", "mája", "júna", "júla", "mac", "maija", "liepa", "mail", "kovas", "marts", "junij", "julij" };

    private static readonly Dictionary<string, Dictionary<string, MonthName>> ByLanguage = BuildByLanguage();
    private static readonly Dictionary<string, MonthName> AllLanguages = BuildMerged();

    /// <summary>How long a month name of another language than the page's must be to be read: full names, not abbreviations ("ago", "set", "out").</summary>
    private const int MinForeignMonthName = 4;

    /// <summary>The longest month name, in words, so the tokenizer knows how far to look ahead ("ربيع الأول", "كانون الثاني").</summary>
    public const int MaxMonthWords = 2;

    /// <summary>The month a word names, in the page's language when known (plus English), else in any language where it is unambiguous.</summary>
    public static MonthName? Month(string word, string? language)
    {
        var key = word.ToLowerInvariant().TrimEnd('.');
        if (language is not null && ByLanguage.TryGetValue(language, out var table))
        {
            if (table.TryGetValue(key, out var found))
            {
                return found;
            }

            if (language != "en" && ByLanguage["en"].TryGetValue(key, out var english))
            {
                return english;
            }

            // A page whose declared language is not its own ("en" on a German page): a full month name of another
            // language, where it names one month in every language, is still that month. Abbreviations are not read.
            return key.Length >= MinForeignMonthName && AllLanguages.TryGetValue(key, out var foreign) ? foreign : null;
        }

        return AllLanguages.TryGetValue(key, out var any) ? any : null;
    }

    /// <summary>Whether a word is a month's name or abbreviation in one language's own list ("May" in English; "Janeiro" is not).</summary>
    public static bool IsMonthIn(string word, string language) =>
        ByLanguage.TryGetValue(language, out var table) && table.ContainsKey(word.ToLowerInvariant().TrimEnd('.'));

    /// <summary>
    /// Zone abbreviations whose offset is not ambiguous, in Latin and Cyrillic script ("МСК", Moscow time; "TSİ", Turkey's
    /// time). BST, IST, CST and AST mean different zones in different countries, and are left out.
    /// </summary>
    public static readonly Dictionary<string, Offset> ZoneAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UTC"] = Offset.Zero, ["GMT"] = Offset.Zero, ["Z"] = Offset.Zero, ["WET"] = Offset.Zero,
        ["CET"] = Offset.FromHours(1), ["MEZ"] = Offset.FromHours(1), ["WEST"] = Offset.FromHours(1),
        ["CEST"] = Offset.FromHours(2), ["MESZ"] = Offset.FromHours(2), ["EET"] = Offset.FromHours(2),
        ["EEST"] = Offset.FromHours(3), ["MSK"] = Offset.FromHours(3), ["МСК"] = Offset.FromHours(3), ["TRT"] = Offset.FromHours(3), ["TSİ"] = Offset.FromHours(3),
        ["IRST"] = Offset.FromHoursAndMinutes(3, 30), ["IRDT"] = Offset.FromHoursAndMinutes(4, 30),
        ["WIB"] = Offset.FromHours(7), ["WITA"] = Offset.FromHours(8), ["WIT"] = Offset.FromHours(9),
        ["PKT"] = Offset.FromHours(5), ["HKT"] = Offset.FromHours(8), ["SGT"] = Offset.FromHours(8), ["AWST"] = Offset.FromHours(8),
        ["JST"] = Offset.FromHours(9), ["KST"] = Offset.FromHours(9), ["AEST"] = Offset.FromHours(10), ["AEDT"] = Offset.FromHours(11),
        ["NZST"] = Offset.FromHours(12), ["NZDT"] = Offset.FromHours(13),
        ["EST"] = Offset.FromHours(-5), ["EDT"] = Offset.FromHours(-4), ["CDT"] = Offset.FromHours(-5), ["MST"] = Offset.FromHours(-7),
        ["MDT"] = Offset.FromHours(-6), ["PST"] = Offset.FromHours(-8), ["PDT"] = Offset.FromHours(-7), ["AKST"] = Offset.FromHours(-9),
        ["HST"] = Offset.FromHours(-10),

        // Canadian French: heure normale / avancée de l'Est, du Centre, des Rocheuses, du Pacifique ("6 h 00 HNE").
        ["HNE"] = Offset.FromHours(-5), ["HAE"] = Offset.FromHours(-4), ["HNC"] = Offset.FromHours(-6), ["HAC"] = Offset.FromHours(-5),
        ["HNR"] = Offset.FromHours(-7), ["HAR"] = Offset.FromHours(-6), ["HNP"] = Offset.FromHours(-8), ["HAP"] = Offset.FromHours(-7),
    };

    /// <summary>
    /// The zone each abbreviation of <see cref="ZoneAbbreviations"/> names where it is written (its main zone: "EST" is
    /// New York's winter time). Whether that zone keeps the abbreviation's offset at a given moment tells a true label
    /// from a mislabel ("EST" printed in July, when New York is at −04:00).
    /// </summary>
    private static readonly Dictionary<string, string> AbbreviationZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WET"] = "Europe/Lisbon", ["WEST"] = "Europe/Lisbon", ["CET"] = "Europe/Paris", ["CEST"] = "Europe/Paris", ["MEZ"] = "Europe/Berlin",
        ["MESZ"] = "Europe/Berlin", ["EET"] = "Europe/Athens", ["EEST"] = "Europe/Athens", ["MSK"] = "Europe/Moscow", ["МСК"] = "Europe/Moscow", ["TRT"] = "Europe/Istanbul",
        ["TSİ"] = "Europe/Istanbul",
        ["IRST"] = "Asia/Tehran", ["IRDT"] = "Asia/Tehran", ["PKT"] = "Asia/Karachi", ["WIB"] = "Asia/Jakarta", ["WITA"] = "Asia/Makassar", ["WIT"] = "Asia/Jayapura", ["HKT"] = "Asia/Hong_Kong", ["SGT"] = "Asia/Singapore",
        ["AWST"] = "Australia/Perth", ["JST"] = "Asia/Tokyo", ["KST"] = "Asia/Seoul", ["AEST"] = "Australia/Sydney", ["AEDT"] = "Australia/Sydney",
        ["NZST"] = "Pacific/Auckland", ["NZDT"] = "Pacific/Auckland", ["EST"] = "America/New_York", ["EDT"] = "America/New_York",
        ["CDT"] = "America/Chicago", ["MST"] = "America/Denver", ["MDT"] = "America/Denver", ["PST"] = "America/Los_Angeles",
        ["PDT"] = "America/Los_Angeles", ["AKST"] = "America/Anchorage", ["HST"] = "Pacific/Honolulu",
        ["HNE"] = "America/Toronto", ["HAE"] = "America/Toronto", ["HNC"] = "America/Winnipeg", ["HAC"] = "America/Winnipeg",
        ["HNR"] = "America/Edmonton", ["HAR"] = "America/Edmonton", ["HNP"] = "America/Vancouver", ["HAP"] = "America/Vancouver",
    };

    // The stems of the words that label a date ("Published:", "Updated:", "Опубликовано:", "Güncelleme:"), and short labels
    // read only whole ("Stand:", "Date:", "Data:").
    private static readonly string[] DateLabelStems =
    [
        "publi", "pubbl", "posted", "updated", "modified", "edited", "veröffentlicht", "erstellt", "erschien", "aktualisiert", "geändert",
        "modifié", "actualiz", "aggiorna", "atualiz", "zaktualizowano", "aktualizacja", "опубликовано", "опубліковано", "обновл",
        "оновл", "yayın", "güncel", "نشر", "تحديث", "انتشار", "بروزرسانی", "geplaatst", "gepubliceerd", "bijgewerkt", "aktualizováno",
        "publikováno", "δημοσίευση", "δημοσιεύθηκε", "ενημέρωση", "ενημερώθηκε", "פורסם", "עודכן", "megjelent", "frissítve", "módosítva",
        "diterbitkan", "diperbarui", "प्रकाशित", "अपडेट", "julkaistu", "päivitetty", "uppdaterad", "oppdatert", "opdateret",
    ];

    private static readonly HashSet<string> DateLabelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "datum", "stand", "fecha", "data", "дата", "tarih", "تاريخ", "تاریخ",
    };

    /// <summary>Whether a word labels a date ("Published", "Updated", "обновлено", "Stand"), as a colon after it says.</summary>
    public static bool IsDateLabel(string word)
    {
        if (DateLabelWords.Contains(word))
        {
            return true;
        }

        foreach (var stem in DateLabelStems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The United States' time zones named without saying standard or daylight time ("10:35 a.m. ET", "9 PT"): the zone, whose
    /// offset on the day tzdb gives. Written in capitals only, and read only on pages in English or of unknown language.
    /// </summary>
    private static readonly Dictionary<string, string> GenericZones = new(StringComparer.Ordinal)
    {
        ["ET"] = "America/New_York", ["CT"] = "America/Chicago", ["MT"] = "America/Denver", ["PT"] = "America/Los_Angeles",
    };

    /// <summary>
    /// Abbreviations several zones share, each read only on a page of the region where it names one ("IST": India's,
    /// Ireland's or Israel's time; "CST": China's or the American Central time, the latter read as "CT" is; "BST":
    /// Britain's summer time or Bangladesh's).
    /// </summary>
    private static readonly Dictionary<(string Name, string Region), string> RegionalZones = new()
    {
        [("IST", "IN")] = "Asia/Kolkata", [("IST", "IE")] = "Europe/Dublin", [("IST", "IL")] = "Asia/Jerusalem",
        [("CST", "CN")] = "Asia/Shanghai", [("CST", "TW")] = "Asia/Taipei", [("CST", "US")] = "America/Chicago",
        [("BST", "GB")] = "Europe/London", [("BST", "BD")] = "Asia/Dhaka",
    };

    /// <summary>
    /// Zones named by a phrase after a time (or just before it: "12 Mart 2024, Türkiye saatiyle 14:30"): a place's time
    /// ("بتوقيت مكة المكرمة", "به وقت تهران", "по московскому времени", "за київським часом", "Türkiye saatiyle", "Moscow
    /// time", "horário de Brasília", "heure de Paris", "hora peninsular") or Greenwich's ("بتوقيت غرينتش"). Places whose
    /// name is shared or whose zone is disputed (عمان, Amman or Oman; القدس), and zones named for a region of several
    /// ("heure de l'Est"), are left out.
    /// </summary>
    private static readonly (string[] Words, string Zone)[] ZonePhrases = BuildZonePhrases(
        ("Asia/Riyadh", ["بتوقيت مكة المكرمة", "بتوقيت مكة", "بتوقيت السعودية", "بتوقيت الرياض", "Mecca time", "Riyadh time"]),
        ("Etc/UTC", ["بتوقيت غرينتش", "بتوقيت غرينيتش", "بتوقيت جرينتش", "بتوقيت جرينيتش", "بتوقيت جرينيش", "به وقت گرینویچ"]),
        ("Africa/Cairo", ["بتوقيت القاهرة", "بتوقيت مصر", "Cairo time"]),
        ("Asia/Damascus", ["بتوقيت دمشق", "بتوقيت سوريا", "Damascus time"]),
        ("Asia/Beirut", ["بتوقيت بيروت", "بتوقيت لبنان", "Beirut time"]),
        ("Asia/Dubai", ["بتوقيت الإمارات", "بتوقيت أبوظبي", "بتوقيت دبي", "UAE time", "Dubai time"]),
        ("Asia/Qatar", ["بتوقيت الدوحة", "بتوقيت قطر", "Doha time"]),
        ("Asia/Baghdad", ["بتوقيت بغداد", "بتوقيت العراق", "Baghdad time"]),
        ("Asia/Kuwait", ["بتوقيت الكويت"]),
        ("Asia/Bahrain", ["بتوقيت البحرين", "بتوقيت المنامة"]),
        ("Africa/Casablanca", ["بتوقيت المغرب", "بتوقيت الرباط"]),
        ("Africa/Tunis", ["بتوقيت تونس"]),
        ("Africa/Algiers", ["بتوقيت الجزائر"]),
        ("Asia/Tehran", ["بتوقيت طهران", "به وقت تهران", "به وقت ایران", "Tehran time"]),
        ("Asia/Kabul", ["به وقت کابل", "به وقت افغانستان", "بتوقيت كابول", "Kabul time"]),
        ("Europe/Istanbul", ["بتوقيت أنقرة", "بتوقيت إسطنبول", "بتوقيت تركيا", "Türkiye saatiyle", "Türkiye saati ile", "Turkish time"]),
        ("Europe/Moscow", ["по московскому времени", "по Москве", "за московським часом", "Moscow time"]),
        ("Europe/Kyiv", ["по киевскому времени", "за київським часом", "за Києвом", "Kyiv time"]),
        ("Asia/Shanghai", ["Beijing time", "北京时间", "北京時間"]),
        ("America/Sao_Paulo", ["horário de Brasília", "hora de Brasília", "horário oficial de Brasília"]),
        ("Europe/Paris", ["heure de Paris", "heure française", "heure de France"]),
        ("Europe/Lisbon", ["hora de Lisboa", "hora de Portugal"]),
        ("Europe/Madrid", ["hora peninsular", "hora de Madrid"]),
        ("Europe/Rome", ["ora italiana", "ora di Roma"]),
        ("Europe/Berlin", ["deutscher Zeit"]),
        ("Europe/Warsaw", ["czasu polskiego"]),
        ("America/Argentina/Buenos_Aires", ["hora argentina", "hora de Buenos Aires"]),
        ("America/Mexico_City", ["hora del centro de México", "hora de la Ciudad de México"]),
        ("America/Bogota", ["hora de Colombia", "hora colombiana"]),
        ("America/Lima", ["hora peruana", "hora de Lima"]),
        ("America/Santiago", ["hora de Chile", "hora chilena"]));

    // Each Arabic "بتوقيت X" ("at X's time") also stands without its preposition, as pages print it in parentheses after
    // the time ("10:32 (توقيت مكة)").
    private static (string[] Words, string Zone)[] BuildZonePhrases(params (string Zone, string[] Phrases)[] zones) =>
        [.. zones.SelectMany(z => z.Phrases.Concat(z.Phrases.Where(p => p.StartsWith("بتوقيت ", StringComparison.Ordinal)).Select(p => p[1..]))
            .Select(p => (p.Split(' '), z.Zone))).OrderByDescending(p => p.Item1.Length)];

    /// <summary>
    /// The zone a phrase at <paramref name="k"/> names (see <see cref="ZonePhrases"/>), optionally in parentheses;
    /// <paramref name="k"/> moves past it. Null, and <paramref name="k"/> unchanged, when none stands there.
    /// </summary>
    public static DateTimeZone? ZonePhrase(List<DateToken> tokens, ref int k)
    {
        var start = k < tokens.Count && (tokens[k].IsSymbol('(') || tokens[k].IsSymbol('（')) ? k + 1 : k;
        foreach (var (words, zone) in ZonePhrases)
        {
            if (start + words.Length > tokens.Count)
            {
                continue;
            }

            var matched = true;
            for (var w = 0; w < words.Length && matched; w++)
            {
                matched = tokens[start + w].IsWord && tokens[start + w].Is(words[w]);
            }

            if (matched)
            {
                var end = start + words.Length;
                k = start > k && end < tokens.Count && (tokens[end].IsSymbol(')') || tokens[end].IsSymbol('）')) ? end + 1 : end;
                return DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone);
            }
        }

        return null;
    }

    /// <summary>The zone a phrase (see <see cref="ZonePhrases"/>) right before <paramref name="start"/> names ("北京时间2025-10-09 14:32"), or null.</summary>
    public static DateTimeZone? ZonePhraseBefore(List<DateToken> tokens, int start)
    {
        foreach (var (words, zone) in ZonePhrases)
        {
            var first = start - words.Length;
            if (first < 0)
            {
                continue;
            }

            var matched = true;
            for (var w = 0; w < words.Length && matched; w++)
            {
                matched = tokens[first + w].IsWord && tokens[first + w].Is(words[w]);
            }

            if (matched)
            {
                return DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone);
            }
        }

        return null;
    }

    // English weekdays, which may follow a zone's name after a time ("10:35 AM ET Thu Nov 14, 2024").
    private static readonly HashSet<string> EnglishWeekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday",
        "sun", "sunday",
    };

    /// <summary>
    /// The tzdb zone a generic zone name at <paramref name="k"/>, right after a time, names ("ET": New York), or null: on
    /// pages in English (of the United States or Canada, or of no region the language tag names) or of unknown language, and only where the name
    /// ends the time's phrase, before punctuation, a weekday, a month or the end (not "10:35 CT Mirror", "ET Bureau").
    /// </summary>
    public static DateTimeZone? GenericZone(List<DateToken> tokens, int k, DateTextSettings settings)
    {
        // "8:05 pm IST" on an Indian page, "CST" on a Chinese one: an abbreviation several zones share, read by the page's region.
        if (settings.Region is { } region && RegionalZones.TryGetValue((tokens[k].Text, region), out var regional) && EndsTimePhrase(tokens, k))
        {
            return DateTimeZoneProviders.Tzdb.GetZoneOrNull(regional);
        }

        if (settings.Language is not (null or "en") || (settings.Region is not (null or "US" or "CA") && !settings.RegionFromHost)
            || !GenericZones.TryGetValue(tokens[k].Text, out var id))
        {
            return null;
        }

        return EndsTimePhrase(tokens, k) ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) : null;
    }

    /// <summary>
    /// Whether a zone's name at <paramref name="k"/> ends the time's phrase: the end, punctuation, a weekday or a month
    /// after it, a word in small letters ("BST by Jane Roe"), or the next date's label ("09:05 IST Updated: Mar 12, 2024",
    /// "BST Last modified on …": two dates in one line); not a word of a name ("10:35 CT Mirror", "ET Bureau", "CT Public Radio").
    /// </summary>
    private static bool EndsTimePhrase(List<DateToken> tokens, int k)
    {
        if (k + 1 >= tokens.Count || !tokens[k + 1].IsWord || EnglishWeekdays.Contains(tokens[k + 1].Text) || IsMonthIn(tokens[k + 1].Text, "en"))
        {
            return true;
        }

        // A word in small letters starts no name ("17.30 BST by Jane Roe", "10:35 ET from Washington"); "Last modified",
        // "Last updated": the next date's label.
        var next = tokens[k + 1].Text;
        if (char.IsLower(next[0])
            || (next.Equals("last", StringComparison.OrdinalIgnoreCase) && k + 2 < tokens.Count && tokens[k + 2].IsWord
                && (tokens[k + 2].Text.Equals("modified", StringComparison.OrdinalIgnoreCase) || tokens[k + 2].Text.Equals("updated", StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        // A date's label, with its colon or the date right after it, maybe past "on" or "at" ("IST Updated on Feb 18").
        var m = k + 2 < tokens.Count && tokens[k + 2].IsWord && tokens[k + 2].Text is "on" or "at" ? k + 3 : k + 2;
        return IsDateLabel(next) && m < tokens.Count
            && (tokens[m].IsSymbol(':') || tokens[m].IsNumber || IsMonthIn(tokens[m].Text, "en"));
    }

    /// <summary>
    /// The offset of a zone abbreviation written as one ("EST", "МСК", "TSİ": with a capital, since "est" is a word; Russian
    /// writes Moscow time in small letters too, "14:30 мск").
    /// </summary>
    public static bool TryGetZoneAbbreviation(string word, out Offset offset)
    {
        offset = default;
        if (word.Length is 0 or > 4 || !ZoneAbbreviations.TryGetValue(word, out offset))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return word.Equals("мск", StringComparison.Ordinal);
    }

    /// <summary>
    /// The zone that the last zone abbreviation of a date's text names ("10:24 pm EST" → New York; "GMT", "UTC" → UTC);
    /// null when the text names none (a numeric offset, no offset).
    /// </summary>
    public static DateTimeZone? NamedZone(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        for (var end = text.Length; end > 0;)
        {
            while (end > 0 && !char.IsLetter(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            // Only a run short enough to be an abbreviation is cut out of the text, once.
            if (end - start is >= 1 and <= 4 && text[start..end] is var word && TryGetZoneAbbreviation(word, out var offset))
            {
                return offset == Offset.Zero && !AbbreviationZones.ContainsKey(word) ? DateTimeZone.Utc
                    : AbbreviationZones.TryGetValue(word, out var id) ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) : null;
            }

            end = start;
        }

        return null;
    }

    /// <summary>
    /// Whether a date's stated offset is one the zone its text names keeps at that moment: true for a numeric offset or
    /// none; false for a mislabel ("10:24 pm EST" in July).
    /// </summary>
    public static bool NamedZoneHolds(ArticleDate date) =>
        date.OffsetDateTime is not { } stated || NamedZone(date.Text) is not { } zone || zone.GetUtcOffset(stated.ToInstant()) == stated.Offset;

    /// <summary>Whether a date's text marks its time as before or after noon ("9:24 pm", "9:24 a.m."): read as its parser reads it.</summary>
    public static bool HasMeridiem(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var prepared = text.Replace("a.m", "am", StringComparison.OrdinalIgnoreCase).Replace("p.m", "pm", StringComparison.OrdinalIgnoreCase)
            .Replace("π.μ.", "am", StringComparison.OrdinalIgnoreCase).Replace("μ.μ.", "pm", StringComparison.OrdinalIgnoreCase);
        foreach (var token in DateToken.Tokenize(prepared, out _))
        {
            if (token.IsWord && Meridiem.ContainsKey(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words for "ago"-style relative dates: unit words mapped to a period of one unit.</summary>
    public static readonly Dictionary<string, Period> RelativeUnits = BuildUnits(
        (Period.FromMinutes(1), ["minute", "minutes", "min", "mins", "minuten", "minute", "minuto", "minutos", "minuti", "minut", "minuty", "minutę", "минуту", "минуты", "минут", "хвилину", "хвилини", "хвилин", "dakika", "دقيقة", "دقائق", "دقیقه"]),
        (Period.FromHours(1), ["hour", "hours", "hr", "hrs", "stunde", "stunden", "heure", "heures", "hora", "horas", "ora", "ore", "godzinę", "godziny", "godzin", "час", "часа", "часов", "годину", "години", "годин", "saat", "ساعة", "ساعات", "ساعت"]),
        (Period.FromDays(1), ["day", "days", "tag", "tagen", "jour", "jours", "día", "días", "dia", "dias", "giorno", "giorni", "dzień", "dni", "день", "дня", "дней", "день", "дні", "днів", "gün", "يوم", "أيام", "روز"]),
        (Period.FromWeeks(1), ["week", "weeks", "woche", "wochen", "semaine", "semaines", "semana", "semanas", "settimana", "settimane", "tydzień", "tygodnie", "неделю", "недели", "недель", "тиждень", "тижні", "hafta", "أسبوع", "هفته"]));

    /// <summary>Phrases that make a number-and-unit a time in the past ("ago", "vor", "il y a", "hace", "fa", "temu", "назад", "önce", "منذ", "پیش").</summary>
    public static readonly string[] AgoWords = ["ago", "vor", "il y a", "hace", "fa", "há", "temu", "назад", "тому", "önce", "منذ", "پیش", "قبل"];

    /// <summary>Words for yesterday and today, by the days they go back.</summary>
    public static readonly Dictionary<string, int> DayWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["today"] = 0, ["heute"] = 0, ["aujourd'hui"] = 0, ["hoy"] = 0, ["oggi"] = 0, ["hoje"] = 0, ["dzisiaj"] = 0, ["dziś"] = 0, ["сегодня"] = 0,
        ["сьогодні"] = 0, ["bugün"] = 0, ["اليوم"] = 0, ["امروز"] = 0,
        ["yesterday"] = 1, ["gestern"] = 1, ["hier"] = 1, ["ayer"] = 1, ["ieri"] = 1, ["ontem"] = 1, ["wczoraj"] = 1, ["вчера"] = 1, ["вчора"] = 1,
        ["dün"] = 1, ["أمس"] = 1, ["امس"] = 1, ["دیروز"] = 1,
        // Dutch, Swedish, Finnish, Estonian, Czech and Slovak, Greek, Croatian and Serbian, Slovenian, Lithuanian and Latvian,
        // Catalan, Indonesian.
        ["vandaag"] = 0, ["idag"] = 0, ["tänään"] = 0, ["täna"] = 0, ["dnes"] = 0, ["σήμερα"] = 0, ["danas"] = 0, ["данас"] = 0, ["danes"] = 0,
        ["šiandien"] = 0, ["šodien"] = 0, ["avui"] = 0,
        ["gisteren"] = 1, ["igår"] = 1, ["eilen"] = 1, ["eile"] = 1, ["včera"] = 1, ["χθες"] = 1, ["jučer"] = 1, ["juče"] = 1, ["јуче"] = 1,
        ["včeraj"] = 1, ["vakar"] = 1, ["ahir"] = 1, ["kemarin"] = 1,
    };

    /// <summary>Words after a time meaning "in the afternoon" (pm) or "in the morning" (am).</summary>
    public static readonly Dictionary<string, bool> Meridiem = new(StringComparer.OrdinalIgnoreCase)
    {
        ["am"] = false, ["a.m."] = false, ["a.m"] = false, ["pm"] = true, ["p.m."] = true, ["p.m"] = true,
        ["ص"] = false, ["م"] = true, ["ق.ظ"] = false, ["ب.ظ"] = true,
        ["صبح"] = false, ["عصر"] = true, ["بعدازظهر"] = true,
        ["صباحا"] = false, ["صباحاً"] = false, ["صباحًا"] = false, ["مساء"] = true, ["مساءً"] = true, ["مساءا"] = true,
    };

    /// <summary>
    /// Phrases after a time naming its part of the day, in Spanish, Portuguese and Catalan ("2:20 de la tarde", "8:15 da
    /// manhã", "7:45 del matí"): true for the afternoon and the night (pm), false for the morning (am).
    /// </summary>
    public static readonly (string[] Words, bool Pm)[] MeridiemPhrases =
    [
        (["de", "la", "tarde"], true), (["de", "la", "noche"], true), (["de", "la", "mañana"], false), (["de", "la", "madrugada"], false),
        (["da", "tarde"], true), (["da", "noite"], true), (["da", "manhã"], false), (["da", "madrugada"], false),
        (["de", "la", "tarda"], true), (["de", "la", "nit"], true), (["del", "matí"], false), (["de", "la", "matinada"], false),
    ];

    /// <summary>Words before a time meaning "in the afternoon" (pm) or "in the morning" (am), as Korean, Japanese and Chinese write them ("오후 3:05", "午後3:05", "下午3:05").</summary>
    public static readonly Dictionary<string, bool> LeadingMeridiem = new(StringComparer.Ordinal)
    {
        ["오전"] = false, ["오후"] = true, ["午前"] = false, ["午後"] = true, ["上午"] = false, ["下午"] = true,
    };

    private static Dictionary<string, Dictionary<string, MonthName>> BuildByLanguage()
    {
        var result = new Dictionary<string, Dictionary<string, MonthName>>(StringComparer.Ordinal);
        foreach (var (language, months) in GregorianMonths)
        {
            var table = new Dictionary<string, MonthName>(StringComparer.Ordinal);
            Add(table, months, MonthCalendar.Gregorian);
            if (language == "fa")
            {
                Add(table, SolarHijriMonths, MonthCalendar.SolarHijri);
                Add(table, HijriMonths, MonthCalendar.Hijri);
                Add(table, PersianHijriMonths, MonthCalendar.Hijri, joined: true);
            }

            if (language == "ar")
            {
                Add(table, HijriMonths, MonthCalendar.Hijri);
            }

            result[language] = table;
        }

        return result;
    }

    private static Dictionary<string, MonthName> BuildMerged()
    {
        // A name that means different months in different languages is left out when the language is unknown.
        var merged = new Dictionary<string, MonthName>(StringComparer.Ordinal);
        var conflicts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (language, table) in ByLanguage)
        {
            foreach (var (name, month) in table)
            {
                // These languages' short forms ("des", "iul", "nop") are words elsewhere: read on their own pages only; so
                // are Croatian names other languages give another month ("listopad").
                if ((name.Length < MinForeignMonthName && OwnPagesAbbreviations.Contains(language)) || OwnPagesNames.Contains(name)
                    || (language == "hr" && ByLanguage.Any(other => other.Key != "hr" && other.Value.TryGetValue(name, out var elsewhere) && elsewhere != month)))
                {
                    continue;
                }

                if (merged.TryGetValue(name, out var existing) && existing != month)
                {
                    conflicts.Add(name);
                }

                merged[name] = month;
            }
        }

        foreach (var name in conflicts)
        {
            merged.Remove(name);
        }

        return merged;
    }

    private static void Add(Dictionary<string, MonthName> table, string[] months, MonthCalendar calendar, bool joined = false)
    {
        for (var i = 0; i < months.Length; i++)
        {
            var month = new MonthName(i + 1, calendar);
            foreach (var form in months[i].Split('|'))
            {
                table[form] = month;
                if (joined && form.Contains(' ', StringComparison.Ordinal))
                {
                    // Glued where the typist had no non-joiner ("جمادیالثانی").
                    table.TryAdd(form.Replace(" ", string.Empty, StringComparison.Ordinal), month);
                }

                if (calendar == MonthCalendar.SolarHijri)
                {
                    // "دی‌ماه" ("the month of Dey"): the month word glued, or after a space or a non-joiner (read as a space).
                    table[form + PersianMonthWord] = month;
                    table[form + " " + PersianMonthWord] = month;
                }
            }
        }
    }

    private static Dictionary<string, Period> BuildUnits(params (Period Unit, string[] Words)[] units)
    {
        var table = new Dictionary<string, Period>(StringComparer.OrdinalIgnoreCase);
        foreach (var (unit, words) in units)
        {
            foreach (var word in words)
            {
                table[word] = unit;
            }
        }

        return table;
    }

    /// <summary>A month number in a calendar.</summary>
    public readonly record struct MonthName(int Number, MonthCalendar Calendar);
}
