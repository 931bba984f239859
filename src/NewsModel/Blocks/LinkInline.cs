using NewsModel.Internal;

namespace NewsModel.Blocks;

/// <summary>A link: the inlines it is made of and the absolute http, https or mailto address it leads to.</summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
public sealed record LinkInline : ContainerInline
{
    private readonly Uri _url = null!;

    /// <summary>Creates a link.</summary>
    /// <param name="url">The address: absolute, with the http, https or mailto scheme.</param>
    /// <param name="inlines">The inlines the link is made of.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="url"/> is relative or has another scheme.</exception>
    public LinkInline(Uri url, IReadOnlyList<Inline> inlines)
        : base(inlines) => Url = url;

    /// <summary>The address: absolute, with the http, https or mailto scheme.</summary>
    /// <exception cref="ArgumentException">The address set is relative or has another scheme.</exception>
    public Uri Url
    {
        get => _url;
        init
        {
            Preconditions.CheckNotNull(value);
            Preconditions.CheckArgument(IsAllowed(value), nameof(Url), "A link's address must be absolute, with the http, https or mailto scheme.");
            _url = value;
        }
    }

    /// <summary>True for an address a link may carry: absolute, with the http, https or mailto scheme.</summary>
    internal static bool IsAllowed(Uri url) => url.IsAbsoluteUri && url.Scheme is "http" or "https" or "mailto";
}
