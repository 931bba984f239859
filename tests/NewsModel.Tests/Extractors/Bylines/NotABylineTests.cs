namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>Printed text that is no credit of the article: a fact check's claimant, an advertising label after the text; hand-written pages.</summary>
public class NotABylineTests
{
    private const string Story =
        "<p>The harbour board agreed on Monday evening to extend the winter ferry timetable by another two weeks this year.</p>"
        + "<p>Residents on the outer islands had asked for the change since the spring, when the last boat left too early.</p>"
        + "<p>The board will review the timetable again next autumn, after the new terminal on the north pier has opened.</p>";

    private static Article Parse(string head, string body, string title = "Ferry timetable extended") =>
        TestPages.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>{title}</title>{head}</head><body><article><h1>Ferry timetable extended</h1>{body}{Story}</article></body></html>",
            new Uri("https://www.harbourgazette.example/region/ferry-timetable"));

    // Repeated so that the ending lies beyond the reach of the printed-byline reader.
    private static Article ParseEnding(string ending, string opening = "") =>
        TestPages.Parse(
            $"<!doctype html><html lang=\"en\"><head><title>Ferry timetable extended</title></head><body><article><h1>Ferry timetable extended</h1>{opening}{string.Concat(Enumerable.Repeat(Story, 25))}{ending}</article></body></html>",
            new Uri("https://www.harbourgazette.example/region/ferry-timetable"));

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
