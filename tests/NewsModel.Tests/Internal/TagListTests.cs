using NewsModel.Internal;

namespace NewsModel.Tests.Internal;

public class TagListTests
{
    [Fact]
    public void From_ValuesWithDuplicates_SplitsTrimsAndKeepsFirstSpellingInOrder()
    {
        var tags = TagList.From(["Ports, cranes", " PORTS ", "harbour; quay", null, "", "#Cranes", "Ålesund", "ålesund"]);

        Assert.Equal(["Ports", "cranes", "harbour", "quay", "Ålesund"], tags);
    }
}
