using NewsModel.Internal;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// News agencies and wire services whose names appear as credits in bylines, with their display names; in Arabic and
/// Persian script too where the name is no common word ("سانا", "ایرنا"; not "مهر", a month, nor "فارس", a province).
/// </summary>
internal static class NewsAgencies
{
    private static readonly Dictionary<string, string> Names = Build(
        ("Reuters", ["reuters", "thomson reuters", "رويترز", "رویترز", "רויטרס", "рейтер", "рейтерс", "로이터", "로이터통신", "路透社", "ロイター", "ロイター通信"]),
        ("AP", ["ap", "associated press", "the associated press", "סוכנות הידיעות אי-פי", "أسوشيتد برس", "اسوشیتدپرس", "ассошиэйтед пресс", "美联社", "美聯社", "ap통신", "ap通信"]),
        ("AFP", ["afp", "agence france-presse", "agence france presse", "فرانس برس", "فرانس‌پرس", "أ ف ب", "أ.ف.ب", "א-פ-פ", "франс пресс", "франс-пресс", "法新社", "afp통신", "afp通信"]),
        ("dpa", ["dpa", "deutsche presse-agentur"]),
        ("SANA", ["sana", "syrian arab news agency", "سانا"]),
        ("IRNA", ["irna", "ایرنا", "إرنا"]),
        ("Tasnim", ["tasnim", "tasnim news agency", "تسنیم"]),
        ("Mehr", ["mehr", "mehr news agency"]),
        ("Fars", ["fars", "fars news agency"]),
        ("ISNA", ["isna", "ایسنا"]),
        ("ANSA", ["ansa", "agenzia ansa"]),
        ("EFE", ["efe", "agencia efe"]),
        ("Xinhua", ["xinhua", "xinhua news agency", "شينخوا", "新华社", "新華社", "신화통신", "新華通信"]),
        ("TASS", ["tass", "itar-tass", "тасс", "итар-тасс", "塔斯社"]),
        ("RIA Novosti", ["ria novosti", "ria", "риа новости"]),
        ("Interfax", ["interfax", "интерфакс", "інтерфакс"]),
        ("Interfax-Ukraine", ["interfax-ukraine", "интерфакс-украина", "інтерфакс-україна"]),
        ("Kyodo", ["kyodo", "kyodo news", "共同通信", "共同通信社", "共同", "共同社", "교도통신"]),
        ("Jiji", ["jiji", "jiji press", "時事通信", "時事通信社", "時事", "지지통신"]),
        ("Yonhap", ["yonhap", "yonhap news agency", "연합뉴스", "聯合ニュース", "韩联社", "韓聯社"]),
        ("Newsis", ["newsis", "뉴시스"]),
        ("News1", ["news1", "뉴스1"]),
        ("China News Service", ["china news service", "中新社", "中新网", "中新網", "中国新闻社", "中國新聞社"]),
        ("PA", ["pa", "pa media", "press association", "pa wire"]),
        ("Bloomberg", ["bloomberg", "블룸버그", "彭博社", "ブルームバーグ"]),
        ("UPI", ["upi"]),
        ("KNA", ["kna"]),
        ("Kathpress", ["kathpress"]),
        ("epd", ["epd"]),
        ("APA", ["apa"]),
        ("Keystone-SDA", ["sda", "keystone-sda", "ats", "keystone-ats"]),
        ("Anadolu", ["anadolu", "anadolu agency", "anadolu ajansı", "aa", "الأناضول"]),
        ("PTI", ["pti", "press trust of india"]),
        ("IANS", ["ians"]),
        ("ANI", ["ani"]),
        ("Bernama", ["bernama"]),
        ("Antara", ["antara"]),
        ("WAM", ["wam", "وام"]),
        ("SPA", ["spa", "واس"]),
        ("QNA", ["qna"]),
        ("KUNA", ["kuna", "كونا"]),
        ("MENA", ["mena", "أ ش أ", "أ.ش.أ"]),
        ("Ukrinform", ["ukrinform", "укрінформ", "укрінформу"]),
        ("UNIAN", ["unian", "уніан", "униан"]),
        ("UNN", ["unn", "унн"]),
        ("PAP", ["pap", "polska agencja prasowa"]),
        ("ČTK", ["čtk", "ctk"]),
        ("MTI", ["mti"]),
        ("Belga", ["belga"]),
        ("ANP", ["anp"]),
        ("NTB", ["ntb"]),
        ("TT", ["tt"]),
        ("Ritzau", ["ritzau"]),
        ("Lusa", ["lusa", "agência lusa", "agencia lusa"]),
        ("Agência Brasil", ["agência brasil", "agencia brasil"]),
        ("DHA", ["dha", "demirören haber ajansı"]),
        ("İHA", ["iha", "ihlas haber ajansı"]),
        ("Adnkronos", ["adnkronos"]),
        ("AGI", ["agi", "agenzia italia"]),
        ("ILNA", ["ilna", "ایلنا"]),
        ("Europa Press", ["europa press"]),
        ("AAP", ["aap"]),
        ("The Canadian Press", ["the canadian press", "canadian press", "cp"]),
        ("CNA", ["cna", "中央社"]),
        ("TASR", ["tasr"]),
        ("HINA", ["hina"]),
        ("LETA", ["leta"]),
        ("BTA", ["bta"]),
        ("STA", ["sta"]),
        ("Agerpres", ["agerpres"]),
        ("Tanjug", ["tanjug", "танјуг"]),
        ("Notimex", ["notimex"]),
        ("Sputnik", ["sputnik", "спутник"]),
        ("BelTA", ["belta", "белта"]),
        ("Petra", ["بترا"]),
        ("WAFA", ["wafa", "وفا"]),
        ("IAR", ["iar", "informacyjna agencja radiowa"]),
        ("Mediafax", ["mediafax"]),
        ("News.ro", ["news.ro"]));

    // Aliases that are also common words, abbreviations or given names ("mehr" is German for "more", "pa", "tt", "cp", "aa", "spa", "Hina", "Leta"):
    // read as an agency in a printed credit only when written as agencies print them (in capitals; "Mehr" capitalised).
    private static readonly HashSet<string> AmbiguousAliases = new(StringComparer.Ordinal) { "pa", "aa", "tt", "cp", "mehr", "spa", "hina", "leta", "sta", "wafa", "спутник" };

    /// <summary>
    /// The agencies a printed credit names, as printed ("dpa", "Agencia EFE"; the display name for one printed in
    /// capitals only, "REUTERS"): "dpa, AFP" and "dpa/AFP" are two agencies; "dpa/lno", an agency and its service's short
    /// lower-case code, is one credit kept whole. Null when any part names something else, or an ambiguous short alias
    /// is not written as an agency ("Quelle: mehr").
    /// </summary>
    public static IReadOnlyList<string>? MatchCredit(string credit)
    {
        var parts = credit.Split(['/', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 4 || MatchPrinted(parts[0]) is null)
        {
            return null;
        }

        if (parts.Length > 1 && parts.Skip(1).All(p => p.Length is >= 2 and <= 4 && p.All(char.IsLower)) && Match(parts[1]) is null)
        {
            return [string.Join('/', parts)];
        }

        var names = new List<string>(parts.Length);
        foreach (var part in parts)
        {
            if (MatchPrinted(part) is not { } agency)
            {
                return null;
            }

            names.Add(part.Any(char.IsLower) ? part : agency);
        }

        return names;
    }

    /// <summary>Like <see cref="Match"/>, but an ambiguous short alias counts only when written as agencies print it ("PA", "TT", "Mehr", not "pa", "mehr").</summary>
    internal static string? MatchPrinted(string printed)
    {
        var agency = Match(printed);
        if (agency is null || !AmbiguousAliases.Contains(printed.Trim().TrimEnd('.', ',', ';', ':').Trim().ToLowerInvariant()))
        {
            return agency;
        }

        var letters = printed.Where(char.IsLetter).ToArray();
        return letters.All(char.IsUpper) || (letters.Length > 3 && char.IsUpper(letters[0])) ? agency : null;
    }

    /// <summary>The agency's display name when <paramref name="text"/> names one (case-insensitive, "The" and trailing punctuation ignored).</summary>
    public static string? Match(string text)
    {
        // "İHA": the Turkish dotted capital is an "i" here, whatever the runtime's invariant casing makes of it.
        var key = TextNormalizer.WithoutJoiners(text.Trim().TrimEnd('.', ',', ';', ':').Trim().Replace('İ', 'I').ToLowerInvariant());
        if (Names.TryGetValue(key, out var name))
        {
            return name;
        }

        // "خبرگزاری مهر", "وكالة سانا": the word for a news agency before its name, which makes a common word one ("مهر").
        foreach (var noun in AgencyNouns)
        {
            if (key.Length > noun.Length + 1 && key.StartsWith(noun, StringComparison.Ordinal) && key[noun.Length] == ' '
                && key[(noun.Length + 1)..] is var rest && (Names.TryGetValue(rest, out name) || AfterAgencyNoun.TryGetValue(rest, out name)))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// The display name of the agency a contributor's or an organization's name is ("Associated Press" → "AP", "Agencia EFE" →
    /// "EFE", "Petra"; "dpa/lno", an agency and its service's code, → "dpa"; "Redazione ANSA", its newsroom, → "ANSA"); null
    /// for any other name.
    /// </summary>
    public static string? DisplayNameOf(string name)
    {
        if (Match(name) is { } agency)
        {
            return agency;
        }

        if (DisplayNames.Contains(name))
        {
            return name;
        }

        // "Redazione ANSA", "Redacción EFE": an agency's newsroom.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 2 && BylineVocabulary.CollectiveWords.Contains(words[0]) && Match(words[1]) is { } newsroom)
        {
            return newsroom;
        }

        var slash = name.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 ? Match(name[..slash]) : null;
    }

    /// <summary>Whether a name is an agency's, as printed or as its display name ("Petra", given for "بترا").</summary>
    public static bool IsAgency(string name) => Match(name) is not null || DisplayNames.Contains(name);

    private static readonly HashSet<string> DisplayNames = new(Names.Values, StringComparer.Ordinal);

    /// <summary>The word for a news agency, in the scripts where it is printed before the agency's name.</summary>
    private static readonly string[] AgencyNouns = ["خبرگزاری", "خبرگزاري", "وكالة", "وكالة أنباء", "وکالة"];

    /// <summary>Agencies whose name alone is a common word ("مهر", a month; "فارس", a province): only after <see cref="AgencyNouns"/>.</summary>
    private static readonly Dictionary<string, string> AfterAgencyNoun = new(StringComparer.Ordinal) { ["مهر"] = "Mehr", ["فارس"] = "Fars" };

    private static Dictionary<string, string> Build(params (string Display, string[] Aliases)[] agencies)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (display, aliases) in agencies)
        {
            foreach (var alias in aliases)
            {
                // Looked up without zero-width joiners: "فرانس‌پرس" and "فرانسپرس" are one name.
                names[TextNormalizer.WithoutJoiners(alias)] = display;
            }
        }

        return names;
    }
}
