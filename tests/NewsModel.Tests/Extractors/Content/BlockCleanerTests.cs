using NewsModel.Blocks;
using NewsModel.Extractors.Content;

namespace NewsModel.Tests.Extractors.Content;

/// <summary>The short lines the cleaner drops after the body's last kept paragraph and hands on as its closing lines.</summary>
public class BlockCleanerTests
{
    private const string Prose = "Der Gemeinderat hat am Montagabend über den neuen Radweg entlang der Uferstraße beraten und lange diskutiert.";

    private static BuiltBlock Paragraph(string text, bool link = false) => new(new ParagraphBlock(text), text.Count(c => c != ' '), link ? text.Count(c => c != ' ') : 0);

    private static BuiltBlock Of(Block block) => new(block, block.ToPlainText().Count(c => c != ' '), 0);

    private static List<string> Closing(params BuiltBlock[] built)
    {
        BlockCleaner.Clean([.. built], [], out var closing);
        return closing;
    }

    [Fact]
    public void Clean_CreditDroppedAfterTheText_HandedOn()
    {
        var body = new List<BuiltBlock> { Paragraph(Prose), Paragraph(Prose), Paragraph("Von Marta Lindqvist") };

        var kept = BlockCleaner.Clean(body, [], out var closing);

        Assert.Equal(2, kept.Count);
        Assert.Equal(["Von Marta Lindqvist"], closing);
    }

    [Fact]
    public void Clean_KeptLastParagraph_NotAClosingLine()
    {
        Assert.Empty(Closing(Paragraph(Prose), Paragraph(Prose)));
    }

    [Fact]
    public void Clean_ManyDroppedLines_AtMostThreeNearestFirst()
    {
        var closing = Closing(Paragraph(Prose), Paragraph("Von Marta Lindqvist"), Paragraph("Quelle: dpa"), Paragraph("Teilen"), Paragraph("Drucken"));

        Assert.Equal(["Von Marta Lindqvist", "Quelle: dpa", "Teilen"], closing);
    }

    [Fact]
    public void Clean_LinkedSourceLine_HandedOnButALinkedTeaserEndsTheClose()
    {
        Assert.Equal(["Quelle: dpa"], Closing(Paragraph(Prose), Paragraph("Quelle: dpa", link: true)));
        Assert.Empty(Closing(Paragraph(Prose), Paragraph("Neue Brücke über den Fluss eröffnet", link: true), Paragraph("Von Jonas Weidemann")));
        Assert.Empty(Closing(Paragraph(Prose), Paragraph("Mehr zum Thema:"), Paragraph("Von Jonas Weidemann")));
    }

    [Fact]
    public void Clean_HeadingAfterTheText_EndsTheClosingLines()
    {
        // A teaser block: its writer is not the article's.
        var closing = Closing(Paragraph(Prose), Of(new HeadingBlock(2, "Mehr zum Thema")), Paragraph("Neue Brücke über den Fluss eröffnet", link: true), Paragraph("Von Jonas Weidemann"));

        Assert.Empty(closing);
    }

    [Fact]
    public void Clean_ListOrTableAfterTheText_EndsTheClosingLines()
    {
        Assert.Empty(Closing(Paragraph(Prose), Of(new ListBlock(false, ["Eins", "Zwei"])), Paragraph("Von Jonas Weidemann")));
        Assert.Empty(Closing(Paragraph(Prose), Of(new TableBlock([["Jahr", "Zahl"]])), Paragraph("Quelle: dpa")));
        Assert.Equal(["Teilen"], Closing(Paragraph(Prose), Paragraph("Teilen"), Of(new ListBlock(false, ["Mehr", "Teilen"])) with { LinkCharacters = 11 }, Paragraph("Quelle: dpa")));
    }
}
