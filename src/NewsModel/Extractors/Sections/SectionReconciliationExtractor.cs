using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Sections;

/// <summary>
/// Settles the section once every reader has proposed one. A declared name (not a breadcrumb trail) that two or more other sources contradict
/// while agreeing with each other (a JSON-LD "Life and Culture" against <c>article:section</c>, the printed kicker and
/// the address, all "Entertainment") gives way to theirs, unless theirs is generic; a generic name ("News",
/// "International") gives way to a more specific one another source names (a declared or printed category, or an
/// address that continues it: News › World); a printed category one level below the winner, as its address shows,
/// continues the path (Education › Higher education), as does a kicker below a section another source names (Sport ›
/// Football for "Football" linking /sport/football/ on a page the address files under /sport/); a declared name that a
/// printed path ends with gives way to the path (Экономика › Финансы for "Финансы"), as does one a printed path opens
/// with where the address of each level lies below the one above (Kultur › Film for "Kultur"); a declared slug ("a-e-d") gives way
/// to the name the page prints.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class SectionReconciliationExtractor : IArticleExtractor
{
    private const int MaxNameLength = 50;
    private const int MaxNameWords = 6;

    /// <inheritdoc />
    public string Name => "section-reconciliation";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var candidates = context.GetCandidates(ArticleFields.Section).Where(c => c.Value.Segments.Count > 0).ToArray();
        if (candidates.Length < 2 || candidates[0].Source == ArticleSources.PublisherProfile || candidates[0].Priority >= FieldPrecedence.Confirmed)
        {
            return;
        }

        // A trail is the site's own navigation: a declared name it disagrees with does not outvote it.
        var trail = candidates[0].Source is ArticleSources.JsonLdBreadcrumb or ArticleSources.DomBreadcrumb;
        if (!trail && Outvoted(candidates) is { } agreed)
        {
            context.Propose(ArticleFields.Section, agreed.Value, agreed.Source, FieldPrecedence.Confirmed);
            return;
        }

        var best = candidates[0];
        if (IsGeneric(best.Value) && MoreSpecific(candidates, best.Value) is { } specific)
        {
            context.Propose(ArticleFields.Section, specific.Value, specific.Source, FieldPrecedence.Confirmed);
            return;
        }

        // A declared name that a printed path ends with ("Финансы" declared; the kicker "Финансы" under the menu's marked
        // "Экономика"): the printed path, with the level above.
        if (!trail && best.Value.Segments.Count == 1 && best.Source != ArticleSources.DomCategory
            && Array.FindIndex(candidates, c => c.Source == ArticleSources.DomCategory && c.Value.Segments.Count > 1
                && SiteNames.Fold(c.Value.Segments[^1].Name) == SiteNames.Fold(best.Value.Segments[0].Name)) is >= 0 and var upward)
        {
            context.Propose(ArticleFields.Section, candidates[upward].Value, candidates[upward].Source, FieldPrecedence.Confirmed);
            return;
        }

        // A declared name that a printed path opens with, its next level one below as its address shows ("Kultur" declared;
        // the sub-menu's marked "Film" linking /kultur/film/ under the menu's marked "Kultur"): the printed path.
        if (!trail && best.Value.Segments.Count == 1 && best.Source != ArticleSources.DomCategory
            && Array.FindIndex(candidates, c => c.Source == ArticleSources.DomCategory && c.Value.Segments.Count > 1
                && SiteNames.Fold(c.Value.Segments[0].Name) == SiteNames.Fold(best.Value.Segments[0].Name) && LinksBelow(c.Value)) is >= 0 and var downward)
        {
            context.Propose(ArticleFields.Section, candidates[downward].Value, candidates[downward].Source, FieldPrecedence.Confirmed);
            return;
        }

        // A printed category one level below the declared section, as its address shows ("Higher education" linking
        // /education/higher-education on a page declared "Education"): the path continues with it.
        if (!trail && Array.FindIndex(candidates, c => c.Source == ArticleSources.DomCategory && Continues(c.Value, best.Value)) is >= 0 and var deeper)
        {
            var level = candidates[deeper];
            context.Propose(ArticleFields.Section, new Section { Segments = [.. best.Value.Segments, level.Value.Segments[^1]] }, level.Source, FieldPrecedence.Confirmed);
            return;
        }

        // A kicker one level below a section another source names, as its address shows (/sport/football/ under "Sport").
        if (!trail && best.Source == ArticleSources.DomCategory && KickerPath(best, candidates) is { } continued)
        {
            context.Propose(ArticleFields.Section, continued, best.Source, FieldPrecedence.Confirmed);
            return;
        }

        // A declared name that is a CMS's slug ("a-e-d", "local_news") names the section for machines; the name the page
        // prints for it (a kicker, a category link, a breadcrumb) is what readers see.
        if (trail || !IsSlug(best.Value))
        {
            return;
        }

        var slugLeaf = SiteNames.Fold(best.Value.Segments[^1].Name);
        var inAddress = InAddress(context, best.Value);
        if (Array.FindIndex(candidates, c => c.Source is ArticleSources.DomCategory or ArticleSources.DomBreadcrumb && !IsSlug(c.Value)
                && (!inAddress || SiteNames.Fold(c.Value.Segments[^1].Name) == slugLeaf)) is >= 0 and var printed)
        {
            context.Propose(ArticleFields.Section, candidates[printed].Value, candidates[printed].Source, FieldPrecedence.Confirmed);
        }
    }

    /// <summary>
    /// Whether each level of a printed path after the first links a page whose address's last folder spells its name, below
    /// the folder that spells the level above (/kultur/film/ "Film" under "Kultur").
    /// </summary>
    private static bool LinksBelow(Section printed)
    {
        for (var i = 1; i < printed.Segments.Count; i++)
        {
            if (printed.Segments[i].Url is not { } url || url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) is not { Length: >= 2 } folders
                || !SiteNames.Spells(folders[^1], printed.Segments[i].Name) || !SiteNames.Spells(folders[^2], printed.Segments[i - 1].Name))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a one-level printed category names the level just below <paramref name="section"/>'s leaf: its address's
    /// last folder spells its name and the folder before spells the leaf.
    /// </summary>
    private static bool Continues(Section printed, Section section)
    {
        if (printed.Segments is not [{ Url: { } url } level] || url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) is not { Length: >= 2 } folders)
        {
            return false;
        }

        var name = SiteNames.Fold(level.Name);
        var leaf = SiteNames.Fold(section.Segments[^1].Name);
        return name.Length > 0 && name != leaf && section.Segments.All(s => SiteNames.Fold(s.Name) != name)
            && SiteNames.Spells(folders[^1], level.Name) && SiteNames.Spells(folders[^2], section.Segments[^1].Name);
    }

    /// <summary>
    /// The path a one-level printed category (a kicker) continues, as its address shows: another source's section whose
    /// leaf its address's folder above it spells ("Football" linking /sport/football/ under the address's or the menu's
    /// "Sport": Sport › Football), or that already ends with the kicker's level under that folder's name (the address's
    /// "Sport › Calcio" for the kicker "Calcio": the kicker's name kept). Null when no other source names the level above.
    /// </summary>
    private static Section? KickerPath(FieldCandidate<Section> kicker, IReadOnlyList<FieldCandidate<Section>> candidates)
    {
        if (kicker.Value.Segments is not [{ Url: { } url } level] || url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) is not { Length: >= 2 } folders
            || !SiteNames.Spells(folders[^1], level.Name))
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            var segments = candidate.Value.Segments;
            if (candidate.Source == kicker.Source || segments.Count >= MaxPathLevels || segments.Any(s => SiteNames.Fold(s.Name) == SiteNames.Fold(level.Name) && s != segments[^1]))
            {
                continue;
            }

            if (SiteNames.Spells(folders[^2], segments[^1].Name) && SiteNames.Fold(segments[^1].Name) != SiteNames.Fold(level.Name))
            {
                return new Section { Segments = [.. segments, level] };
            }

            if (segments.Count >= 2 && SiteNames.Fold(segments[^1].Name) == SiteNames.Fold(level.Name) && SiteNames.Spells(folders[^2], segments[^2].Name))
            {
                return new Section { Segments = [.. segments.Take(segments.Count - 1), level] };
            }
        }

        return null;
    }

    // The deepest path a kicker continues: a trail of three levels and the kicker make a path long enough.
    private const int MaxPathLevels = 3;

    /// <summary>
    /// Whether the page's address files it under the section's leaf (<c>/e-commerce/…</c> for "e-commerce"): the site
    /// uses that name for the section, hyphen and all, and no printed name replaces it.
    /// </summary>
    private static bool InAddress(ExtractionContext context, Section section)
    {
        var leaf = section.Segments[^1].Name;
        foreach (var url in SectionTrail.Identity(context).Urls)
        {
            var folders = url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < folders.Length - 1; i++)
            {
                if (string.Equals(Uri.UnescapeDataString(folders[i]), leaf, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether every level of a section is written as a slug: lower-case letters and digits joined by hyphens or underscores, no space.</summary>
    internal static bool IsSlug(Section section)
    {
        foreach (var segment in section.Segments)
        {
            var name = segment.Name;
            var joined = false;
            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (c is '-' or '_')
                {
                    if (i == 0 || i == name.Length - 1 || name[i - 1] is '-' or '_')
                    {
                        return false;
                    }

                    joined = true;
                }
                else if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)))
                {
                    return false;
                }
            }

            if (!joined)
            {
                return false;
            }
        }

        return section.Segments.Count > 0;
    }

    /// <summary>
    /// The value of the highest-ranked source among two or more that agree with each other but not with the best
    /// candidate, when more sources agree with them than with the best; else null. Each source counts once.
    /// </summary>
    private static FieldCandidate<Section>? Outvoted(IReadOnlyList<FieldCandidate<Section>> candidates)
    {
        var best = candidates[0];
        var bestSupport = Support(candidates, best.Value);
        foreach (var candidate in candidates)
        {
            if (candidate.Source == best.Source || Agree(candidate.Value, best.Value))
            {
                continue;
            }

            // A generic name ("News") outvotes none but another generic one.
            var support = Support(candidates, candidate.Value);
            if (support >= 2 && support > bestSupport && (!IsGeneric(candidate.Value) || IsGeneric(best.Value)))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>How many distinct sources propose a value that agrees with <paramref name="value"/>.</summary>
    private static int Support(IReadOnlyList<FieldCandidate<Section>> candidates, Section value) =>
        candidates.Where(c => Agree(c.Value, value)).Select(c => c.Source).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Two sections agree when either one's leaf is a level of the other ("Entertainment" and "News › Entertainment").</summary>
    private static bool Agree(Section a, Section b)
    {
        var leafA = SiteNames.Fold(a.Segments[^1].Name);
        var leafB = SiteNames.Fold(b.Segments[^1].Name);
        return b.Segments.Any(s => SiteNames.Fold(s.Name) == leafA) || a.Segments.Any(s => SiteNames.Fold(s.Name) == leafB);
    }

    /// <summary>Whether every level of a section is generic ("News", "News › International"; not "Sport › News").</summary>
    private static bool IsGeneric(Section section) => section.Segments.All(s => SectionWords.IsGeneric(s.Name));

    /// <summary>
    /// The first candidate below a generic one whose leaf is not generic: a declared or printed one, or the address
    /// when it continues the generic name (News › World for "News"); one that no other source backs does not outrank a
    /// generic name two declared or printed sources agree on (the address's /news/ folder is not one).
    /// </summary>
    private static FieldCandidate<Section>? MoreSpecific(IReadOnlyList<FieldCandidate<Section>> candidates, Section generic)
    {
        // The address filing the page under the same generic word (/news/… for "News") backs nothing: it is the stream
        // every story goes through, not a second opinion on the section.
        var name = SiteNames.Fold(generic.Segments[^1].Name);
        var genericSupport = Support(candidates.Where(c => c.Source != ArticleSources.UrlPath).ToArray(), generic);
        foreach (var candidate in candidates.Skip(1))
        {
            // A sentence given for a section is no more specific: it names none.
            var leaf = candidate.Value.Segments[^1].Name;
            if (SectionWords.IsGeneric(leaf) || leaf.Length > MaxNameLength || leaf.Split(' ').Length > MaxNameWords)
            {
                continue;
            }

            // One source does not outrank two that agree on the generic name.
            if (genericSupport >= 2 && Support(candidates, candidate.Value) < 2)
            {
                continue;
            }

            if (candidate.Source != ArticleSources.UrlPath || candidate.Value.Segments.Any(s => SiteNames.Fold(s.Name) == name))
            {
                return candidate;
            }
        }

        return null;
    }
}
