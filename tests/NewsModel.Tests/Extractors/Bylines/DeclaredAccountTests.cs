using NewsModel.Extractors.Bylines;

namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>Author values declared in markup that name a CMS account or a site code the page never prints, and the publisher named as author; hand-written pages.</summary>
public class DeclaredAccountTests
{
    private static Article Parse(string head, string body, string title = "Ferry timetable extended") => TestPages.ParseFerryStory(head, body, title);

    [Theory]
    // A site code in capitals with a digit, initials, a lower-case handle: the CMS account, not a printed name.
    [InlineData("""<meta name="author" content="KWXY9NEWS">""")]
    [InlineData("""<meta itemprop="author" content="hgx">""")]
    [InlineData("""<script type="application/ld+json">{"@graph":[{"@type":"WebPage","@id":"https://www.harbourgazette.example/region/ferry-timetable#webpage","author":{"@id":"https://www.harbourgazette.example/#/schema/person/7f3a"}},{"@type":"Person","@id":"https://www.harbourgazette.example/#/schema/person/7f3a","name":"webnord"}]}</script>""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable extended","author":{"@type":"Person","@id":"https://www.harbourgazette.example/author/jonas-rask/#author","name":"JR"}}</script>""")]
    // The author tag repeats the generator tag: the software or the team that runs the site.
    [InlineData("""<meta name="author" content="HGX - Web Unit"><meta name="generator" content="HGX - Web Unit">""")]
    public void Parse_DeclaredAccountNeverPrinted_NoByline(string head)
    {
        var article = Parse(head, string.Empty);

        Assert.Empty(article.Byline.Contributors);
    }

    [Theory]
    // Printed in the title, by a link to the user's profile, in the text, in the text with other case.
    [InlineData("""<script type="application/ld+json">{"@type":"Recipe","name":"Apple cake","author":{"@type":"Person","name":"crumblequeen"}}</script>""", "", "Apple cake by crumblequeen", "crumblequeen")]
    [InlineData("""<script type="application/ld+json">{"@type":"Recipe","name":"Apple cake","author":{"@type":"Person","name":"crumblequeen"}}</script>""", """<a href="/user/profile/5d1f/crumblequeen.html"><img src="/avatar.png" alt=""></a>""", "Apple cake", "crumblequeen")]
    [InlineData("""<meta name="author" content="KWXY9NEWS">""", """<p class="tagline">Send tips to the KWXY9NEWS desk</p>""", "Ferry timetable extended", "KWXY9NEWS")]
    [InlineData("""<meta name="author" content="crumblequeen">""", """<p class="note">Photos: Crumblequeen</p>""", "Ferry timetable extended", "crumblequeen")]
    public void Parse_DeclaredAccountPrinted_Kept(string head, string body, string title, string expected)
    {
        var article = Parse(head, body, title);

        Assert.Equal([expected], article.Byline.Contributors.Select(c => c.Name));
    }

    [Theory]
    [InlineData("KWXYNEWS", "Capitals")]
    [InlineData("JR", "Capitals")]
    [InlineData("J.R.", "Capitals")]
    [InlineData("webnord", "Handle")]
    [InlineData("jane_roe2", "Handle")]
    [InlineData("Jane Roe", "None")]
    [InlineData("Jane", "None")]
    [InlineData("AFP", "None")]
    [InlineData("dpa", "None")]
    [InlineData("dpa/lno", "None")]
    [InlineData("정하늘", "None")]
    public void Shape_ReadsAccountsNotNames(string name, string expected) =>
        Assert.Equal(expected, DeclaredAccounts.Shape(name).ToString());

    [Fact]
    public void Parse_PublisherOfTwoLettersNamedAsAuthor_NoByline()
    {
        var article = Parse(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry timetable extended","author":{"@type":"Organization","name":"HG"},"publisher":{"@type":"Organization","name":"HG"}}</script>""",
            string.Empty,
            "Ferry timetable extended — HG World News");

        Assert.Empty(article.Byline.Contributors);
    }
}
