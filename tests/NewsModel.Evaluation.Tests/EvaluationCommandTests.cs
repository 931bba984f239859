using NewsModel.Evaluation.Tests.Support;

namespace NewsModel.Evaluation.Tests;

public class EvaluationCommandTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = EvaluationCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Run_MissingCorpus_FailsWithMessage()
    {
        var missing = Path.Combine(Path.GetTempPath(), "newsmodel-eval-missing-" + Guid.NewGuid().ToString("N"));

        var (code, _, error) = Run("--corpus", missing);

        Assert.Equal(EvaluationCommand.Failure, code);
        Assert.Contains("does not exist", error);
    }

    [Fact]
    public void Run_CorpusWithoutPages_Fails()
    {
        using var corpus = new TempCorpus();
        File.WriteAllText(Path.Combine(corpus.Directory, "labels.json"), "{}");

        var (code, _, error) = Run("--corpus", corpus.Directory);

        Assert.Equal(EvaluationCommand.Failure, code);
        Assert.Contains("nothing would be evaluated", error);
    }

    [Fact]
    public void Run_NoCorpusArgument_FailsWithUsage()
    {
        var (code, _, error) = Run("--out", "x");

        Assert.Equal(EvaluationCommand.Failure, code);
        Assert.Contains("--corpus DIR is required", error);
        Assert.Contains("Usage:", error);
    }

    [Fact]
    public void Run_UnknownExtractor_Fails()
    {
        Assert.Equal(EvaluationCommand.Failure, Run("--corpus", ".", "--extractor", "magic").Code);
    }

    [Fact]
    public void Run_Corpus_PrintsTableAndWritesReports()
    {
        using var corpus = new TempCorpus("bakery").Trafilatura(Pages.BakeryLabels(), Pages.BakeryPages());
        var reports = Path.Combine(corpus.Root, "out");

        var (code, output, _) = Run("--corpus", corpus.Root, "--out", reports, "--bootstrap", "20");

        Assert.Equal(EvaluationCommand.Success, code);
        Assert.Contains("### bakery: 2 pages, newsmodel", output);
        Assert.Contains("| headline exact | 1.000 |", output);
        Assert.Contains("pages/s", output);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(reports, "pages.jsonl")).Length);
        Assert.True(File.Exists(Path.Combine(reports, "worst-bakery-snippets.md")));
        Assert.True(File.Exists(Path.Combine(reports, "worst-bakery-headline.md")));
    }

    [Fact]
    public void Run_FigureBelowFloor_ExitsOneAndSaysWhich()
    {
        using var corpus = new TempCorpus("bakery").Trafilatura(Pages.BakeryLabels(), Pages.BakeryPages());
        var floors = Path.Combine(corpus.Root, "floors.json");
        // The bakery page never prints its date, so no extractor can reach this floor.
        File.WriteAllText(floors, """{"floors": {"bakery": {"headline.accuracy": 0.9, "date.accuracy": 0.5}}}""");

        var (code, _, error) = Run("--corpus", corpus.Directory, "--check-floors", floors, "--bootstrap", "20");

        Assert.Equal(EvaluationCommand.BelowFloor, code);
        Assert.Contains("FLOOR: bakery: date.accuracy = 0.000 fell below its floor 0.500.", error);
        Assert.DoesNotContain("headline.accuracy", error);
    }

    [Fact]
    public void Run_FiguresAtFloors_Succeeds()
    {
        using var corpus = new TempCorpus("bakery").Trafilatura(Pages.BakeryLabels(), Pages.BakeryPages());
        var floors = Path.Combine(corpus.Root, "floors.json");
        File.WriteAllText(floors, """{"floors": {"bakery": {"headline.accuracy": 1.0}}}""");

        var (code, output, _) = Run("--corpus", corpus.Directory, "--check-floors", floors, "--bootstrap", "20");

        Assert.Equal(EvaluationCommand.Success, code);
        Assert.Contains("All floors", output);
    }

    [Fact]
    public void Run_MissingFloorsFile_Fails()
    {
        using var corpus = new TempCorpus("bakery").Trafilatura(Pages.BakeryLabels(), Pages.BakeryPages());

        var (code, _, error) = Run("--corpus", corpus.Directory, "--check-floors", Path.Combine(corpus.Root, "none.json"));

        Assert.Equal(EvaluationCommand.Failure, code);
        Assert.Contains("does not exist", error);
    }
}
