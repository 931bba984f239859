namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>Regressions a review of the byline rules found; hand-written pages and names.</summary>
public class BylineReviewTests
{
    private const string Story =
        "<p>The lighthouse keepers' association met on Tuesday to discuss the repainting of the old tower by the bay.</p>"
        + "<p>Members agreed that the work should start in early spring, before the first sailing boats come back.</p>"
        + "<p>A volunteer team will scrape the old paint and the town council has promised to pay for the new coat.</p>";

    private const string LongIntro =
        "<p>Every winter the lighthouse keepers' association argues about paint, and this winter was no exception at all, as members will tell you.</p>";

    private const string PersonNode =
        """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tower to be repainted","author":{"@type":"Person","name":"Olaf Brink"}}</script>""";

    private static Article Page(string head, string body) =>
        TestPages.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Tower to be repainted</title>{head}</head><body><main><h1>Tower to be repainted</h1>{body}</main></body></html>",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

    [Theory]
    // A teaser of another story under the headline prints its own credit.
    [InlineData("""<div class="teaser"><a href="/town/ferry">Ferry back on time</a><span class="byline">By John Doe</span></div>""" + Story)]
    // A book review: the reviewed book's credit after its title.
    [InlineData(LongIntro + """<p><em>The Painted Tower</em></p><p>By John Doe</p>""" + Story)]
    // A roundup: the second story's credit after its own heading.
    [InlineData(Story + """<h2>Harbour fees rise</h2><p>By John Doe</p>""" + Story)]
    public void Parse_CreditOutsideTheArticleHeader_DoesNotBeatMarkupAuthor(string body)
    {
        var article = Page(PersonNode, body);

        Assert.Equal("Olaf Brink", article.Byline.Contributors[0].Name);
    }

    [Fact]
    public void Parse_CreditInTheArticleHeader_BeatsMarkupAuthor()
    {
        var article = Page(PersonNode, """<p class="byline">By John Doe</p>""" + Story);

        Assert.Equal(["John Doe"], article.Byline.Contributors.Select(c => c.Name));
    }
}

/// <summary>Single-word authors declared in markup that are writers' names, not CMS accounts; hand-written pages.</summary>
public class DeclaredSingleNameReviewTests
{
    private const string Story =
        "<p>The lighthouse keepers' association met on Tuesday to discuss the repainting of the old tower by the bay.</p>"
        + "<p>Members agreed that the work should start in early spring, before the first sailing boats come back.</p>";

    private static Article Page(string head, string body, string host = "www.bayherald.example") =>
        TestPages.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Tower to be repainted</title>{head}</head><body><article><h1>Tower to be repainted</h1>{body}{Story}</article></body></html>",
            new Uri($"https://{host}/town/tower-repainted"));

    [Theory]
    // A one-word name in capitals, printed nowhere or only in the writer's bio or a picture's alt text.
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tower to be repainted","author":{"@type":"Person","name":"WIRYANTO"}}</script>""", "", "WIRYANTO")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tower to be repainted","author":{"@type":"Person","name":"WIRYANTO"}}</script>""", """<img src="/w.jpg" alt="Wiryanto">""", "WIRYANTO")]
    // A lower-case one-word name printed with its accents dropped and a capital.
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tower to be repainted","author":{"@type":"Person","name":"chloë"}}</script>""", """<div class="about">Chloe writes about the coast.</div>""", "chloë")]
    public void Parse_SingleWordName_Kept(string head, string body, string expected)
    {
        var article = Page(head, body);

        Assert.Equal([expected], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_CodeNamingTheHost_Dropped()
    {
        var article = Page("""<meta name="author" content="BAYHERALDWEB">""", string.Empty);

        Assert.Empty(article.Byline.Contributors);
    }
}

/// <summary>Persons declared in markup whose names look like agencies or desks; hand-written pages.</summary>
public class MarkupPersonKindReviewTests
{
    private static Article Page(string author) =>
        TestPages.Parse(
            "<!doctype html><html lang=\"en\"><head><title>Tower to be repainted</title>"
            + $$$"""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tower to be repainted","author":{"@type":"Person","name":"{{{author}}}"}}</script>"""
            + "</head><body><article><h1>Tower to be repainted</h1><p>The lighthouse keepers' association met on Tuesday to discuss the old tower.</p></article></body></html>",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

    [Theory]
    [InlineData("Sana", ContributorKind.Person)]
    [InlineData("Ani", ContributorKind.Person)]
    [InlineData("Kathy Staff", ContributorKind.Person)]
    [InlineData("Eddie Money", ContributorKind.Person)]
    [InlineData("Tim Sport", ContributorKind.Person)]
    [InlineData("Travis News", ContributorKind.Person)]
    [InlineData("SANA", ContributorKind.Organization)]
    [InlineData("Reuters", ContributorKind.Organization)]
    [InlineData("Times Staff", ContributorKind.Organization)]
    [InlineData("Staff Reports", ContributorKind.Organization)]
    [InlineData("Harbour Bureau", ContributorKind.Organization)]
    [InlineData("Bay Herald Sport", ContributorKind.Organization)]
    [InlineData("Tribune News Service", ContributorKind.Organization)]
    [InlineData("Robert Service", ContributorKind.Person)]
    [InlineData("Harbourlocal.com", ContributorKind.Organization)]
    [InlineData("Bay Herald Network (www.bayherald.example)", ContributorKind.Organization)]
    [InlineData("Jane Roe (janeroe.com)", ContributorKind.Person)]
    [InlineData("9 News BAYHERALD", ContributorKind.Organization)]
    [InlineData("Jane Herald", ContributorKind.Person)]
    [InlineData("Our Correspondent", ContributorKind.Organization)]
    [InlineData("مراسلنا", ContributorKind.Organization)]
    [InlineData("Our Jane Roe", ContributorKind.Person)]
    public void Parse_MarkupPerson_KindByName(string author, ContributorKind expected)
    {
        var article = Page(author);

        Assert.Equal(expected, Assert.Single(article.Byline.Contributors).Kind);
    }
}

/// <summary>Names given in markup read whole: no credit phrase, no credit word that opens a surname; hand-written pages.</summary>
public class MarkupNameReviewTests
{
    [Theory]
    [InlineData("The Rev. John de Souza")]
    [InlineData("The Hon. Maria da Costa")]
    [InlineData("The Very Rev. Anna von Berg")]
    [InlineData("El Hadji Malick de Souza")]
    [InlineData("Una Maria da Silva Santos")]
    [InlineData("Vom Hofe Klaus")]
    [InlineData("Af Klint Hilma")]
    public void Parse_MarkupName_KeptWhole(string name)
    {
        var meta = TestPages.ParsePage($"""<meta name="author" content="{name}">""");
        var jsonLd = TestPages.ParseJsonLd($$$"""{"@type":"NewsArticle","headline":"Tower to be repainted","author":{"@type":"Person","name":"{{{name}}}"}}""");

        Assert.Equal([name], meta.Byline.Contributors.Select(c => c.Name));
        Assert.Equal([name], jsonLd.Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("Jane Roe, Dr, MD", "Jane Roe", null, null)]
    [InlineData("Jane Roe, Guest, Toronto", "Jane Roe, Guest, Toronto", null, null)]
    [InlineData("Jane Roe, Kyiv, AP", "Jane Roe", "AP", "Kyiv")]
    public void Parse_MarkupPersonWithDescription_NoTownOfAWord(string name, string expected, string? organization, string? location)
    {
        var jsonLd = TestPages.ParseJsonLd($$$"""{"@type":"NewsArticle","headline":"Tower to be repainted","author":{"@type":"Person","name":"{{{name}}}"}}""");

        var person = Assert.Single(jsonLd.Byline.Contributors);
        Assert.Equal((expected, organization, location), (person.Name, person.Organization, person.Location));
    }
}

/// <summary>Printed bylines with desks, surnames that are desk words, and printed order; invented names.</summary>
public class PrintedDeskReviewTests
{
    [Theory]
    [InlineData("By Eddie Money", "Eddie Money [author]")]
    [InlineData("By Jane Roe, Eddie Money", "Jane Roe [author]; Eddie Money [author]")]
    [InlineData("By Jane Roe, Fox News", "Jane Roe [author, @Fox News]")]
    [InlineData("By Jane Roe, Sky News", "Jane Roe [author, @Sky News]")]
    [InlineData("Jane Roe, Guardian Technology", "Jane Roe [author, @Guardian Technology]")]
    [InlineData("By Jane Roe, Senior Reporter, Harbour Gazette Sport", "Jane Roe [author, @Harbour Gazette Sport, as Senior Reporter]")]
    [InlineData("By Jane Roe and Times Staff", "Jane Roe [author]; Times Staff [author, org]")]
    [InlineData("By Jane Roe Money Travel", "Jane Roe Money Travel [author]")]
    // A desk-like name stays a desk whatever post follows it: "Travis News" reads as "Fox News" does.
    [InlineData("By Travis News, Staff Writer", "Travis News [author, org]")]
    [InlineData("By Travis News, Senior Reporter", "Travis News [author, org]")]
    [InlineData("By Fox News, Staff Writer", "Fox News [author, org]")]
    [InlineData("By Fox News, Staff Reporter", "Fox News [author, org]")]
    [InlineData("By Yahoo News, Staff Writer", "Yahoo News [author, org]")]
    [InlineData("By Fox News", "Fox News [author, org]")]
    [InlineData("By Fox News, Harbour Bureau", "Fox News [author, org]; Harbour Bureau [author, org]")]
    [InlineData("By CNN Business, Staff Writer", "CNN Business [author, org]")]
    [InlineData("By Tribune News Service", "Tribune News Service [author, org]")]
    [InlineData("By Robert Service", "Robert Service [author]")]
    [InlineData("Staff", "Staff [author, org]")]
    [InlineData("By Harbourlocal.com", "Harbourlocal.com [author, org]")]
    public void Parse_DesksAndOrder(string text, string expected) =>
        Assert.Equal(expected, NewsModel.Extractors.Bylines.BylineParser.Describe(NewsModel.Extractors.Bylines.BylineParser.Parse(text)));

    [Fact]
    public void Parse_RunInMenuAfterCredit_KeepsTheWriter()
    {
        var article = TestPages.Parse(
            "<!doctype html><html lang=\"en\"><head><title>Tower to be repainted</title></head><body><article><h1>Tower to be repainted</h1>"
            + "<div class=\"byline\">By Jane Roe<span>Money</span><span>Travel</span></div>"
            + "<p>The lighthouse keepers' association met on Tuesday to discuss the repainting of the old tower by the bay.</p></article></body></html>",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

        Assert.Contains(article.Byline.Contributors, c => c.Name.StartsWith("Jane Roe", StringComparison.Ordinal) && c.Kind == ContributorKind.Person);
    }
}

/// <summary>Names whose last word is a post ("John Writer"): a job title only when every word is one; invented names.</summary>
public class TitleWordNameReviewTests
{
    [Theory]
    [InlineData("By Tom Ceo", "Tom Ceo [author]")]
    [InlineData("By Jane Roe, Senior Editor", "Jane Roe [author, as Senior Editor]")]
    [InlineData("By Jane Roe, National Political Writer", "Jane Roe [author, as National Political Writer]")]
    public void Parse_PostAsSurname(string text, string expected) =>
        Assert.Equal(expected, NewsModel.Extractors.Bylines.BylineParser.Describe(NewsModel.Extractors.Bylines.BylineParser.Parse(text)));

    [Theory]
    [InlineData("Jane Roe and John Writer", "Jane Roe; John Writer")]
    [InlineData("Jane Roe, John Writer", "Jane Roe; John Writer")]
    [InlineData("Jane Roe & Ann Reporter", "Jane Roe; Ann Reporter")]
    [InlineData("Jane Roe, Senior Editor", "Jane Roe")]
    public void SplitContributors_PostAsSurname(string value, string expected) =>
        Assert.Equal(expected, string.Join("; ", NewsModel.Internal.ContributorNames.SplitContributors(value).Select(c => c.Name)));

    [Fact]
    public void SeveralPeople_LastSurnameIsAPost() =>
        Assert.Equal(["Jane Roe", "John Doe", "Amy Writer"], NewsModel.Internal.ContributorNames.SeveralPeople("Jane Roe, John Doe, Amy Writer")!.Select(c => c.Name));
}

/// <summary>A byline container whose extra words are not writers; hand-written pages.</summary>
public class BylineContainerReviewTests
{
    private static Article Page(string byline) =>
        TestPages.Parse(
            "<!doctype html><html lang=\"en\"><head><title>Tower to be repainted</title></head><body><article><h1>Tower to be repainted</h1>"
            + byline
            + "<p>The lighthouse keepers' association met on Tuesday to discuss the repainting of the old tower by the bay.</p></article></body></html>",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

    [Theory]
    [InlineData("""<div class="byline">Bay Herald · <span class="author">By Jane Roe</span> · John Doe Photography</div>""")]
    [InlineData("""<div class="byline"><span class="author">By Jane Roe</span> <span>Share · Tweet · Email</span></div>""")]
    public void Parse_ContainerWithExtraWords_InnerCreditWins(string byline)
    {
        var article = Page(byline);

        Assert.Equal(["Jane Roe"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void Parse_ContainerOfAuthorChildren_NamesThemAll()
    {
        var article = Page("""<div class="byline">By <span class="author">Jane Roe</span> and <span class="author">John Doe</span></div>""");

        Assert.Equal(["Jane Roe", "John Doe"], article.Byline.Contributors.Select(c => c.Name));
    }
}

/// <summary>Lines with a post and an e-mail address that sign nothing; hand-written text.</summary>
public class SignatureReviewTests
{
    [Theory]
    [InlineData("Press contact: Jane Roe, Reporter, jane@bayherald.example")]
    [InlineData("Get in touch: Columnist Tom Lee tom@bayherald.example")]
    [InlineData("사회부 기자 social@bayherald.example")]
    [InlineData("편집국 기자 desk@bayherald.example")]
    public void RoleSignature_ContactOrDesk_IsNoSignature(string line) =>
        Assert.Null(NewsModel.Extractors.Bylines.BodySignatureExtractor.RoleSignature(line));

    [Theory]
    [InlineData("정하늘 기자 sky@bayherald.example", "정하늘")]
    [InlineData("Jane Roe, Staff Writer, jane@bayherald.example", "Jane Roe")]
    public void RoleSignature_Signature_NamesTheWriter(string line, string expected) =>
        Assert.Equal(expected, NewsModel.Extractors.Bylines.BodySignatureExtractor.RoleSignature(line)!.Contributors[0].Name);

    [Fact]
    public void Parse_TipsBoxOutsideTheArticle_IsNoByline()
    {
        var article = TestPages.Parse(
            "<!doctype html><html lang=\"en\"><head><title>Tower to be repainted</title></head><body><article><h1>Tower to be repainted</h1>"
            + "<p>The lighthouse keepers' association met on Tuesday to discuss the repainting of the old tower by the bay.</p>"
            + "<p>Members agreed that the work should start in early spring, before the first sailing boats come back.</p></article>"
            + "<div class=\"box\"><p>Write to us: Columnist Tom Lee <a href=\"mailto:tom@bayherald.example\">tom@bayherald.example</a></p></div></body></html>",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

        Assert.Empty(article.Byline.Contributors);
    }
}

/// <summary>A fact check whose claimant's name contains the writer's as a substring; hand-written page.</summary>
public class ClaimantReviewTests
{
    [Theory]
    [InlineData("Joann Smith", "By Ann Smith", "Ann Smith")]
    [InlineData("Ann Smith", "By Ann Smith", null)]
    public void Parse_ClaimantMatchedByWholeWords(string claimant, string printed, string? expected)
    {
        var article = TestPages.Parse(
            "<!doctype html><html lang=\"en\"><head><title>Tower paint claim checked</title>"
            + $$$$"""<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"The tower was painted red","itemReviewed":{"@type":"Claim","author":{"@type":"Person","name":"{{{{claimant}}}}"}}}</script>"""
            + $"</head><body><article><h1>Tower paint claim checked</h1><div class=\"byline\">{printed}</div>"
            + "<p>The lighthouse keepers' association met on Tuesday to discuss the repainting of the old tower by the bay.</p>"
            + "<p>Members agreed that the work should start in early spring, before the first sailing boats come back.</p></article></body></html>",
            new Uri("https://www.bayherald.example/checks/tower-paint"));

        Assert.Equal(expected, article.Byline.Contributors.FirstOrDefault()?.Name);
    }
}

/// <summary>Bylines printed in capitals whose last word has three letters; invented names.</summary>
public class CapitalsReviewTests
{
    [Theory]
    [InlineData("By SMITH, TOM")]
    [InlineData("By JANE ROE, TIM")]
    public void Parse_ThreeLetterWordInCapitals_IsNoOrganization(string text) =>
        Assert.All(NewsModel.Extractors.Bylines.BylineParser.Parse(text).Contributors, c => Assert.Null(c.Organization));

    [Fact]
    public void Parse_AgencyInCapitals_StillTheOrganization() =>
        Assert.Equal("AFP", NewsModel.Extractors.Bylines.BylineParser.Parse("By JANE ROE, AFP").Contributors.First(c => c.Kind == ContributorKind.Person).Organization);

    [Fact]
    public void SeveralPeople_ThreeLetterWordInCapitals_IsNoOrganization() =>
        Assert.True(NewsModel.Internal.ContributorNames.SeveralPeople("JANE ROE and JOHN DOE, TIM") is not { } people || people.All(c => c.Organization is null));
}

/// <summary>A generational suffix is part of a person's name; a degree is not.</summary>
public class NameSuffixReviewTests
{
    [Theory]
    [InlineData("Walter Lee Brooks, Jr.", "Walter Lee Brooks, Jr.")]
    [InlineData("Walter Brooks, III", "Walter Brooks, III")]
    [InlineData("Jane Roe, PhD", "Jane Roe")]
    public void CleanPerson_KeepsGenerationalSuffix(string value, string expected) =>
        Assert.Equal(expected, NewsModel.Internal.ContributorNames.CleanPerson(value)!.Name);
}

/// <summary>Whether a printed credit opens the article, as the shared article header decides; hand-written pages.</summary>
public class BylineArticleHeaderTests
{
    private const string Story =
        "<p>The lighthouse keepers' association met on Tuesday to discuss the repainting of the old tower by the bay.</p>"
        + "<p>Members agreed that the work should start in early spring, before the first sailing boats come back.</p>";

    private const string PersonNode =
        """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Tower to be repainted","author":{"@type":"Person","name":"Olaf Brink"}}</script>""";

    private static Article Page(string body) =>
        TestPages.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Tower to be repainted</title>{PersonNode}</head><body><main><h1>Tower to be repainted</h1>{body}</main></body></html>",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

    [Fact]
    public void CreditOpeningTheArticleElementBelowTheHeadline_BeatsMarkupAuthor()
    {
        // The headline printed above the <article> that holds the story: the article's own credit, not another entry's.
        var article = Page("""<article><p class="byline">By John Doe</p>""" + Story + "</article>");

        Assert.Equal(["John Doe"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void CreditInOneOfSeveralEntries_DoesNotBeatMarkupAuthor()
    {
        // A live blog's entries after the headline: the first entry's credit is that entry's.
        var article = Page("""<article><p class="byline">By John Doe</p>""" + Story + "</article><article><p>Next post</p>" + Story + "</article><article><p>Third post</p>" + Story + "</article>");

        Assert.Equal(["Olaf Brink"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void CreditInTheEntrysOwnFooter_IsRead()
    {
        // A blog theme prints "Posted by" in the post's footer: the entry's own, not the page's.
        var article = TestPages.Parse(
            "<!doctype html><html lang=\"en\"><head><title>Tower to be repainted</title></head><body><main><div class=\"post hentry\"><h3 class=\"post-title\">Tower to be repainted</h3>"
            + Story + """<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">John Doe</span></span></div></div></main>"""
            + """<footer class="site-footer"><p>By the bay since 1921</p></footer></body></html>""",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

        Assert.Equal(["John Doe"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void AuthorsOfAListOfOtherStoriesAfterTheArticle_AreNotItsByline()
    {
        var card = """<div class="col"><a class="listing__link" href="/town/{0}"><div class="listing__item"><h3>{1}</h3><div class="listing__item__author"><span>{2}</span></div></div></a></div>""";
        var listing = """<div class="listing"><div class="row">""" + string.Format(card, "ferry", "Ferry back on time after the storm", "Jane Roe")
            + string.Format(card, "fees", "Harbour fees rise next year", "Max Berg") + "</div></div>";
        var article = TestPages.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Tower to be repainted</title></head><body><main><article><h1>Tower to be repainted</h1>{Story}</article>{listing}</main></body></html>",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

        Assert.Empty(article.Byline.Contributors);
    }
}

/// <summary>An author box: the name in its heading, a biography after it; hand-written pages.</summary>
public class AuthorBoxHeadingTests
{
    private const string Story =
        "<p>The lighthouse keepers' association met on Tuesday to discuss the repainting of the old tower by the bay, and agreed on a date.</p>";

    [Theory]
    [InlineData("""<div class="author-box"><h4><a href="/by/jane-roe">Jane Roe</a></h4><p>Jane Roe covers the harbour and the town council for the paper.</p></div>""", "Jane Roe")]
    [InlineData("""<div class="author-box"><h3>Ann Lee</h3><p>Ann Lee has written about lighthouses since 1998 and sails in summer.</p></div>""", "Ann Lee")]
    // A credit line with a heading-like label and no biography is read as before.
    [InlineData("""<div class="author"><h5>By John Doe</h5></div>""", "John Doe")]
    public void AuthorBoxWithBiography_HeadingNamesTheWriter(string box, string expected)
    {
        var article = TestPages.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Tower to be repainted</title></head><body><article><h1>Tower to be repainted</h1>{Story}{Story}{box}</article></body></html>",
            new Uri("https://www.bayherald.example/town/tower-repainted"));

        Assert.Equal([expected], article.Byline.Contributors.Select(c => c.Name));
    }
}
