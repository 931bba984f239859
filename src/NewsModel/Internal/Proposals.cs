using NewsModel.Extractors.Dates;
using NewsModel.Pipeline;

namespace NewsModel.Internal;

/// <summary>The proposals every markup reader makes the same way: dates parsed and checked, author values split into contributors.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class Proposals
{
    /// <summary>Parses a date text and proposes it when it is a plausible article date.</summary>
    /// <param name="context">The extraction context.</param>
    /// <param name="field">The date field.</param>
    /// <param name="text">The date text.</param>
    /// <param name="source">The source.</param>
    /// <param name="priority">A priority other than the source's listed one (weak evidence), or null.</param>
    /// <returns>True when a date was proposed.</returns>
    public static bool Date(ExtractionContext context, ArticleField<ArticleDate> field, string? text, string source, int? priority = null)
    {
        // A declared date is read in the page's language (for day/month order) but never placed in a guessed zone.
        var language = context.TryGetBest(ArticleFields.Language, out var best) ? best : context.Index.HtmlLang;
        var settings = DateTextSettings.FromLanguageTag(language, null, context.Options.Clock?.GetCurrentInstant(), context.PageUrl);
        if (DateReader.Parse(text, settings, source, declared: true) is { } date)
        {
            context.Propose(field, date, source, priority);
            return true;
        }

        return false;
    }

    /// <summary>Splits author values into names and proposes them as a byline of persons.</summary>
    /// <param name="context">The extraction context.</param>
    /// <param name="values">The author values.</param>
    /// <param name="source">The source name.</param>
    /// <param name="pageLevel">
    /// Whether the values come from a tag a site fills in for every page (<c>meta name=author</c>, Dublin Core): there a
    /// company named with its legal form ("Coastline Media GmbH") is the site's operator, that is its publisher, not a writer.
    /// </param>
    /// <returns>True when a byline was proposed.</returns>
    public static bool Authors(ExtractionContext context, IEnumerable<string?> values, string source, bool pageLevel = false)
    {
        var contributors = new List<Contributor>();
        foreach (var contributor in values.SelectMany(ContributorNames.SplitContributors))
        {
            if (!pageLevel || !ContributorNames.IsCompany(contributor.Name))
            {
                ContributorNames.AddDistinct(contributors, contributor);
            }
        }

        return Byline(context, contributors, source);
    }

    /// <summary>
    /// Proposes the authors a markup reader found, without those that name the site itself: a site that states
    /// itself as the author names its publisher, and a byline is about the people (or agencies) who wrote the piece.
    /// Values only declared for machines (not a microformat or an author link, which the page prints) that read as a CMS
    /// account or a code the page never prints are dropped too (see <see cref="Extractors.Bylines.DeclaredAccounts"/>).
    /// A news agency ("Reuters") or a collective credit ("Times Staff", "Editorial Board", "Harbour Bureau") is an
    /// organization whatever the markup calls it (a JSON-LD <c>Person</c>, a meta tag), as the byline parser reads it printed.
    /// </summary>
    /// <returns>True when a byline was proposed.</returns>
    public static bool Byline(ExtractionContext context, IEnumerable<Contributor> contributors, string source)
    {
        var site = SiteNames.Get(context);
        var declared = source is not (ArticleSources.Microformat or ArticleSources.AuthorLink);
        var kept = contributors.Where(c => !site.NamesSite(c.Name) && !(declared && Extractors.Bylines.DeclaredAccounts.IsUnprintedAccount(context, c.Name)))
            .Select(c => c.Kind == ContributorKind.Person && Extractors.Bylines.CreditOrganizations.NamesOrganization(c.Name, site) ? c with { Kind = ContributorKind.Organization, JobTitle = null } : c)
            .ToList();
        if (kept.Count == 0)
        {
            return false;
        }

        context.Propose(ArticleFields.Byline, NewsModel.Byline.FromContributors(kept), source);
        return true;
    }

    /// <summary>
    /// Proposes a section a page declares by name (<c>article:section</c>, <c>articleSection</c>, a section meta tag).
    /// A section's address given for its name ("https://example.com/category/travel/" or "/travel/", as microdata reads a
    /// link) names the section by its last path segment; a list of keywords given for it ("Podcast, Culture, Berlin") by
    /// its first; a trail written in one value ("World > Europe", "Home › Sport › Football") by its levels, from the first
    /// after the home page. The site's own name is no section, nor is a post type, a front page or a catch-all ("post",
    /// "Front Page", "All", "Uncategorized"); a name written twice ("News - News") counts once.
    /// </summary>
    /// <param name="context">The extraction context.</param>
    /// <param name="text">The declared name.</param>
    /// <param name="source">The source.</param>
    /// <returns>True when a section was proposed.</returns>
    public static bool Section(ExtractionContext context, string? text, string source)
    {
        if (TextNormalizer.CollapseOrNull(text) is not { } name)
        {
            return false;
        }

        var path = name.StartsWith('/') ? name : Uri.TryCreate(name, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url.AbsolutePath : null;
        if (path is not null)
        {
            var segment = path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            if (segment is null || Extractors.Sections.UrlSectionExtractor.SegmentName(Uri.UnescapeDataString(segment)) is not { } fromUrl)
            {
                return false;
            }

            context.Propose(ArticleFields.Section, NewsModel.Section.FromNames(fromUrl), source);
            return true;
        }

        if (name.Count(c => c == ',') >= 2)
        {
            name = name[..name.IndexOf(',', StringComparison.Ordinal)].Trim();
        }

        // "harbourgazette.example" as the section names the site; "post", "Front Page" and "Uncategorized" name none.
        name = Extractors.Sections.SectionWords.Undouble(name);
        if (name.Length == 0 || SiteNames.Get(context).IsOwnName(name) || Extractors.Sections.SectionWords.IsNotSection(name))
        {
            return false;
        }

        // "World > Europe", "Home › Sport › Football": a trail written in one value, its levels in order.
        if (name.IndexOfAny(TrailArrows) > 0)
        {
            var site = SiteNames.Get(context);
            var levels = name.Split(TrailArrows, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .SkipWhile(level => Extractors.Sections.SectionTrail.IsHomeName(level, site)).ToArray();
            if (levels.Length is 0 or > MaxDeclaredLevels || levels.Any(Extractors.Sections.SectionWords.IsNotSection))
            {
                return false;
            }

            context.Propose(ArticleFields.Section, NewsModel.Section.FromNames(levels), source);
            return true;
        }

        context.Propose(ArticleFields.Section, NewsModel.Section.FromNames(name), source);
        return true;
    }

    private const int MaxDeclaredLevels = 4;

    // The arrows a trail written as one declared value sets between its levels (not a slash or a bar: "Arts/Culture" and
    // "Kultur | Medien" may name one section).
    private static readonly char[] TrailArrows = ['›', '»', '>'];
}
