namespace NewsModel.Publishers;

/// <summary>A publisher profile, or a file of profiles, is invalid. The message names the profile and the field.</summary>
public sealed class PublisherProfileException : Exception
{
    /// <summary>Creates the exception with no details.</summary>
    public PublisherProfileException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public PublisherProfileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PublisherProfileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one field of one profile.</summary>
    /// <param name="profile">The profile's id, or its position ("profile #3") when it has none.</param>
    /// <param name="field">The field, as named in the JSON format ("selectors.byline").</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PublisherProfileException(string profile, string field, string problem, Exception? innerException = null)
        : base($"Publisher profile '{profile}', field '{field}': {problem}", innerException)
    {
        Profile = profile;
        Field = field;
    }

    /// <summary>The profile's id, or its position when it has none; null when the problem is not in one profile.</summary>
    public string? Profile { get; }

    /// <summary>The field at fault, as named in the JSON format ("selectors.byline"); null when the problem is not in one field.</summary>
    public string? Field { get; }
}
