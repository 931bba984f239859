namespace NewsModel.Internal;

/// <summary>Builds tag lists from keyword values: splits comma-separated values, trims, and drops duplicates (case and zero-width joiners aside), keeping the first spelling and the page's order.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class TagList
{
    /// <summary>The tags in <paramref name="values"/>, each value split at commas (and semicolons when it has no comma).</summary>
    public static List<string> From(IEnumerable<string?> values)
    {
        var tags = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            var separator = value.Contains(',', StringComparison.Ordinal) ? ',' : ';';
            foreach (var part in value.Split(separator))
            {
                var tag = TextNormalizer.Collapse(part).Trim('#', ' ', '.');
                if (tag.Length is > 0 and <= 100 && seen.Add(TextNormalizer.WithoutJoiners(tag)))
                {
                    tags.Add(tag);
                }
            }
        }

        return tags;
    }
}
