using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Sections;

/// <summary>
/// Reads the category the page prints beside its headline: a kicker linking to the section's page just above the
/// headline ("<a href="/c/science">Science</a>"), a category link in the post's meta lines ("Filed under: Science",
/// "Topic: Hardware", a theme's category list), a WordPress <c>rel="category"</c> link, or else the category a WordPress
/// menu marks as the post's (<c>current-post-parent</c>). Weak beside markup (it ranks below every declared name) but
/// stronger than the address. Tags (<c>rel="tag"</c>, /tag/ pages) are not sections.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class CategoryLinkExtractor : IArticleExtractor
{
    /// <summary>How many elements above the headline a kicker may sit (a short list of category links counted whole).</summary>
    private const int KickerReach = 12;

    /// <summary>How many elements below the headline the post's meta lines may take.</summary>
    private const int MetaReach = 60;

    /// <summary>How many links a kicker's group may hold: more is a menu.</summary>
    private const int MaxGroupLinks = 6;

    /// <summary>How far below the headline, in elements, the byline and date elements holding a "Topic:" link may sit.</summary>
    private const int BylineReach = 300;

    /// <summary>How many ancestors of a link are read for a menu around it.</summary>
    private const int MenuReach = 8;

    private const int MaxNameLength = 40;
    private const int MaxNameWords = 5;

    /// <summary>How many ancestors of a link are read for a category class or a preceding label.</summary>
    private const int AncestorReach = 3;

    // A folder of the address that holds section pages (/category/local-news/, /c/apple, /rubrik/sport).
    private static readonly HashSet<string> CategoryFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "category", "categories", "cat", "c", "section", "sections", "kategorie", "kategorien", "rubrik", "rubriken", "ressort", "ressorts",
        "categoria", "categorias", "categorie", "rubrique", "rubriques", "seccion", "secciones", "sezione", "sezioni", "kategoria", "kategorii",
        "rubrika", "rubriki", "kategori", "channel", "channels",
    };

    // Words in a class or id that mark a category label: "td-category", "entry-categories", "article__category",
    // "ArticleHeader_channel", "kicker", "rubric", "cat-links"; a section's own name or link ("section-name", "section__link",
    // "header-editoria", "sezione"), not "section" alone, which names a page's blocks.
    private static readonly string[] CategoryClassKeys =
    [
        "categor", "kicker", "channel", "rubri", "ressort", "eyebrow", "overline", "cat-links", "section-name", "section__name", "sectionname",
        "section-link", "section__link", "section-tag", "section-label", "section__label", "editoria", "seccion", "sección", "sezione",
    ];

    // Blocks whose "__section" element names the article's section ("post-label__section", "article-meta__section").
    private static readonly string[] SectionLabelBlocks = ["label", "meta", "kicker"];

    // A container of a site's menu.
    private static readonly string[] MenuKeys = ["menu", "nav"];

    // A container of the byline.
    private static readonly string[] BylineKeys = ["author", "byline"];

    // A label printed before the category ("Filed under:", "Kategorie:"); it must end with a colon.
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "category", "categories", "section", "topic", "filed under", "posted in", "published in", "kategorie", "kategorien", "rubrik", "ressort",
        "abgelegt unter", "veröffentlicht in", "catégorie", "catégories", "rubrique", "publié dans", "classé dans", "categoría", "categorías",
        "sección", "publicado en", "categoria", "categorie", "sezione", "pubblicato in", "kategoria", "dział", "opublikowano w", "рубрика",
        "категория", "раздел", "kategori", "categorie", "rubriek", "розділ", "категорія", "سرویس", "گروه", "دسته‌بندی", "دسته بندی",
        "دسته", "القسم", "قسم", "التصنيف", "الفئة",
    };

    // A label that needs no colon ("Posted in Politics").
    private static readonly HashSet<string> LabelPhrases = new(StringComparer.OrdinalIgnoreCase)
    {
        "filed under", "posted in", "published in", "abgelegt unter", "veröffentlicht in", "publié dans", "classé dans", "publicado en",
        "pubblicato in", "opublikowano w",
    };

    private static readonly char[] LabelTrim = [' ', ':', '|', '·', '•', '/', '-', '–', '—', ',', '\u00a0'];

    /// <inheritdoc />
    public string Name => "category-link";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var layout = PageLayout.Of(context);
        var headline = layout.Headline;
        if (headline is not null && (KickerInHeadline(context, headline) ?? Kicker(context, layout, headline) ?? MetaLine(context, layout, headline)) is { } printed)
        {
            var found = InMenuCase(context, printed);
            if (UnderMarkedMenu(context, headline, found) is { } path)
            {
                context.Propose(ArticleFields.Section, path, ArticleSources.DomCategory);
                return;
            }

            if (found.Url is not null && WithLinkedParents(context, headline, [found]) is { Count: > 1 } levels)
            {
                context.Propose(ArticleFields.Section, new Section { Segments = levels }, ArticleSources.DomCategory);
                return;
            }

            Propose(context, found);
            return;
        }

        // WordPress prints the post's categories as rel="category tag" links, often in an entry footer far below the headline.
        foreach (var anchor in context.Index.Anchors)
        {
            if (anchor.Element.GetAttribute("rel") is { } rel && DocumentIndex.HasToken(rel, "category")
                && (headline is null || (headline.CompareDocumentPosition(anchor.Element).HasFlag(DocumentPositions.Following) && ArticleHeader.Of(context).InOwnEntry(anchor.Element)))
                && Read(context, anchor.Element, headline, Position.Meta) is { } category)
            {
                Propose(context, Listed(context, anchor.Element, headline, category));
                return;
            }
        }

        if (MenuCategory(context, out var wordPress) is { } filed)
        {
            context.Propose(ArticleFields.Section, filed, ArticleSources.DomCategory);
        }
        else if (headline is not null && !wordPress && context.GetCandidates(ArticleFields.Section).Count == 0 && MarkedMenu(context, headline) is { } marked)
        {
            context.Propose(ArticleFields.Section, marked, ArticleSources.DomCategory);
        }
    }

    /// <summary>
    /// Where nothing else names a section (no markup, trail or printed category): the item a menu above the headline marks
    /// as the current one (<c>aria-current</c>, or a class "active", "is-active", "current", "selected" on the link or its
    /// item), with the marked items it is nested in as the levels above ("Sport › Calcio"). The item must link a section
    /// page of this site (not the home page, the article or a language's edition) from a menu of three links or more;
    /// null when no item is marked, items on different branches are, or the page's own link is marked too, or a WordPress
    /// menu's item is (WordPress marks a post's categories itself, <see cref="MenuCategory"/>; other marks there are static).
    /// </summary>
    private static Section? MarkedMenu(ExtractionContext context, IElement headline)
    {
        List<List<SectionSegment>>? chains = null;
        List<SectionSegment>? subItems = null;
        List<SectionSegment>? genericItems = null;
        foreach (var anchor in context.Index.Anchors)
        {
            var link = anchor.Element;
            if (!IsCurrentLink(link) || link.HasAttribute("hreflang") || link.HasAttribute("lang")
                || !headline.CompareDocumentPosition(link).HasFlag(DocumentPositions.Preceding))
            {
                continue;
            }

            // A sub-menu of fewer links ("Kraj · Świat · Region" below the main menu): its marked item counts only below
            // a marked item of the main menu (below).
            var menuLinks = SiteMenuLinks(link, headline);
            if (menuLinks < MinMainMenuLinks)
            {
                if (menuLinks >= MinSubMenuLinks && MarkedSegment(context, link) is { Url: { } subUrl } sub && IsSectionAddress(subUrl))
                {
                    (subItems ??= []).Add(sub);
                }

                continue;
            }

            // A WordPress menu marks a post's categories itself (MenuCategory): another mark on its items is static.
            if (link.ParentElement is { LocalName: "li" } wpItem && wpItem.GetAttribute("class") is { } wpClasses
                && (wpClasses.Contains("menu-item-type-", StringComparison.Ordinal) || wpClasses.Contains("current-menu-", StringComparison.Ordinal)
                    || wpClasses.Contains("current_page_", StringComparison.Ordinal)))
            {
                return null;
            }

            // The page's own link marked current (a page of the menu, a language switcher's item): the other marks are the
            // theme's decoration, not this page's section.
            if (context.ResolveUrl(link.GetAttribute("href")) is { } target && SectionTrail.Identity(context).Urls.Contains(UrlNormalizer.Normalize(target)))
            {
                return null;
            }

            if (MarkedSegment(context, link) is not { } leaf || leaf.Url is not { } leafUrl || !IsSectionAddress(leafUrl) || ServiceWords.Contains(leaf.Name))
            {
                continue;
            }

            // "News" marked alone names no section; above a sub-menu's marked item it is the first level ("Wiadomości › Kraj").
            if (SectionWords.IsGeneric(leaf.Name))
            {
                (genericItems ??= []).Add(leaf);
                continue;
            }

            var segments = new List<SectionSegment> { leaf };
            var item = link.ParentElement is { LocalName: "li" } own ? own : null;
            for (var up = (item ?? link).ParentElement; up is not null && up.LocalName is not ("body" or "html" or "nav" or "header"); up = up.ParentElement)
            {
                if (up.LocalName == "li" && FirstLink(up) is { } parent && parent != link && IsCurrentLink(parent) && MarkedSegment(context, parent) is { } level)
                {
                    segments.Insert(0, level);
                }
            }

            (chains ??= []).Add(segments);
        }

        foreach (var sub in subItems ?? [])
        {
            if (chains?.Find(chain => IsBelow(sub.Url!, chain[^1].Url!)) is { } above)
            {
                chains.Add([.. above, sub]);
            }
            else if (genericItems?.Find(item => IsBelow(sub.Url!, item.Url!)) is { } news)
            {
                (chains ??= []).Add([news, sub]);
            }
        }

        return chains is null ? null : OneBranch(chains) is { } branch ? new Section { Segments = WithLinkedParents(context, headline, [.. branch.Segments]) } : null;
    }

    /// <summary>How many levels above a printed or marked one its page's parent folders may add.</summary>
    private const int MaxLinkedParents = 2;

    /// <summary>
    /// A path with the levels above its first added, where its page's parent folder is a page a link before the headline
    /// names: "국회·정당" marked in a section's sub-menu and linking /politics/assembly, under the menu's "정치" linking
    /// /politics, is 정치 › 국회·정당. Up to <see cref="MaxLinkedParents"/> levels; the path as given where no link names
    /// the folder (a folder the site has no page for, "/news/" of /news/sport/, adds nothing). A name in capitals is spelled
    /// as another link to its page spells it (<see cref="InMenuCase"/>).
    /// </summary>
    private static List<SectionSegment> WithLinkedParents(ExtractionContext context, IElement headline, List<SectionSegment> path)
    {
        for (var added = 0; added < MaxLinkedParents && ParentFolder(path[0].Url) is { } parent; added++)
        {
            SectionSegment? above = null;
            var logo = false;
            foreach (var anchor in context.Index.Anchors)
            {
                if (!headline.CompareDocumentPosition(anchor.Element).HasFlag(DocumentPositions.Preceding))
                {
                    break;
                }

                if (anchor.Href.Length > 1 && anchor.Href[0] != '#' && context.ResolveUrl(anchor.Href) is { } target
                    && string.Equals(target.Host, parent.Host, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(target.AbsolutePath.TrimEnd('/'), parent.AbsolutePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
                {
                    // The site's logo links an edition's home (/america/ of /america/mundo/): no section.
                    logo |= IsLogoLink(anchor.Element);
                    if (above is null && MenuSegment(context, anchor.Element) is { } named && !SectionWords.IsGeneric(named.Name)
                        && !path.Exists(level => string.Equals(level.Name, named.Name, StringComparison.OrdinalIgnoreCase)))
                    {
                        above = named;
                    }
                }
            }

            if (above is null || logo)
            {
                break;
            }

            path.Insert(0, InMenuCase(context, above));
        }

        return path;
    }

    /// <summary>Whether a link is the site's logo: it shows an image, or its class or label names a logo.</summary>
    private static bool IsLogoLink(IElement link) =>
        link.QuerySelector("img, svg, picture") is not null
        || (link.GetAttribute("class") ?? string.Empty).Contains("logo", StringComparison.OrdinalIgnoreCase)
        || (link.GetAttribute("aria-label") ?? string.Empty).Contains("logo", StringComparison.OrdinalIgnoreCase);

    /// <summary>The page one folder above a section's page (/politics for /politics/assembly/), or null at the first level.</summary>
    private static Uri? ParentFolder(Uri? url)
    {
        if (url is null)
        {
            return null;
        }

        var path = url.AbsolutePath.TrimEnd('/');
        var slash = path.LastIndexOf('/');
        return slash <= 0 || !IsSectionAddress(url) ? null : new UriBuilder(url) { Path = path[..slash], Query = string.Empty, Fragment = string.Empty }.Uri;
    }

    /// <summary>
    /// The path a printed category continues under the item the site's menu marks as current (<see cref="MarkedMenu"/>): the
    /// kicker "사건사고" linking /society/incident/ under the marked "사회" (/society/) gives 사회 › 사건사고, whatever the
    /// address's words spell; the marked path with the category as its leaf where that leaf is the category's own page.
    /// Null where the category has no address, no menu item is marked, a marked item alone links the category's own page
    /// (the category says as much), the category's page lies outside the marked one, or the path names it already.
    /// </summary>
    private static Section? UnderMarkedMenu(ExtractionContext context, IElement headline, SectionSegment category)
    {
        if (category.Url is not { } url || MarkedMenu(context, headline) is not { Segments: [.., { Url: { } markedUrl }] segments })
        {
            return null;
        }

        if (UrlNormalizer.Normalize(markedUrl) == UrlNormalizer.Normalize(url))
        {
            return segments.Count > 1 ? new Section { Segments = [.. segments.Take(segments.Count - 1), category] } : null;
        }

        return IsBelow(url, markedUrl) && !segments.Any(s => SiteNames.Fold(s.Name) == SiteNames.Fold(category.Name))
            ? new Section { Segments = [.. segments, category] }
            : null;
    }

    /// <summary>
    /// A marked menu item's link as a section (<see cref="MenuSegment"/>), its name without what the item prints for screen
    /// readers or as a badge ("Politics <span class=sr-only>(current)</span>", "Politik <span class=badge>12</span>").
    /// </summary>
    private static SectionSegment? MarkedSegment(ExtractionContext context, IElement link)
    {
        if (MenuSegment(context, link) is not { } segment)
        {
            return null;
        }

        var extras = link.QuerySelectorAll("[class]").Where(e => HasPart(e.GetAttribute("class"), MenuItemExtras)).ToArray();
        if (extras.Length == 0)
        {
            return segment;
        }

        var text = new System.Text.StringBuilder();
        foreach (var node in link.Descendants<IText>())
        {
            if (!extras.Any(e => e.Contains(node)))
            {
                text.Append(node.Data);
            }
        }

        var name = TextNormalizer.Collapse(text.ToString()).Trim(LabelTrim);
        return name.Length > 0 && IsPlausibleName(context, name) ? segment with { Name = name } : null;
    }

    // What a menu item prints beside its name: text for screen readers, a badge or a counter.
    private static readonly string[] MenuItemExtras = ["sr", "only", "visually", "screen", "badge", "count", "counter"];

    /// <summary>Whether a link is marked as the current page's, on itself or on its list item.</summary>
    private static bool IsCurrentLink(IElement link) =>
        (link.GetAttribute("aria-current") is { } aria && !string.Equals(aria, "false", StringComparison.OrdinalIgnoreCase))
        || IsMarkedCurrent(link.GetAttribute("class")) || (link.ParentElement is { LocalName: "li" } item && IsMarkedCurrent(item.GetAttribute("class")));

    /// <summary>
    /// How many links the largest menu a link sits in holds (a navigation element, or a container named "menu" or "nav",
    /// near the link and below the page's frame), counted up to a main menu's size; 0 outside any menu and in a language
    /// switcher's, a sidebar's or a footer's.
    /// </summary>
    private static int SiteMenuLinks(IElement link, IElement headline)
    {
        var level = 0;
        var links = 0;
        for (var e = link.ParentElement; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement, level++)
        {
            // The page's frame, which holds the headline too, says nothing of the menu.
            if (e.Contains(headline))
            {
                break;
            }

            if (HasPart(e.GetAttribute("class"), NotMainMenuKeys) || HasPart(e.Id, NotMainMenuKeys) || e.LocalName is "aside" or "footer")
            {
                return 0;
            }

            // A menu's item ("menu-item", "c-nav__item") is no menu; a container named so is a menu, or a part of one.
            // Counted until a container of a main menu's size is met: the rule asks no more.
            if (links < MinMainMenuLinks && level < MenuReach && e.LocalName != "li" && (e.LocalName is "nav" or "menu"
                || string.Equals(e.GetAttribute("role"), "navigation", StringComparison.OrdinalIgnoreCase) || HasAny(e.GetAttribute("class"), MenuKeys) || HasAny(e.Id, MenuKeys)))
            {
                links = Math.Max(links, e.QuerySelectorAll("a[href]").Length);
            }
        }

        return links;
    }

    /// <summary>How many links the site's main menu holds at least: fewer is a service bar, a tab pair or a switcher.</summary>
    private const int MinMainMenuLinks = 5;

    /// <summary>How many links a sub-menu of a section holds at least.</summary>
    private const int MinSubMenuLinks = 2;

    // Containers of menus other than the site's sections: a language, edition or theme switcher, a sidebar's, a service or
    // utility bar's, a user's account, a footer's.
    private static readonly string[] NotMainMenuKeys =
    [
        "lang", "language", "languages", "edition", "editions", "side", "sidebar", "sidenav", "service", "services", "utility", "utilities", "util",
        "account", "user", "footer", "theme", "themes", "social", "share", "tab", "tabs",
    ];

    /// <summary>
    /// Whether a class list or id holds one of the keys as a whole part, a class split at hyphens and underscores
    /// ("side-menu", "lang_switch", "c-tabs"; not "inside-header", "table", "tablet", "country").
    /// </summary>
    private static bool HasPart(string? name, string[] keys)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var part in name.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (keys.Contains(part, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a marked menu item's link leads to a section page by its address: a path of one to three folders, each
    /// one that names a section (letters, not an id, a date, a query or a file), not a service's (live, video, weather).
    /// </summary>
    private static bool IsSectionAddress(Uri url)
    {
        if (url.Query.Length > 1)
        {
            return false;
        }

        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length is >= 1 and <= 3
            && segments.All(segment => CategoryFolders.Contains(segment) || UrlSectionExtractor.SegmentName(Uri.UnescapeDataString(segment)) is not null)
            && !ServiceWords.Contains(Uri.UnescapeDataString(segments[^1]).Replace('-', ' ').Replace('_', ' '));
    }

    // Pages every site links from its menu that are services, not sections: live streams, videos, the weather, lists.
    private static readonly HashSet<string> ServiceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "live", "video", "videos", "tv", "radio", "podcast", "podcasts", "weather", "meteo", "wetter", "météo", "clima", "pogoda", "погода", "hava durumu",
        "horoscope", "horoscopes", "horoskop", "oroscopo", "horóscopo", "гороскоп", "most read", "most popular", "popular", "trending", "latest",
        "newsletter", "newsletters", "epaper", "e paper", "shop", "jobs", "games", "puzzles", "crossword", "login", "subscribe", "abo", "live ticker",
        "liveticker", "canli yayin", "canli", "en vivo", "en direct", "in diretta", "ao vivo", "na żywo", "прямой эфир", "directo", "en directo",
        "diretta", "direct", "direkt", "na zywo", "efir", "эфир", "пряма трансляція", "наживо", "پخش زنده", "مباشر", "بث مباشر", "livestream", "blogs", "gallery", "galleries",
        "photos", "fotos", "foto", "bilder", "search", "contact", "about",
    };

    // A language switcher's container ("lang-switch", "languages", "language-menu").
    private static readonly string[] LanguageKeys = ["lang"];

    /// <summary>
    /// The one branch several marked chains name: the same category printed in several menus (desktop and mobile) is one,
    /// and a category above another marked one is that one's level; null when marked leaves lie on different branches.
    /// </summary>
    private static Section? OneBranch(List<List<SectionSegment>> chains)
    {
        // "Wiadomości" marked in the main menu, "Kraj" in a sub-menu of its own below it (/wiadomosci/ and /wiadomosci/kraj/):
        // one branch, the sub-menu's item under the main menu's.
        chains = chains.ConvertAll(chain => chains.FirstOrDefault(other => other != chain && chain[0].Url is { } childUrl && other[^1].Url is { } parentUrl
            && IsBelow(childUrl, parentUrl)) is { } above ? [.. above, .. chain] : chain);

        List<SectionSegment>? chosen = null;
        foreach (var chain in chains)
        {
            var leafUrl = chain[^1].Url;
            if (chains.Any(other => other.Count > 1 && other.Take(other.Count - 1).Any(s => s.Url == leafUrl)))
            {
                continue;
            }

            if (chosen is null)
            {
                chosen = chain;
            }
            else if (chosen[^1].Url != leafUrl)
            {
                return null;
            }
        }

        return chosen is null ? null : new Section { Segments = chosen };
    }

    /// <summary>Whether <paramref name="child"/>'s path extends <paramref name="parent"/>'s on the same host ("/news/world/" below "/news/").</summary>
    private static bool IsBelow(Uri child, Uri parent)
    {
        var parentPath = parent.AbsolutePath.EndsWith('/') ? parent.AbsolutePath : parent.AbsolutePath + "/";
        return parentPath.Length > 1 && string.Equals(child.Host, parent.Host, StringComparison.OrdinalIgnoreCase)
            && child.AbsolutePath.Length > parentPath.Length && child.AbsolutePath.StartsWith(parentPath, StringComparison.OrdinalIgnoreCase);
    }

    private static IElement? FirstLink(IElement item)
    {
        foreach (var child in item.Children)
        {
            if (child.LocalName == "a")
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>
    /// The post's category as a WordPress menu marks it: the item of each category the post is filed under carries
    /// <c>current-post-parent</c>, the items of the categories above it <c>current-post-ancestor</c> (the CMS computes
    /// both for each post; a static "active" mark in a menu proves nothing). A marked item with the marked items it is
    /// nested in as the levels above; null when the page marks none, or marks several categories on different branches
    /// (a post filed under "Mode" and "Beauty" has no one section to tell). <paramref name="marked"/> tells whether the
    /// menu marks any item so: then no other mark in it is read (<see cref="MarkedMenu"/>).
    /// </summary>
    private static Section? MenuCategory(ExtractionContext context, out bool marked)
    {
        marked = false;
        List<List<SectionSegment>>? chains = null;
        foreach (var anchor in context.Index.Anchors)
        {
            if (anchor.Element.ParentElement is not { LocalName: "li" } item || !IsMarked(item, "current-post-parent"))
            {
                continue;
            }

            marked = true;
            if (MenuSegment(context, anchor.Element) is not { } leaf)
            {
                continue;
            }

            var segments = new List<SectionSegment> { leaf };
            for (var up = item.ParentElement; up is not null && up.LocalName is not ("body" or "html"); up = up.ParentElement)
            {
                if (up.LocalName == "li" && IsMarked(up, "current-post-ancestor") && FirstLink(up) is { } link && MenuSegment(context, link) is { } level)
                {
                    segments.Insert(0, level);
                }
            }

            (chains ??= []).Add(segments);
        }

        if (chains is null)
        {
            return null;
        }

        return OneBranch(chains);

        static bool IsMarked(IElement item, string mark) => item.GetAttribute("class") is { } classes && DocumentIndex.HasToken(classes, mark);
    }

    /// <summary>A menu item's link as a section: a short plausible name linking a section page of this site, not a tag's.</summary>
    private static SectionSegment? MenuSegment(ExtractionContext context, IElement anchor)
    {
        if (context.ResolveUrl(anchor.GetAttribute("href")) is not { } url || !IsSectionPage(context, url) || SectionWords.IsTagPage(url, topics: true))
        {
            return null;
        }

        return ShortName(anchor) is { } name && IsPlausibleName(context, name) ? new SectionSegment(name, url) : null;
    }

    /// <summary>A link's text as a section's name: collapsed, without label punctuation, short, with a letter; null otherwise.</summary>
    private static string? ShortName(IElement anchor)
    {
        var name = TextNormalizer.Collapse(anchor.TextContent).Trim(LabelTrim);
        return name.Length is 0 or > MaxNameLength || !name.Any(char.IsLetter) || Words(name) > MaxNameWords ? null : name;
    }

    /// <summary>Where a link was found: alone just above the headline, in a list just above it, or in the meta lines below it.</summary>
    private enum Position
    {
        LoneKicker,
        ListedKicker,
        Meta,
    }

    private static void Propose(ExtractionContext context, SectionSegment segment) =>
        context.Propose(ArticleFields.Section, new Section { Segments = [segment] }, ArticleSources.DomCategory);

    /// <summary>
    /// A category printed in capitals ("EKONOMİ") named as another link to its page names it ("Ekonomi" in the menu); the
    /// category as printed where no link does.
    /// </summary>
    private static SectionSegment InMenuCase(ExtractionContext context, SectionSegment category)
    {
        if (category.Url is not { } url || category.Name.Length < 2 || category.Name.Any(char.IsLower) || !category.Name.Any(char.IsUpper))
        {
            return category;
        }

        var target = UrlNormalizer.Normalize(url);
        var folded = SiteNames.Fold(category.Name);
        foreach (var anchor in context.Index.Anchors)
        {
            if (anchor.Element.GetAttribute("href") is not { Length: > 0 } href)
            {
                continue;
            }

            // The name alone, or in an element of its own beside a count ("<span>Nutztierhaltung</span><span>24</span>").
            foreach (var named in anchor.Element.Children.Prepend(anchor.Element))
            {
                if (ShortName(named) is { } name && name.Any(char.IsLower) && SiteNames.Fold(name) == folded
                    && context.ResolveUrl(href) is { } other && UrlNormalizer.Normalize(other) == target)
                {
                    return category with { Name = name };
                }
            }
        }

        return category;
    }

    /// <summary>
    /// A kicker printed inside the headline's element, as its first child element (or that child's only one), followed by
    /// more, and named so by its class ("&lt;h1&gt;&lt;a class="article__kicker" href="/sport/futbol/"&gt;Футбол&lt;/a&gt;&lt;span&gt;…&lt;/span&gt;&lt;/h1&gt;").
    /// </summary>
    private static SectionSegment? KickerInHeadline(ExtractionContext context, IElement headline)
    {
        var first = headline.FirstElementChild;
        var link = first?.LocalName == "a" ? first : first?.FirstElementChild is { LocalName: "a" } inner && first.ChildElementCount == 1 ? inner : null;
        return link is not null && link.HasAttribute("href") && headline.ChildElementCount > 1 && HasAny(link.GetAttribute("class"), CategoryClassKeys)
            && link.NextSibling is not null
            ? Read(context, link, headline, Position.LoneKicker)
            : null;
    }

    /// <summary>
    /// A kicker just above the headline, read nearest first: a link standing alone, or the first category of a short
    /// list ("Filed under: Entertainment, Tech, TV Shows" is met at its last item). A menu or a teaser ends the search,
    /// and so do a heading and a paragraph of prose.
    /// </summary>
    private static SectionSegment? Kicker(ExtractionContext context, PageLayout layout, IElement headline)
    {
        var seen = 0;
        foreach (var element in layout.Before)
        {
            if (++seen > KickerReach || element.LocalName is "h1" or "h2" or "h3" || IsProse(element))
            {
                return null;
            }

            if (element.LocalName != "a" || !element.HasAttribute("href"))
            {
                continue;
            }

            var links = GroupLinks(element, headline);
            if (links.Count > MaxGroupLinks || links.Any(l => Words(TextNormalizer.Collapse(l.TextContent)) > MaxNameWords))
            {
                return null;
            }

            SectionSegment? kicker;
            if (links.Count <= 1)
            {
                kicker = Read(context, element, headline, Position.LoneKicker);
            }
            else if (Current(links) is { } current)
            {
                // A sub-navigation marks the page's own section as the current one.
                kicker = Read(context, current, headline, Position.ListedKicker);
            }
            else if (InNavigation(element, headline))
            {
                // A sub-navigation with no item marked current lists the section's neighbours, none of them this page's.
                return null;
            }
            else
            {
                kicker = FirstSpecific(links.Select(l => Read(context, l, headline, Position.ListedKicker)));
            }

            if (kicker is not null)
            {
                return kicker;
            }
        }

        return null;
    }

    /// <summary>
    /// A category link in the post's meta lines below the headline ("Filed under:", a theme's category list), then in
    /// the byline and date elements near it ("By Jane Roe | May 3 | Topic: Hardware").
    /// </summary>
    private static SectionSegment? MetaLine(ExtractionContext context, PageLayout layout, IElement headline)
    {
        var seen = 0;
        foreach (var element in layout.After)
        {
            if (++seen > MetaReach)
            {
                break;
            }

            if (element.LocalName == "a" && ArticleHeader.Of(context).InOwnEntry(element) && Read(context, element, headline, Position.Meta) is { } meta)
            {
                return Listed(context, element, headline, meta);
            }
        }

        foreach (var hinted in context.Index.Hinted)
        {
            if (hinted.Order <= layout.HeadlineOrder || (hinted.Hint & (ElementHint.Byline | ElementHint.Date)) == 0)
            {
                continue;
            }

            if (layout.DistanceFromHeadline(hinted.Order) > BylineReach)
            {
                break;
            }

            foreach (var anchor in hinted.Element.QuerySelectorAll("a[href]"))
            {
                if (ArticleHeader.Of(context).InOwnEntry(anchor) && Read(context, anchor, headline, Position.Meta) is { } meta)
                {
                    return Listed(context, anchor, headline, meta);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The category a link names, or null: a short name, on this site, not a tag, an author, the page itself or a
    /// link in furniture, with a sign that it names the category: <c>rel="category"</c>, a "Filed under:" label before
    /// it, a category folder in its address or a category class on it or its container (not for a link inside prose),
    /// or, for a kicker standing alone above the headline, a name that spells its own address ("Business News" for
    /// /news/archive/businessNews).
    /// </summary>
    private static SectionSegment? Read(ExtractionContext context, IElement anchor, IElement? headline, Position position)
    {
        // The cheap tests first (attributes, the address, the memoized header), the name and its cleaning last.
        // A tag, an author, the post's own permalink (rel="bookmark").
        var rel = anchor.GetAttribute("rel") ?? string.Empty;
        var relCategory = DocumentIndex.HasToken(rel, "category");
        if ((!relCategory && DocumentIndex.HasToken(rel, "tag")) || DocumentIndex.HasToken(rel, "author") || DocumentIndex.HasToken(rel, "bookmark")
            || context.ResolveUrl(anchor.GetAttribute("href")) is not { } url || !IsSectionPage(context, url) || ArticleHeader.Of(context).IsForeign(anchor, kicker: true))
        {
            return null;
        }

        if (ShortName(anchor) is not { } name)
        {
            return null;
        }

        var labelled = LabelBefore(anchor, headline) is { } label && (Labels.Contains(label) || LabelPhrases.Contains(label));
        if (SectionWords.IsTagPage(url, topics: !labelled))
        {
            return null;
        }

        // Without an explicit mark, a link in a menu or in the byline ("Tipps von <a>Jane Roe</a>") is none.
        if (!relCategory && !labelled && (InMenu(anchor, headline) || InByline(anchor, headline)))
        {
            return null;
        }

        var signed = relCategory || labelled
            || ((InCategoryFolder(url) || HasCategoryClass(anchor, headline)) && !(position == Position.Meta && InProse(anchor)))
            || (position == Position.LoneKicker && SiteNames.Fold(name) == SiteNames.Fold(SectionTrail.LastSegment(url)));
        return signed && IsPlausibleName(context, name) ? new SectionSegment(name, url) : null;
    }

    /// <summary>
    /// Not the site's name, a link home, a date, a navigation or share link, a post type or a catch-all, nor a link to
    /// more ("All shops in Corsets", "Mehr aus Sport").
    /// </summary>
    private static bool IsPlausibleName(ExtractionContext context, string name) =>
        !SectionWords.IsNotSection(name) && !SectionWords.IsMoreLink(name) && !SiteNames.Get(context).IsOwnName(name)
        && SectionTrail.Clean(context, [new SectionSegment(name)], headline: null, strict: true) is { Segments.Count: 1 };

    /// <summary>A page of this site other than its home page and the article itself, not an author's page.</summary>
    private static bool IsSectionPage(ExtractionContext context, Uri url)
    {
        var identity = SectionTrail.Identity(context);
        if (url.AbsolutePath.Length <= 1 || identity.Urls.Contains(UrlNormalizer.Normalize(url)) || (identity.Urls.Count > 0 && !identity.Urls.Any(u => SectionTrail.SameSite(u, url))))
        {
            return false;
        }

        var first = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant();
        return first is not null and not ("author" or "authors" or "autor" or "autoren" or "auteur" or "autore" or "profile" or "profil" or "user" or "users" or "people" or "search");
    }

    private static bool InCategoryFolder(Uri url)
    {
        var segments = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (CategoryFolders.Contains(segments[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the link or one of its near containers (not one holding the headline) has a category class or id.</summary>
    private static bool HasCategoryClass(IElement anchor, IElement? headline)
    {
        var element = anchor;
        for (var level = 0; level <= AncestorReach && element is not null && (headline is null || !element.Contains(headline)); level++)
        {
            if (ContainsKey(element.GetAttribute("class")) || ContainsKey(element.Id))
            {
                return true;
            }

            element = element.ParentElement;
        }

        return false;
    }

    /// <summary>
    /// Whether a class list or id names a category label. A theme's taxonomy classes on a post's container
    /// ("category-local-news" on a WordPress article) file the post, they do not mark a label, and do not count; a theme's
    /// label named so ("category-label", "category-link") does.
    /// </summary>
    private static bool ContainsKey(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var token in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // "category-header__link": a block's element named as a label part counts as the label itself does.
            var label = token.StartsWith("category-", StringComparison.OrdinalIgnoreCase) ? token[9..] : null;
            var part = label is not null && label.LastIndexOf("__", StringComparison.Ordinal) is var element and > 0 ? label[(element + 2)..] : label;
            if ((label is null || LabelParts.Contains(label) || LabelParts.Contains(part!)) && HasAny(token, CategoryClassKeys))
            {
                return true;
            }

            // "post-label__section": a label block's element naming the section (the block's last part a label's word; not
            // a page layout's "site-header__section").
            if (token.Length > 9 && token.EndsWith("__section", StringComparison.OrdinalIgnoreCase)
                && SectionLabelBlocks.Contains(token[..^9].Split('-', '_')[^1], StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // What a theme's own label is called after "category-" ("category-label", "category-link"), not a category's slug.
    private static readonly HashSet<string> LabelParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "label", "link", "name", "badge", "title", "tag", "kicker", "heading", "pill", "chip",
    };

    private static bool HasAny(string? name, string[] keys)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (var key in keys)
        {
            if (name.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The label printed just before a link, folded to its words without the colon ("Filed under:" → "filed under"):
    /// the nearest text before it, in its parent or, when it opens its container, before a near container. Null when
    /// the nearest text is another link (a later item of a list) or no label.
    /// </summary>
    private static string? LabelBefore(IElement anchor, IElement? headline)
    {
        INode node = anchor;
        for (var level = 0; level <= AncestorReach && node is IElement element && (headline is null || !element.Contains(headline)); level++)
        {
            for (var sibling = node.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
            {
                var text = TextNormalizer.Collapse(sibling.TextContent);
                if (text.Trim(LabelTrim).Length == 0)
                {
                    continue;
                }

                if (sibling is IElement { LocalName: "a" } || (sibling is IElement other && other.QuerySelector("a") is not null))
                {
                    return null;
                }

                return LabelOf(text);
            }

            node = element.ParentElement!;
            if (node is null)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The label closing a text ("By Jane Roe | May 3 | Topic:" → "topic"), or null when it ends with no label.</summary>
    private static string? LabelOf(string text)
    {
        var trimmed = text.TrimEnd(' ', '\u00a0');
        var colon = trimmed.EndsWith(':');
        var words = trimmed.TrimEnd(':', ' ').Split([' ', '|', '·', '•'], StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(3, words.Length); count >= 1; count--)
        {
            var phrase = string.Join(' ', words[^count..]);
            if ((colon && Labels.Contains(phrase)) || LabelPhrases.Contains(phrase))
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>A paragraph of prose (a teaser or the standfirst): a kicker is not read above it.</summary>
    private static bool IsProse(IElement element) =>
        element.LocalName == "p" && TextNormalizer.Collapse(element.TextContent).Split(' ').Length > 12;

    /// <summary>
    /// The category to take from the list a link opens ("Filed under: Blog, Fair Fashion"): the first that is not
    /// generic ("Fair Fashion"), else the link's own.
    /// </summary>
    private static SectionSegment Listed(ExtractionContext context, IElement anchor, IElement? headline, SectionSegment found)
    {
        if (!SectionWords.IsGeneric(found.Name) || anchor.ParentElement is not { } parent)
        {
            return found;
        }

        var group = parent.QuerySelectorAll("a[href]").Length > 1 ? parent : parent.ParentElement ?? parent;
        var links = group.QuerySelectorAll("a[href]");
        if (links.Length > MaxGroupLinks * 2)
        {
            return found;
        }

        return FirstSpecific(links.SkipWhile(l => l != anchor).Select(l => Read(context, l, headline, Position.Meta))) ?? found;
    }

    /// <summary>The first category that is not generic ("Fair Fashion" after "Blog"), else the first; null when there is none.</summary>
    private static SectionSegment? FirstSpecific(IEnumerable<SectionSegment?> categories)
    {
        SectionSegment? first = null;
        foreach (var category in categories)
        {
            if (category is null)
            {
                continue;
            }

            if (!SectionWords.IsGeneric(category.Name))
            {
                return category;
            }

            first ??= category;
        }

        return first;
    }

    /// <summary>
    /// The links of the group a kicker link belongs to: the nearest of its containers (up to a list) that holds other
    /// links, not one holding the headline; the link alone when none does.
    /// </summary>
    private static IReadOnlyList<IElement> GroupLinks(IElement anchor, IElement headline)
    {
        var group = anchor.ParentElement;
        for (var level = 0; level < AncestorReach && group is not null && !group.Contains(headline); level++)
        {
            var links = group.QuerySelectorAll("a[href]");
            if (links.Length > 1 || group.LocalName is "ul" or "ol" or "nav")
            {
                return links;
            }

            group = group.ParentElement;
        }

        return [anchor];
    }

    /// <summary>The link of a group marked as the current page's (aria-current, or a class "active", "current", "selected" on it or its item); null when none is.</summary>
    private static IElement? Current(IReadOnlyList<IElement> links)
    {
        foreach (var link in links)
        {
            if (link.GetAttribute("aria-current") is { } aria && !string.Equals(aria, "false", StringComparison.OrdinalIgnoreCase))
            {
                return link;
            }

            if (IsMarkedCurrent(link.GetAttribute("class")) || (link.ParentElement is { LocalName: "li" } item && IsMarkedCurrent(item.GetAttribute("class"))))
            {
                return link;
            }
        }

        return null;
    }

    private static bool IsMarkedCurrent(string? classes)
    {
        if (string.IsNullOrEmpty(classes))
        {
            return false;
        }

        foreach (var token in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var mark in (ReadOnlySpan<string>)["active", "current", "selected"])
            {
                if (token.Equals(mark, StringComparison.OrdinalIgnoreCase) || token.EndsWith("-" + mark, StringComparison.OrdinalIgnoreCase)
                    || token.EndsWith("_" + mark, StringComparison.OrdinalIgnoreCase) || token.StartsWith(mark + "-", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether a link sits in a navigation element or a container named "menu" or "nav" (below the container of the headline).</summary>
    private static bool InNavigation(IElement anchor, IElement headline)
    {
        var level = 0;
        for (var e = anchor.ParentElement; e is not null && level < MenuReach && e.LocalName is not ("body" or "html") && !e.Contains(headline); e = e.ParentElement, level++)
        {
            if (e.LocalName is "nav" or "menu" || string.Equals(e.GetAttribute("role"), "navigation", StringComparison.OrdinalIgnoreCase)
                || HasAny(e.GetAttribute("class"), MenuKeys) || HasAny(e.Id, MenuKeys))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a link sits in a menu: a navigation element, a list or a container named "menu" or "nav" (below the
    /// container of the headline) holding more links than a kicker's list.
    /// </summary>
    private static bool InMenu(IElement anchor, IElement? headline)
    {
        var level = 0;
        for (var e = anchor.ParentElement; e is not null && level < MenuReach && e.LocalName is not ("body" or "html") && (headline is null || !e.Contains(headline)); e = e.ParentElement, level++)
        {
            if ((e.LocalName is "nav" or "ul" or "ol" or "menu" || HasAny(e.GetAttribute("class"), MenuKeys) || HasAny(e.Id, MenuKeys))
                && e.QuerySelectorAll("a[href]").Length > MaxGroupLinks)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a link sits in a byline: an <c>address</c>, or a container whose class or id names the author or the byline.</summary>
    private static bool InByline(IElement anchor, IElement? headline)
    {
        var element = anchor.ParentElement;
        for (var level = 0; level < AncestorReach && element is not null && (headline is null || !element.Contains(headline)); level++, element = element.ParentElement)
        {
            if (element.LocalName == "address" || HasAny(element.GetAttribute("class"), BylineKeys) || HasAny(element.Id, BylineKeys))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a link is part of running text: a paragraph of more than a line's words around it.</summary>
    private static bool InProse(IElement anchor) =>
        anchor.Closest("p") is { } paragraph && Words(TextNormalizer.Collapse(paragraph.TextContent)) > 12;

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
