namespace NewsModel.Tests.Extractors.Microdata;

public class MicrodataExtractorTests
{
    [Fact]
    public void Extract_ArticleItem_ReadsPropertiesAndNestedAuthors()
    {
        var article = TestPages.ParsePage(string.Empty, """
            <article itemscope itemtype="https://schema.org/NewsArticle">
              <h1 itemprop="headline">Harbour cranes return</h1>
              <time itemprop="datePublished" datetime="2021-05-25T10:30:00+02:00">25 May</time>
              <meta itemprop="dateModified" content="2021-05-26">
              <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="/staff/jane"><span itemprop="name">Jane Doe</span></a></span>
              <span itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Harbour Press Agency</span></span>
              <span itemprop="articleSection">Business</span>
              <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
                <span itemprop="author">A Commenter</span>
                <time itemprop="datePublished" datetime="2021-06-01">1 June</time>
              </div>
            </article>
            """);

        Assert.Equal("microdata", article.SourceOf("byline")!.Source);
        Assert.Equal(["Jane Doe", "Harbour Press Agency"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal(ContributorKind.Organization, article.Byline.Contributors[1].Kind);
        Assert.Equal(new Uri("https://www.coastline.example/staff/jane"), article.Byline.Contributors[0].ProfileUrl);
        Assert.Equal("2021-05-25T10:30:00+02:00", article.Published!.ToIsoString());
        Assert.Equal("microdata", article.Published.Source);
        Assert.Equal("2021-05-26", article.Modified!.ToIsoString());
        Assert.Equal("Business", article.Section.Path);
    }

    [Fact]
    public void Extract_RdfaLiteSchemaProperties_ReadLikeMicrodata()
    {
        var article = TestPages.ParsePage(string.Empty, """
            <div vocab="https://schema.org/" typeof="BlogPosting">
              <span property="schema:dateCreated" content="2021-05-25T03:46:34+00:00">25.05.2021</span>
              <span property="schema:author">Jane Doe</span>
            </div>
            """);

        Assert.Equal("2021-05-25T03:46:34Z", article.Published!.ToIsoString());
        Assert.Equal("Jane Doe", Assert.Single(article.Byline.Contributors).Name);
    }

    [Fact]
    public void Extract_HCardAuthor_ReadsTheNameNotCommentAuthors()
    {
        var article = TestPages.ParsePage(string.Empty, """
            <article>
              <div class="entry-meta">by <span class="author vcard"><a class="url fn n" href="/author/jane/" title="View all posts by Jane Doe">Jane Doe</a></span></div>
              <ol class="comment-list"><li><div class="comment-author vcard"><cite class="fn">A Commenter</cite></div></li></ol>
            </article>
            """);

        var author = Assert.Single(article.Byline.Contributors);
        Assert.Equal("Jane Doe", author.Name);
        Assert.Equal(new Uri("https://www.coastline.example/author/jane/"), author.ProfileUrl);
        Assert.Equal("microformat", article.SourceOf("byline")!.Source);
    }

    [Fact]
    public void Extract_HCardAuthorWithoutFn_ReadsTheLinkedName()
    {
        var article = TestPages.ParsePage(string.Empty, """
            <article>
              <div class="author vcard"><a href="/autoren/jana-holm/"><img src="/jana.jpg"></a><div>Von <strong><a href="/autoren/jana-holm/">Jana Holm</a></strong></div><span class="date">Fr, 18. Oktober 2019</span></div>
            </article>
            """);

        Assert.Equal("Jana Holm", Assert.Single(article.Byline.Contributors).Name);
    }

    [Fact]
    public void Extract_HAtomPublishedAbbr_GivesTheDate()
    {
        var article = TestPages.ParsePage(string.Empty, """
            <div class="post"><abbr class="published" title="2018-06-05T08:00:00-07:00">08:00</abbr></div>
            """);

        Assert.Equal("2018-06-05T08:00:00-07:00", article.Published!.ToIsoString());
    }
}
