using NewsModel.Internal;

namespace NewsModel.Tests.Internal;

public class TextNormalizerTests
{
    /// <summary>Input, expected: the zero-width non-joiner and joiner stay inside words and emoji, and go at a word's edge.</summary>
    public static TheoryData<string, string> Texts => new()
    {
        { "  a \t b\u00A0c  ", "a b c" },
        { "a\u200Bb", "a b" },
        // Persian spelling: the non-joiner keeps "می‌شود" from joining into "میشود".
        { "آغاز می\u200Cشود", "آغاز می\u200Cشود" },
        { "علی\u200Cرضا محمدی\u200Cنژاد", "علی\u200Cرضا محمدی\u200Cنژاد" },
        // At a word's edge, doubled, or alone it joins nothing.
        { "این\u200C \u200Cآن\u200C", "این آن" },
        { "\u200Cمی\u200C\u200Cشود", "می\u200Cشود" },
        { "\u200C", "" },
        // Emoji sequences: the rainbow flag and a family stay whole.
        { "Pride \U0001F3F3\uFE0F\u200D\U0001F308 march", "Pride \U0001F3F3\uFE0F\u200D\U0001F308 march" },
        { "\U0001F468\u200D\U0001F469\u200D\U0001F467", "\U0001F468\u200D\U0001F469\u200D\U0001F467" },
        // Beside punctuation or after a digit it joins nothing; after a virama at a word's end it makes a Malayalam chillu.
        { "کرد\u200C. (\u200Cگفت\u200Cوگو\u200C)", "کرد. (گفت\u200Cوگو)" },
        { "Route 8\u200C: «اتوبوس\u200Cها\u200C»", "Route 8: «اتوبوس\u200Cها»" },
        { "\u0D05\u0D30\u0D4D\u200D\u0D1C\u0D41\u0D28\u0D4D\u200D \u0D2E\u0D47\u0D28\u0D4B\u0D28\u0D4D\u200D", "\u0D05\u0D30\u0D4D\u200D\u0D1C\u0D41\u0D28\u0D4D\u200D \u0D2E\u0D47\u0D28\u0D4B\u0D28\u0D4D\u200D" },
        // Soft hyphens, word joiners and byte-order marks carry nothing.
        { "Zei\u00ADtung\u2060\uFEFF", "Zeitung" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Collapse_Table(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Collapse(text));
    }
}
