using System.Text;
using NewsModel.Internal;

namespace NewsModel.Tests.Internal;

public class CharsetDetectorTests
{
    private const string Russian = "Новости: рынок открылся ростом";
    private const string Japanese = "東京の天気は晴れです";
    private const string French = "Café, crème brûlée et œuvres";

    private static byte[] Page(string charsetDeclaration, string body, Encoding encoding) =>
        encoding.GetBytes($"<html><head>{charsetDeclaration}<title>{body}</title></head><body><p>{body}</p></body></html>");

    public static TheoryData<string, string, string> Declared => new()
    {
        { "<meta charset=\"windows-1251\">", "windows-1251", Russian },
        { "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">", "windows-1251", Russian },
        { "<meta charset='koi8-r'>", "koi8-r", Russian },
        { "<meta charset=shift_jis>", "shift_jis", Japanese },
        { "<meta charset=\"EUC-JP\">", "euc-jp", Japanese },
        { "<meta charset=\"gb2312\">", "gb18030", "北京新闻" },
        { "<meta charset=\"iso-8859-1\">", "windows-1252", French },
        { "<META HTTP-EQUIV=\"content-type\" CONTENT=\"text/html;charset=ISO-8859-15\">", "iso-8859-15", French },
        { "<meta charset=\"utf-8\">", "utf-8", Russian },
    };

    [Theory]
    [MemberData(nameof(Declared))]
    public void Parse_DeclaredCharset_DecodesTitle(string declaration, string encodingName, string text)
    {
        var encoding = CharsetDetector.FromLabel(encodingName)!;
        var bytes = Page(declaration, text, encoding);

        var article = ArticleParser.Parse(bytes);

        Assert.Equal(text, article.Headline);
    }

    [Fact]
    public void Parse_NoDeclarationValidUtf8_Utf8()
    {
        var article = ArticleParser.Parse(Page(string.Empty, Russian, new UTF8Encoding(false)));

        Assert.Equal(Russian, article.Headline);
    }

    [Fact]
    public void Parse_NoDeclarationInvalidUtf8_Windows1252()
    {
        var article = ArticleParser.Parse(Page(string.Empty, French, CharsetDetector.FromLabel("windows-1252")!));

        Assert.Equal(French, article.Headline);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    public void Parse_ByteOrderMark_WinsOverDeclaration(string name)
    {
        var encoding = name switch { "utf-16LE" => Encoding.Unicode, "utf-16BE" => Encoding.BigEndianUnicode, _ => new UTF8Encoding(true) };
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes($"<html><head><meta charset=\"windows-1251\"><title>{Russian}</title></head></html>")).ToArray();

        Assert.Equal(Russian, ArticleParser.Parse(bytes).Headline);
    }

    [Fact]
    public void Parse_ContentTypeHint_WinsOverPageDeclaration()
    {
        var bytes = Page("<meta charset=\"iso-8859-1\">", Russian, CharsetDetector.FromLabel("windows-1251")!);

        var article = ArticleParser.Parse(bytes, null, new ArticleParserOptions { ContentType = "text/html; charset=\"windows-1251\"" });

        Assert.Equal(Russian, article.Headline);
    }

    [Fact]
    public void Parse_UnknownDeclaredLabel_FallsBackToDetection()
    {
        Assert.Equal(Russian, ArticleParser.Parse(Page("<meta charset=\"x-no-such-charset\">", Russian, new UTF8Encoding(false))).Headline);
    }

    [Fact]
    public void Parse_DeclarationInsideCommentIgnored()
    {
        var bytes = Encoding.UTF8.GetBytes($"<html><head><!-- <meta charset=\"windows-1251\"> --><title>{Russian}</title></head></html>");

        Assert.Equal(Russian, ArticleParser.Parse(bytes).Headline);
    }

    [Fact]
    public void Parse_Utf16Declaration_TreatedAsUtf8()
    {
        Assert.Equal(Russian, ArticleParser.Parse(Page("<meta charset=\"utf-16\">", Russian, new UTF8Encoding(false))).Headline);
    }

    [Fact]
    public async Task ParseAsync_Stream_SameAsBytes()
    {
        var bytes = Page("<meta charset=\"windows-1251\">", Russian, CharsetDetector.FromLabel("windows-1251")!);
        using var stream = new MemoryStream(bytes);

        var article = await ArticleParser.ParseAsync(stream);

        Assert.Equal(ArticleParser.Parse(bytes), article);
    }
}
