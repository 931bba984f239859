using NewsModel.Evaluation.Harness;

namespace NewsModel.Evaluation.Tests.Harness;

public class NewsModelPredictorTests
{
    [Fact]
    public void AuthorNames_WritingCredits_KeptInBylineOrder()
    {
        var byline = Byline.FromContributors(
        [
            new Contributor("Ada Reyes", ContributorRole.Reporter),
            new Contributor("Tomas Holm"),
            new Contributor("Wire Service", ContributorRole.Author, ContributorKind.Organization),
            new Contributor("Lena Park", ContributorRole.Contributor),
        ]);

        Assert.Equal(["Ada Reyes", "Tomas Holm", "Wire Service", "Lena Park"], NewsModelPredictor.AuthorNames(byline));
    }

    [Theory]
    [InlineData(ContributorRole.Editor)]
    [InlineData(ContributorRole.Photographer)]
    [InlineData(ContributorRole.Translator)]
    [InlineData(ContributorRole.Illustrator)]
    [InlineData(ContributorRole.Producer)]
    public void AuthorNames_OtherCredits_AreNotAuthors(ContributorRole role)
    {
        var byline = Byline.FromContributors([new Contributor("Tomas Holm"), new Contributor("Mira Voss", role)]);

        Assert.Equal(["Tomas Holm"], NewsModelPredictor.AuthorNames(byline));
    }
}
