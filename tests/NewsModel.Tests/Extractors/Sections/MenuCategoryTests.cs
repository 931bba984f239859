namespace NewsModel.Tests.Extractors.Sections;

/// <summary>
/// The post's category as a WordPress menu marks it (<c>current-post-parent</c>, <c>current-post-ancestor</c>), read
/// when the page prints no category beside the headline. All fixture text is invented.
/// </summary>
public class MenuCategoryTests
{
    private static readonly ArticleParserOptions Options = new() { ThrowOnExtractorFailure = true };

    private static readonly Uri ArticleUrl = new("https://www.lakeside-post.example/ferry-timetable-changes/");

    private const string Parent = "menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor current-menu-parent current-post-parent";

    private const string Ancestor = "menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor menu-item-has-children";

    private static Article Parse(string menu, string meta = "")
    {
        var html = $"""
            <html lang="en"><head><title>Ferry timetable changes for the summer season | Lakeside Post</title></head>
            <body><header><a href="/">Lakeside Post</a><nav class="main-navigation"><ul id="primary-menu" class="menu">
              <li class="menu-item menu-item-home"><a href="/">Home</a></li>
              {menu}
              <li class="menu-item"><a href="/category/weather/">Weather</a></li>
              <li class="menu-item"><a href="/category/opinion/">Opinion</a></li>
              <li class="menu-item"><a href="/category/schools/">Schools</a></li>
              <li class="menu-item"><a href="/category/obituaries/">Obituaries</a></li>
              <li class="menu-item"><a href="/events/">Events</a></li>
              <li class="menu-item"><a href="/contact/">Contact</a></li>
            </ul></nav></header>
            <main><article><h1>Ferry timetable changes for the summer season</h1>{meta}
            <p>The lake ferry will run every forty minutes from June, the operator announced on Monday after a long consultation.</p>
            <p>Passengers on the northern route had asked for later evening crossings, which the new timetable now includes.</p>
            </article></main></body></html>
            """;
        return ArticleParser.Parse(html, ArticleUrl, Options);
    }

    [Fact]
    public void MarkedCategory_IsTheSection()
    {
        var article = Parse($"""<li class="menu-item"><a href="/category/sport/">Sport</a></li><li class="{Parent}"><a href="/category/transport/">Transport</a></li>""");

        Assert.Equal("Transport", article.Section.Path);
        Assert.Equal("dom:category", article.SourceOf("section")!.Source);
        Assert.Equal(new Uri("https://www.lakeside-post.example/category/transport/"), article.Section.Segments[0].Url);
    }

    [Fact]
    public void MarkedCategoryInsideMarkedAncestors_GivesThePath()
    {
        var article = Parse($"""
            <li class="{Ancestor}"><a href="/category/region/">Region</a><ul class="sub-menu">
              <li class="menu-item"><a href="/category/region/hills/">Hills</a></li>
              <li class="{Parent}"><a href="/category/region/lakeshore/">Lakeshore</a></li>
            </ul></li>
            """);

        Assert.Equal("Region › Lakeshore", article.Section.Path);
    }

    [Fact]
    public void SameCategoryInTwoMenus_IsOne()
    {
        var article = Parse($"""<li class="{Parent}"><a href="/category/transport/">Transport</a></li><li class="{Parent}"><a href="/category/transport/">Transport</a></li>""");

        Assert.Equal("Transport", article.Section.Path);
    }

    [Fact]
    public void CategoriesOnDifferentBranches_GiveNoSection()
    {
        var article = Parse($"""<li class="{Parent}"><a href="/category/transport/">Transport</a></li><li class="{Parent}"><a href="/category/tourism/">Tourism</a></li>""");

        Assert.Empty(article.Section.Segments);
    }

    [Fact]
    public void StaticActiveMark_IsNoCategory()
    {
        var article = Parse("""<li class="menu-item current-menu-item active"><a href="/category/transport/">Transport</a></li>""");

        Assert.Empty(article.Section.Segments);
    }

    [Fact]
    public void CategoryPrintedInTheMeta_WinsOverTheMenu()
    {
        var article = Parse(
            $"""<li class="{Parent}"><a href="/category/transport/">Transport</a></li>""",
            """<div class="entry-meta">Posted in <a href="/category/lake-life/" rel="category tag">Lake life</a></div>""");

        Assert.Equal("Lake life", article.Section.Path);
    }
}
