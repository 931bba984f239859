using NewsModel.Internal;

namespace NewsModel.Tests.Internal;

public class ContributorNamesTests
{
    [Theory]
    [InlineData("Jane Doe", "Jane Doe")]
    [InlineData("  Jane   Doe ", "Jane Doe")]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("Von Jane Doe", "Jane Doe")]
    [InlineData("Autor: Jane Doe", "Jane Doe")]
    // The byline parser's credits for the writing, one list (BylineVocabulary.RolePrefixes).
    [InlineData("Escrito por Ana Costa", "Ana Costa")]
    [InlineData("Ein Artikel von Paula Stein", "Paula Stein")]
    [InlineData("Автор Иван Петров", "Иван Петров")]
    // A value given as a name: no credit phrase ("The Rev. ... de Souza"), no credit word opening a surname in capitals.
    [InlineData("The Rev. John de Souza", "The Rev. John de Souza")]
    [InlineData("Una Maria da Silva Santos", "Una Maria da Silva Santos")]
    [InlineData("Vom Hofe Klaus", "Vom Hofe Klaus")]
    [InlineData("Af Klint Hilma", "Af Klint Hilma")]
    [InlineData("af Jens Hansen", "Jens Hansen")]
    [InlineData("Jane Doe and John Roe", "Jane Doe|John Roe")]
    [InlineData("Jane Doe und John Roe", "Jane Doe|John Roe")]
    [InlineData("Jane Doe; John Roe", "Jane Doe|John Roe")]
    [InlineData("Jane Doe, John Roe & Ann Poe", "Jane Doe|John Roe|Ann Poe")]
    [InlineData("Jane Doe, Reuters", "Jane Doe|Reuters")]
    [InlineData("Doe, Jane", "Doe, Jane")]
    [InlineData("Jane P. Doe, Oslo, John Roe", "Jane P. Doe|John Roe")]
    [InlineData("Jane Doe, Oslo", "Jane Doe")]
    [InlineData("Jane Roe, Editor, John Doe", "Jane Roe|John Doe")]
    [InlineData("By Jane Roe, Washington, and John Doe", "Jane Roe|John Doe")]
    [InlineData("Jane Doe; jane doe", "Jane Doe")]
    [InlineData("View all posts by Jane Doe", "Jane Doe")]
    [InlineData("Zeige alle Beiträge von Jane Doe", "Jane Doe")]
    [InlineData("Analysis by Jane Doe", "Jane Doe")]
    [InlineData("Walter von Aachen", "Walter von Aachen")]
    [InlineData("Jane Doe @janedoe", "Jane Doe")]
    [InlineData("Caf&eacute; Staff", "Café Staff")]
    [InlineData("Reuters", "Reuters")]
    [InlineData("J.R. Stone", "J.R. Stone")]
    [InlineData("https://www.facebook.example/jane.doe", "")]
    [InlineData("www.coastline.example", "")]
    [InlineData("facebook.example/coastlinecourier", "")]
    [InlineData("Ministerium für Handel und Verkehr", "Ministerium für Handel und Verkehr")]
    [InlineData("Walter von Aachen und Ana de la Cruz", "Walter von Aachen|Ana de la Cruz")]
    [InlineData("jane doe and john roe", "jane doe|john roe")]
    [InlineData("jane-doe", "")]
    [InlineData("jane.doe", "")]
    [InlineData("news_team", "")]
    [InlineData("Jane-Marie", "Jane-Marie")]
    [InlineData("janedoe", "janedoe")]
    [InlineData("Bündnis 7/Die Bunten", "Bündnis 7/Die Bunten")]
    [InlineData("jane@coastline.example", "")]
    [InlineData("@janedoe", "")]
    [InlineData("2021-05-25", "")]
    [InlineData("12:30", "")]
    [InlineData("This is a sentence that is far too long to be anybody's name at all.", "")]
    [InlineData("", "")]
    [InlineData("Online-Experte Robin Falk", "Robin Falk")]
    [InlineData("Senior Editor Jane Doe", "Jane Doe")]
    [InlineData("Senior Editor", "")]
    [InlineData("Staff Writer", "")]
    [InlineData("Unknown", "")]
    [InlineData("publisher", "")]
    [InlineData("Anónimo", "")]
    [InlineData("siteadmin", "")]
    public void Split_Table(string value, string expected)
    {
        var names = ContributorNames.Split(value);

        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), names);
    }

    [Fact]
    public void SplitContributors_PlaceBetweenTwoNames_IsTheFirstOnesLocation()
    {
        var contributors = ContributorNames.SplitContributors("Jane P. Doe, Oslo, John Roe");

        Assert.Equal(["Jane P. Doe", "John Roe"], contributors.Select(c => c.Name));
        Assert.Equal("Oslo", contributors[0].Location);
        Assert.Null(contributors[1].Location);
    }

    [Theory]
    // The same places as the byline parser reads ("By Jane Roe, Washington, and John Doe").
    [InlineData("By Jane Roe, Washington, and John Doe", "Jane Roe [in Washington]; John Doe")]
    [InlineData("Jane Doe, Oslo", "Jane Doe [in Oslo]")]
    [InlineData("Jane Roe and John Doe, Oslo", "Jane Roe [in Oslo]; John Doe [in Oslo]")]
    [InlineData("KARIN OLSEN, OSLO, TIMO BRANDT", "KARIN OLSEN [in Oslo]; TIMO BRANDT")]
    [InlineData("Jane Roe, Editor, John Doe", "Jane Roe; John Doe")]
    [InlineData("Jane Roe, Jr., John Doe", "Jane Roe; John Doe")]
    [InlineData("Jane Roe, CNN, John Doe", "Jane Roe; John Doe")]
    [InlineData("Jane Roe, UK, John Doe", "Jane Roe; John Doe")]
    // A town's state printed last ("MS", "Miss.", "Texas") is part of the place; "MS" after the name is her degree.
    [InlineData("Jane Roe, Jackson, MS", "Jane Roe [in Jackson, MS]")]
    [InlineData("Jane Roe and John Doe, Jackson, Miss.", "Jane Roe [in Jackson, Miss.]; John Doe [in Jackson, Miss.]")]
    [InlineData("Jane Roe, Austin, Texas", "Jane Roe [in Austin, Texas]")]
    [InlineData("Jane Roe, Grand Rapids, Mich.", "Jane Roe [in Grand Rapids, Mich.]")]
    [InlineData("Jane Roe, MS", "Jane Roe")]
    [InlineData("Jane Roe, RD, MS", "Jane Roe")]
    // No town before a state: a title of address, a placeholder; an agency's code is no state.
    [InlineData("Jane Roe, Dr, MD", "Jane Roe")]
    [InlineData("Jane Roe, Guest, Toronto", "Jane Roe [in Toronto]")]
    [InlineData("Jane Roe, Kyiv, AP", "Jane Roe [in Kyiv]; AP")]
    [InlineData("Jane Roe and John Doe, Staff Writers", "Jane Roe; John Doe")]
    public void SplitContributors_Places_ReadAsTheParserReadsThem(string value, string expected)
    {
        var contributors = ContributorNames.SplitContributors(value);

        Assert.Equal(expected, string.Join("; ", contributors.Select(c => c.Location is null ? c.Name : $"{c.Name} [in {c.Location}]")));
    }

    [Theory]
    [InlineData("Jane Roe, Harbour Insight,")]
    [InlineData("Jane Roe, , Harbour Insight")]
    [InlineData("Jane Roe, Harbour Insight")]
    public void SeveralPeople_OneCommaHoweverWritten_NotSplit(string name)
    {
        Assert.Null(ContributorNames.SeveralPeople(name));
    }

    [Theory]
    [InlineData("Coastline Media GmbH", true)]
    [InlineData("Küstenverlag AG", true)]
    [InlineData("Harbour Publishing Ltd.", true)]
    [InlineData("Maria Sa", false)]
    [InlineData("Jane Doe", false)]
    [InlineData("dpa GmbH", false)]
    [InlineData("Reuters Ltd", false)]
    public void IsCompany_Table(string name, bool expected)
    {
        Assert.Equal(expected, ContributorNames.IsCompany(name));
    }
}
