using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Tests.Metrics;

public class TextNormalizationTests
{
    [Theory]
    [InlineData("  a \n\t b\u00A0 c  ", "a b c")]
    [InlineData("\r\n", "")]
    [InlineData(null, "")]
    [InlineData("one", "one")]
    public void CollapseWhitespace_Runs_OneSpaceAndTrimmed(string? text, string expected)
    {
        Assert.Equal(expected, TextNormalization.CollapseWhitespace(text));
    }

    [Theory]
    [InlineData("José Núñez", "jose nunez")]
    [InlineData("JOSE  NUNEZ", "jose nunez")]
    [InlineData("J.R. Stone", "j r stone")]
    [InlineData("Kazım TÜRKMEN", "kazım turkmen")]
    [InlineData(" -- ", "")]
    public void FoldedKey_CaseAccentsAndPunctuation_Ignored(string text, string expected)
    {
        Assert.Equal(expected, TextNormalization.FoldedKey(text));
    }
}
