namespace NewsModel.Extractors.Bylines;

/// <summary>News agencies and wire services whose names appear as credits in bylines, with their display names.</summary>
internal static class NewsAgencies
{
    private static readonly Dictionary<string, string> Names = Build(
        ("Reuters", ["reuters", "thomson reuters"]),
        ("AP", ["ap", "associated press", "the associated press"]),
        ("AFP", ["afp", "agence france-presse", "agence france presse"]),
        ("dpa", ["dpa", "deutsche presse-agentur"]),
        ("SANA", ["sana", "syrian arab news agency"]),
        ("IRNA", ["irna"]),
        ("Tasnim", ["tasnim", "tasnim news agency"]),
        ("Mehr", ["mehr", "mehr news agency"]),
        ("Fars", ["fars", "fars news agency"]),
        ("ISNA", ["isna"]),
        ("ANSA", ["ansa"]),
        ("EFE", ["efe", "agencia efe"]),
        ("Xinhua", ["xinhua", "xinhua news agency"]),
        ("TASS", ["tass", "itar-tass"]),
        ("RIA Novosti", ["ria novosti", "ria"]),
        ("Interfax", ["interfax"]),
        ("Kyodo", ["kyodo", "kyodo news"]),
        ("Yonhap", ["yonhap"]),
        ("PA", ["pa", "pa media", "press association", "pa wire"]),
        ("Bloomberg", ["bloomberg"]),
        ("UPI", ["upi"]),
        ("KNA", ["kna"]),
        ("Kathpress", ["kathpress"]),
        ("epd", ["epd"]),
        ("APA", ["apa"]),
        ("Keystone-SDA", ["sda", "keystone-sda"]),
        ("Anadolu", ["anadolu", "anadolu agency", "aa"]),
        ("PTI", ["pti"]),
        ("IANS", ["ians"]),
        ("ANI", ["ani"]),
        ("Bernama", ["bernama"]),
        ("Antara", ["antara"]),
        ("WAM", ["wam"]),
        ("SPA", ["spa"]),
        ("QNA", ["qna"]),
        ("KUNA", ["kuna"]),
        ("MENA", ["mena"]),
        ("Ukrinform", ["ukrinform"]),
        ("UNIAN", ["unian"]),
        ("PAP", ["pap"]),
        ("ČTK", ["čtk", "ctk"]),
        ("MTI", ["mti"]),
        ("Belga", ["belga"]),
        ("ANP", ["anp"]),
        ("NTB", ["ntb"]),
        ("TT", ["tt"]),
        ("Ritzau", ["ritzau"]),
        ("Lusa", ["lusa"]),
        ("Europa Press", ["europa press"]),
        ("AAP", ["aap"]),
        ("The Canadian Press", ["the canadian press", "canadian press", "cp"]),
        ("CNA", ["cna"]));

    /// <summary>The agency's display name when <paramref name="text"/> names one (case-insensitive, "The" and trailing punctuation ignored).</summary>
    public static string? Match(string text)
    {
        var key = text.Trim().TrimEnd('.', ',', ';', ':').Trim().ToLowerInvariant();
        return Names.TryGetValue(key, out var name) ? name : null;
    }

    private static Dictionary<string, string> Build(params (string Display, string[] Aliases)[] agencies)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (display, aliases) in agencies)
        {
            foreach (var alias in aliases)
            {
                names[alias] = display;
            }
        }

        return names;
    }
}
