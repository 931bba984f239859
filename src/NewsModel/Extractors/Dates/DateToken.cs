using System.Text;

namespace NewsModel.Extractors.Dates;

/// <summary>A piece of date text: a number, a word or a symbol, with where it stood in the original text.</summary>
internal readonly record struct DateToken(DateToken.Kinds Kind, string Text, int Start, int End, bool SpaceBefore)
{
    public enum Kinds
    {
        Number,
        Word,
        Symbol,
    }

    public bool IsNumber => Kind == Kinds.Number;

    public bool IsWord => Kind == Kinds.Word;

    public int Value => IsNumber && Text.Length <= 9 ? int.Parse(Text, System.Globalization.CultureInfo.InvariantCulture) : -1;

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(char c) => Kind == Kinds.Symbol && Text.Length == 1 && Text[0] == c;

    /// <summary>Splits text into tokens. Digits of any script (Eastern Arabic, Persian, full-width) become ASCII digits.</summary>
    public static List<DateToken> Tokenize(string text, out DigitScript script)
    {
        script = DigitScript.Ascii;
        var tokens = new List<DateToken>();
        var i = 0;
        var space = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200c' or '\u200d' or '\u200f' or '\u200e' or '\u061c')
            {
                space = true;
                i++;
                continue;
            }

            var start = i;
            if (char.IsDigit(c))
            {
                var digits = new StringBuilder();
                while (i < text.Length && char.IsDigit(text[i]))
                {
                    var value = (int)char.GetNumericValue(text[i]);
                    if (text[i] is >= '\u06F0' and <= '\u06F9')
                    {
                        script = DigitScript.Persian;
                    }
                    else if (text[i] is >= '\u0660' and <= '\u0669' && script != DigitScript.Persian)
                    {
                        script = DigitScript.ArabicIndic;
                    }

                    digits.Append((char)('0' + value));
                    i++;
                }

                tokens.Add(new DateToken(Kinds.Number, digits.ToString(), start, i, space));
            }
            else if (char.IsLetter(c) || IsMark(c))
            {
                while (i < text.Length && (char.IsLetter(text[i]) || IsMark(text[i])
                       || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new DateToken(Kinds.Word, text[start..i].Replace('’', '\''), start, i, space));
            }
            else
            {
                i++;
                tokens.Add(new DateToken(Kinds.Symbol, text[start..i], start, i, space));
            }

            space = false;
        }

        return tokens;
    }

    // A vowel sign or a virama inside a word: Arabic and Hebrew marks, and the Indic scripts' signs that take space ("मार्च").
    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>The digits a text used, which tells Solar Hijri (Persian digits) from Hijri (Arabic-Indic digits) numeric dates.</summary>
    public enum DigitScript
    {
        Ascii,
        ArabicIndic,
        Persian,
    }
}
