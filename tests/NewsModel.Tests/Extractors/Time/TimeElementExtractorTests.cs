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

        Assert.Equal("2021-05-25T10:30:00+02:00", article.Published!.ToIsoString());
        Assert.Equal("time", article.Published.Source);
        Assert.Equal("2021-05-26T09:00:00+02:00", article.Modified!.ToIsoString());
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

public class TimeElementOtherStoriesTests
{
    private const string Body = """
        <p>The harbour board voted on Tuesday evening to keep the old cranes standing for another decade, after a long
        meeting in which dock workers, residents and two engineering firms argued about the cost of repairs.</p>
        <p>Repairs will start in the spring, the board said, and the quay will stay open while they go on.</p>
        """;

    [Fact]
    public void Extract_MostReadListWithPublishedTimes_GivesTheArticlesPrintedDate()
    {
        var article = TestPages.ParsePage(string.Empty, $$"""
            <main><article>
              <h1>Harbour board keeps the old cranes standing</h1>
              <div class="meta"><span class="date">14 March 2023, 09:15</span></div>
              {{Body}}
            </article>
            <section><h2>Most read</h2><ul>
              <li><h3><a href="/news/2023/03/ferry-timetable-extended-into-winter">Ferry timetable extended into the winter</a></h3>
                <time class="item-meta-published" datetime="2023-03-15T19:32:07+0200">19:32</time></li>
              <li><h3><a href="/news/2023/03/new-lighthouse-keeper-starts-work">New lighthouse keeper starts work on Monday</a></h3>
                <time class="item-meta-published" datetime="2023-03-15T18:30:00+0200">18:30</time></li>
            </ul></section></main>
            """);

        Assert.Equal(new NodaTime.LocalDate(2023, 3, 14), article.Published!.Date);
        Assert.NotEqual("time", article.Published.Source);
    }

    [Fact]
    public void Extract_OnlyOtherStoriesHaveTimes_GivesNoPublishedDate()
    {
        var article = TestPages.ParsePage(string.Empty, $$"""
            <main><article>
              <h1>Harbour board keeps the old cranes standing</h1>
              {{Body}}
            </article>
            <div class="read-next">
              <article class="card"><h3><a href="/news/2023/03/ferry-timetable-extended-into-winter">Ferry timetable extended into the winter</a></h3>
                <time class="entry-date published" datetime="2023-03-15T19:32:07+02:00">15 March</time></article>
              <article class="card"><h3><a href="/news/2023/03/new-lighthouse-keeper-starts-work">New lighthouse keeper starts work on Monday</a></h3>
                <time datetime="2023-03-12T08:00:00+02:00">12 March</time></article>
            </div></main>
            """, new Uri("https://www.coastline.example/news/harbour-cranes"));

        Assert.Null(article.Published);
    }

    [Fact]
    public void Extract_CardsAboveTheHeadlineAndOwnTime_GivesTheOwnTime()
    {
        var article = TestPages.ParsePage(string.Empty, $$"""
            <ul class="top-stories">
              <li><article><h3><a href="/news/2023/03/ferry-timetable-extended-into-winter">Ferry timetable extended into the winter</a></h3>
                <time class="published" datetime="2023-03-15T19:32:07+02:00">15 March</time></article></li>
              <li><article><h3><a href="/news/2023/03/new-lighthouse-keeper-starts-work">New lighthouse keeper starts work on Monday</a></h3>
                <time class="published" datetime="2023-03-12T08:00:00+02:00">12 March</time></article></li>
            </ul>
            <main><article>
              <h1>Harbour board keeps the old cranes standing</h1>
              <time class="published" datetime="2023-03-14T09:15:00+01:00">14 March 2023</time>
              {{Body}}
            </article></main>
            """);

        Assert.Equal("2023-03-14T09:15:00+01:00", article.Published!.ToIsoString());
        Assert.Equal("time", article.Published.Source);
    }
}

public class TimeElementUpdateLineTests
{
    private const string Body = """
        <p>The harbour board voted on Tuesday evening to keep the old cranes standing for another decade, after a long
        meeting in which dock workers, residents and two engineering firms argued about the cost of repairs.</p>
        """;

    private static string Padding(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"<div class=\"strip\"><span>Tide table {i}</span></div>"));

    [Fact]
    public void UpdateLineFarAboveTheHeadline_GivesWayToTheHeadersOwn()
    {
        var article = TestPages.ParsePage(string.Empty, $$"""
            <div class="ticker"><time datetime="2024-03-14T06:00:00+01:00">Updated: 14 March 2024, 06:00</time></div>
            {{Padding(20)}}
            <main><article>
              <h1>Harbour board keeps the old cranes standing</h1>
              <p class="meta"><time class="published" datetime="2024-03-12T09:00:00+01:00">12 March 2024</time>
              <time datetime="2024-03-13T10:30:00+01:00">Updated: 13 March 2024, 10:30</time></p>
              {{Body}}
            </article></main>
            """);

        Assert.Equal("2024-03-12T09:00:00+01:00", article.Published!.ToIsoString());
        Assert.Equal("2024-03-13T10:30:00+01:00", article.Modified!.ToIsoString());
    }

    [Fact]
    public void SecondUpdateLine_IsNoPublicationDate()
    {
        var article = TestPages.ParsePage(string.Empty, $$"""
            <main><article>
              <h1>Harbour board keeps the old cranes standing</h1>
              <p class="meta"><time datetime="2024-03-13T10:30:00+01:00">Updated: 13 March 2024, 10:30</time></p>
              {{Body}}
              <p class="note"><time datetime="2024-03-14T08:00:00+01:00">Updated: 14 March 2024, 08:00</time> A figure in the third paragraph was corrected.</p>
            </article></main>
            """);

        // The later update line (a correction note) is the last modification; neither is the publication.
        Assert.Equal("2024-03-14T08:00:00+01:00", article.Modified!.ToIsoString());
        Assert.NotEqual("2024-03-14", article.Published?.ToIsoString()[..10]);
    }

    [Theory]
    [InlineData("09.05", "11.20")]
    [InlineData("11.20", "09.05")]
    public void LiveBlogEntries_TheLatestUpdateIsTheModifiedDate(string first, string second)
    {
        var article = TestPages.ParsePage(string.Empty, $$"""
            <main><article>
              <h1>Harbour storm: live updates</h1>
              <p class="meta"><time class="published" datetime="2024-03-13T08:00:00Z">13 March 2024</time></p>
              <div class="entry"><span>Updated</span> <time datetime="2024-03-13T{{first.Replace('.', ':')}}:00Z">{{first}}am</time><p>The ferries stay in port.</p></div>
              <div class="entry"><span>Updated</span> <time datetime="2024-03-13T{{second.Replace('.', ':')}}:00Z">{{second}}am</time><p>The wind has dropped a little.</p></div>
              {{Body}}
            </article></main>
            """);

        Assert.Equal("2024-03-13T11:20:00Z", article.Modified!.ToIsoString());
    }

    [Fact]
    public void SentenceEndingWithUpdated_IsNoUpdateLabel()
    {
        var article = TestPages.ParsePage(string.Empty, $$"""
            <main><article>
              <h1>Harbour board keeps the old cranes standing</h1>
              <div class="editors-note">Editor's note: this story has been updated</div>
              <time datetime="2024-03-13T08:00:00Z">13 March 2024</time>
              {{Body}}
            </article></main>
            """);

        Assert.Equal("2024-03-13T08:00:00Z", article.Published!.ToIsoString());
    }

    // An update label printed before the <time>, as text or in an element of its own, makes it the modification date:
    // the printed publication line keeps the published date, and the update keeps its machine offset.
    [Theory]
    [InlineData("es", "<p class=\"date\">Puerto Claro - 12 mar 2024 - 09:05 CET</p><p>Actualizado: <time datetime=\"2024-03-13T10:30:10+01:00\">13 mar 2024 - 10:30 CET</time></p>", "2024-03-12T09:05:00+01:00")]
    [InlineData("pl", "<p class=\"date\">12.03.2024 09:05</p><p>Aktualizacja: <time datetime=\"2024-03-13T10:30:00+01:00\">13.03.2024 10:30</time></p>", "2024-03-12T09:05:00")]
    [InlineData("en", "<p class=\"date\">March 12, 2024</p><p><span class=\"label\">Updated</span> <time datetime=\"2024-03-13T10:30:00+01:00\">March 13, 2024 10:30</time></p>", "2024-03-12")]
    [InlineData("de", "<p class=\"date\">12.03.2024</p><p><span>Letzte Aktualisierung am</span> <time datetime=\"2024-03-13T10:30:00+01:00\">13.03.2024, 10:30 Uhr</time></p>", "2024-03-12")]
    public void TimeAfterAnUpdateLabel_IsTheModifiedDate(string language, string meta, string published)
    {
        var article = TestPages.Parse($$"""
            <!doctype html><html lang="{{language}}"><head></head><body><main><article>
              <h1>Harbour board keeps the old cranes standing</h1>
              {{meta}}
              {{Body}}
            </article></main></body></html>
            """);

        Assert.Equal(published, article.Published!.ToIsoString());
        Assert.StartsWith("2024-03-13T10:30", article.Modified!.ToIsoString(), StringComparison.Ordinal);
        Assert.EndsWith("+01:00", article.Modified!.ToIsoString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UpdateLabelInASpanOfItsOwn_MakesThePrintedDateTheModifiedOne()
    {
        var article = TestPages.ParsePage(string.Empty, $$"""
            <main><article>
              <h1>Harbour board keeps the old cranes standing</h1>
              <div class="timestamp"><span>Updated</span> <span>3:47 PM EST, March 8, 2024</span></div>
              {{Body}}
            </article></main>
            """);

        Assert.Equal("2024-03-08T15:47:00-05:00", article.Modified!.ToIsoString());
        Assert.NotEqual("2024-03-08T15:47:00-05:00", article.Published?.ToIsoString());
    }
}
