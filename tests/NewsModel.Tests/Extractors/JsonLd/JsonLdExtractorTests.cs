using NodaTime;

namespace NewsModel.Tests.Extractors.JsonLd;

public class JsonLdExtractorTests
{
    [Fact]
    public void Extract_NewsArticle_ReadsEveryField()
    {
        var article = TestPages.ParseJsonLd("""
            {
              "@context": "https://schema.org",
              "@type": "NewsArticle",
              "headline": "Harbour cranes return to the old port",
              "description": "Three cranes are back after a decade.",
              "datePublished": "2021-05-25T10:30:00+04:30",
              "dateModified": "2021-05-26T08:00:00Z",
              "author": [
                { "@type": "Person", "name": "Jane Doe", "url": "/staff/jane-doe" },
                { "@type": "Person", "name": "John Roe" }
              ],
              "publisher": { "@type": "NewsMediaOrganization", "name": "Coastline Courier" },
              "articleSection": "Business",
              "keywords": ["ports", "cranes", "Ports"],
              "inLanguage": "en-GB",
              "image": { "@type": "ImageObject", "url": "https://cdn.coastline.example/cranes.jpg", "caption": "The cranes at dawn", "creditText": "Ann Photo", "width": 1200, "height": "800" },
              "mainEntityOfPage": { "@id": "https://www.coastline.example/world/2021/05/harbour-cranes" }
            }
            """);

        Assert.Equal("Harbour cranes return to the old port", article.Headline);
        Assert.Equal("json-ld", article.SourceOf("headline")!.Source);
        Assert.Equal("Three cranes are back after a decade.", article.Description);
        Assert.Equal(new OffsetDateTime(new LocalDateTime(2021, 5, 25, 10, 30), Offset.FromHoursAndMinutes(4, 30)), article.Published!.OffsetDateTime);
        Assert.Equal("json-ld", article.Published.Source);
        Assert.Equal(Instant.FromUtc(2021, 5, 26, 8, 0), article.Modified!.Instant);
        Assert.Equal(["Jane Doe", "John Roe"], article.Byline.Contributors.Select(c => c.Name));
        Assert.All(article.Byline.Contributors, c => Assert.Equal(ContributorKind.Person, c.Kind));
        Assert.Equal(new Uri("https://www.coastline.example/staff/jane-doe"), article.Byline.Contributors[0].ProfileUrl);
        Assert.Equal("Coastline Courier", article.SiteName);
        Assert.Equal("Business", article.Section.Path);
        Assert.Equal(["ports", "cranes"], article.Tags);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("The cranes at dawn", article.LeadImage!.Caption);
        Assert.Equal("Ann Photo", article.LeadImage.Credit);
        Assert.Equal(1200, article.LeadImage.Width);
        Assert.Equal(800, article.LeadImage.Height);
        Assert.Equal(new Uri("https://www.coastline.example/world/2021/05/harbour-cranes"), article.CanonicalUrl);
        Assert.Empty(article.DiagnosticsBesidesBody());
    }

    [Fact]
    public void Extract_OrganizationAuthor_IsOrganization()
    {
        var article = TestPages.ParseJsonLd("""
            {"@context":"https://schema.org","@type":"Article","headline":"Agency copy",
             "author":[{"@type":"Organization","name":"Harbour Press Agency"},{"@type":"Person","name":"Jane Doe"}]}
            """);

        Assert.Equal(ContributorKind.Organization, article.Byline.Contributors[0].Kind);
        Assert.Equal(ContributorKind.Person, article.Byline.Contributors[1].Kind);
    }

    [Fact]
    public void Extract_AuthorStrings_SplitIntoPersons()
    {
        var article = TestPages.ParseJsonLd("""
            {"@context":"https://schema.org","@type":"BlogPosting","headline":"Notes","author":"Jane Doe and John Roe"}
            """);

        Assert.Equal(["Jane Doe", "John Roe"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("Jane P. Doe, Oslo, John Roe", "Jane P. Doe|John Roe")]
    [InlineData("Jane Doe and John Roe", "Jane Doe|John Roe")]
    [InlineData("Doe, Jane", "Doe, Jane")]
    [InlineData("Jane Doe", "Jane Doe")]
    // One comma alone makes no list: what follows may be an affiliation as well as a second name.
    [InlineData("Jane Doe, Harbour Insight", "Jane Doe, Harbour Insight")]
    [InlineData("Jane Roe, John Doe", "Jane Roe, John Doe")]
    // Split only when nothing but full names and places is left: no title, degree or affiliation becomes a person
    // (the title and the degree are dropped, the employer after them is the organization).
    [InlineData("Jane Roe, Senior Editor, Harbour Insight", "Jane Roe")]
    [InlineData("Jane Roe, PhD, Harbour University", "Jane Roe")]
    [InlineData("Jane Roe, Oslo, John Doe, Bergen", "Jane Roe|John Doe")]
    // " e ", " y ", " i " join the parts of one Portuguese, Spanish or Catalan name.
    [InlineData("Maria Gomes e Silva Santos", "Maria Gomes e Silva Santos")]
    [InlineData("Ana Ruiz y Torres", "Ana Ruiz y Torres")]
    public void Extract_PersonNameListingSeveralWriters_CreditsEach(string name, string expected)
    {
        var article = TestPages.ParseJsonLd($$$"""
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Notes","author":{"@type":"Person","name":"{{{name}}}"}}
            """);

        Assert.Equal(expected.Split('|'), article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Extract_OrganizationNameWithConjunction_StaysOne()
    {
        var article = TestPages.ParseJsonLd("""
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Notes","author":{"@type":"Organization","name":"Harbour Press and Media Group"}}
            """);

        Assert.Equal(["Harbour Press and Media Group"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Extract_AuthorThatIsAnAddress_IsIgnored()
    {
        var article = TestPages.ParseJsonLd("""
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Notes","author":{"@type":"Person","name":"https://www.coastline.example/staff/jane"}}
            """);

        Assert.True(article.Byline.IsEmpty);
    }

    [Fact]
    public void Extract_NestedGraphWithReferences_ResolvesAuthorPublisherAndBreadcrumb()
    {
        var article = TestPages.ParseJsonLd("""
            {
              "@context": "https://schema.org",
              "@graph": [
                { "@type": "Organization", "@id": "https://www.coastline.example/#org", "name": "Coastline Courier" },
                { "@type": "WebSite", "@id": "https://www.coastline.example/#website", "name": "Coastline Courier", "publisher": { "@id": "https://www.coastline.example/#org" } },
                { "@type": "WebPage", "@id": "https://www.coastline.example/world/2021/05/harbour-cranes#webpage",
                  "name": "Harbour cranes return - Coastline Courier", "datePublished": "2021-05-25T06:00:00+00:00",
                  "breadcrumb": { "@id": "https://www.coastline.example/world/2021/05/harbour-cranes#breadcrumb" } },
                { "@type": "BreadcrumbList", "@id": "https://www.coastline.example/world/2021/05/harbour-cranes#breadcrumb",
                  "itemListElement": [
                    { "@type": "ListItem", "position": 1, "name": "Home", "item": "https://www.coastline.example/" },
                    { "@type": "ListItem", "position": 2, "name": "World", "item": "https://www.coastline.example/world/" },
                    { "@type": "ListItem", "position": 3, "name": "Harbour cranes return" }
                  ] },
                { "@type": "Person", "@id": "https://www.coastline.example/#/person/1", "name": "Jane Doe", "sameAs": ["https://social.example/jane"] },
                { "@type": ["NewsArticle", "Article"], "@id": "https://www.coastline.example/world/2021/05/harbour-cranes#article",
                  "isPartOf": { "@id": "https://www.coastline.example/world/2021/05/harbour-cranes#webpage" },
                  "headline": "Harbour cranes return", "author": { "@id": "https://www.coastline.example/#/person/1" },
                  "publisher": { "@id": "https://www.coastline.example/#org" } }
              ]
            }
            """);

        Assert.Equal("Harbour cranes return", article.Headline);
        var author = Assert.Single(article.Byline.Contributors);
        Assert.Equal("Jane Doe", author.Name);
        Assert.Equal(new Uri("https://social.example/jane"), author.ProfileUrl);
        Assert.Equal("Coastline Courier", article.SiteName);
        Assert.Equal("json-ld:webpage", article.Published!.Source);
        Assert.Equal(new LocalDate(2021, 5, 25), article.Published.Date);
        var segment = Assert.Single(article.Section.Segments);
        Assert.Equal("World", segment.Name);
        Assert.Equal(new Uri("https://www.coastline.example/world/"), segment.Url);
        Assert.Equal("json-ld:breadcrumb", article.SourceOf("section")!.Source);
    }

    [Fact]
    public void Extract_WebPageWithMainEntity_ReadsTheArticle()
    {
        var article = TestPages.ParseJsonLd("""
            {"@context":"https://schema.org","@type":"WebPage","name":"Page",
             "mainEntity":{"@type":"ReportageNewsArticle","headline":"Inside the harbour","datePublished":"2021-05-25"}}
            """);

        Assert.Equal("Inside the harbour", article.Headline);
        Assert.Equal(new LocalDate(2021, 5, 25), article.Published!.Date);
        Assert.Equal(DatePrecision.Date, article.Published.Precision);
    }

    [Fact]
    public void Extract_SeveralBlocksAndArticles_PrefersTheArticleOfThisPage()
    {
        var article = TestPages.ParsePage("""
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Coastline Courier"}</script>
            <script type="application/ld+json">[
              {"@context":"https://schema.org","@type":"NewsArticle","headline":"A related story","url":"https://www.coastline.example/other"},
              {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour cranes return","url":"https://www.coastline.example/world/2021/05/harbour-cranes"}
            ]</script>
            """);

        Assert.Equal("Harbour cranes return", article.Headline);
    }

    [Theory]
    [InlineData("""{"@context":"https://schema.org","@type":"NewsArticle","headline":"Repaired",}""")]
    [InlineData("""{"@context":"https://schema.org", /* a comment */ "@type":"NewsArticle","headline":"Repaired"}""")]
    public void Extract_TrailingCommaOrComment_ReadsWithoutDiagnostic(string json)
    {
        var article = TestPages.ParseJsonLd(json);

        Assert.Equal("Repaired", article.Headline);
        Assert.Empty(article.DiagnosticsBesidesBody());
    }

    [Theory]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Repaired\",\"description\":\"Line one\nline two\"}")]
    [InlineData("{&quot;@context&quot;:&quot;https://schema.org&quot;,&quot;@type&quot;:&quot;NewsArticle&quot;,&quot;headline&quot;:&quot;Repaired&quot;}")]
    [InlineData("<!-- {\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Repaired\"} -->")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Repaired\",\"description\":\"It\\'s back\"};")]
    [InlineData("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Repaired\",\"description\":\"The \"quoted\" word\"}")]
    public void Extract_MalformedButRepairable_ReadsWithInfoDiagnostic(string json)
    {
        var article = TestPages.ParseJsonLd(json);

        Assert.Equal("Repaired", article.Headline);
        var diagnostic = Assert.Single(article.DiagnosticsBesidesBody());
        Assert.Equal("jsonld.repaired", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
    }

    [Fact]
    public void Extract_UnreadableBlock_IsSkippedWithWarningAndOthersStillRead()
    {
        var article = TestPages.ParsePage("""
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Still read"}</script>
            """);

        Assert.Equal("Still read", article.Headline);
        var diagnostic = Assert.Single(article.DiagnosticsBesidesBody());
        Assert.Equal("jsonld.malformed", diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Extract_UnescapedQuotesInHeadline_AreKept()
    {
        var article = TestPages.ParseJsonLd("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Senator calls rival \"unfit\"\"}");

        Assert.Equal("Senator calls rival \"unfit\"", article.Headline);
    }

    [Fact]
    public void Extract_EntitiesInStrings_AreDecoded()
    {
        var article = TestPages.ParseJsonLd("""
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Caf&eacute; owners &amp; the port","keywords":"ports, caf&eacute;s"}
            """);

        Assert.Equal("Café owners & the port", article.Headline);
        Assert.Equal(["ports", "cafés"], article.Tags);
    }

    [Fact]
    public void Extract_KeywordsAsCommaSeparatedString_SplitsAndDeduplicates()
    {
        var article = TestPages.ParseJsonLd("""
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"x","keywords":"Ports, cranes,  PORTS ,harbour"}
            """);

        Assert.Equal(["Ports", "cranes", "harbour"], article.Tags);
    }

    [Fact]
    public void Extract_ImplausibleDate_IsIgnored()
    {
        var article = TestPages.ParseJsonLd("""
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"x","datePublished":"0001-01-01T00:00:00Z"}
            """);

        Assert.Null(article.Published);
    }
}
