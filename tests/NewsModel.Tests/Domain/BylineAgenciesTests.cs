namespace NewsModel.Tests.Domain;

/// <summary>
/// <see cref="Byline.Agencies"/>: the news agencies a byline credits, as contributors or as a person's organization, by
/// their display names; derived from the contributors, so a byline built by hand answers alike.
/// </summary>
public class BylineAgenciesTests
{
    private static Contributor Organization(string name, ContributorRole role = ContributorRole.Author) => new(name, role, ContributorKind.Organization);

    public static TheoryData<Contributor[], string[]> Bylines => new()
    {
        { [new Contributor("Jane Roe")], [] },
        { [Organization("Reuters")], ["Reuters"] },
        // An agency's full name or an alias in another script is credited by its display name, once.
        { [new Contributor("Jane Roe") { Organization = "Associated Press" }, Organization("AP", ContributorRole.Contributor)], ["AP"] },
        { [Organization("Agencia EFE"), Organization("رويترز")], ["EFE", "Reuters"] },
        // An agency and its service's code; its newsroom; its full name.
        { [Organization("dpa/lno")], ["dpa"] },
        { [Organization("Redazione ANSA")], ["ANSA"] },
        { [Organization("Press Trust of India")], ["PTI"] },
        // In byline order: the contributor credited for copy after the writer's agency.
        { [new Contributor("Jane Roe") { Organization = "AFP" }, Organization("Reuters", ContributorRole.Contributor)], ["AFP", "Reuters"] },
        // Organizations that are no agency: a newspaper, a desk, the staff; a person's name is never one.
        { [new Contributor("Jane Roe") { Organization = "Press TV" }, Organization("Editorial Board"), Organization("Harbour Gazette Staff")], [] },
        { [new Contributor("Tass Ivanova")], [] },
    };

    [Theory]
    [MemberData(nameof(Bylines))]
    public void Agencies_FromContributors(Contributor[] contributors, string[] expected)
    {
        Assert.Equal(expected, Byline.FromContributors(contributors).Agencies);
    }

    [Fact]
    public void Agencies_OfAnEmptyByline_Empty()
    {
        Assert.Empty(Byline.Empty.Agencies);
    }

    [Theory]
    [InlineData("<p class=\"byline\">By Jane Roe, Reuters</p>", new[] { "Reuters" })]
    [InlineData("<p class=\"byline\">Par Julie Martin avec AFP</p>", new[] { "AFP" })]
    [InlineData("<p class=\"byline\">By Jane Roe and Tom Hale</p>", new string[0])]
    public void Parse_PrintedByline_CreditsItsAgencies(string byline, string[] expected)
    {
        var article = TestPages.ParseFerryStory(string.Empty, byline);

        Assert.Equal(expected, article.Byline.Agencies);
    }
}
