using NewsModel.Internal;

namespace NewsModel.Publishers;

/// <summary>
/// Collects publisher profiles and builds an immutable <see cref="PublisherRegistry"/>. Every profile is checked when
/// it is added: a bad one throws <see cref="PublisherProfileException"/> naming the profile and the field.
/// </summary>
/// <remarks>
/// A profile added with the id of an earlier one replaces it; a host named by two profiles belongs to the one added
/// last. Not thread-safe; build once, then share the registry.
/// </remarks>
public sealed class PublisherRegistryBuilder
{
    internal const string BuiltInResourceName = "NewsModel.Publishers.BuiltInProfiles.json";

    private readonly List<CompiledProfile> _profiles = [];

    internal PublisherRegistryBuilder()
    {
    }

    internal PublisherRegistryBuilder(IEnumerable<CompiledProfile> profiles) => _profiles.AddRange(profiles);

    /// <summary>The profiles added so far, checked and normalized.</summary>
    public IReadOnlyList<PublisherProfile> Profiles => _profiles.Select(p => p.Profile).ToArray();

    /// <summary>Checks a profile and adds it.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="PublisherProfileException">The profile is invalid.</exception>
    public PublisherRegistryBuilder Add(PublisherProfile profile)
    {
        Add(CompiledProfile.Create(Preconditions.CheckNotNull(profile)));
        return this;
    }

    /// <summary>Adds the profiles shipped with the library.</summary>
    /// <returns>This builder.</returns>
    public PublisherRegistryBuilder AddBuiltIns()
    {
        foreach (var profile in PublisherRegistry.BuiltIn.ToBuilder()._profiles)
        {
            Add(profile);
        }

        return this;
    }

    /// <summary>Reads profiles from JSON text in the format of docs/profiles.md and adds them.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="PublisherProfileException">The text is not valid JSON in that format, or a profile is invalid; no profile of the text is added.</exception>
    public PublisherRegistryBuilder AddJson(string json) =>
        AddAll(PublisherProfileJsonReader.Read(Preconditions.CheckNotNull(json), "the JSON text"));

    /// <summary>Reads profiles from a UTF-8 JSON stream in the format of docs/profiles.md and adds them.</summary>
    /// <param name="utf8Json">The stream; read to its end, not disposed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PublisherProfileException">The stream is not valid JSON in that format, or a profile is invalid; no profile of the stream is added.</exception>
    public PublisherRegistryBuilder AddJson(Stream utf8Json) => AddJson(Preconditions.CheckNotNull(utf8Json), "the JSON stream");

    /// <summary>Reads profiles from a UTF-8 JSON file in the format of docs/profiles.md and adds them.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="PublisherProfileException">The file is not valid JSON in that format, or a profile is invalid; no profile of the file is added.</exception>
    public PublisherRegistryBuilder AddJsonFile(string path)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return AddJson(stream, $"'{Path.GetFileName(path)}'");
    }

    /// <summary>Builds the immutable registry.</summary>
    /// <returns>The registry, safe to share across threads.</returns>
    public PublisherRegistry Build() => new(_profiles);

    internal PublisherRegistryBuilder AddJson(Stream utf8Json, string origin) => AddAll(PublisherProfileJsonReader.Read(utf8Json, origin));

    private PublisherRegistryBuilder AddAll(List<(PublisherProfile Profile, string Label)> read)
    {
        // Check every profile before adding any, so that a bad file leaves the builder as it was.
        var compiled = read.Select(r => CompiledProfile.Create(r.Profile, r.Label)).ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var profile in compiled)
        {
            if (!ids.Add(profile.Profile.Id))
            {
                throw new PublisherProfileException(profile.Profile.Id, "id", "the id is used by two profiles of the same source.");
            }
        }

        foreach (var profile in compiled)
        {
            Add(profile);
        }

        return this;
    }

    private void Add(CompiledProfile profile)
    {
        var existing = _profiles.FindIndex(p => string.Equals(p.Profile.Id, profile.Profile.Id, StringComparison.Ordinal));
        if (existing >= 0)
        {
            // The replacement counts as added last, so it also wins the hosts it shares with other profiles.
            _profiles.RemoveAt(existing);
        }

        _profiles.Add(profile);
    }
}
