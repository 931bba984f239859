using System.Text.Json.Serialization;
using NewsModel.Json;

namespace NewsModel;

/// <summary>How another address relates to the article.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<MirrorKind>))]
public enum MirrorKind
{
    /// <summary>The same article on another host of the same publisher (a mirror domain).</summary>
    Mirror,

    /// <summary>The canonical address, when it differs from the page's own.</summary>
    Canonical,

    /// <summary>The AMP version.</summary>
    Amp,

    /// <summary>A translation, with its language.</summary>
    Translation,

    /// <summary>A syndication feed (RSS, Atom, JSON Feed).</summary>
    Feed,
}
