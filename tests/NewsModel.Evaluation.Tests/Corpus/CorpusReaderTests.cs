using System.Text.Json.Nodes;
using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Metrics;
using NewsModel.Evaluation.Tests.Support;
using NodaTime;

namespace NewsModel.Evaluation.Tests.Corpus;

public class CorpusReaderTests
{
    [Fact]
    public void Discover_MissingFolder_Throws()
    {
        var missing = Path.Combine(Path.GetTempPath(), "newsmodel-eval-missing-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<CorpusException>(() => CorpusReader.Discover(missing));

        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void Discover_FolderWithoutLabels_Throws()
    {
        using var corpus = new TempCorpus();

        var error = Assert.Throws<CorpusException>(() => CorpusReader.Discover(corpus.Root));

        Assert.Contains("holds no ground-truth.json or labels.json", error.Message);
    }

    [Fact]
    public void Discover_CorpusFolder_ReadsScrapinghubFormat()
    {
        using var corpus = new TempCorpus("mine").Scrapinghub(("ferry", "https://gazette.example/ferry", Pages.FerryBody, Pages.FerryHtml));

        var found = Assert.Single(CorpusReader.Discover(corpus.Directory));

        Assert.Equal("mine", found.Name);
        Assert.Equal(CorpusFormat.Scrapinghub, found.Format);
        var page = Assert.Single(found.Pages);
        Assert.Equal("ferry", page.Id);
        Assert.Equal(new Uri("https://gazette.example/ferry"), page.Url);
        Assert.Equal(Pages.FerryBody, page.ExpectedBody);
        Assert.EndsWith(Path.Combine("html", "ferry.html.gz"), page.PagePath);
        Assert.Null(page.Headline);
        Assert.Null(page.Authors);
        Assert.Equal(LabelState.NotLabelled, page.DateState);
    }

    [Fact]
    public void Discover_RootOfCorpora_ReadsEverySubFolderInOrder()
    {
        using var corpus = new TempCorpus("b-snippets").Trafilatura(Pages.BakeryLabels(), Pages.BakeryPages());
        var other = Path.Combine(corpus.Root, "a-bodies");
        Directory.CreateDirectory(Path.Combine(other, "html"));
        TempCorpus.WritePage(Path.Combine(other, "html", "ferry.html"), Pages.FerryHtml, gzip: false);
        File.WriteAllText(Path.Combine(other, "ground-truth.json"), """{"ferry": {"articleBody": "x", "url": "https://gazette.example/ferry"}}""");

        var found = CorpusReader.Discover(corpus.Root);

        Assert.Equal(["a-bodies", "b-snippets"], found.Select(c => c.Name));
        Assert.EndsWith(Path.Combine("html", "ferry.html"), found[0].Pages[0].PagePath);
    }

    [Fact]
    public void Read_TrafilaturaFormat_ReadsSnippetsAndMetadata()
    {
        using var corpus = new TempCorpus().Trafilatura(Pages.BakeryLabels(), Pages.BakeryPages());

        var found = CorpusReader.Read(corpus.Directory);

        Assert.Equal(CorpusFormat.TrafilaturaDev, found.Format);
        var first = found.Pages[0];
        Assert.Equal(new Uri("https://lokal.example/baeckerei"), first.Url);
        Assert.Equal(["öffnet die kleine Bäckerei am Marktplatz"], first.With);
        Assert.Equal(2, first.Without.Count);
        Assert.Equal("Bäckerei öffnet wieder", first.Headline);
        Assert.Equal(["Jana Körner"], first.Authors!);
        Assert.Equal(LabelState.Present, first.DateState);
        Assert.Equal(new LocalDate(2023, 4, 1), first.Date);
        Assert.Null(first.ExpectedBody);

        var second = found.Pages[1];
        Assert.Null(second.Url);
        Assert.Equal(string.Empty, second.Headline);
        Assert.Empty(second.Authors!);
        Assert.Equal(LabelState.Empty, second.DateState);
    }

    [Fact]
    public void Read_AuthorArrayAndUnreadableDate_SplitsNamesAndWarns()
    {
        var labels = new JsonObject
        {
            ["https://x.example/1"] = new JsonObject
            {
                ["file"] = "1.html",
                ["with"] = new JsonArray("a"),
                ["without"] = new JsonArray(),
                ["author"] = new JsonArray("Ann Lee", "Bo Chan; Cy Dorn"),
                ["date"] = "sometime",
            },
        };
        using var corpus = new TempCorpus().Trafilatura(labels, new Dictionary<string, string> { ["1.html"] = "<p>a</p>" });

        var found = CorpusReader.Read(corpus.Directory);

        Assert.Equal(["Ann Lee", "Bo Chan", "Cy Dorn"], found.Pages[0].Authors!);
        Assert.Equal(LabelState.NotLabelled, found.Pages[0].DateState);
        Assert.Contains("sometime", Assert.Single(found.Warnings));
    }

    [Fact]
    public void Read_Categories_EmptyListIsNotAnnotated()
    {
        var labels = new JsonObject
        {
            ["https://x.example/1"] = new JsonObject { ["file"] = "1.html", ["with"] = new JsonArray("a"), ["categories"] = new JsonArray("Sport", " ") },
            ["https://x.example/2"] = new JsonObject { ["file"] = "2.html", ["with"] = new JsonArray("a"), ["categories"] = new JsonArray() },
            ["https://x.example/3"] = new JsonObject { ["file"] = "3.html", ["with"] = new JsonArray("a") },
        };
        var pages = new Dictionary<string, string> { ["1.html"] = "<p>a</p>", ["2.html"] = "<p>a</p>", ["3.html"] = "<p>a</p>" };
        using var corpus = new TempCorpus().Trafilatura(labels, pages);

        var found = CorpusReader.Read(corpus.Directory).Pages.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();

        Assert.Equal(["Sport"], found[0].Categories!);
        Assert.Null(found[1].Categories);
        Assert.Null(found[2].Categories);
    }

    [Fact]
    public void Read_LabelWithoutPageFile_Throws()
    {
        using var corpus = new TempCorpus().Scrapinghub(("ferry", "https://gazette.example/ferry", Pages.FerryBody, Pages.FerryHtml));
        File.Delete(Path.Combine(corpus.Directory, "html", "ferry.html.gz"));

        var error = Assert.Throws<CorpusException>(() => CorpusReader.Read(corpus.Directory));

        Assert.Contains("have no page file", error.Message);
    }

    [Fact]
    public void Read_MalformedJson_Throws()
    {
        using var corpus = new TempCorpus();
        File.WriteAllText(Path.Combine(corpus.Directory, "labels.json"), "{ not json");

        Assert.Throws<CorpusException>(() => CorpusReader.Read(corpus.Directory));
    }

    [Fact]
    public void Read_FileEscapingTheFolder_Throws()
    {
        var labels = new JsonObject { ["k"] = new JsonObject { ["file"] = "../../etc/passwd", ["with"] = new JsonArray(), ["without"] = new JsonArray() } };
        using var corpus = new TempCorpus().Trafilatura(labels, new Dictionary<string, string>());

        Assert.Throws<CorpusException>(() => CorpusReader.Read(corpus.Directory));
    }
}
