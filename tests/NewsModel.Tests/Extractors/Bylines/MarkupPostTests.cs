using NewsModel.Internal;

namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>
/// A post printed after a comma right after a name, in a list of names given as a markup author value ("Jane Roe, Golf
/// Writer and John Doe"), is her post, as it is in a printed byline; hand-written values.
/// </summary>
public class MarkupPostTests
{
    public static TheoryData<string, string> Values => new()
    {
        { "Jane Roe, Golf Writer and John Doe", "Jane Roe; John Doe" },
        { "Jane Roe, Court Reporter & John Doe", "Jane Roe; John Doe" },
        { "Jane Roe, Westminster Correspondent and John Doe", "Jane Roe; John Doe" },
        { "By Jane Roe, Wine Writer and John Doe", "Jane Roe; John Doe" },
        { "Jane Roe, Tom Writer and Ann Lee", "Jane Roe; Ann Lee" },
        { "Marie Martin, Grand Reporter et Jean Dupont", "Marie Martin; Jean Dupont" },
        // A given name and a post word joined to the list by a conjunction is a person ("John Writer").
        { "Jane Roe and John Writer", "Jane Roe; John Writer" },
        { "Jane Roe, Tom Senior and Ann Lee", "Jane Roe; Tom Senior; Ann Lee" },

        // Unchanged: a post printed last, a surname first, a name after a comma, a desk.
        { "Jane Roe, John Writer", "Jane Roe; John Writer" },
        { "Jane Roe, John Doe, Amy Writer", "Jane Roe; John Doe; Amy Writer" },
        { "Jane Roe, Editor, John Doe", "Jane Roe; John Doe" },
        { "Doe, Jane", "Doe, Jane" },
        { "Fox News, Staff Writer", "Fox News" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void SplitContributors_PostAfterAName_IsNoContributor(string value, string expected)
    {
        Assert.Equal(expected, string.Join("; ", ContributorNames.SplitContributors(value).Select(c => c.Name)));
    }

    [Theory]
    [InlineData("Jane Roe, Golf Writer and John Doe", "Jane Roe; John Doe")]
    [InlineData("Jane Roe, Golf Writer and John Doe, Reuters", "Jane Roe [@Reuters]; John Doe [@Reuters]")]
    [InlineData("Jane Roe, Editor and John Doe", "Jane Roe; John Doe")]
    public void SeveralPeople_PostAfterTheFirstName_IsHers(string name, string expected)
    {
        var people = ContributorNames.SeveralPeople(name);

        Assert.NotNull(people);
        Assert.Equal(expected, string.Join("; ", people.Select(c => c.Organization is null ? c.Name : $"{c.Name} [@{c.Organization}]")));
    }

    [Theory]
    [InlineData("<meta name=\"author\" content=\"Jane Roe, Golf Writer and John Doe\">")]
    [InlineData("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Ferry timetable extended\",\"author\":\"Jane Roe, Golf Writer and John Doe\"}</script>")]
    [InlineData("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Ferry timetable extended\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Roe, Golf Writer and John Doe\"}}</script>")]
    public void MarkupAuthor_PostAfterTheFirstName_CreditsBothWriters(string head)
    {
        var article = TestPages.ParseFerryStory(head, string.Empty);

        Assert.Equal(["Jane Roe", "John Doe"], article.Byline.Contributors.Select(c => c.Name));
        Assert.All(article.Byline.Contributors, c => Assert.Equal(ContributorKind.Person, c.Kind));
    }
}
