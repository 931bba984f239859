using System.Text.Json.Serialization;
using NewsModel.Json;

namespace NewsModel;

/// <summary>Whether a contributor is a person or an organization (a news agency, a desk, an editorial board).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ContributorKind>))]
public enum ContributorKind
{
    /// <summary>A named person.</summary>
    Person,

    /// <summary>An organization: a news agency ("Reuters"), the publication's staff or a desk.</summary>
    Organization,
}
