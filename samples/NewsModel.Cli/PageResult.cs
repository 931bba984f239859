namespace NewsModel.Cli;

/// <summary>What reading one page gave: an article, or an error that stopped it being read.</summary>
internal sealed record PageResult(string Id, Article? Article, string? ErrorCode, string? ErrorMessage)
{
    public bool IsRead => Article is not null;

    public static PageResult Read(string id, Article article)
    {
        if (article.IsUnreadable)
        {
            var first = article.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            return Failed(id, first.Code, first.Message);
        }

        return new PageResult(id, article, null, null);
    }

    public static PageResult Failed(string id, string code, string message) => new(id, null, code, message);
}
