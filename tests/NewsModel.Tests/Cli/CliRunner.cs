using System.Text;
using NewsModel.Cli;

namespace NewsModel.Tests.Cli;

/// <summary>Runs the CLI in-process with captured output.</summary>
internal static class CliRunner
{
    public static string SamplePage => Path.Combine(AppContext.BaseDirectory, "SamplePages", "meridian-herald-river-ferry.html");

    public static async Task<(int Exit, string Out, string Err)> RunAsync(byte[]? stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = await CliApp.RunAsync(args, TextReader.Null, () => new MemoryStream(stdin ?? []), stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args) => RunAsync(null, args);

    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "newsmodel-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
