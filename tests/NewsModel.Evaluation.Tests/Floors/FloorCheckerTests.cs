using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Floors;
using NewsModel.Evaluation.Harness;
using NewsModel.Evaluation.Tests.Support;

namespace NewsModel.Evaluation.Tests.Floors;

public class FloorCheckerTests
{
    private static CorpusResult Result(string name, double f1, int failed = 0) => Result(name, new Figure("body.f1", "body F1", f1, 0, 1), failed);

    private static CorpusResult Result(string name, Figure figure, int failed = 0)
    {
        var corpus = new LabelledCorpus(name, "/x/" + name, CorpusFormat.Scrapinghub, [], []);
        var page = new PageResult
        {
            Page = new LabelledPage { Id = "p", PagePath = "/x/p" },
            Prediction = Prediction.Empty,
            Headline = Evaluation.Metrics.FieldOutcome.NotLabelled(false),
            Authors = Evaluation.Metrics.FieldOutcome.NotLabelled(false),
            Date = Evaluation.Metrics.FieldOutcome.NotLabelled(false),
            Error = failed > 0 ? "boom" : null,
        };
        return new CorpusResult(corpus, "test", [page], [figure], new Throughput(1, 1, TimeSpan.FromSeconds(1)));
    }

    private static FloorSet Floors(string corpus, string key, double floor) =>
        new(new Dictionary<string, IReadOnlyDictionary<string, double>> { [corpus] = new Dictionary<string, double> { [key] = floor } });

    [Fact]
    public void Check_FigureAtOrAboveFloor_NoFailure()
    {
        Assert.Empty(FloorChecker.Check(Floors("a", "body.f1", 0.5), [Result("a", 0.5)]));
    }

    [Fact]
    public void Check_FigureBelowFloor_NamesFigureValueAndFloor()
    {
        var failure = Assert.Single(FloorChecker.Check(Floors("a", "body.f1", 0.5), [Result("a", 0.4)]));

        Assert.Equal("a: body.f1 = 0.400 fell below its floor 0.500.", failure);
    }

    [Theory]
    [InlineData(0.10, true)]
    [InlineData(0.15, true)]
    [InlineData(0.16, false)]
    public void Check_LowerIsBetterFigure_BoundIsACeiling(double spurious, bool holds)
    {
        var result = Result("a", new Figure("authors.spurious", "authors spurious", spurious, 0, 10, HigherIsBetter: false));

        var failures = FloorChecker.Check(Floors("a", "authors.spurious", 0.15), [result]);

        if (holds)
        {
            Assert.Empty(failures);
        }
        else
        {
            Assert.Equal("a: authors.spurious = 0.160 rose above its ceiling 0.150.", Assert.Single(failures));
        }
    }

    [Fact]
    public void Check_FigureNotComputable_Fails()
    {
        Assert.Contains("could not be computed", Assert.Single(FloorChecker.Check(Floors("a", "body.f1", 0.5), [Result("a", double.NaN)])));
    }

    [Fact]
    public void Check_CorpusNotEvaluated_Fails()
    {
        Assert.Contains("was not evaluated", Assert.Single(FloorChecker.Check(Floors("b", "body.f1", 0), [Result("a", 1)])));
    }

    [Fact]
    public void Check_UnknownFigure_Fails()
    {
        Assert.Contains("no such figure", Assert.Single(FloorChecker.Check(Floors("a", "body.f2", 0), [Result("a", 1)])));
    }

    [Fact]
    public void Check_PageThrew_Fails()
    {
        Assert.Contains("threw on 1 page", Assert.Single(FloorChecker.Check(Floors("a", "body.f1", 0), [Result("a", 1, failed: 1)])));
    }

    [Fact]
    public void Load_FloorsFile_ReadsFloorsAndIgnoresNotes()
    {
        using var corpus = new TempCorpus();
        var path = Path.Combine(corpus.Root, "floors.json");
        File.WriteAllText(path, """{"note": "only up", "floors": {"a": {"body.f1": 0.25}}}""");

        var floors = FloorSet.Load(path);

        Assert.Equal(0.25, floors.Corpora["a"]["body.f1"]);
    }

    [Fact]
    public void Load_MissingFile_Throws()
    {
        Assert.Throws<FileNotFoundException>(() => FloorSet.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json")));
    }

    [Fact]
    public void Load_NoFloorsObject_Throws()
    {
        using var corpus = new TempCorpus();
        var path = Path.Combine(corpus.Root, "floors.json");
        File.WriteAllText(path, """{"a": 1}""");

        Assert.Throws<InvalidDataException>(() => FloorSet.Load(path));
    }

    [Fact]
    public void RepositoryFloors_EveryFloorNamesAKnownCorpusAndFigure()
    {
        var floors = FloorSet.Load(RepositoryFile("benchmarks/NewsModel.Evaluation/floors.json"));
        string[] known =
        [
            "body.f1", "body.precision", "body.recall", "body.accuracy",
            "snippets.f1", "snippets.precision", "snippets.recall", "snippets.accuracy",
            "headline.accuracy", "headline.lenient", "headline.coverage",
            "authors.accuracy", "authors.lenient", "authors.coverage",
            "date.accuracy", "date.coverage",
            "section.accuracy", "section.lenient", "section.coverage",
            "headline.spurious", "authors.spurious", "date.spurious",
        ];

        Assert.Equal(["scrapinghub", "trafilatura-dev"], floors.Corpora.Keys.Order(StringComparer.Ordinal));
        Assert.All(floors.Corpora.Values.SelectMany(c => c), floor =>
        {
            Assert.Contains(floor.Key, known);
            Assert.InRange(floor.Value, 0, 1);
        });
    }

    private static string RepositoryFile(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsModel.sln")))
            {
                return Path.Combine(directory.FullName, relative);
            }
        }

        throw new InvalidOperationException("No NewsModel.sln above the test folder.");
    }
}
