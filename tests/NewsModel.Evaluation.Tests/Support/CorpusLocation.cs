namespace NewsModel.Evaluation.Tests.Support;

/// <summary>
/// Where the shared corpora are: NEWSMODEL_CORPUS when set (a missing folder then fails the test), otherwise
/// ../shared/corpus beside the repository (a missing folder then skips the test).
/// </summary>
internal static class CorpusLocation
{
    public const string Variable = "NEWSMODEL_CORPUS";

    public static string Root()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (!Directory.Exists(configured))
            {
                throw new DirectoryNotFoundException($"{Variable} is set to '{configured}', which does not exist.");
            }

            return configured;
        }

        var fallback = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpus"));
        Skip.IfNot(Directory.Exists(fallback), $"No corpus: {Variable} is not set and the default '{fallback}' does not exist.");
        return fallback;
    }

    public static string SubCorpus(string name)
    {
        var path = Path.Combine(Root(), name);
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"The corpus root '{Root()}' has no '{name}' folder.");
        }

        return path;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsModel.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No NewsModel.sln above '{AppContext.BaseDirectory}'.");
    }
}
