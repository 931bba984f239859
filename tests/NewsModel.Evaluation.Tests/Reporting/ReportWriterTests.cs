using System.Text.Json;
using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Harness;
using NewsModel.Evaluation.Reporting;
using NewsModel.Evaluation.Tests.Support;

namespace NewsModel.Evaluation.Tests.Reporting;

public class ReportWriterTests
{
    [Fact]
    public void PageReport_OneJsonObjectPerPage_WithScoresAndTexts()
    {
        using var corpus = new TempCorpus("ferry").Scrapinghub(("ferry", "https://gazette.example/ferry", Pages.FerryBody, Pages.FerryHtml));
        var result = CorpusEvaluator.Evaluate(CorpusReader.Read(corpus.Directory), new VisibleTextPredictor(), resamples: 10);
        var path = Path.Combine(corpus.Root, "pages.jsonl");

        PageReportWriter.Write(path, [result]);

        using var line = JsonDocument.Parse(Assert.Single(File.ReadAllLines(path)));
        var root = line.RootElement;
        Assert.Equal("ferry", root.GetProperty("corpus").GetString());
        Assert.Equal("https://gazette.example/ferry", root.GetProperty("url").GetString());
        Assert.Equal(1, root.GetProperty("body").GetProperty("recall").GetDouble());
        Assert.Contains("Home · Local · Sport", root.GetProperty("extractedText").GetString());
    }

    [Fact]
    public void WorstPages_ShowsExtractedAgainstExpected()
    {
        using var corpus = new TempCorpus("bakery").Trafilatura(Pages.BakeryLabels(), Pages.BakeryPages());
        var result = CorpusEvaluator.Evaluate(CorpusReader.Read(corpus.Directory), new VisibleTextPredictor(), resamples: 10);

        var files = WorstPagesWriter.Write(corpus.Root, result);

        var snippets = File.ReadAllText(Assert.Single(files, f => f.EndsWith("worst-bakery-snippets.md", StringComparison.Ordinal)));
        Assert.Contains("- unwanted: Artikel teilen", snippets);
        Assert.Contains("- extracted: Bäckerei öffnet wieder Startseite Kontakt", snippets);
        var headline = File.ReadAllText(Assert.Single(files, f => f.EndsWith("worst-bakery-headline.md", StringComparison.Ordinal)));
        Assert.Contains("- expected: Bäckerei öffnet wieder", headline);
        Assert.Contains("- extracted: ∅", headline);
    }

    [Fact]
    public void MarkdownSummary_TableHasFiguresAndThroughput()
    {
        using var corpus = new TempCorpus("ferry").Scrapinghub(("ferry", "https://gazette.example/ferry", Pages.FerryBody, Pages.FerryHtml));
        var result = CorpusEvaluator.Evaluate(CorpusReader.Read(corpus.Directory), new OraclePredictor(), resamples: 10);
        using var writer = new StringWriter();

        MarkdownSummary.Write(writer, [result]);

        var text = writer.ToString();
        Assert.Contains("| body F1 (shingles) | 1.000 | 0.000 | 1 |", text);
        Assert.Contains("| throughput (parse call only) | 1000.0 pages/s", text);
    }
}
