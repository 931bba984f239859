using System.Text.Json.Serialization;
using NewsModel.Json;

namespace NewsModel;

/// <summary>What a contributor did for an article, as the byline states it.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ContributorRole>))]
public enum ContributorRole
{
    /// <summary>Wrote the article; the role when the byline states no other.</summary>
    Author,

    /// <summary>Reported it ("Reporting by ...").</summary>
    Reporter,

    /// <summary>Edited it ("Editing by ...").</summary>
    Editor,

    /// <summary>Took its photographs.</summary>
    Photographer,

    /// <summary>Translated it.</summary>
    Translator,

    /// <summary>Drew its illustrations or graphics.</summary>
    Illustrator,

    /// <summary>Produced it (video, audio, interactive).</summary>
    Producer,

    /// <summary>Contributed in a way the byline states but that fits no other role ("Additional reporting by ...").</summary>
    Contributor,
}
