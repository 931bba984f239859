using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NewsModel.Internal;

/// <summary>Argument checks in one place, so every public entry point fails the same way.</summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }

    public static void CheckArgument([DoesNotReturnIf(false)] bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, name);
        }
    }

    public static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
