using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;

namespace NewsModel.Evaluation.Tests.Support;

/// <summary>A small labelled corpus written to a temporary folder, in either format, deleted on dispose.</summary>
internal sealed class TempCorpus : IDisposable
{
    public TempCorpus(string name = "corpus")
    {
        Root = Path.Combine(Path.GetTempPath(), "newsmodel-eval-" + Guid.NewGuid().ToString("N"));
        Directory = Path.Combine(Root, name);
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "html"));
    }

    public string Root { get; }

    public string Directory { get; }

    public static void WritePage(string path, string html, bool gzip = true)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        if (!gzip)
        {
            File.WriteAllBytes(path, bytes);
            return;
        }

        using var file = File.Create(path);
        using var zip = new GZipStream(file, CompressionLevel.Fastest);
        zip.Write(bytes);
    }

    public TempCorpus Scrapinghub(params (string Id, string Url, string Body, string Html)[] pages)
    {
        var labels = new JsonObject();
        foreach (var page in pages)
        {
            labels[page.Id] = new JsonObject { ["articleBody"] = page.Body, ["url"] = page.Url };
            WritePage(Path.Combine(Directory, "html", page.Id + ".html.gz"), page.Html);
        }

        File.WriteAllText(Path.Combine(Directory, "ground-truth.json"), labels.ToJsonString());
        return this;
    }

    public TempCorpus Trafilatura(JsonObject labels, IReadOnlyDictionary<string, string> pages)
    {
        foreach (var (file, html) in pages)
        {
            WritePage(Path.Combine(Directory, "html", file + ".gz"), html);
        }

        File.WriteAllText(Path.Combine(Directory, "labels.json"), labels.ToJsonString());
        return this;
    }

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Root))
        {
            System.IO.Directory.Delete(Root, recursive: true);
        }
    }
}
