using NewsModel.Blocks;
using NodaTime;

namespace NewsModel.Tests.Domain;

/// <summary>A fully populated article, used wherever a test needs every field set.</summary>
internal static class TestData
{
    public static Article FullArticle() => new()
    {
        Url = new Uri("https://www.example.org/news/2024/05/03/1234/quay-wall?utm_source=feed"),
        CanonicalUrl = new Uri("https://www.example.org/news/2024/05/03/1234/quay-wall"),
        Headline = "Quay wall collapse closes the inner harbour",
        Description = "Engineers say repairs will take weeks.",
        Byline = new Byline
        {
            Text = "By Ada Quist and Reuters",
            Contributors =
            [
                new Contributor("Ada Quist") { Organization = "Example Post", JobTitle = "Harbour Correspondent", Location = "Harbourtown", ProfileUrl = new Uri("https://www.example.org/authors/ada"), Email = "ada.quist@example.org" },
                new Contributor("Reuters", ContributorRole.Author, ContributorKind.Organization),
                new Contributor("Ben Marsh", ContributorRole.Editor),
            ],
        },
        Published = ArticleDate.FromZonedDateTime(
            new LocalDateTime(2024, 5, 3, 10, 30).InZoneLeniently(DateTimeZoneProviders.Tzdb["Asia/Tehran"]), "json-ld", "3 May 2024 10:30"),
        Modified = ArticleDate.FromLocalDateTime(new LocalDateTime(2024, 5, 3, 14, 0), "dom", "Updated 14:00"),
        Section = new Section { Segments = [new SectionSegment("News", new Uri("https://www.example.org/news")), new SectionSegment("Harbour")] },
        Tags = ["harbour", "infrastructure"],
        Language = "en-GB",
        SiteName = "Example Post",
        LeadImage = new ArticleImage(new Uri("https://img.example.org/quay.jpg")) { Alt = "The quay", Caption = "The damaged quay on Friday.", Credit = "Getty Images", Width = 1200, Height = 800 },
        Body =
        [
            new ParagraphBlock("Part of the quay wall gave way early on Friday."),
            new HeadingBlock(2, "What happens next"),
            new QuoteBlock("We will reopen as soon as it is safe.") { Attribution = "Harbour master" },
            new ListBlock(ordered: true, ["Survey", "Repair", "Reopen"]),
            new FigureBlock(new ArticleImage(new Uri("https://img.example.org/crane.jpg")) { Caption = "A crane on site.", Credit = "AP" }),
            new TableBlock([["Day", "Ships"], ["Friday", "0"]]) { HasHeaderRow = true, Caption = "Traffic" },
            new EmbedBlock(new Uri("https://video.example.com/v/42")) { Provider = "video", Text = "Drone footage" },
            new PreformattedBlock("  depth: 12 m\n  width: 40 m"),
        ],
        Identity = new ArticleIdentity("example-post:1234") { Publisher = "example-post", ArticleId = "1234", CanonicalUrl = new Uri("https://example.org/news/2024/05/03/1234/quay-wall") },
        Alternates =
        [
            new AlternateMirror(new Uri("https://mirror.example.net/news/1234"), MirrorKind.Mirror) { Source = "notice" },
            new AlternateMirror(new Uri("https://www.example.org/fa/news/1234"), MirrorKind.Translation) { Language = "fa" },
            new AlternateMirror(new Uri("https://www.example.org/feed.xml"), MirrorKind.Feed) { MediaType = "application/rss+xml" },
        ],
        Provenance = [new FieldProvenance("headline", "og:title", [new ProvenanceCandidate("og:title", "Quay wall collapse closes the inner harbour", true), new ProvenanceCandidate("title", "Quay wall collapse | Example Post", false)])],
        Diagnostics = [new ArticleDiagnostic(DiagnosticSeverity.Warning, "jsonld.malformed", "Skipped a JSON-LD block.")],
    };
}
