namespace NewsModel.Tests.Extractors.Time;

public class TimeElementExtractorTests
{
    [Fact]
    public void Extract_EntryDateAndUpdated_GivesBothDates()
    {
        var article = TestPages.ParsePage(string.Empty, """
            <aside><time datetime="2020-01-01">Popular last year</time></aside>
            <article><footer class="entry-footer">
              <time class="entry-date published" datetime="2021-05-25T10:30:00+02:00">25 May</time>
              <time class="updated" datetime="2021-05-26T09:00:00+02:00">26 May</time>
            </footer></article>
            """);

        Assert.Equal("2021-05-25T10:30:00+02", article.Published!.ToIsoString());
        Assert.Equal("time", article.Published.Source);
        Assert.Equal("2021-05-26T09:00:00+02", article.Modified!.ToIsoString());
    }

    [Fact]
    public void Extract_PlainTimes_TakesTheFirstOutsideSidebarsAndComments()
    {
        var article = TestPages.ParsePage(string.Empty, """
            <div class="sidebar"><time datetime="2020-01-01">old</time></div>
            <main><p><time datetime="2021-05-25 16:11">25 May 2021 16:11</time></p>
            <div class="comments"><time datetime="2021-06-02">later</time></div></main>
            """);

        Assert.Equal("2021-05-25T16:11:00", article.Published!.ToIsoString());
    }

    [Fact]
    public void Extract_PublishedInComments_IsIgnored()
    {
        var article = TestPages.ParsePage(string.Empty, """
            <div id="comments"><time class="published" datetime="2021-06-02">later</time></div>
            """);

        Assert.Null(article.Published);
    }
}
