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
}
