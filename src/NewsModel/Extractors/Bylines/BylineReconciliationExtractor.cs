using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Settles the byline once every reader has proposed its own, by agreement between sources: a less trusted source
/// that names everyone the winner names and more ("Jane Roe" in JSON-LD, "Jane Roe, John Doe" printed under the
/// headline) completes it; a set of names that three or more sources give, the printed byline among them,
/// overrules a set that only one source gives; a printed byline overrules a <c>meta name=author</c> that no other
/// source backs and that shares no name with it; a printed credit with its credit word ("By Jane Roe") overrules an
/// author declared only in markup that shares no word of a name with it, that nothing printed backs and that no more
/// sources give (a CMS's person node naming the account that posted the piece); a given name credited alone ("Von
/// Jane") is completed from the one full name the page gives for a person of that name (<see cref="GivenNameCompletion"/>);
/// a news agency declared as the author in markup gives way to a printed byline in the header that names a person with
/// that agency ("Anna-Lena Brückner / dpa, Hamburg" against a JSON-LD "dpa").
/// Then a person the chosen byline names without a job title takes the one another source gives the same name ("Jane
/// Roe" chosen from JSON-LD, "By Jane Roe, Staff Writer" printed; a JSON-LD <c>jobTitle</c> for the printed byline),
/// and likewise the e-mail address.
/// </summary>
/// <remarks>Stateless and thread-safe. Runs after the markup readers and the printed-byline reader.</remarks>
public sealed class BylineReconciliationExtractor : IArticleExtractor
{
    /// <inheritdoc />
    public string Name => "byline-reconciliation";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Settle(context);
        CompleteJobTitles(context);
        CompleteEmails(context);
        CompleteFromPrinted(context);
    }

    /// <summary>
    /// Where the chosen byline came from markup and the printed byline credits the same people (all of its people are the
    /// winner's), what the printed one says more of them: a person's place and organization where the winner gives none
    /// ("By Kendra Vail | Orange Coast Register", "Aus Kiew berichtet Jonas Wetterau"), and the news agencies it credits
    /// beside them ("Par Étienne Brassac avec AFP", "Ondřej Hrubý, ČTK"); the byline keeps its source.
    /// </summary>
    private static void CompleteFromPrinted(ExtractionContext context)
    {
        var candidates = context.GetCandidates(ArticleFields.Byline);
        if (candidates.Count < 2 || candidates[0].Source is ArticleSources.PublisherProfile or ArticleSources.DomByline
            || !candidates.Any(c => c.Source == ArticleSources.DomByline))
        {
            return;
        }

        var printed = candidates.First(c => c.Source == ArticleSources.DomByline).Value;

        var winner = candidates[0];
        var people = PersonKeys(winner.Value);
        var printedPeople = printed.Contributors.Where(c => c.Kind == ContributorKind.Person).ToList();
        if (printedPeople.Count == 0 || !printedPeople.All(p => people.Contains(SiteNames.Fold(p.Name))))
        {
            return;
        }

        var changed = false;
        var completed = new List<Contributor>(winner.Value.Contributors.Count + 1);
        foreach (var contributor in winner.Value.Contributors)
        {
            var same = contributor.Kind == ContributorKind.Person ? printedPeople.FirstOrDefault(p => SiteNames.Fold(p.Name) == SiteNames.Fold(contributor.Name)) : null;
            var next = same is null ? contributor : contributor with
            {
                Location = contributor.Location ?? same.Location,
                Organization = contributor.Organization ?? same.Organization,
            };
            changed |= next != contributor;
            completed.Add(next);
        }

        // The agencies the printed byline credits beside the people, which the winner does not name.
        var named = winner.Value.Agencies.ToHashSet(StringComparer.Ordinal);
        foreach (var agency in printed.Contributors.Where(c => c.Kind == ContributorKind.Organization))
        {
            if (NewsAgencies.DisplayNameOf(agency.Name) is { } display && named.Add(display))
            {
                completed.Add(agency);
                changed = true;
            }
        }

        if (changed)
        {
            context.Propose(ArticleFields.Byline, winner.Value with { Contributors = completed }, winner.Source, winner.Priority + 1);
        }
    }

    /// <summary>
    /// Gives a person the chosen byline names without an e-mail address the one another source gives a person of the same
    /// name (a JSON-LD <c>email</c> for the printed byline, a <c>mailto:</c> link in the printed byline for the JSON-LD
    /// author); the byline keeps its source.
    /// </summary>
    private static void CompleteEmails(ExtractionContext context)
    {
        var candidates = context.GetCandidates(ArticleFields.Byline);
        if (candidates.Count < 2 || candidates[0].Source == ArticleSources.PublisherProfile
            || !candidates[0].Value.Contributors.Any(c => c is { Kind: ContributorKind.Person, Email: null }))
        {
            return;
        }

        var emails = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var contributor in candidates.Skip(1).SelectMany(c => c.Value.Contributors))
        {
            if (contributor is { Kind: ContributorKind.Person, Email: { } email })
            {
                emails.TryAdd(SiteNames.Fold(contributor.Name), email);
            }
        }

        var winner = candidates[0];
        if (!winner.Value.Contributors.Any(c => c is { Kind: ContributorKind.Person, Email: null } && emails.ContainsKey(SiteNames.Fold(c.Name))))
        {
            return;
        }

        var completed = winner.Value.Contributors
            .Select(c => c is { Kind: ContributorKind.Person, Email: null } && emails.TryGetValue(SiteNames.Fold(c.Name), out var email) ? c with { Email = email } : c)
            .ToArray();
        context.Propose(ArticleFields.Byline, winner.Value with { Contributors = completed }, winner.Source, winner.Priority + 1);
    }

    /// <summary>
    /// Gives a person the chosen byline names without a job title the title the most trusted other source gives a person of
    /// the same name, else the title the page sets in an element of its own beside her name (<see cref="JobTitleElements"/>);
    /// the byline keeps its source.
    /// </summary>
    private static void CompleteJobTitles(ExtractionContext context)
    {
        var candidates = context.GetCandidates(ArticleFields.Byline);
        if (candidates.Count == 0 || candidates[0].Source == ArticleSources.PublisherProfile
            || !candidates[0].Value.Contributors.Any(c => c is { Kind: ContributorKind.Person, JobTitle: null }))
        {
            return;
        }

        Dictionary<string, string>? titles = null;
        foreach (var candidate in candidates.Skip(1))
        {
            foreach (var contributor in candidate.Value.Contributors)
            {
                if (contributor is { Kind: ContributorKind.Person, JobTitle: { } title })
                {
                    (titles ??= new(StringComparer.Ordinal)).TryAdd(SiteNames.Fold(contributor.Name), title);
                }
            }
        }

        var winner = candidates[0];

        // Then the title the page sets in an element of its own beside a person's name ("author__role").
        var people = winner.Value.Contributors.Where(c => c.Kind == ContributorKind.Person)
            .GroupBy(c => SiteNames.Fold(c.Name)).Where(g => g.Key.Length > 0).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var untitled = winner.Value.Contributors.Where(c => c is { Kind: ContributorKind.Person, JobTitle: null }).Select(c => SiteNames.Fold(c.Name))
            .Where(k => k.Length > 0 && !(titles?.ContainsKey(k) ?? false)).ToHashSet(StringComparer.Ordinal);
        if (untitled.Count > 0 && JobTitleElements.Find(context, people, untitled) is { } printed)
        {
            foreach (var (key, title) in printed)
            {
                (titles ??= new(StringComparer.Ordinal)).TryAdd(key, title);
            }
        }

        if (titles is null || !winner.Value.Contributors.Any(c => c is { Kind: ContributorKind.Person, JobTitle: null } && titles.ContainsKey(SiteNames.Fold(c.Name))))
        {
            return;
        }

        var completed = winner.Value.Contributors
            .Select(c => c is { Kind: ContributorKind.Person, JobTitle: null } && titles.TryGetValue(SiteNames.Fold(c.Name), out var title) ? c with { JobTitle = title } : c)
            .ToArray();
        context.Propose(ArticleFields.Byline, winner.Value with { Contributors = completed }, winner.Source, winner.Priority + 1);
    }

    private static void Settle(ExtractionContext context)
    {
        var candidates = context.GetCandidates(ArticleFields.Byline);
        if (candidates.Count == 0 || candidates[0].Source == ArticleSources.PublisherProfile)
        {
            return;
        }

        // "Von Jane": a given name alone, completed from the one full name the page gives for a person of that name.
        if (candidates[0].Value.Contributors is [{ Kind: ContributorKind.Person } alone]
            && GivenNameCompletion.Complete(context, alone.Name, candidates.Skip(1).Select(c => c.Value)) is { } full)
        {
            var completed = candidates[0].Value with { Contributors = [alone with { Name = full }] };
            context.Propose(ArticleFields.Byline, completed, candidates[0].Source, FieldPrecedence.Confirmed);
            return;
        }

        if (candidates.Count < 2)
        {
            return;
        }

        var winner = Keys(candidates[0].Value);
        if (winner.Count == 0)
        {
            return;
        }

        var printed = candidates.Where(c => c.Source == ArticleSources.DomByline).Select(c => Keys(c.Value)).FirstOrDefault();

        // "By <a rel=author>Jane Roe</a> in Berlin", "Par <a rel=author>Julie Martin</a> avec AFP": the author link (or
        // microformat) reads the name out of the printed byline, which says more of the same people (where they are, whom
        // they work for, the agency beside them); the printed byline, naming the same people and no other, is the fuller
        // reading.
        if (candidates[0].Source is ArticleSources.AuthorLink or ArticleSources.Microformat && printed is not null
            && candidates.First(c => c.Source == ArticleSources.DomByline).Value is var fuller
            && PersonKeys(fuller).SetEquals(winner) && candidates[0].Value.Contributors.All(c => c.Kind == ContributorKind.Person)
            && SaysMore(fuller, candidates[0].Value))
        {
            context.Propose(ArticleFields.Byline, fuller, ArticleSources.DomByline, FieldPrecedence.Confirmed);
            return;
        }

        // A fuller list that contains the winner's names, which the printed byline (or, without one, a second source) confirms.
        foreach (var candidate in candidates.Skip(1))
        {
            var keys = Keys(candidate.Value);
            if (keys.Count > winner.Count && winner.IsSubsetOf(keys) && Extras(candidate.Value, winner).All(LooksLikePersonName)
                && (printed is null ? candidates.Count(c => Keys(c.Value).SetEquals(keys)) >= 2 : printed.SetEquals(keys)))
            {
                context.Propose(ArticleFields.Byline, candidate.Value, candidate.Source, FieldPrecedence.Confirmed);
                return;
            }
        }

        // The author tag a theme or a site fills in for every page ("Studio Nord - Theme Team") against a printed
        // byline that names someone else: when no other source backs the tag, the page names the writer.
        // A printed given name alone that starts the tag's full name ("Von Jane" against "Jane Roe") names the same person.
        if (printed is { Count: > 0 } && candidates[0].Source == ArticleSources.MetaAuthor && !printed.Overlaps(winner)
            && candidates.Count(c => Keys(c.Value).Overlaps(winner)) == 1
            && !GivenNameOf(candidates.First(c => c.Source == ArticleSources.DomByline).Value, candidates[0].Value))
        {
            var dom = candidates.First(c => c.Source == ArticleSources.DomByline);
            context.Propose(ArticleFields.Byline, dom.Value, dom.Source, FieldPrecedence.Confirmed);
            return;
        }

        // A wire declared as the author in markup ("dpa") above a printed byline that names the wire's own reporter
        // ("Anna-Lena Brückner / dpa, Hamburg"): the person the page credits, with the agency beside her.
        if (DeclaredSources.Contains(candidates[0].Source) && candidates[0].Value.Contributors.All(c => c.Kind == ContributorKind.Organization && NewsAgencies.IsAgency(c.Name))
            && candidates.FirstOrDefault(c => c.Source == ArticleSources.DomByline) is { } reporter
            && reporter.Value.Contributors.Any(c => c.Kind == ContributorKind.Person)
            && context.GetShared(_ => new BylineExtractor.PrintedPlace()).InHeader
            && candidates[0].Value.Agencies.All(reporter.Value.Agencies.Contains))
        {
            context.Propose(ArticleFields.Byline, reporter.Value, reporter.Source, FieldPrecedence.Confirmed);
            return;
        }

        if (printed is null || printed.Count == 0 || printed.Overlaps(winner))
        {
            return;
        }

        // Names that several sources agree on, the printed byline among them, against a winner that stands alone.
        var agreeing = candidates.Where(c => printed.IsSubsetOf(Keys(c.Value))).ToList();
        if (agreeing.Count >= 3 && candidates.Count(c => Keys(c.Value).SetEquals(winner)) == 1)
        {
            context.Propose(ArticleFields.Byline, agreeing[0].Value, agreeing[0].Source, FieldPrecedence.Confirmed);
            return;
        }

        // A credit printed with its credit word ("By Jane Roe") against an author only declared in markup (a CMS's
        // person node or author tag: the account that posted the piece) that shares no word of a name with it, that
        // nothing printed on the page backs and that no more sources give than give the printed names: the page
        // names the writer readers see.
        var printedByline = candidates.First(c => c.Source == ArticleSources.DomByline);
        // Only a credit in the article's own header: a teaser's, a reviewed book's or a roundup's next story's "By ..." does not.
        if (DeclaredSources.Contains(candidates[0].Source) && context.GetShared(_ => new BylineExtractor.PrintedPlace()).InHeader
            && BylineExtractor.IsPrefixed(printedByline.Value.Text ?? string.Empty)
            && !candidates.Any(c => PrintedSources.Contains(c.Source) && SharesNameWord(c.Value, candidates[0].Value))
            && candidates.Count(c => SharesNameWord(c.Value, printedByline.Value)) >= candidates.Count(c => SharesNameWord(c.Value, candidates[0].Value)))
        {
            context.Propose(ArticleFields.Byline, printedByline.Value, printedByline.Source, FieldPrecedence.Confirmed);
        }
    }

    /// <summary>Whether two bylines share a word of three letters or more in a name ("Jane Roe" and "Jane Roe-Smith" do; "Jane Roe" and "John Doe" do not).</summary>
    private static bool SharesNameWord(Byline first, Byline second)
    {
        var words = first.Contributors.SelectMany(c => c.Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Select(SiteNames.Fold).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);
        return second.Contributors.SelectMany(c => c.Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Any(w => words.Contains(SiteNames.Fold(w)));
    }

    // Sources that read values written for machines only, and sources that read what the page prints.
    private static readonly HashSet<string> DeclaredSources = new(StringComparer.Ordinal)
    {
        ArticleSources.JsonLd, ArticleSources.JsonLdWebPage, ArticleSources.Microdata, ArticleSources.MetaAuthor, ArticleSources.ArticleAuthor,
        ArticleSources.Parsely, ArticleSources.Sailthru, ArticleSources.DublinCore, ArticleSources.Citation,
    };

    private static readonly HashSet<string> PrintedSources = new(StringComparer.Ordinal)
    {
        ArticleSources.DomByline, ArticleSources.Microformat, ArticleSources.AuthorLink,
    };

    private static IEnumerable<string> Extras(Byline byline, HashSet<string> winner) =>
        byline.Contributors.Where(c => !winner.Contains(SiteNames.Fold(c.Name))).Select(c => c.Name);

    /// <summary>
    /// A name added to a confirmed list must read as a person's ("Simon Kohler"): two to four words, none an acronym.
    /// A job title ("Attorney") or a department ("ACLU Racial Justice Program") parsed out of a printed byline is not one.
    /// </summary>
    private static bool LooksLikePersonName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => !(w.Length > 2 && w.All(c => !char.IsLetter(c) || char.IsUpper(c))));
    }

    /// <summary>Whether a byline of one name is a given name alone (<see cref="GivenNameCompletion.IsGivenNameAlone"/>) that starts the other's one name.</summary>
    private static bool GivenNameOf(Byline given, Byline full) =>
        given.Contributors is [{ Kind: ContributorKind.Person } alone] && GivenNameCompletion.IsGivenNameAlone(alone.Name)
        && full.Contributors is [{ Kind: ContributorKind.Person } person] && person.Name.StartsWith(alone.Name + " ", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a byline naming the same people says more of them than another: an organization, a place or a job title
    /// the other does not give, or an organization credited beside them.
    /// </summary>
    private static bool SaysMore(Byline fuller, Byline other) =>
        fuller.Contributors.Any(c => c.Kind == ContributorKind.Organization)
        || fuller.Contributors.Any(c => other.Contributors.FirstOrDefault(o => SiteNames.Fold(o.Name) == SiteNames.Fold(c.Name)) is { } same
            && ((c.Location is not null && same.Location is null) || (c.Organization is not null && same.Organization is null) || (c.JobTitle is not null && same.JobTitle is null)));

    private static HashSet<string> PersonKeys(Byline byline) =>
        byline.Contributors.Where(c => c.Kind == ContributorKind.Person).Select(c => SiteNames.Fold(c.Name)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Keys(Byline byline) =>
        byline.Contributors.Select(c => SiteNames.Fold(c.Name)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
}
