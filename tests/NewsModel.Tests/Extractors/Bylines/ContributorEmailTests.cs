using NewsModel.Internal;
using NewsModel.Json;

namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>A contributor's e-mail address, from the byline's links and text, a signature and markup; with decoys.</summary>
public class ContributorEmailTests
{
    [Theory]
    [InlineData("mailto:jane.roe@harbour.example", "jane.roe@harbour.example")]
    [InlineData("mailto:jane.roe@harbour.example?subject=Ferry%20timetable", "jane.roe@harbour.example")]
    [InlineData("mailto:jane%2Eroe@harbour.example", "jane.roe@harbour.example")]
    [InlineData("(jane.roe@harbour.example)", "jane.roe@harbour.example")]
    [InlineData("<jane.roe@harbour.example>.", "jane.roe@harbour.example")]
    [InlineData("JANE.ROE@HARBOUR.EXAMPLE", "jane.roe@harbour.example")]
    [InlineData("Jane.Roe@Harbour.example", "Jane.Roe@Harbour.example")]
    [InlineData("@janeroe", null)]
    [InlineData("jane@localhost", null)]
    [InlineData("jane@@harbour.example", null)]
    [InlineData("jane roe@harbour.example", null)]
    [InlineData("https://harbour.example/@jane", null)]
    [InlineData("mailto:", null)]
    public void Email_ReadsOneAddress(string text, string? expected) => Assert.Equal(expected, ContributorNames.Email(text));

    [Theory]
    [InlineData("""<p class="byline">By <a href="mailto:marta.lindqvist@harbourgazette.example">Marta Lindqvist</a></p>""", "Marta Lindqvist", "marta.lindqvist@harbourgazette.example")]
    [InlineData("""<p class="byline">By Marta Lindqvist (marta.lindqvist@harbourgazette.example)</p>""", "Marta Lindqvist", "marta.lindqvist@harbourgazette.example")]
    [InlineData("""<p class="byline">By Marta Lindqvist | marta.lindqvist@harbourgazette.example</p>""", "Marta Lindqvist", "marta.lindqvist@harbourgazette.example")]
    [InlineData("""<p class="byline">By MARTA LINDQVIST, MARTA.LINDQVIST@HARBOURGAZETTE.EXAMPLE</p>""", "Marta Lindqvist", "marta.lindqvist@harbourgazette.example")]
    // An envelope beside the one person named.
    [InlineData("""<p class="byline">By <a href="/author/marta-lindqvist">Marta Lindqvist</a> <a class="email" href="mailto:marta.lindqvist@harbourgazette.example?subject=Ferry"><svg></svg></a></p>""", "Marta Lindqvist", "marta.lindqvist@harbourgazette.example")]
    public void Parse_BylineEmail_IsThePersons(string byline, string name, string email)
    {
        var article = TestPages.ParseFerryStory(string.Empty, byline);

        var person = Assert.Single(article.Byline.Contributors);
        Assert.Equal(name, person.Name);
        Assert.Equal(email, person.Email);
    }

    [Fact]
    public void Parse_TwoAddressesPrinted_EachAfterItsName()
    {
        var article = TestPages.ParseFerryStory(string.Empty, """<p class="byline">By Marta Lindqvist (marta@harbourgazette.example) and Tom Hale (tom@harbourgazette.example)</p>""");

        Assert.Equal(
            [("Marta Lindqvist", "marta@harbourgazette.example"), ("Tom Hale", "tom@harbourgazette.example")],
            article.Byline.Contributors.Select(c => (c.Name, c.Email)));
    }

    [Fact]
    public void Parse_OneEnvelopeBesideTwoWriters_IsNobodys()
    {
        var article = TestPages.ParseFerryStory(string.Empty, """<p class="byline">By <a href="/author/marta">Marta Lindqvist</a> and <a href="/author/tom">Tom Hale</a> <a href="mailto:desk@harbourgazette.example">Email us</a></p>""");

        Assert.Equal(["Marta Lindqvist", "Tom Hale"], article.Byline.Contributors.Select(c => c.Name));
        Assert.All(article.Byline.Contributors, c => Assert.Null(c.Email));
    }

    [Theory]
    [InlineData("""<p class="byline">By Marta Lindqvist · Send tips to <a href="mailto:tips@harbourgazette.example">tips@harbourgazette.example</a></p>""")]
    [InlineData("""<p class="byline">By Marta Lindqvist (redaktion@harbourgazette.example)</p>""")]
    public void Parse_NewsroomAddressBesideTheWriter_IsNotHers(string byline)
    {
        var person = Assert.Single(TestPages.ParseFerryStory(string.Empty, byline).Byline.Contributors);

        Assert.Equal("Marta Lindqvist", person.Name);
        Assert.Null(person.Email);
    }

    [Fact]
    public void Parse_SignatureWithAddress_GivesTheAddress()
    {
        var article = TestPages.ParseFerryStoryEnding("<p>Marta Lindqvist, Staff Writer, marta@harbourgazette.example</p>");

        var person = Assert.Single(article.Byline.Contributors);
        Assert.Equal("marta@harbourgazette.example", person.Email);
    }

    [Fact]
    public void Parse_DeclaredEmail_CarriedToThePrintedByline()
    {
        var article = TestPages.ParseFerryStory(
            """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry timetable extended","author":{"@type":"Person","name":"Marta Lindqvist","email":"mailto:marta@harbourgazette.example"}}</script>""",
            """<p class="byline">By Marta Lindqvist, Staff Writer</p>""");

        var person = Assert.Single(article.Byline.Contributors);
        Assert.Equal("Staff Writer", person.JobTitle);
        Assert.Equal("marta@harbourgazette.example", person.Email);
    }

    [Fact]
    public void Parse_MicrodataEmail_Read()
    {
        var article = TestPages.ParseFerryStory(
            string.Empty,
            """<div itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Marta Lindqvist</span> <a itemprop="email" href="mailto:marta@harbourgazette.example">write to her</a></span></div>""");

        Assert.Contains(article.Byline.Contributors, c => c.Name == "Marta Lindqvist" && c.Email == "marta@harbourgazette.example");
    }

    [Fact]
    public void JsonLd_WritesThePersonsEmail()
    {
        var article = TestPages.ParseFerryStory(string.Empty, """<p class="byline">By <a href="mailto:marta@harbourgazette.example">Marta Lindqvist</a></p>""");

        Assert.Contains("\"email\":\"marta@harbourgazette.example\"", ArticleJsonLd.Serialize(article), StringComparison.Ordinal);
        Assert.Contains("\"email\":\"marta@harbourgazette.example\"", ArticleJson.Serialize(article), StringComparison.Ordinal);
    }
}
