namespace NewsModel.Extractors.Content;

/// <summary>
/// The hints of each distinct class attribute on one page, read once: pages repeat the same class attributes on
/// hundreds of elements, and splitting them into words is the costliest part of reading names.
/// </summary>
/// <remarks>Not thread-safe; one cache per page.</remarks>
internal sealed class ClassHintCache
{
    private const int MaxEntries = 4096;

    private readonly Dictionary<string, (BoilerplateFamily Family, bool NamesBody)> _entries = new(StringComparer.Ordinal);

    public (BoilerplateFamily Family, bool NamesBody) Get(string? classNames)
    {
        if (string.IsNullOrEmpty(classNames))
        {
            return (BoilerplateFamily.None, false);
        }

        if (!_entries.TryGetValue(classNames, out var hints))
        {
            hints = (ClassHints.FamilyOfClasses(classNames), ClassHints.HasBodyWord(classNames));
            if (_entries.Count < MaxEntries)
            {
                _entries[classNames] = hints;
            }
        }

        return hints;
    }
}
