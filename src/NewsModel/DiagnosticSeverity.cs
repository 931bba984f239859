using System.Text.Json.Serialization;
using NewsModel.Json;

namespace NewsModel;

/// <summary>How much a diagnostic matters to the result.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<DiagnosticSeverity>))]
public enum DiagnosticSeverity
{
    /// <summary>Something worth knowing that did not affect the result (a skipped malformed block).</summary>
    Info,

    /// <summary>Part of the page could not be used; the result may be incomplete.</summary>
    Warning,

    /// <summary>The input could not be read as a page; the article is empty or nearly so.</summary>
    Error,
}
