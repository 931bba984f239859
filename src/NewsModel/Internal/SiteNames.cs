using System.Text;
using NewsModel.Extractors.JsonLd;
using NewsModel.Pipeline;

namespace NewsModel.Internal;

/// <summary>
/// The names a page's site goes by, gathered once per page: the declared names (<c>og:site_name</c>,
/// <c>application-name</c>, the JSON-LD publisher and web site) and the host's labels ("coastline" for
/// www.coastline.example). Used to recognize site-name decorations around headlines.
/// </summary>
/// <remarks>Immutable once built.</remarks>
internal sealed class SiteNames
{
    private readonly List<string> _declared = [];
    private readonly List<string> _hostLabels = [];
    private readonly List<string> _personPublishers = [];
    private string? _host;
    private string? _domainLabel;
    private string? _personalLabel;

    private SiteNames()
    {
    }

    /// <summary>The declared names, in order of trust, not normalized.</summary>
    public IReadOnlyList<string> Declared => _declared;

    /// <summary>The site names of the page being parsed, built on first use.</summary>
    public static SiteNames Get(ExtractionContext context) => context.GetShared(Build);

    // An editorial board's name ("The Tribune-Herald Editorial Board", "Consejo editorial de El Diario").
    private static readonly string[] EditorialBoards = ["editorial board", "comité éditorial", "consejo editorial", "comitato editoriale"];

    /// <summary>
    /// Letters and digits only, lower-case, without accents: the form names are compared in ("Coastline-Courier.com" →
    /// "coastlinecouriercom"). Letters that no accent makes are written as addresses spell them ("Piłka" → "pilka",
    /// "Fußball" → "fussball", "Ørsted" → "orsted", "Kırmızı" → "kirmizi").
    /// </summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsLetterOrDigit(c))
            {
                var lower = char.ToLowerInvariant(c);
                switch (lower)
                {
                    case 'ł': builder.Append('l'); break;
                    case 'ß': builder.Append("ss"); break;
                    case 'ø': builder.Append('o'); break;
                    case 'ı': builder.Append('i'); break;
                    case 'đ' or 'ð': builder.Append('d'); break;
                    case 'æ': builder.Append("ae"); break;
                    case 'œ': builder.Append("oe"); break;
                    case 'þ': builder.Append("th"); break;
                    case 'ħ': builder.Append('h'); break;
                    default: builder.Append(lower); break;
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether an address's folder spells a name: the two fold alike (<see cref="Fold"/>), or do once the German umlauts
    /// are written out ("Bücher" for /buecher/).
    /// </summary>
    public static bool Spells(string folder, string name)
    {
        var spelled = Fold(Uri.UnescapeDataString(folder));
        return spelled.Length > 0 && (spelled == Fold(name)
            || (name.AsSpan().IndexOfAny("äöüÄÖÜ") >= 0 && spelled == Fold(name.Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
                .Replace("ü", "ue", StringComparison.Ordinal).Replace("Ä", "Ae", StringComparison.Ordinal).Replace("Ö", "Oe", StringComparison.Ordinal).Replace("Ü", "Ue", StringComparison.Ordinal))));
    }

    /// <summary>Whether a piece of a title is the site's name rather than part of the headline.</summary>
    public bool Matches(string segment)
    {
        var folded = Fold(segment);
        if (folded.Length == 0)
        {
            return false;
        }

        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        foreach (var name in _declared)
        {
            var declared = Fold(name);
            if (declared.Length == 0)
            {
                continue;
            }

            // A piece holding the name counts when it is two words ("Coastline Online") or the name is at least half of
            // it ("Coastline Courier Online"), not when a phrase merely mentions it ("Snow maps now on Coastline").
            if (folded == declared || (words <= 6 && Math.Min(folded.Length, declared.Length) >= 4
                && ((folded.Contains(declared, StringComparison.Ordinal) && (words <= 2 || declared.Length * 2 >= folded.Length)) || declared.Contains(folded, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        foreach (var label in _hostLabels)
        {
            // A host label names the site only when it is most of the piece ("Coastline Courier" for coastline.example).
            if (folded == label || (words <= 4 && Math.Min(folded.Length, label.Length) >= 4 && label.Length * 2 > folded.Length
                && folded.Contains(label, StringComparison.Ordinal)) || (folded.Length >= 4 && folded.Length * 2 > label.Length && label.Contains(folded, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a text is exactly one of the site's names (letters and digits compared, case aside): a declared name,
    /// the host ("coastline.example") or one of its labels. Stricter than <see cref="Matches"/>, which also accepts a
    /// short piece that merely contains a name ("Best of Coastline 2022" is not the site's name).
    /// </summary>
    public bool IsName(string text)
    {
        var folded = Fold(text);
        if (folded.Length == 0)
        {
            return false;
        }

        return (_host is not null && folded == _host) || _hostLabels.Contains(folded) || _declared.Any(d => Fold(d) == folded);
    }

    /// <summary>
    /// Whether a code contains the host's registered label or is contained in it ("KWXYNEWS" on kwxy.example): a code
    /// the site gives itself. Labels of fewer than three letters never match.
    /// </summary>
    public bool SharesDomainLabel(string text)
    {
        var folded = Fold(text);
        return _domainLabel is { Length: >= 3 } label && folded.Length >= 3
            && (folded.Contains(label, StringComparison.Ordinal) || label.Contains(folded, StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a text is the site's own name: a declared name, the host ("harbourgazette.example") or its registered
    /// label ("harbourgazette"). Stricter than <see cref="IsName"/>, which accepts any label of the host: "Sport" on
    /// sport.example.com names a section, not the site.
    /// </summary>
    public bool IsOwnName(string text)
    {
        var trimmed = text.Trim();
        var folded = Fold(trimmed.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? trimmed[4..] : trimmed);
        return folded.Length > 0 && ((_host is not null && (folded == _host || _host.EndsWith(folded, StringComparison.Ordinal) && _domainLabel is { } label && folded.StartsWith(label, StringComparison.Ordinal)))
            || folded == _domainLabel || _declared.Any(d => Fold(d) == folded));
    }

    /// <summary>
    /// Whether an author value found in markup names the site itself ("Makronom" on makronom.de, "katholisch.at",
    /// "EAT SMARTER" when that is the site's name): the publisher, not a contributor. Stricter than
    /// <see cref="Matches"/>, since a person's name may contain a host label ("Max Spiegel").
    /// </summary>
    public bool NamesSite(string name)
    {
        // "The Tribune-Herald Editorial Board": the paper's board writes its editorials, an author of its own.
        if (EditorialBoards.Any(b => name.Contains(b, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // "mix1.de Redaktion", "Team Coastline": a collective word beside the site's name still names the site.
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Extractors.Bylines.BylineVocabulary.CollectiveWords.Contains(w)).ToArray();
        var folded = Fold(words.Length > 0 ? string.Join(' ', words) : name);
        // On a shared blog host the subdomain is the writer's own ("zahlenzauberin" for zahlenzauberin.blogs.example).
        // Two letters name the site only as its whole declared name (a publisher called "HG").
        if (folded.Length < 2 || (folded.Length == 2 && !_declared.Any(d => Fold(d) == folded)) || _personPublishers.Contains(folded) || folded == _personalLabel)
        {
            return false;
        }

        // "OÖ Gazette", "EFC Harbour Gazette": an abbreviation before the site's name still names the site.
        if (words.Length >= 2 && words[0].Length <= 4 && words[0].All(char.IsUpper) && NamesSite(string.Join(' ', words[1..])))
        {
            return true;
        }

        if (_host is not null && folded == _host)
        {
            return true;
        }

        foreach (var declaredName in _declared)
        {
            var declared = Fold(declaredName);
            if (declared.Length == 0)
            {
                continue;
            }

            // A site named after a person ("Jane Roe's Notes") is that person's: the name is the writer's too.
            if (declaredName.Contains(name + "'s", StringComparison.OrdinalIgnoreCase) || declaredName.Contains(name + "’s", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // The name, the name with its domain ("katholisch.at"), or the name shortened ("Volksblatt" for "OÖ Volksblatt").
            if (folded == declared || (declared.Length >= 4 && folded.StartsWith(declared, StringComparison.Ordinal) && declared.Length * 3 >= folded.Length * 2)
                || (folded.Length >= 5 && declared.StartsWith(folded, StringComparison.Ordinal) && folded.Length * 3 >= declared.Length * 2))
            {
                return true;
            }

            // One part of a composite site name ("Infoportal - Coastline Courier"), or its words in another order
            // ("Courier Coastline Group" for "Coastline Courier Group").
            if ((folded.Length >= 5 && DeclaredParts(declaredName).Any(part => Fold(part) == folded)) || SameWords(words, declaredName))
            {
                return true;
            }
        }

        // Only the registered name counts: on a shared host ("jane.blogs.example") the subdomain is the writer's own.
        if (_domainLabel is { } label && (folded == label || (label.Length >= 4 && folded.StartsWith(label, StringComparison.Ordinal) && label.Length * 3 >= folded.Length * 2)))
        {
            return true;
        }

        return false;
    }

    private static readonly string[] PartSeparators = [" - ", " – ", " — ", " | ", " · ", " :: ", ": "];

    /// <summary>The parts of a declared name joined by a separator ("Infoportal - Coastline Courier"); empty when it has none.</summary>
    private static IEnumerable<string> DeclaredParts(string declared) =>
        PartSeparators.Any(s => declared.Contains(s, StringComparison.Ordinal))
            ? declared.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    /// <summary>Whether two names of at least three words hold the same words, whatever their order.</summary>
    private static bool SameWords(string[] words, string declared)
    {
        var other = declared.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || other.Length != words.Length)
        {
            return false;
        }

        var mine = words.Select(Fold).Order(StringComparer.Ordinal);
        return mine.SequenceEqual(other.Select(Fold).Order(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>
    /// The index of the label registered under the public suffix: "coastline" in coastline.example,
    /// shop.coastline.example and coastline.co.uk (a two-letter country code's generic second level counts with it);
    /// negative when the host has a single label.
    /// </summary>
    /// <param name="labels">The host's labels.</param>
    /// <returns>The index.</returns>
    public static int RegisteredLabelIndex(string[] labels) =>
        labels.Length >= 3 && labels[^1].Length == 2 && labels[^2] is "co" or "com" or "org" or "net" or "gov" or "edu" or "ac" or "or" or "ne" or "go"
            ? labels.Length - 3
            : labels.Length - 2;

    private static SiteNames Build(ExtractionContext context)
    {
        var names = new SiteNames();
        var index = context.Index;
        names.AddDeclared(index.MetaContent("og:site_name"));
        names.AddDeclared(index.MetaContent("application-name"));
        names.AddDeclared(index.MetaContent("apple-mobile-web-app-title"));
        var twitter = index.MetaContent("twitter:site");
        if (twitter is not null && twitter.StartsWith('@'))
        {
            names.AddDeclared(twitter[1..]);
        }

        var graph = JsonLdGraph.Get(context);
        if (graph.Article is { } article)
        {
            foreach (var publisher in graph.ResolvedValues(article, "publisher"))
            {
                names.AddDeclared(JsonLdGraph.Text(publisher));

                // A blog published by its author as a Person: that name is the writer's, not only the site's.
                if (publisher.ValueKind == System.Text.Json.JsonValueKind.Object
                    && JsonLdGraph.TypesOf(publisher).Any(t => string.Equals(t, "Person", StringComparison.Ordinal))
                    && TextNormalizer.CollapseOrNull(JsonLdGraph.Text(publisher)) is { } person)
                {
                    names._personPublishers.Add(Fold(person));
                }
            }
        }

        if (graph.WebSite is { } site)
        {
            names.AddDeclared(JsonLdGraph.TextOf(site, "name"));
        }

        if (context.PageUrl is { IsAbsoluteUri: true } page)
        {
            // "www.news.coastline-courier.co.uk" gives "news" and "coastlinecourier"; the suffix labels are no name.
            var labels = page.IdnHost.Split('.', StringSplitOptions.RemoveEmptyEntries);
            names._host = Fold(string.Join('.', labels.SkipWhile(l => l is "www" or "m" or "amp")));

            // The label before the public suffix: "coastline" in coastline.example, shop.coastline.example and coastline.co.uk.
            var domain = RegisteredLabelIndex(labels);
            if (domain >= 0 && Fold(labels[domain]) is { Length: >= 3 } registered)
            {
                if (registered is not ("blogspot" or "wordpress" or "blog" or "blogs"))
                {
                    names._domainLabel = registered;
                }
                else if (domain >= 1 && labels[domain - 1] is not ("www" or "m" or "amp"))
                {
                    names._personalLabel = Fold(labels[domain - 1]);
                }
            }
            for (var i = 0; i < labels.Length - 1; i++)
            {
                var label = Fold(labels[i]);
                if (label.Length >= 3 && label is not ("www" or "com" or "org" or "net" or "gov" or "edu" or "blog" or "blogs" or "blogspot" or "wordpress" or "amp" or "news" or "online" or "web" or "home" or "info" or "mobile"))
                {
                    names._hostLabels.Add(label);
                }
            }
        }

        return names;
    }

    private void AddDeclared(string? name)
    {
        if (TextNormalizer.CollapseOrNull(name) is { } collapsed && collapsed.Length <= 100 && !_declared.Contains(collapsed, StringComparer.OrdinalIgnoreCase))
        {
            _declared.Add(collapsed);
        }
    }
}
