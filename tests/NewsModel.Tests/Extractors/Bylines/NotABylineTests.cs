namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>Printed text that is no credit of the article: a fact check's claimant, an advertising label after the text; hand-written pages.</summary>
public class NotABylineTests
{
    private static Article Parse(string head, string body, string title = "Ferry timetable extended") => TestPages.ParseFerryStory(head, body, title);

    private static Article ParseEnding(string ending, string opening = "") => TestPages.ParseFerryStoryEnding(ending, opening);

    [Fact]
    public void Parse_FactCheckClaimBox_ClaimantIsNoByline()
    {
        const string claimReview = """<script type="application/ld+json">{"@type":"ClaimReview","claimReviewed":"The ferry never runs late.","itemReviewed":{"@type":"CreativeWork","author":{"@type":"Person","name":"The Danish and Swedish port authorities"}},"author":{"@type":"Organization","name":"Harbour Gazette"}}</script>""";
        const string claimBox = """<div class="statement"><div class="statement-author"><h4 class="author">The Danish and Swedish port authorities</h4></div><p>“The ferry never runs late.”</p></div>""";

        var article = Parse(claimReview, claimBox);

        Assert.Empty(article.Byline.Contributors);
    }

    [Theory]
    [InlineData("<p>Iklan</p>")]
    [InlineData("<p>Реклама</p>")]
    [InlineData("<p>Mainos</p>")]
    public void Parse_AdvertisingLabelAfterTheText_NoSignature(string ending)
    {
        var article = ParseEnding(ending);

        Assert.Empty(article.Byline.Contributors);
    }

    /// <summary>
    /// A sidebar list of other items, each a link and its credit ("von Jane Roe" under each title): the credits are
    /// those items' writers. The list's links lead to topic folders, so no story-card rule sees them as stories.
    /// </summary>
    [Theory]
    [InlineData("div", "list-author")]
    [InlineData("span", "item-autor")]
    public void Parse_CreditsOfAListOfOtherItems_NoByline(string tag, string credit)
    {
        var html = $"""
            <!doctype html><html lang="de"><head><title>Hafen</title></head><body>
            <div class="row"><div class="col-main"><div class="item"><h1>Der Hafen bekommt neue Kräne</h1>{TestPages.FerryStory}</div></div>
            <div class="col-side"><h4>Ebenfalls lesenswert</h4><ul>
            <li><a href="/themen/meldungen/detail/neue-faehre-fuer-die-inseln/">Neue Fähre für die Inseln im Norden</a><{tag} class="{credit}">von Jane Roeder</{tag}></li>
            <li><a href="/themen/meldungen/detail/kai-gesperrt/">Kai gesperrt</a><{tag} class="{credit}">von Tom Berger</{tag}></li>
            <li><a href="/themen/meldungen/detail/mehr-geld-fuer-den-hafen/">Mehr Geld für den Hafen der Stadt</a><{tag} class="{credit}">von Jane Roeder</{tag}></li>
            </ul></div></div></body></html>
            """;

        var article = TestPages.Parse(html);

        Assert.Empty(article.Byline.Contributors);
    }

    /// <summary>The article's own writers listed one per item, each beside a link to their profile: a credit, not a list of other items.</summary>
    [Fact]
    public void Parse_WritersListedOnePerItem_StillTheByline()
    {
        const string html = """
            <!doctype html><html lang="de"><head><title>Hafen</title></head><body><article><h1>Der Hafen bekommt neue Kräne</h1>
            <ul class="credits"><li><span class="author">von Jane Roeder</span> <a href="/autoren/jane-roeder/">Alle Artikel von Jane Roeder</a></li>
            <li><span class="author">Tom Berger</span> <a href="/autoren/tom-berger/">Alle Artikel von Tom Berger</a></li></ul>
            """ + TestPages.FerryStory + "</article></body></html>";

        var article = TestPages.Parse(html);

        Assert.Contains(article.Byline.Contributors, c => c.Name == "Jane Roeder");
    }
}
