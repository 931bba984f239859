namespace NewsModel.Evaluation.Corpus;

/// <summary>A corpus folder is missing, empty or malformed: the evaluation cannot be trusted and must stop.</summary>
public sealed class CorpusException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CorpusException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the folder or file.</param>
    public CorpusException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the folder or file.</param>
    /// <param name="innerException">The cause.</param>
    public CorpusException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
