using NewsModel.Extractors.Content;

namespace NewsModel.Tests.Extractors.Content;

public class CaptionSplitterTests
{
    [Theory]
    [InlineData("Boats in the harbour at dawn. (File photo by Getty Images)", "Boats in the harbour at dawn.", "File photo by Getty Images")]
    [InlineData("Boats in the harbour at dawn. Photo: Ivo Stenn/Reuters", "Boats in the harbour at dawn.", "Ivo Stenn/Reuters")]
    [InlineData("Boats in the harbour at dawn. © Cape Gazette", "Boats in the harbour at dawn.", "© Cape Gazette")]
    [InlineData("Boats in the harbour at dawn. Mara Quill/AFP", "Boats in the harbour at dawn.", "Mara Quill/AFP")]
    [InlineData("Boten im Hafen. Foto: Ivo Stenn", "Boten im Hafen.", "Ivo Stenn")]
    [InlineData("Photo: Harbour Archive", null, "Harbour Archive")]
    [InlineData("Boats in the harbour (left) at dawn", "Boats in the harbour (left) at dawn", null)]
    [InlineData("The keeper's log (1951)", "The keeper's log (1951)", null)]
    public void Split_Caption_SeparatesCredit(string text, string? caption, string? credit)
    {
        Assert.Equal((caption, credit), CaptionSplitter.Split(text));
    }

    [Fact]
    public void Split_Blank_ReturnsNothing()
    {
        Assert.Equal((null, null), CaptionSplitter.Split("  "));
    }
}
