using NewsModel.Extractors.Dates;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Sections;

/// <summary>
/// Turns a breadcrumb trail, printed or declared in JSON-LD, into a section path: the trail's root (the home page,
/// the site's own name, a "You are here:" label, an ellipsis) and its leaf when the leaf is this very page (its
/// address, its headline or its title, perhaps cut short with "…") are not sections; neither are the previous/next
/// links, "skip to content" links or share buttons that themes mark up with breadcrumb classes, nor a date printed
/// at the end of a trail.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SectionTrail
{
    private static readonly HashSet<string> HomeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "home", "homepage", "start", "startseite", "accueil", "inicio", "portada", "início", "главная", "головна", "anasayfa", "الرئيسية",
        "خانه", "forside", "etusivu", "hem", "voorpagina", "index", "frontpage",
    };

    private static readonly HashSet<string> HomePhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "home page", "ana sayfa", "صفحه اصلی", "strona główna", "strona glowna", "front page", "page d'accueil", "pagina principale", "página inicial",
        "you are here", "sie sind hier", "sie befinden sich hier", "vous êtes ici", "usted está aquí", "está aquí", "estás aquí", "ti trovi qui",
        "você está aqui", "jesteś tutaj", "jesteś tu", "вы здесь", "ви тут", "buradasınız",
    };

    // What a trail calls the page itself when it does not repeat its title.
    private static readonly HashSet<string> DetailWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "detail", "details", "detailansicht", "detalle", "détail", "dettaglio", "szczegóły", "article", "artikel", "beitrag", "story", "artículo",
        "articolo", "artigo", "artykuł",
    };

    // Words of the links themes print beside a trail: paging through posts, skipping to content, sharing.
    private static readonly HashSet<string> NavigationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "previous", "next", "back", "prev", "older", "newer", "skip", "vorherige", "vorheriges", "vorheriger", "nächste", "nächstes", "nächster",
        "zurück", "weiter", "précédent", "précédente", "suivant", "suivante", "retour", "anterior", "siguiente", "volver", "próximo", "precedente",
        "successivo", "indietro", "poprzedni", "następny", "wstecz", "назад", "далее", "share", "teilen", "tweet", "tweeten", "mailen", "drucken",
        "print", "partager", "compartir", "springen", "jump", "saltar", "navigation", "facebook", "twitter", "email", "e-mail", "whatsapp", "linkedin",
        "pinterest", "telegram", "xing",
    };

    /// <summary>The page's own addresses and titles, which a trail's leaf repeats.</summary>
    /// <param name="Urls">The page's address, its canonical and <c>og:url</c> addresses, normalized.</param>
    /// <param name="Titles">The headline, <c>&lt;title&gt;</c>, <c>og:title</c> and the first h1, folded.</param>
    internal sealed record PageIdentity(IReadOnlyList<Uri> Urls, IReadOnlyList<string> Titles);

    /// <summary>The identity of the page being parsed, built once per page from the document index.</summary>
    /// <param name="context">The extraction context.</param>
    /// <returns>The page's addresses and titles.</returns>
    public static PageIdentity Identity(ExtractionContext context) => context.GetShared(BuildIdentity);

    /// <summary>Cleans a trail; null when nothing in it is a section.</summary>
    /// <param name="context">The extraction context.</param>
    /// <param name="trail">The trail's items, root first.</param>
    /// <param name="headline">The headline chosen so far, when known.</param>
    /// <param name="strict">
    /// True for a line of links found without breadcrumb markup: a date, a label or a navigation link in it means it is
    /// a post's meta line or a menu rather than a trail, and the whole line is rejected.
    /// </param>
    /// <returns>The section path, or null.</returns>
    public static Section? Clean(ExtractionContext context, IReadOnlyList<SectionSegment> trail, string? headline, bool strict)
    {
        var items = new List<SectionSegment>(trail.Count);
        foreach (var item in trail)
        {
            var name = item.Name;
            if (IsNavigation(name) || name.Contains('@', StringComparison.Ordinal) || (strict && (IsLabel(name) || IsDate(name))))
            {
                if (strict)
                {
                    return null;
                }

                continue;
            }

            items.Add(item);
        }

        // A date closing a marked trail ("Culture › 01.05.2017") is the article's, not a section.
        while (items.Count > 0 && IsDate(items[^1].Name))
        {
            items.RemoveAt(items.Count - 1);
        }

        // Two trails printed one after the other (one for small screens): the last one, from its home link, counts.
        var site = SiteNames.Get(context);
        var start = items.FindLastIndex(i => IsHome(i.Name, site)) + 1;
        while (start < items.Count && IsRoot(items[start], site))
        {
            start++;
        }

        var identity = Identity(context);
        var end = items.Count;
        if (end > start && IsThisPage(items[end - 1], identity, headline))
        {
            end--;
        }

        return end > start ? new Section { Segments = items[start..end] } : null;
    }

    /// <summary>
    /// The home page or the site itself: "Home", "Startseite", "DSV Home", "Zur Startseite", the site's name, a link to
    /// the site's root, "Sie sind hier:", "…".
    /// </summary>
    private static bool IsRoot(SectionSegment item, SiteNames site)
    {
        var name = item.Name.Trim();
        if (name.Trim('.', '…', ' ').Length == 0 || IsLabel(name) || HomePhrases.Contains(name.TrimEnd(':', ' '))
            || (item.Url is { } url && url.AbsolutePath.Length <= 1 && string.IsNullOrEmpty(url.Query)))
        {
            return true;
        }

        return IsHome(name, site) || site.IsName(name);
    }

    /// <summary>
    /// A link home: a home word alone, or with words that only say where it leads ("Zur Startseite", "News Home",
    /// "Back to home") or name the site ("DSV Home"). "Home &amp; Garden" and "Home Office" are sections.
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
        return rest.All(w => HomeCompanions.Contains(w.Trim(',', '.', '!'))) || site.IsName(string.Join(' ', rest));
    }

    // Words printed beside a home word on a link home.
    private static readonly HashSet<string> HomeCompanions = new(StringComparer.OrdinalIgnoreCase)
    {
        "zur", "zum", "back", "to", "go", "the", "main", "news", "site", "retour", "à", "l'", "la", "volver", "a", "torna", "alla", "zurück",
    };

    /// <summary>"Sie sind hier:", "You are here:", "Kategorien:": a label, which ends with a colon.</summary>
    private static bool IsLabel(string name) => name.TrimEnd().EndsWith(':');

    private static bool IsNavigation(string name)
    {
        var words = name.Split([' ', '←', '→', '«', '»', '‹', '›', '<', '>'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 4 && words.Any(w => NavigationWords.Contains(w.Trim(',', '.', ':')));
    }

    /// <summary>"01.05.2017", "Jul 19, 2013", "10:08 am": a date or a time, not a section.</summary>
    private static bool IsDate(string name)
    {
        if (!name.Any(char.IsAsciiDigit))
        {
            return false;
        }

        if (name.Contains(':', StringComparison.Ordinal) && name.Count(char.IsAsciiDigit) is >= 3 and <= 4 && name.Length <= 16)
        {
            return true;
        }

        return DateTextParser.Parse(name, DateTextSettings.Neutral, ArticleSources.DomDate) is not null;
    }

    private static bool IsThisPage(SectionSegment leaf, PageIdentity identity, string? headline)
    {
        if (leaf.Url is { IsAbsoluteUri: true } url && identity.Urls.Contains(UrlNormalizer.Normalize(url)))
        {
            return true;
        }

        var name = leaf.Name.Trim();
        if (DetailWords.Contains(name))
        {
            return true;
        }

        var truncated = name.EndsWith("...", StringComparison.Ordinal) || name.EndsWith('…');
        var folded = SiteNames.Fold(name);
        if (folded.Length < 3)
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        foreach (var title in headline is null ? identity.Titles : identity.Titles.Prepend(SiteNames.Fold(headline)))
        {
            // The title as a whole, or its start ("Title | Site"), or, for a long leaf or one cut short, its opening words.
            if (title == folded || (title.StartsWith(folded, StringComparison.Ordinal) && (truncated || words >= 3 || folded.Length * 2 >= title.Length))
                || (words >= 4 && title.Contains(folded, StringComparison.Ordinal)))
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
        foreach (var text in (string?[])[index.Title, index.MetaContent("og:title"), index.MetaContent("twitter:title"), index.H1s.Count > 0 ? index.H1s[0].TextContent : null])
        {
            if (text is not null && SiteNames.Fold(text) is { Length: >= 3 } folded && !titles.Contains(folded))
            {
                titles.Add(folded);
            }
        }

        return new PageIdentity(urls, titles);
    }
}
