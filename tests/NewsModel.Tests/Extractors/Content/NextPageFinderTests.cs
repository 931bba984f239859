using NewsModel.Extractors.Content;

namespace NewsModel.Tests.Extractors.Content;

public class NextPageFinderTests
{
    [Theory]
    [InlineData("https://news.example/story/lighthouse", "https://news.example/story/lighthouse/2", true)]
    [InlineData("https://news.example/story/lighthouse.html", "https://news.example/story/lighthouse-2.html", true)]
    [InlineData("https://news.example/story/lighthouse", "https://news.example/story/lighthouse?page=2", true)]
    [InlineData("https://news.example/story/lighthouse/2", "https://news.example/story/lighthouse/3", true)]
    [InlineData("https://news.example/story/lighthouse", "https://news.example/story/ferry-timetable", false)]
    [InlineData("https://news.example/story/lighthouse", "https://other.example/story/lighthouse/2", false)]
    [InlineData("https://news.example/story/lighthouse", "https://news.example/story/lighthouse", false)]
    public void IsContinuation_Addresses_MatchesPagination(string page, string next, bool expected)
    {
        Assert.Equal(expected, NextPageFinder.IsContinuation(new Uri(page), new Uri(next)));
    }
}
