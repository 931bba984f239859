using NodaTime;

namespace NewsModel.Evaluation.Harness;

/// <summary>What an extractor produced for one page, in the terms the metrics compare.</summary>
/// <param name="Body">The main text; empty when none.</param>
/// <param name="Headline">The headline, or null.</param>
/// <param name="Authors">The author names, one per contributor.</param>
/// <param name="Published">The publication date, or null.</param>
/// <param name="Section">The section path's levels, root first; null or empty when none.</param>
public sealed record Prediction(string Body, string? Headline, IReadOnlyList<string> Authors, LocalDate? Published, IReadOnlyList<string>? Section = null)
{
    /// <summary>A prediction with nothing in it.</summary>
    public static Prediction Empty { get; } = new(string.Empty, null, [], null);

    /// <summary>The section path's levels, root first; empty when none.</summary>
    public IReadOnlyList<string> SectionLevels => Section ?? [];
}
