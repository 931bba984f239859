using NewsModel.Blocks;

namespace NewsModel.Pipeline;

/// <summary>The article fields extractors can propose values for.</summary>
public static class ArticleFields
{
    /// <summary>The headline.</summary>
    public static ArticleField<string> Headline { get; } = new("headline", v => v);

    /// <summary>The description or dek.</summary>
    public static ArticleField<string> Description { get; } = new("description", v => v);

    /// <summary>The canonical address.</summary>
    public static ArticleField<Uri> CanonicalUrl { get; } = new("canonicalUrl", v => v.OriginalString);

    /// <summary>The byline.</summary>
    public static ArticleField<Byline> Byline { get; } = new("byline", v => v.ToString());

    /// <summary>The publication date.</summary>
    public static ArticleField<ArticleDate> Published { get; } = new("published", v => v.ToIsoString());

    /// <summary>The modification date.</summary>
    public static ArticleField<ArticleDate> Modified { get; } = new("modified", v => v.ToIsoString());

    /// <summary>The section path.</summary>
    public static ArticleField<Section> Section { get; } = new("section", v => v.Path);

    /// <summary>The tags; the list of highest precedence wins whole.</summary>
    public static ArticleField<IReadOnlyList<string>> Tags { get; } = new("tags", v => string.Join(", ", v));

    /// <summary>The language tag.</summary>
    public static ArticleField<string> Language { get; } = new("language", v => v);

    /// <summary>The site or publication name.</summary>
    public static ArticleField<string> SiteName { get; } = new("siteName", v => v);

    /// <summary>The lead image.</summary>
    public static ArticleField<ArticleImage> LeadImage { get; } = new("leadImage", v => v.Url.OriginalString);

    /// <summary>The body blocks.</summary>
    public static ArticleField<IReadOnlyList<Block>> Body { get; } = new("body", v => $"{v.Count} blocks");

    /// <summary>The next page of an article split across pages.</summary>
    public static ArticleField<Uri> NextPage { get; } = new("nextPageUrl", v => v.OriginalString);

    /// <summary>The identity across mirrors.</summary>
    public static ArticleField<ArticleIdentity> Identity { get; } = new("identity", v => v.Key);

    /// <summary>Alternate addresses; every proposed address is kept, once.</summary>
    public static ArticleField<AlternateMirror> Alternates { get; } = new("alternates", v => $"{v.Kind}: {v.Url.OriginalString}", accumulates: true);
}
