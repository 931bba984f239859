using System.Text;
using AngleSharp.Html.Parser;
using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Harness;

namespace NewsModel.Evaluation.Tests.Harness;

public class VisibleTextPredictorTests
{
    private static string Text(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        return VisibleTextPredictor.Extract(document.Body);
    }

    [Fact]
    public void Extract_HiddenElements_Dropped()
    {
        var text = Text("<body><p>Shown</p><script>var hidden = 1;</script><style>p{}</style><noscript>Enable JS</noscript><template><p>Later</p></template></body>");

        Assert.Equal("Shown", text);
    }

    [Fact]
    public void Extract_AdjacentInlineElements_SeparatedBySpace()
    {
        Assert.Equal("one two three", Text("<body><span>one</span><span>two</span><b>three</b></body>"));
    }

    [Fact]
    public void Extract_Blocks_OnTheirOwnLines()
    {
        Assert.Equal("Title\nFirst paragraph.\nItem", Text("<body><h1>Title</h1><p>First   paragraph.</p><ul><li>Item</li></ul></body>"));
    }

    [Fact]
    public void Extract_HeadText_NotIncluded()
    {
        Assert.Equal("Body", Text("<html><head><title>Head title</title></head><body>Body</body></html>"));
    }

    [Fact]
    public void Predict_Page_TitleLineThenBodyText()
    {
        var bytes = Encoding.UTF8.GetBytes("<html><head><title> Ferry  news </title><style>p{}</style></head><body><p>Body text</p></body></html>");

        var prediction = new VisibleTextPredictor().Predict(new LabelledPage { Id = "p", PagePath = "p" }, bytes).Prediction;

        Assert.Equal("Ferry news\nBody text", prediction.Body);
        Assert.Null(prediction.Headline);
    }
}
