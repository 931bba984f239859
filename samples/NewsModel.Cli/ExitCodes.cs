namespace NewsModel.Cli;

/// <summary>The process exit codes, part of the CLI's public contract (see README.md).</summary>
internal static class ExitCodes
{
    /// <summary>At least one page was read.</summary>
    public const int Success = 0;

    /// <summary>Nothing could be read: every input was missing, empty, binary or unreadable.</summary>
    public const int NothingRead = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;
}
