using System.Text;
using NewsModel.Evaluation.Metrics;

namespace NewsModel.Evaluation.Tests.Metrics;

// Expected tokens were produced by Python 3.11: re.findall(r'\w+', text), the benchmark's tokenizer.
public class WordTokenizerTests
{
    [Theory]
    [InlineData("Hello, world!", new[] { "Hello", "world" })]
    [InlineData("it's", new[] { "it", "s" })]
    [InlineData("snake_case and-dash", new[] { "snake_case", "and", "dash" })]
    [InlineData("  ", new string[0])]
    [InlineData("", new string[0])]
    public void Tokenize_AsciiText_SplitsOnNonWordCharacters(string text, string[] expected)
    {
        Assert.Equal(expected, WordTokenizer.Tokenize(text));
    }

    [Fact]
    public void Tokenize_Null_ReturnsNoToken()
    {
        Assert.Empty(WordTokenizer.Tokenize(null));
    }

    [Fact]
    public void Tokenize_PrecomposedAccent_KeepsOneToken()
    {
        Assert.Equal(["café"], WordTokenizer.Tokenize("café"));
    }

    [Fact]
    public void Tokenize_DecomposedAccents_CombiningMarkEndsToken()
    {
        var text = "résumé".Normalize(NormalizationForm.FormD);

        Assert.Equal(["re", "sume"], WordTokenizer.Tokenize(text));
    }

    [Fact]
    public void Tokenize_DecomposedTilde_CombiningMarkEndsToken()
    {
        var text = "Ñandú".Normalize(NormalizationForm.FormD);

        Assert.Equal(["N", "andu"], WordTokenizer.Tokenize(text));
    }

    [Fact]
    public void Tokenize_Devanagari_VowelSignsAndViramaEndTokens()
    {
        // ह ि न ् द ी: the vowel signs (Mc) and the virama (Mn) are not \w in Python.
        Assert.Equal(["ह", "न", "द"], WordTokenizer.Tokenize("हिन्दी"));
    }

    [Fact]
    public void Tokenize_KoreanSyllables_OneToken()
    {
        Assert.Equal(["한국어"], WordTokenizer.Tokenize("한국어"));
    }

    [Fact]
    public void Tokenize_KoreanDecomposedJamo_StaysOneToken()
    {
        // Conjoining jamo are letters (Lo), unlike Latin combining accents.
        var text = "한국어".Normalize(NormalizationForm.FormD);

        Assert.Equal([text], WordTokenizer.Tokenize(text));
        Assert.Equal(8, text.Length);
    }

    [Fact]
    public void Tokenize_Numbers_DigitsLetterNumbersAndOtherNumbersAreWordCharacters()
    {
        Assert.Equal(["x²y", "Ⅻ", "٣٤", "१२३"], WordTokenizer.Tokenize("x²y Ⅻ ٣٤ १२३"));
    }

    [Fact]
    public void Tokenize_ConnectorPunctuationOtherThanUnderscore_EndsToken()
    {
        Assert.Equal(["a", "b", "c_d"], WordTokenizer.Tokenize("a\u203Fb c_d"));
    }

    [Fact]
    public void Tokenize_CombiningLowLineAndEnclosingMark_EndTokens()
    {
        Assert.Equal(["a", "b", "e", "f"], WordTokenizer.Tokenize("a\u0332b e\u20DDf"));
    }

    [Fact]
    public void Tokenize_TitlecaseModifierAndLigatureLetters_AreWordCharacters()
    {
        Assert.Equal(["ǅemal", "ʰa", "ﬁne"], WordTokenizer.Tokenize("ǅemal ʰa ﬁne"));
    }

    [Fact]
    public void Tokenize_SupplementaryPlaneLetter_IsOneWordCharacter()
    {
        // U+1D400 MATHEMATICAL BOLD CAPITAL A is a surrogate pair in UTF-16 but one letter; the emoji is a symbol.
        Assert.Equal(["a\U0001D400b", "z"], WordTokenizer.Tokenize("a\U0001D400b \U0001F600z"));
    }

    [Fact]
    public void Tokenize_UnpairedSurrogate_EndsToken()
    {
        Assert.Equal(["ab", "cd"], WordTokenizer.Tokenize("ab\uD800cd"));
    }

    [Fact]
    public void Tokenize_CaseIsKept()
    {
        Assert.Equal(["The", "THE", "the"], WordTokenizer.Tokenize("The THE the"));
    }

    [Theory]
    [InlineData(0x0301, false)]
    [InlineData(0x093F, false)]
    [InlineData(0x20DD, false)]
    [InlineData(0x203F, false)]
    [InlineData(0x00A0, false)]
    [InlineData(0x005F, true)]
    [InlineData(0x00B2, true)]
    [InlineData(0x216B, true)]
    [InlineData(0x1100, true)]
    [InlineData(0x02B0, true)]
    public void IsWordRune_FollowsPythonWordClass(int scalar, bool expected)
    {
        Assert.Equal(expected, WordTokenizer.IsWordRune(new Rune(scalar)));
    }
}
