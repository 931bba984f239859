using NewsModel.Extractors.Dates;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Sections;

/// <summary>
/// Turns a breadcrumb trail, printed or declared in JSON-LD, into a section path: the trail's root (the home page,
/// the site's own name, a "You are here:" label, an ellipsis) and its leaf when the leaf is this very page (its
/// address, its headline or its title, perhaps cut short with "…") are not sections; neither are the previous/next
/// links, "skip to content" links or share buttons that themes mark up with breadcrumb classes, nor dates, years,
/// months and the archive above them (a date archive's levels: "Archive › May 2024"), nor the levels closing a trail
/// that link to tag or topic pages.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SectionTrail
{
    private static readonly HashSet<string> HomeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "homepage", "start", "startseite", "accueil", "inicio", "portada", "início", "главная", "головна", "anasayfa", "الرئيسية",
        "خانه", "forside", "etusivu", "hem", "voorpagina", "index", "frontpage", "首页", "首頁", "主页", "홈", "ホーム", "トップ",
    };

    private static readonly HashSet<string> HomePhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "home page", "ana sayfa", "صفحه اصلی", "strona główna", "strona glowna", "front page", "page d'accueil", "pagina principale", "página inicial",
        "you are here", "sie sind hier", "sie befinden sich hier", "vous êtes ici", "usted está aquí", "está aquí", "estás aquí", "ti trovi qui",
        "você está aqui", "jesteś tutaj", "jesteś tu", "вы здесь", "ви тут", "buradasınız", "sei in", "sei qui",
        "location", "current page", "you are in", "du bist hier", "usted está en", "está en", "estás en", "se encuentra en", "ubicación",
        "вы находитесь", "вы находитесь здесь", "konumunuz", "bulunduğunuz sayfa", "şu an buradasınız", "أنت هنا", "أنت في",
        "موقعیت شما", "مسیر شما", "شما اینجا هستید", "rubrik", "rubrique", "sección", "ressort",
        "当前位置", "您的位置", "您现在的位置", "现在位置", "目前位置", "現在位置", "現在の位置", "현재 위치", "현재위치", "위치",
    };

    // Words printed before a home word on a link home ("Zur Startseite", "Back to home", "News Home").
    private static readonly HashSet<string> HomeLeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "zur", "zum", "back", "to", "go", "the", "main", "news", "site", "retour", "à", "l'", "la", "volver", "a", "torna", "alla", "zurück",
    };

    /// <summary>
    /// Words that name a kind of page rather than a section ("Detail", "Artikel", "single-news"): a trail's leaf that
    /// is one of them is the page itself, and an address segment that is one of them is skipped.
    /// </summary>
    internal static readonly HashSet<string> PageTypeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "detail", "details", "detailansicht", "detalle", "détail", "dettaglio", "szczegóły", "article", "artikel", "beitrag", "story", "artículo",
        "articolo", "artigo", "artykuł", "artykul", "single", "single-news", "singlenews", "newsdetail", "newsdetails", "news-detail", "news-details", "noticia",
    };

    // An item that is one of these words (and nothing else) is a link beside the trail: paging through posts, sharing,
    // printing. "Twitter" or "Back pain" as part of a longer name is a section.
    private static readonly HashSet<string> NavigationItems = new(StringComparer.OrdinalIgnoreCase)
    {
        "previous", "next", "back", "prev", "older", "newer", "vorherige", "vorheriges", "vorheriger", "nächste", "nächstes", "nächster", "zurück",
        "weiter", "précédent", "précédente", "suivant", "suivante", "retour", "anterior", "siguiente", "volver", "próximo", "precedente", "successivo",
        "indietro", "poprzedni", "następny", "wstecz", "назад", "далее", "share", "teilen", "tweet", "tweeten", "mailen", "drucken", "print",
        "partager", "compartir", "facebook", "twitter", "email", "e-mail", "whatsapp", "linkedin", "pinterest", "telegram", "xing",
    };

    // Words that may accompany a navigation word in one item ("Next post", "Email me", "Nächster Beitrag").
    private static readonly HashSet<string> NavigationCompanions = new(StringComparer.OrdinalIgnoreCase)
    {
        "post", "posts", "article", "beitrag", "artikel", "page", "seite", "story", "me", "us", "this", "on", "via", "auf", "per", "it",
    };

    // Words that make an item a skip link or a menu's label whatever else it says ("Zur Hauptnavigation springen").
    private static readonly HashSet<string> SkipWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "skip", "springen", "jump", "saltar", "navigation", "hauptnavigation", "navegación",
    };

    // A site's utility pages: a line of links to them is a menu, not a trail.
    private static readonly HashSet<string> UtilityItems = new(StringComparer.OrdinalIgnoreCase)
    {
        "impressum", "kontakt", "datenschutz", "datenschutzerklärung", "privacy", "privacy policy", "contact", "contact us", "about", "about us",
        "über uns", "imprint", "disclaimer", "sitemap", "login", "anmelden", "newsletter", "subscribe", "abo", "mentions légales", "aviso legal",
        "mapa de sitio", "suscríbase", "agb",
    };

    // A date archive's page above the dates in a trail ("Home › Archive › May 2024"): the archive, not a section.
    private static readonly HashSet<string> ArchiveWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "archive", "archives", "archiv", "archivo", "archivio", "arquivo", "archiwum", "archief", "arkiv", "arkisto", "архив", "архів", "arşiv",
        "الأرشيف", "أرشيف", "آرشیو", "news archive", "blog archive", "nachrichtenarchiv", "newsarchiv",
    };

    // Words joining a month and its year ("mayo de 2024", "May of 2024").
    private static readonly HashSet<string> MonthYearJoiners = new(StringComparer.OrdinalIgnoreCase) { "de", "del", "of" };

    private static readonly char[] Arrows = ['←', '→', '«', '»', '‹', '›', '<', '>', '|'];

    /// <summary>The page's own addresses and titles, which a trail's leaf repeats.</summary>
    /// <param name="Urls">The page's address, its canonical and <c>og:url</c> addresses, normalized.</param>
    /// <param name="Titles">The page's <c>&lt;title&gt;</c>, <c>og:title</c> and <c>twitter:title</c>, folded.</param>
    internal sealed record PageIdentity(IReadOnlyList<Uri> Urls, IReadOnlyList<string> Titles);

    /// <summary>The identity of the page being parsed, built once per page from the document index.</summary>
    /// <param name="context">The extraction context.</param>
    /// <returns>The page's addresses and titles.</returns>
    public static PageIdentity Identity(ExtractionContext context) => context.GetShared(BuildIdentity);

    /// <summary>
    /// Cleans a trail; null when nothing in it is a section, and <see cref="Section.Empty"/> when it is a trail whose
    /// only levels are catch-alls or post types ("Home › Uncategorized"): the page's trail, which names no section.
    /// </summary>
    /// <param name="context">The extraction context.</param>
    /// <param name="trail">The trail's items, root first.</param>
    /// <param name="headline">The headline chosen so far, when known.</param>
    /// <param name="strict">
    /// True for a line of links found without breadcrumb markup: a date, a label, a navigation link, a utility page or
    /// an author's page in it means it is a post's meta line or a menu rather than a trail, and the whole line is rejected.
    /// </param>
    /// <returns>The section path, or null.</returns>
    public static Section? Clean(ExtractionContext context, IReadOnlyList<SectionSegment> trail, string? headline, bool strict)
    {
        var items = new List<SectionSegment>(trail.Count);
        var identity = Identity(context);
        foreach (var item in trail)
        {
            var name = item.Name.Trim();
            // An unmarked trail's "You are here:" label, first, says what follows is the trail (IsRoot drops it); any other
            // label ("Trending:") makes the line something else.
            if (IsNavigation(name) || name.Contains('@', StringComparison.Ordinal)
                || (strict && ((IsLabel(name) && !(items.Count == 0 && IsHereLabel(name))) || IsDate(name) || UtilityItems.Contains(name) || IsAuthorPage(item.Url)
                    || IsTranslation(item.Url, identity))))
            {
                if (strict)
                {
                    return null;
                }

                continue;
            }

            // A marked trail through the authors' pages ("Startseite › Autoren › Lisa Brandt"): a writer and the list
            // of writers are no sections.
            if (IsAuthorsPage(item.Url))
            {
                continue;
            }

            items.Add(item);
        }

        // Two trails printed one after the other (one for small screens): the last one, from its home link, counts.
        var site = SiteNames.Get(context);
        var start = items.FindLastIndex(i => IsHome(i.Name, site)) + 1;
        while (start < items.Count && IsRoot(items[start], site, identity) && !IsSubdomainSection(items, start, site))
        {
            start++;
        }

        var end = items.Count;
        if (end > start && IsThisPage(items[end - 1], identity, headline))
        {
            end--;
        }

        // A date archive's levels ("News › 2019 › 05", "2024 › May › 14", "May 2024") and a date printed in the trail are
        // the article's, not sections, and so is the archive above them ("Archive › May 2024"); a post type or a
        // catch-all ("Articles", "All") is no level.
        var language = Language(context);
        var dates = new bool[items.Count];
        for (var i = start; i < end; i++)
        {
            dates[i] = IsDate(items[i].Name) || items[i].Name.All(c => char.IsDigit(c) || char.IsWhiteSpace(c)) || IsMonthLevel(items, i, language);
        }

        var kept = new List<SectionSegment>(end - start);
        var catchAll = false;
        for (var i = start; i < end; i++)
        {
            if (SectionWords.IsNotSection(items[i].Name))
            {
                catchAll = true;
            }
            else if (!dates[i] && !(ArchiveWords.Contains(items[i].Name.Trim()) && Array.IndexOf(dates, true, i + 1) > 0))
            {
                kept.Add(WithoutTitleDecoration(items[i], site));
            }
        }

        // A line found without markup whose levels all lead to topic or tag pages is a bar of hot topics, and one whose
        // levels are three sections side by side, none nested in another nor holding this page, is a menu.
        // A line that opens at the home link or is closed by the page itself reads as a trail, nested or not ("Home > World
        // > Europe > Politics" on flat folders).
        if (strict && kept.Count > 0 && (kept.All(k => k.Url is { } url && SectionWords.IsTagPage(url, topics: true))
            || (start == 0 && end == items.Count && IsRowOfSections(kept, identity))))
        {
            return null;
        }

        // Levels closing the trail that link to tag or topic pages ("Health › Marijuana › Cannabis") are the article's
        // keywords; a trail made only of topic pages is the site's way of filing sections, and stays.
        if (kept.Any(k => k.Url is not { } url || !SectionWords.IsTagPage(url, topics: true)))
        {
            while (kept[^1].Url is { } url && SectionWords.IsTagPage(url, topics: true))
            {
                kept.RemoveAt(kept.Count - 1);
            }
        }

        // A trail whose only levels are catch-alls ("Home › Uncategorized") names no section, and no other line is one.
        return kept.Count > 0 ? new Section { Segments = kept } : catchAll ? Section.Empty : null;
    }

    /// <summary>The last folder of an address's path, unescaped; empty for the root.</summary>
    internal static string LastSegment(Uri url) =>
        url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } segments ? Uri.UnescapeDataString(segments[^1]) : string.Empty;

    /// <summary>
    /// A level named as its page's title is ("News - Engineering", "Engineering | Coastline College" for /engineering/):
    /// the piece its address spells, where every other piece is a generic stream word or the site's name; else the
    /// level unchanged.
    /// </summary>
    private static SectionSegment WithoutTitleDecoration(SectionSegment item, SiteNames site)
    {
        if (item.Url is not { } url)
        {
            return item;
        }

        string? folder = null;
        foreach (var separator in (string[])[" - ", " – ", " | "])
        {
            if (!item.Name.Contains(separator, StringComparison.Ordinal))
            {
                continue;
            }

            var pieces = item.Name.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            folder ??= SiteNames.Fold(LastSegment(url));
            var spelled = Array.FindIndex(pieces, p => SiteNames.Fold(p) == folder);
            if (pieces.Length >= 2 && spelled >= 0 && folder.Length > 0
                && pieces.Where((p, i) => i != spelled).All(p => SectionWords.IsGeneric(p) || site.IsName(p)))
            {
                return item with { Name = pieces[spelled] };
            }
        }

        return item;
    }

    /// <summary>
    /// "<c>&lt;a href=https://www.site.example/&gt;Beranda&lt;/a&gt; › &lt;a href=https://regional.site.example/&gt;Regional&lt;/a&gt;</c>":
    /// a level linking the root of a subdomain of the site (not "www" or "m"), after a level that links the site's home on
    /// another host, is the section that subdomain serves, unless it names the home or the site.
    /// </summary>
    private static bool IsSubdomainSection(List<SectionSegment> items, int i, SiteNames site)
    {
        if (items[i].Url is not { } url || url.AbsolutePath.Length > 1 || !string.IsNullOrEmpty(url.Query)
            || url.IdnHost.Split('.')[0] is "www" or "m" or "amp" or "mobile" || IsHome(items[i].Name.Trim(), site) || site.IsOwnName(items[i].Name.Trim())
            || IsLabel(items[i].Name.Trim()) || HomePhrases.Contains(items[i].Name.Trim().TrimEnd(':', '：', ' '))
            || (items[i].Name.Contains('.', StringComparison.Ordinal) && !items[i].Name.Trim().Contains(' ', StringComparison.Ordinal)))
        {
            // "wiadomosci.dziennik.pl": a host's name is the site's, not a section's.
            return false;
        }

        for (var j = 0; j < i; j++)
        {
            if (items[j].Url is { } home && home.AbsolutePath.Length <= 1 && !string.Equals(home.IdnHost, url.IdnHost, StringComparison.OrdinalIgnoreCase) && SameSite(home, url))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The home page or the site itself: "Home", "Startseite", "Zur Startseite", the site's name, a link to the root
    /// of this site, "Sie sind hier:", "…".
    /// </summary>
    private static bool IsRoot(SectionSegment item, SiteNames site, PageIdentity identity)
    {
        var name = item.Name.Trim();
        if (name.Trim('.', '…', ' ').Length == 0 || IsLabel(name) || HomePhrases.Contains(name.TrimEnd(':', '：', ' '))
            || (item.Url is { } url && url.AbsolutePath.Length <= 1 && string.IsNullOrEmpty(url.Query)
                && (identity.Urls.Count == 0 || identity.Urls.Any(u => SameSite(u, url)))))
        {
            return true;
        }

        return IsHome(name, site) || site.IsOwnName(name);
    }

    /// <summary>Whether a level's name, without its address, names the home page or the site itself ("Home", "Startseite", the site's name).</summary>
    internal static bool IsHomeName(string name, SiteNames site) =>
        HomePhrases.Contains(name.Trim().TrimEnd(':', '：', ' ')) || IsHome(name.Trim(), site) || site.IsOwnName(name.Trim());

    /// <summary>Whether two addresses belong to one site: the same registered domain ("lexikon.gazette.example" and "www.gazette.example").</summary>
    /// <param name="a">One address.</param>
    /// <param name="b">The other.</param>
    /// <returns>True when they share the registered domain.</returns>
    internal static bool SameSite(Uri a, Uri b) =>
        string.Equals(RegisteredDomain(a.IdnHost), RegisteredDomain(b.IdnHost), StringComparison.OrdinalIgnoreCase);

    /// <summary>The host from its registered label on ("gazette.example", "gazette.co.uk").</summary>
    private static string RegisteredDomain(string host)
    {
        var labels = host.Split('.', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('.', labels[Math.Max(0, SiteNames.RegisteredLabelIndex(labels))..]);
    }

    /// <summary>
    /// A link home: a home word alone, after words that only say where it leads ("Zur Startseite", "News Home",
    /// "Back to home"), or beside the site's name ("Harbour Gazette Home"). "Home &amp; Garden", "Home Office" and
    /// "Home News" are sections.
    /// </summary>
    private static bool IsHome(string name, SiteNames site)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var home = Array.FindIndex(words, w => HomeWords.Contains(w.Trim(',', '.', '!')));
        if (words.Length > 4 || home < 0)
        {
            return false;
        }

        var rest = words.Where((_, i) => i != home).ToArray();
        return rest.Length == 0 || (home == words.Length - 1 && words[..home].All(w => HomeLeads.Contains(w.Trim(',', '.', '!'))))
            || site.IsOwnName(string.Join(' ', rest));
    }

    /// <summary>Whether a link leads to an author's page or to the list of authors (/autoren/, /author/jane-roe/).</summary>
    private static bool IsAuthorsPage(Uri? url) => AuthorsFolderDepth(url) >= 1;

    /// <summary>Whether a link leads to an author's page (/author/jane-roe/): a line holding one is a byline, not a trail.</summary>
    private static bool IsAuthorPage(Uri? url) => AuthorsFolderDepth(url) >= 2;

    /// <summary>How many segments an address under the authors' folder has (/autoren/ 1, /author/jane-roe/ 2); 0 for any other.</summary>
    private static int AuthorsFolderDepth(Uri? url) =>
        url is { IsAbsoluteUri: true } && url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 } segments
        && segments[0].ToLowerInvariant() is "author" or "authors" or "autor" or "autoren" or "auteur" or "auteurs" or "autore" or "autori" or "autores"
            ? segments.Length
            : 0;

    /// <summary>Whether a label names the trail that follows it ("You are here:", "Sie befinden sich hier:").</summary>
    /// <param name="label">The label, with or without its colon.</param>
    /// <returns>True for a "you are here" label.</returns>
    internal static bool IsHereLabel(string label) => HomePhrases.Contains(label.Trim().TrimEnd(':', '：').Trim());

    /// <summary>The page's primary language subtag ("de" for "de-AT"), for month names and language links; null when unknown.</summary>
    /// <param name="context">The extraction context.</param>
    /// <returns>The lower-case subtag, or null.</returns>
    internal static string? Language(ExtractionContext context)
    {
        var tag = context.TryGetBest(ArticleFields.Language, out var best) ? best : context.Index.HtmlLang;
        return tag?.Split('-', '_')[0].ToLowerInvariant() is { Length: > 0 } language ? language : null;
    }

    /// <summary>
    /// Whether a trail's level is a month of a date archive: a month's name with its year ("May 2024", "mayo de 2024"),
    /// or alone beside a year or a day ("2024 › Mai › 14") or linking a dated folder (/2024/05/). A month's name
    /// elsewhere ("Sciences › Mars") is a level.
    /// </summary>
    private static bool IsMonthLevel(List<SectionSegment> items, int i, string? language)
    {
        var words = items[i].Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !MonthYearJoiners.Contains(w)).Select(w => w.Trim(',', '.')).ToArray();
        var month = Array.FindIndex(words, w => w.Length >= 3 && DateVocabulary.Month(w, language) is not null);
        if (month < 0 || words.Length > 2)
        {
            return false;
        }

        if (words.Length == 2)
        {
            return words[1 - month] is { Length: 4 } year && year.All(char.IsDigit);
        }

        static bool Digits(SectionSegment item) => item.Name.Length > 0 && item.Name.All(char.IsDigit);
        return (i > 0 && Digits(items[i - 1])) || (i + 1 < items.Count && Digits(items[i + 1]))
            || (items[i].Url is { } url && LastSegment(url) is { Length: > 0 } folder && folder.All(char.IsAsciiDigit));
    }

    /// <summary>
    /// Whether a link leads to this page in another language: its address is the page's own, under a language folder
    /// of its own (/de/a/99232 for /a/99232, /fr/ for /de/): a language switcher's link, never a trail's level.
    /// </summary>
    private static bool IsTranslation(Uri? url, PageIdentity identity)
    {
        if (url is not { IsAbsoluteUri: true } || identity.Urls.Count == 0)
        {
            return false;
        }

        var path = WithoutLanguageFolder(url.AbsolutePath);
        return identity.Urls.Any(u => SameSite(u, url) && !string.Equals(u.AbsolutePath.TrimEnd('/'), url.AbsolutePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            && path.Length > 1 && string.Equals(WithoutLanguageFolder(u.AbsolutePath), path, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An address's path without a leading language folder ("/de/", "/pt-br/") and its closing slash.</summary>
    private static string WithoutLanguageFolder(string path)
    {
        var trimmed = path.TrimEnd('/');
        var second = trimmed.Length > 1 ? trimmed.IndexOf('/', 1) : -1;
        var first = second > 0 ? trimmed[1..second] : string.Empty;
        var language = first.Length == 2 || (first.Length == 5 && first[2] is '-' or '_');
        return language && first.All(c => char.IsAsciiLetter(c) || c is '-' or '_') ? trimmed[second..] : trimmed;
    }

    /// <summary>
    /// Whether three levels or more stand side by side: no level's address holds the next one's, and none holds this
    /// page ("Sport · Weather · Business" linking /sport/, /weather/, /business/ on /a/44191): a menu, where a trail's
    /// levels nest (/culture/, /culture/books/) or lead to the page.
    /// </summary>
    private static bool IsRowOfSections(List<SectionSegment> levels, PageIdentity identity)
    {
        if (levels.Count < 3 || levels.Any(l => l.Url is not { IsAbsoluteUri: true }))
        {
            return false;
        }

        static string Folder(Uri url) => url.AbsolutePath.TrimEnd('/') + "/";
        for (var i = 0; i + 1 < levels.Count; i++)
        {
            if (Folder(levels[i + 1].Url!).StartsWith(Folder(levels[i].Url!), StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return !levels.Any(l => identity.Urls.Any(u => Folder(u).StartsWith(Folder(l.Url!), StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>"Sie sind hier:", "You are here:", "Kategorien:", "当前位置：": a label, which ends with a colon (full-width in Chinese and Japanese).</summary>
    private static bool IsLabel(string name) => name.TrimEnd().EndsWith(':') || name.TrimEnd().EndsWith('：');

    /// <summary>
    /// "← Previous", "Next post", "Email me", "Share", "Zur Hauptnavigation springen": a link beside the trail. A
    /// navigation word must be the whole item or stand with words that only complete it; a skip word counts anywhere.
    /// </summary>
    private static bool IsNavigation(string name)
    {
        var words = name.Split([' ', .. Arrows], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim(',', '.', ':', '!')).Where(w => w.Length > 0).ToArray();
        if (words.Length is 0 or > 5)
        {
            return false;
        }

        return words.Any(SkipWords.Contains)
            || (words.Any(NavigationItems.Contains) && words.All(w => NavigationItems.Contains(w) || NavigationCompanions.Contains(w)));
    }

    /// <summary>"01.05.2017", "Jul 19, 2013", "10:08 am": a date or a time, not a section.</summary>
    private static bool IsDate(string name)
    {
        if (!name.Any(char.IsDigit))
        {
            return false;
        }

        if (name.Contains(':', StringComparison.Ordinal) && name.Count(char.IsDigit) is >= 3 and <= 4 && name.Length <= 16)
        {
            return true;
        }

        return DateTextParser.Parse(name, DateTextSettings.Neutral, ArticleSources.DomDate) is not null;
    }

    /// <summary>
    /// Whether a trail's leaf is the page itself: it links to the page, or it is a generic "Detail"; or it repeats the
    /// headline or the page's title. A leaf that links elsewhere must repeat a title whole or cut short ("…"); one
    /// without its own address may also be the title's opening words ("Title | Site").
    /// </summary>
    private static bool IsThisPage(SectionSegment leaf, PageIdentity identity, string? headline)
    {
        if (leaf.Url is { IsAbsoluteUri: true } url && identity.Urls.Contains(UrlNormalizer.Normalize(url)))
        {
            return true;
        }

        var name = leaf.Name.Trim();
        if (PageTypeWords.Contains(name))
        {
            return true;
        }

        var truncated = name.EndsWith("...", StringComparison.Ordinal) || name.EndsWith('…');
        var folded = SiteNames.Fold(name);
        if (folded.Length < 3)
        {
            return false;
        }

        var linksElsewhere = leaf.Url is not null && identity.Urls.Count > 0;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        foreach (var title in headline is null ? identity.Titles : identity.Titles.Prepend(SiteNames.Fold(headline)))
        {
            if (title == folded || (truncated && title.StartsWith(folded, StringComparison.Ordinal)))
            {
                return true;
            }

            // The title's opening words, followed by the site's name or a subtitle, or a long leaf inside the title.
            if (!linksElsewhere && ((title.StartsWith(folded, StringComparison.Ordinal) && (words >= 3 || folded.Length * 2 >= title.Length))
                || (words >= 4 && title.Contains(folded, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static PageIdentity BuildIdentity(ExtractionContext context)
    {
        var index = context.Index;
        var urls = new List<Uri>();
        void AddUrl(Uri? url)
        {
            if (url is { IsAbsoluteUri: true })
            {
                urls.Add(UrlNormalizer.Normalize(url));
            }
        }

        AddUrl(context.PageUrl);
        foreach (var canonical in index.LinksWithRel("canonical"))
        {
            AddUrl(context.ResolveUrl(canonical.Href));
        }

        AddUrl(context.ResolveUrl(index.MetaContent("og:url")));

        var titles = new List<string>();
        foreach (var text in (string?[])[index.Title, index.MetaContent("og:title"), index.MetaContent("twitter:title")])
        {
            if (text is not null && SiteNames.Fold(text) is { Length: >= 3 } folded && !titles.Contains(folded))
            {
                titles.Add(folded);
            }
        }

        return new PageIdentity(urls, titles);
    }
}
