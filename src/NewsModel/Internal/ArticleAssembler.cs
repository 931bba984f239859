using NewsModel.Pipeline;

namespace NewsModel.Internal;

/// <summary>Turns the candidates of a finished context into an article: the winner of each field, and its provenance.</summary>
internal static class ArticleAssembler
{
    public static Article Assemble(ExtractionContext context, IEnumerable<ArticleDiagnostic> inputDiagnostics)
    {
        var provenance = new List<FieldProvenance>();

        T? Pick<T>(ArticleField<T> field)
            where T : class
        {
            var candidates = context.GetCandidates(field);
            if (candidates.Count == 0)
            {
                return null;
            }

            var winner = candidates[0];
            provenance.Add(Describe(field, candidates, winner));
            return winner.Value;
        }

        var alternates = Accumulate(context, ArticleFields.Alternates, a => (a.Url.AbsoluteUri, a.Kind, a.Language), provenance);

        var article = new Article
        {
            Url = context.PageUrl,
            CanonicalUrl = Pick(ArticleFields.CanonicalUrl),
            Headline = Pick(ArticleFields.Headline),
            Description = Pick(ArticleFields.Description),
            Byline = Pick(ArticleFields.Byline) ?? Byline.Empty,
            Published = Pick(ArticleFields.Published),
            Modified = Pick(ArticleFields.Modified),
            Section = Pick(ArticleFields.Section) ?? Section.Empty,
            Tags = Pick(ArticleFields.Tags) ?? [],
            Language = Pick(ArticleFields.Language),
            SiteName = Pick(ArticleFields.SiteName),
            LeadImage = Pick(ArticleFields.LeadImage),
            Body = Pick(ArticleFields.Body) ?? [],
            NextPageUrl = Pick(ArticleFields.NextPage),
            Identity = Pick(ArticleFields.Identity),
            Alternates = alternates,
            Diagnostics = inputDiagnostics.Concat(context.Diagnostics).ToArray(),
        };

        return article with { Provenance = provenance };
    }

    private static List<T> Accumulate<T, TKey>(ExtractionContext context, ArticleField<T> field, Func<T, TKey> key, List<FieldProvenance> provenance)
        where T : notnull
    {
        var candidates = context.GetCandidates(field);
        var seen = new HashSet<TKey>();
        var kept = new List<T>();
        var described = new List<ProvenanceCandidate>();
        foreach (var candidate in candidates)
        {
            var selected = seen.Add(key(candidate.Value));
            if (selected)
            {
                kept.Add(candidate.Value);
            }

            described.Add(new ProvenanceCandidate(candidate.Source, field.Describe(candidate.Value), selected));
        }

        if (kept.Count > 0)
        {
            var sources = string.Join(",", candidates.Select(c => c.Source).Distinct(StringComparer.Ordinal));
            provenance.Add(new FieldProvenance(field.Name, sources, described));
        }

        return kept;
    }

    private static FieldProvenance Describe<T>(ArticleField<T> field, IReadOnlyList<FieldCandidate<T>> candidates, FieldCandidate<T> winner)
        where T : notnull
    {
        var seen = new HashSet<(string, string)>();
        var described = new List<ProvenanceCandidate>(candidates.Count);
        var first = true;
        foreach (var candidate in candidates)
        {
            var text = field.Describe(candidate.Value);
            if (seen.Add((candidate.Source, text)))
            {
                described.Add(new ProvenanceCandidate(candidate.Source, text, first));
            }

            first = false;
        }

        return new FieldProvenance(field.Name, winner.Source, described);
    }
}
