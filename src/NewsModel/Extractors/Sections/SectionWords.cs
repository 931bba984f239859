using NewsModel.Internal;

namespace NewsModel.Extractors.Sections;

/// <summary>
/// Values that sites give for a section without naming one: a content management system's post type ("post",
/// "articles"), its stream or front-page label ("Front Page"), its catch-all category ("All", "Uncategorized",
/// "Allgemein"); and values that name a section too broad to prefer over a more specific one ("News", "International").
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class SectionWords
{
    // Post types, streams and catch-alls, in several languages: never a section.
    private static readonly HashSet<string> NotSections = new(StringComparer.OrdinalIgnoreCase)
    {
        // A content type or a page type.
        "post", "posts", "page", "pages", "article", "articles", "story", "entry", "entries", "item", "items", "node",
        "blogpost", "blogposts", "blog post", "blog posts", "newsarticle", "news article", "default", "standard", "none", "null", "undefined", "n/a", "artikel", "beitrag",
        "beiträge", "artículo", "artículos", "articolo", "articoli", "artigo", "artigos", "wpis", "статья",

        // The front page and the home page.
        "front page", "frontpage", "front", "homepage", "home page", "startseite", "titelseite", "accueil", "une", "à la une", "portada",
        "inicio", "prima pagina", "voorpagina", "strona główna", "главная",

        // A promotion: the stories the site puts forward, from any section ("Featured", "Destacados", "Manşet", "Главное").
        "featured", "featured posts", "featured stories", "featured news", "destacados", "destacado", "destaque", "destaques", "in evidenza",
        "manşet", "manset", "главное", "top stories", "top story", "top news", "highlights", "headlines", "editor's picks", "editors' picks",
        "editors picks", "top-themen", "schlagzeilen", "aufmacher", "spotlight", "sticky", "slider",

        // The catch-all: everything, or nothing in particular (a blog's default category).
        "all", "alle", "alles", "tous", "tout", "todos", "todas", "tutti", "tutte", "wszystkie", "все", "uncategorized", "uncategorised",
        "unkategorisiert", "nicht kategorisiert", "ohne kategorie", "allgemein", "non classé", "non classe", "sin categoría",
        "sin categoria", "senza categoria", "sem categoria", "geen categorie", "ongecategoriseerd", "bez kategorii", "без рубрики",
        "без категории", "okategoriserade", "ikke kategoriseret", "ukategorisert", "luokittelematon", "nezařazené", "kategorisiz",
        "egyéb", "misc", "miscellaneous", "sonstiges",
    };

    // "All", opening a name made of a post type or a stream ("All posts", "Alle Beiträge").
    private static readonly HashSet<string> AllWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "all", "alle", "tous", "toutes", "todos", "todas", "tutti", "tutte", "wszystkie", "все",
    };

    // "More", opening a link to more of a section ("More from Sport").
    private static readonly HashSet<string> MoreWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "more", "mehr", "weitere", "plus", "más", "mais", "altri", "altre", "więcej", "ещё", "еще", "see", "view", "read",
    };

    // A stream of everything a news site publishes, or the edition it is read in: a section, but one that yields to a
    // more specific one when another source names it.
    private static readonly HashSet<string> GenericSections = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "latest", "latest news", "top news", "top stories", "headlines", "breaking news", "nachrichten", "aktuelles", "aktuell", "news aktuell",
        "noticias", "notícias", "actualité", "actualités", "actualidad", "actualidades", "notizie", "attualità", "nieuws", "wiadomości",
        "aktualności", "новости", "haberler", "haber", "international", "intl", "global", "world edition", "blog", "blogs",
        "أخبار", "اخبار", "الأخبار", "الاخبار", "آخر الأخبار", "آخر الاخبار", "خبر", "آخرین اخبار", "новини", "останні новини",
        "последние новости", "son dakika", "últimas noticias", "últimas notícias", "ultime notizie", "dernières nouvelles", "infos",
        "najnowsze", "neueste nachrichten",
    };

    // The first segment of a tag page's address (/tag/ukraine, /schlagwort/hafen): a keyword, not a section.
    private static readonly HashSet<string> TagFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "tag", "tags", "schlagwort", "schlagworte", "schlagwoerter", "schlagwörter", "stichwort", "stichworte", "etiqueta", "etiquetas", "keyword",
        "keywords", "mot-cle", "mots-cles", "parola-chiave", "tagi", "теги", "тег", "etiket",
    };

    // A topic page's folder (/topic/marijuana, /personalities/jane-roe): a keyword as well, unless the page labels it
    // as the article's topic.
    private static readonly HashSet<string> TopicFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "topic", "topics", "personalities", "personnalites",
    };

    // A folder of people's pages (/category/person/jane-roe): a keyword only with a person's page under it; alone
    // (/unterhaltung/people/) it is a section of many sites.
    private static readonly HashSet<string> PersonFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "person", "persons", "people", "personen", "personas",
    };

    /// <summary>Whether an address is a tag page's (/tag/ukraine, /tags/, /schlagwort/hafen, ?tag=ukraine).</summary>
    /// <param name="url">The address.</param>
    /// <param name="topics">Whether a topic or person page (/topic/marijuana, /category/person/jane-roe) counts as one.</param>
    /// <returns>True when it lists articles by keyword.</returns>
    public static bool IsTagPage(Uri url, bool topics)
    {
        if (!url.IsAbsoluteUri)
        {
            return false;
        }

        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (TagFolders.Contains(segment) || (topics && (TopicFolders.Contains(segment) || (i < segments.Length - 1 && PersonFolders.Contains(segment)))))
            {
                return true;
            }
        }

        return url.Query.Contains("tag=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether a declared or printed name is not a section at all ("post", "Front Page", "All", "Uncategorized").</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when it names none.</returns>
    public static bool IsNotSection(string name)
    {
        var trimmed = TextNormalizer.Collapse(name).Trim(' ', '.', ':', '-', '|', '·');
        if (NotSections.Contains(trimmed))
        {
            return true;
        }

        // "All posts", "Alle Blogposts", "Toutes les actualités": everything the site publishes.
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && AllWords.Contains(trimmed[..space]))
        {
            var rest = trimmed[(space + 1)..];
            rest = rest.StartsWith("les ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("los ", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("las ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? rest[4..] : rest;
            return NotSections.Contains(rest) || GenericSections.Contains(rest);
        }

        return false;
    }

    /// <summary>Whether a link's text leads to more of something ("All shops in Corsets", "More from Sport", "Mehr aus Sport").</summary>
    /// <param name="name">The link's text.</param>
    /// <returns>True when its first word is "all" or "more".</returns>
    public static bool IsMoreLink(string name)
    {
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && (AllWords.Contains(name[..space]) || MoreWords.Contains(name[..space]));
    }

    /// <summary>Whether a name is a section too broad to win over a more specific one ("News", "International").</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when it is generic.</returns>
    public static bool IsGeneric(string name) => GenericSections.Contains(TextNormalizer.Collapse(name).Trim(' ', '.', ':', '-', '|', '·'));

    /// <summary>
    /// A name written twice around a separator ("News - News", "Sport | Sport") once; any other value unchanged.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <returns>The name without its repetition.</returns>
    public static string Undouble(string name)
    {
        foreach (var separator in (string[])[" - ", " – ", " | ", " / ", " › ", " > ", ", "])
        {
            var at = name.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                var parts = name.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length >= 2 && parts.All(p => string.Equals(p, parts[0], StringComparison.OrdinalIgnoreCase)))
                {
                    return parts[0];
                }
            }
        }

        return name;
    }
}
