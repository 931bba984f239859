using NewsModel.Extractors.Bylines;

namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>The writer's signature at the end of the body, read only when nothing else credits the article; with decoys.</summary>
public class BodySignatureTests
{
    private const string Text =
        "<p>Der Gemeinderat hat am Montagabend über den neuen Radweg entlang der Uferstraße beraten und lange diskutiert.</p>"
        + "<p>Die Anwohner hatten sich seit Jahren für eine sichere Verbindung zwischen dem Ortskern und dem Bahnhof eingesetzt.</p>"
        + "<p>Nach einer kurzen Pause stimmten die meisten Mitglieder für den Entwurf, den das Bauamt vorgelegt hatte.</p>";

    // Repeated so that the ending lies beyond the reach of the printed-byline reader, which reads the lines below the headline.
    private static Article Parse(string ending, string head = "") =>
        TestPages.Parse(
            $"<!doctype html><html lang=\"de\"><head><title>Neuer Radweg</title>{head}</head><body><article><h1>Neuer Radweg am Ufer</h1>{string.Concat(Enumerable.Repeat(Text, 25))}{ending}</article></body></html>",
            new Uri("https://kreisblatt.example/lokales/radweg-4711"));

    [Theory]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen. (Jonas K. Weidemann)</p>", "Jonas K. Weidemann")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen. (Jonas Weidemann) +++</p>", "Jonas Weidemann")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Marta Lindqvist</p>", "Marta Lindqvist")]
    [InlineData("<p>Bis zum nächsten Mal, und danke fürs Lesen!</p><p>Mirko<br>3. März 2019</p>", "Mirko")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>— Marta Lindqvist</p>", "Marta Lindqvist")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.<br>Selim YILDIRIM<br>Vorsitzender des Vereins</p>", "Selim YILDIRIM")]
    public void Parse_SignatureAtTheEnd_NameRead(string ending, string expected)
    {
        var article = Parse(ending);

        Assert.Equal([expected], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("body:signature", article.SourceOf("byline")!.Source);
    }

    [Theory]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Von Marta Lindqvist</p>", "Marta Lindqvist [author]")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Von Marta Lindqvist und Jonas Weidemann</p>", "Marta Lindqvist [author]; Jonas Weidemann [author]")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Quelle: <a href=\"https://agentur.example\">dpa</a></p>", "dpa [author, org]")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Quelle: AFP/dpa</p>", "AFP [author, org]; dpa [author, org]")]
    // A full stop after the names does not make the credit a sentence.
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Von Marta Lindqvist.</p>", "Marta Lindqvist [author]")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Von Marta Lindqvist und Jonas Weidemann.</p>", "Marta Lindqvist [author]; Jonas Weidemann [author]")]
    public void Parse_ClosingCreditLine_Read(string ending, string expected)
    {
        var article = Parse(ending);

        Assert.Equal(expected, BylineParser.Describe(article.Byline));
        Assert.Equal("body:signature", article.SourceOf("byline")!.Source);
    }

    [Theory]
    [InlineData("<p>Hamburg (dpa) – Der Gemeinderat hat am Montagabend über den neuen Radweg beraten.</p>", "dpa [author, org]")]
    [InlineData("<p>BAD TÖLZ (dpa/lby) – Der Gemeinderat hat am Montagabend über den neuen Radweg beraten.</p>", "dpa/lby [author, org]")]
    [InlineData("<p>Frankfurt/Main (AFP/Reuters) – Der Gemeinderat hat am Montagabend über den neuen Radweg beraten.</p>", "AFP [author, org]; Reuters [author, org]")]
    [InlineData("<p>FRANKFURT (AFP): Der Gemeinderat hat am Montagabend über den neuen Radweg beraten.</p>", "AFP [author, org]")]
    [InlineData("<p>Weil am Rhein (dpa) – Der Gemeinderat hat am Montagabend über den neuen Radweg beraten.</p>", "dpa [author, org]")]
    [InlineData("<p>LONDON (PA) – Der Gemeinderat hat am Montagabend über den neuen Radweg beraten.</p>", "PA [author, org]")]
    [InlineData("<p>Frankfurt an der Oder (dpa) – Der Gemeinderat hat am Montagabend über den neuen Radweg beraten.</p>", "dpa [author, org]")]
    [InlineData("<p>Rio das Ostras (AFP) – Der Gemeinderat hat am Montagabend über den neuen Radweg beraten.</p>", "AFP [author, org]")]
    public void Parse_AgencyInTheOpeningDateline_Read(string opening, string expected)
    {
        var article = TestPages.Parse(
            $"<!doctype html><html lang=\"de\"><head><title>Neuer Radweg</title></head><body><article><h1>Neuer Radweg am Ufer</h1>{opening}{string.Concat(Enumerable.Repeat(Text, 25))}</article></body></html>",
            new Uri("https://kreisblatt.example/lokales/radweg-4711"));

        Assert.Equal(expected, BylineParser.Describe(article.Byline));
        Assert.Equal("body:dateline", article.SourceOf("byline")!.Source);
    }

    [Theory]
    [InlineData("<p>Hamburg (SPD) – Der Gemeinderat hat am Montagabend über den neuen Radweg beraten.</p>")]
    [InlineData("<p>Die Stadtwerke (dpa-Archiv) haben am Montagabend über den neuen Radweg beraten.</p>")]
    [InlineData("<p>Hamburg (dpa/Jonas Weidemann) – Der Gemeinderat hat am Montagabend über den neuen Radweg beraten.</p>")]
    [InlineData("<p>Der Gemeinderat hat am Montagabend über den neuen Radweg beraten, berichtet Hamburg (dpa) – so heißt es.</p>")]
    // A sentence, not a place; a colon after a place not in capitals; an ambiguous short alias not written as an agency.
    [InlineData("<p>Laut Reuters (AP) – hat der Gemeinderat am Montagabend über den neuen Radweg beraten.</p>")]
    [InlineData("<p>Tagesordnung (PA): Der Gemeinderat hat am Montagabend über den neuen Radweg beraten.</p>")]
    [InlineData("<p>Hamburg (pa) – Der Gemeinderat hat am Montagabend über den neuen Radweg beraten.</p>")]
    [InlineData("<p>Hamburg (mehr) – Der Gemeinderat hat am Montagabend über den neuen Radweg beraten.</p>")]
    // The agency named, not a place: the opening speaks of it.
    [InlineData("<p>Deutsche Presse-Agentur (dpa) – so heißt die Agentur, die über den neuen Radweg berichtet hat.</p>")]
    [InlineData("<p>Der Sprecher der Polizei (dpa) – so stand es am Montagabend über den neuen Radweg im Bericht.</p>")]
    public void Parse_NoAgencyDateline_NoByline(string opening)
    {
        var article = TestPages.Parse(
            $"<!doctype html><html lang=\"de\"><head><title>Neuer Radweg</title></head><body><article><h1>Neuer Radweg am Ufer</h1>{opening}{string.Concat(Enumerable.Repeat(Text, 25))}</article></body></html>",
            new Uri("https://kreisblatt.example/lokales/radweg-4711"));

        Assert.Empty(article.Byline.Contributors);
    }

    [Theory]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Quelle: Bauamt</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Quelle: dpa, Bauamt</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Quelle: mehr</p>")]
    // A closing sentence opening with "Von" is no credit.
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Von Berlin Hauptbahnhof fahren dann stündlich Züge.</p>")]
    // The source of a table or a chart, not of the article.
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><table><tr><td>2021</td><td>12</td></tr><tr><td>2022</td><td>15</td></tr></table><p>Quelle: dpa</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><figure><img src=\"/grafik.png\" alt=\"Radwege\"><figcaption>Radwege im Kreis</figcaption></figure><p>Quelle: dpa</p>")]
    // A table's note and source in one paragraph.
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><table><tr><td>2021</td><td>12</td></tr><tr><td>2022</td><td>15</td></tr></table><p>Stand: 2022<br>Quelle: dpa</p>")]
    // A teaser after a label, without a heading.
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p><strong>Mehr zum Thema:</strong></p><p><a href=\"/lokales/bruecke-4712\">Neue Brücke über den Fluss eröffnet</a></p><p>Von Jonas Weidemann</p>")]
    // A teaser block after the text: its writer is not the article's.
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><h2>Mehr zum Thema</h2><p><a href=\"/lokales/bruecke-4712\">Neue Brücke über den Fluss eröffnet</a></p><p>Von Jonas Weidemann</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen. (jkw)</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen. (dpa)</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen. (AFP)</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen. (Symbolbild)</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen. (Foto: Jonas Weidemann)</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen. (Quelle: Bauamt)</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen. (2019)</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen. (Grüne)</p>")]
    [InlineData("<p>Das sagte Bürgermeister Jonas Weidemann (Grüne)</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen, sagt Jonas Weidemann (parteilos)</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Weiterlesen:</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>IFB</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>kreisblatt.example</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Mehr zum Thema im Lokalteil der nächsten Ausgabe</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Marta Lindqvist</p><p>Sie hat den Entwurf im Bauamt betreut und kennt die Pläne genau.</p>")]
    [InlineData("<p>Mitglieder im Ausschuss:</p><p>Marta Lindqvist</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Von Montag bis Freitag</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Vom Bahnhof Nord</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Von Marta</p>")]
    [InlineData("<p>Der Bau soll im Frühjahr beginnen.</p><p>Fotos: Marta Lindqvist</p>")]
    public void Parse_NoSignatureAtTheEnd_NoByline(string ending)
    {
        var article = Parse(ending);

        Assert.Empty(article.Byline.Contributors);
    }

    [Fact]
    public void Parse_BylineInMarkup_SignatureNotRead()
    {
        var article = Parse("<p>Der Bau soll im Frühjahr beginnen. (Jonas Weidemann)</p>", "<meta name=\"author\" content=\"Paula Stein\">");

        Assert.Equal(["Paula Stein"], article.Byline.Contributors.Select(c => c.Name));
        Assert.DoesNotContain(article.Provenance.SelectMany(p => p.Candidates), c => c.Source == "body:signature");
    }

    [Fact]
    public void Parse_SignatureAtTheEnd_BodyKept()
    {
        var article = Parse("<p>Der Bau soll im Frühjahr beginnen. (Jonas Weidemann)</p>");

        Assert.Contains("(Jonas Weidemann)", article.Body.Last().ToPlainText(), StringComparison.Ordinal);
    }
}
