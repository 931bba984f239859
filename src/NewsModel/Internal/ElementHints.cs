using AngleSharp.Dom;

namespace NewsModel.Internal;

/// <summary>What an element's class, id and attributes suggest it holds.</summary>
[Flags]
internal enum ElementHint
{
    None = 0,
    Byline = 1,
    Date = 2,
    Modified = 4,
    Breadcrumb = 8,
    Credits = 16,

    /// <summary>An author's biography ("author-bio"), which is no byline.</summary>
    Biography = 32,
}

/// <summary>
/// Reads class names, ids and ARIA labels as hints ("byline", "publish-date", "breadcrumb"). Whether an element sits
/// in page furniture is <see cref="PageRegions"/>' business.
/// </summary>
internal static class ElementHints
{
    private static readonly string[] BylineKeys = ["byline", "author", "writer", "writter", "autor", "auteur", "firma", "reporter", "contributor", "journalist", "creator", "verfasser", "poster", "podpis", "muhabir", "yazar", "field-signature"];

    // "publication" alone is left out: it names a document (a link to a press release, a journal) more often than
    // a date; "publication-date" still counts through the suffix.
    private static readonly string[] DateTokens =
    [
        "date", "dates", "datetime", "time", "timestamp", "published", "publish", "pubdate", "posted", "postdate", "submitted", "dateline", "datum", "fecha",
        "data", "created", "publishdate", "publishedat", "publishedon", "pubtime",
    ];

    private static readonly string[] DateSuffixes = ["date", "datum", "fecha", "timestamp", "pubtime"];

    private static readonly string[] DateDeny = ["validate", "candidate", "mandate", "update", "runtime", "lifetime", "readtime", "uptime"];

    private static readonly string[] ModifiedKeys = ["update", "modified", "aktualisiert", "edited", "revised", "lastmod"];

    // The writer of a comment, a review or a reply is not the article's author; nor is a picture's licensor ("license-author").
    private static readonly string[] NotBylineKeys = ["author-bio", "authorize", "comment", "review", "rev__", "reply", "license", "licence"];

    private const int MaxRoleIdLength = 40;

    // An author's biography under the article ("author-bio", "author__bio", "authorBio").
    private static readonly string[] BiographyKeys = ["author-bio", "author_bio", "authorbio", "author__bio", "author-description", "author__description"];

    private static readonly string[] BreadcrumbKeys = ["breadcrumb", "crumb", "brotkrume", "ariane", "kruimel", "brodsmul", "brødkrumme", "migas-de-pan", "migasdepan", "topicpath", "topic-path", "pankuzu"];

    // What an ARIA label calls a trail in the languages sites are written in ("Kruimelpad", "Sie sind hier", "Migas de pan",
    // "Хлебные крошки", "パンくずリスト"): the reader's words, not a class name, so whole phrases.
    private static readonly string[] BreadcrumbLabels =
    [
        "sie sind hier", "navigationspfad", "vous êtes ici", "migas de pan", "miga de pan", "usted está aquí", "estás en", "ruta de navegación",
        "percorso di navigazione", "sei qui", "briciole di pane", "você está aqui", "trilha de navegação", "navegação estrutural", "broodkruimel",
        "u bent hier", "ścieżka nawigacji", "ścieżka okruszków", "jesteś tutaj", "хлебные крошки", "навигационная цепочка", "вы здесь",
        "хлібні крихти", "навігаційний ланцюжок", "ви тут", "ви знаходитесь", "buradasınız", "içerik yolu", "drobečková navigace", "du är här",
        "du er her", "brødkrummesti", "olet tässä", "ψίχουλα", "είστε εδώ", "パンくず", "현재 위치", "مسار التنقل", "أنت هنا", "مسیر راهنما", "شما اینجا هستید",
        "you are here", "navigation path",
    ];

    // A magazine's list of who did what ("Text" Jane Roe, "Photos" John Doe); "credit" alone is a picture's.
    private static readonly string[] CreditsKeys = ["credits", "mitwirkende"];

    /// <summary>Classifies an element. Runs for every element of every page, so it allocates nothing.</summary>
    /// <summary>Classifies an element from its attributes, already read; class lists are looked up in, and added to, <paramref name="classCache"/>.</summary>
    public static ElementHint Classify(in ElementAttributes attributes, Dictionary<string, ElementHint> classCache)
    {
        var hint = ElementHint.None;
        if (attributes.Class is { Length: > 0 } className)
        {
            if (!classCache.TryGetValue(className, out var classHint))
            {
                classCache[className] = classHint = ClassifyName(className);
            }

            hint |= classHint;
        }

        if (attributes.ItemProp is { } itemprop && itemprop.Contains("author", StringComparison.OrdinalIgnoreCase))
        {
            hint |= ElementHint.Byline;
        }

        // A long id is an anchor made from the element's own text ("#schwerpunkt-journalistenzentrum-herne"), not a role.
        var idHint = ClassifyName(attributes.Id);
        hint |= attributes.Id is { Length: > MaxRoleIdLength } ? idHint & ~ElementHint.Byline : idHint;

        // A trail marked up as a schema.org BreadcrumbList, in microdata (itemtype) or RDFa (typeof), whatever its class.
        if ((attributes.AriaLabel is { } label && (ContainsAny(label, BreadcrumbKeys) || ContainsAny(label, BreadcrumbLabels)))
            || (attributes.ItemType is { } itemtype && itemtype.Contains("BreadcrumbList", StringComparison.OrdinalIgnoreCase))
            || (attributes.TypeOf is { } rdfaType && rdfaType.Contains("BreadcrumbList", StringComparison.OrdinalIgnoreCase)))
        {
            hint |= ElementHint.Breadcrumb;
        }

        return hint;
    }

    /// <summary>Reads one class list or id.</summary>
    private static ElementHint ClassifyName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return ElementHint.None;
        }

        var hint = ElementHint.None;
        if (ContainsAny(name, BylineKeys) && !ContainsAny(name, NotBylineKeys))
        {
            hint |= ElementHint.Byline;
        }

        if (ContainsAny(name, ModifiedKeys))
        {
            hint |= ElementHint.Modified;
        }

        if (ContainsAny(name, BreadcrumbKeys))
        {
            hint |= ElementHint.Breadcrumb;
        }

        if (ContainsAny(name, CreditsKeys))
        {
            hint |= ElementHint.Credits;
        }

        if (ContainsAny(name, BiographyKeys))
        {
            hint |= ElementHint.Biography;
        }

        // Date words are matched as whole words ("publish-date", "entryDate"), so that "validate" or "candidate" do not count.
        var span = name.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var letter = i < span.Length && char.IsAsciiLetter(span[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                if (IsDateWord(span[start..i]))
                {
                    return hint | ElementHint.Date;
                }

                start = -1;
            }
        }

        return hint;
    }

    private static bool IsDateWord(ReadOnlySpan<char> word)
    {
        foreach (var deny in DateDeny)
        {
            if (word.Equals(deny, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        foreach (var token in DateTokens)
        {
            if (word.Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var suffix in DateSuffixes)
        {
            if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, string[] keys)
    {
        foreach (var key in keys)
        {
            if (text.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
