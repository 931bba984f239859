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
        ]);

        Assert.Equal(["Ada Reyes", "Tomas Holm", "Wire Service"], NewsModelPredictor.AuthorNames(byline));
    }

    [Fact]
    public void AuthorNames_AdditionalReporting_CountsOnlyWithoutWriters()
    {
        var withWriter = Byline.FromContributors([new Contributor("Tomas Holm"), new Contributor("Lena Park", ContributorRole.Contributor)]);
        var alone = Byline.FromContributors(
            [new Contributor("Lena Park", ContributorRole.Contributor), new Contributor("Ivo Marn", ContributorRole.Editor), new Contributor("Ada Reyes", ContributorRole.Contributor)]);

        Assert.Equal(["Tomas Holm"], NewsModelPredictor.AuthorNames(withWriter));
        Assert.Equal(["Lena Park", "Ada Reyes"], NewsModelPredictor.AuthorNames(alone));
    }

    [Fact]
    public void AuthorNames_AgenciesCreditedForCopy_AreNotAuthors()
    {
        var byline = Byline.FromContributors(
            [new Contributor("AFP", ContributorRole.Contributor, ContributorKind.Organization), new Contributor("EFE", ContributorRole.Contributor, ContributorKind.Organization)]);

        Assert.Empty(NewsModelPredictor.AuthorNames(byline));
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
