using NewsModel.Blocks;
using NewsModel.Extractors.Content;
using static NewsModel.Tests.Extractors.Content.ContentPages;

namespace NewsModel.Tests.Extractors.Content;

public class ContentExtractorTests
{
    private static readonly ArticleParserOptions Strict = new() { ThrowOnExtractorFailure = true };

    private static Article Parse(string html) => ArticleParser.Parse(html, PageUrl, Strict);

    [Fact]
    public void Extract_PlainArticle_ReturnsParagraphsWithoutHeadlineOrFurniture()
    {
        var article = Parse(Wrap(Paragraphs(First, Second, Third, Fourth)));

        Assert.Equal([First, Second, Third, Fourth], article.Body.Select(b => Assert.IsType<ParagraphBlock>(b).Text));
        Assert.Equal(string.Join("\n\n", First, Second, Third, Fourth), article.Text);
        Assert.Equal("main-content", article.SourceOf("body")!.Source);
        Assert.DoesNotContain(article.Diagnostics, d => d.Code == ContentExtractor.NotFoundCode);
    }

    [Fact]
    public void Extract_QuoteOfSeveralParagraphs_KeepsThemOnSeparateLines()
    {
        const string body = $"""
            <p>{First}</p>
            <blockquote><p>The old lamp room had no glass left in a single pane.</p><p>Even the clockwork had rusted solid.</p></blockquote>
            <p>{Second}</p>
            """;

        var quote = Parse(Wrap(body)).Body.OfType<QuoteBlock>().Single();

        Assert.Equal("The old lamp room had no glass left in a single pane.\nEven the clockwork had rusted solid.", quote.Text);
    }

    [Fact]
    public void Extract_EveryBlockType_ReturnsTypedBlocksInOrder()
    {
        const string body = $"""
            <p>{First}</p>
            <h2>Forty years of darkness</h2>
            <p>{Second}</p>
            <ul><li>New glass for the lamp room</li><li>A rebuilt clockwork drive</li></ul>
            <ol><li>Scrape the salt</li><li>Replace the panes</li></ol>
            <blockquote><p>We never thought we would see it turn again, not in our lifetime.</p><footer>Edda Marsh, harbour pilot</footer></blockquote>
            <blockquote class="pullquote">The beam reaches eighteen miles out to sea.</blockquote>
            <table><tr><th>Year</th><th>Keeper</th></tr><tr><td>1951</td><td>Tomas Vell</td></tr><tr><td>1984</td><td>Ruth Vell</td></tr></table>
            <pre>LAMP  ON 18:04
            LAMP OFF 07:31</pre>
            <figure><img src="/img/lamp.jpg" alt="The lamp room" width="800" height="600"><figcaption>The restored lamp room. (File photo by Getty Images)</figcaption></figure>
            <iframe src="https://www.youtube.com/embed/abc123XYZ" title="The lamp turns again"></iframe>
            <blockquote class="twitter-tweet"><p>The cape light is back on tonight!</p>&mdash; Cape Pilots (@capepilots) <a href="https://twitter.com/capepilots/status/123456789">March 5, 2024</a></blockquote>
            <p>{Third}</p>
            """;

        var body2 = Parse(Wrap(body)).Body;

        Assert.Equal(
            [typeof(ParagraphBlock), typeof(HeadingBlock), typeof(ParagraphBlock), typeof(ListBlock), typeof(ListBlock), typeof(QuoteBlock), typeof(QuoteBlock),
             typeof(TableBlock), typeof(PreformattedBlock), typeof(FigureBlock), typeof(EmbedBlock), typeof(EmbedBlock), typeof(ParagraphBlock)],
            body2.Select(b => b.GetType()));
        Assert.Equal(new HeadingBlock(2, "Forty years of darkness"), body2[1]);
        var bullets = (ListBlock)body2[3];
        Assert.False(bullets.Ordered);
        Assert.Equal(["New glass for the lamp room", "A rebuilt clockwork drive"], bullets.Items);
        Assert.True(((ListBlock)body2[4]).Ordered);
        var quote = (QuoteBlock)body2[5];
        Assert.Equal("We never thought we would see it turn again, not in our lifetime.", quote.Text);
        Assert.Equal("Edda Marsh, harbour pilot", quote.Attribution);
        Assert.False(quote.IsPullQuote);
        Assert.True(((QuoteBlock)body2[6]).IsPullQuote);
        var table = (TableBlock)body2[7];
        Assert.True(table.HasHeaderRow);
        Assert.Equal(["1984", "Ruth Vell"], table.Rows[2]);
        Assert.Contains("LAMP  ON 18:04", ((PreformattedBlock)body2[8]).Text, StringComparison.Ordinal);
        var image = ((FigureBlock)body2[9]).Image;
        Assert.Equal(new Uri("https://news.example/img/lamp.jpg"), image.Url);
        Assert.Equal("The lamp room", image.Alt);
        Assert.Equal("The restored lamp room.", image.Caption);
        Assert.Equal("File photo by Getty Images", image.Credit);
        Assert.Equal(800, image.Width);
        var video = (EmbedBlock)body2[10];
        Assert.Equal("youtube", video.Provider);
        Assert.Equal(new Uri("https://www.youtube.com/watch?v=abc123XYZ"), video.Url);
        var tweet = (EmbedBlock)body2[11];
        Assert.Equal("x", tweet.Provider);
        Assert.Equal(new Uri("https://twitter.com/capepilots/status/123456789"), tweet.Url);
        Assert.Equal("The cape light is back on tonight!\n— Cape Pilots (@capepilots) March 5, 2024", tweet.Text);
    }

    [Fact]
    public void Extract_BodySplitByAdsAndEmbeds_KeepsEveryParagraphInOrder()
    {
        var body = $"""
            <div class="story-body"><p>{First}</p><p>{Second}</p></div>
            <div class="ad-slot ad"><span>Advertisement</span><a href="https://ads.example/click"><img src="https://ads.example/banner.gif" width="300" height="250"></a></div>
            <div class="story-body"><p>{Third}</p>
              <div class="video-embed"><iframe src="https://player.vimeo.com/video/998877"></iframe></div>
              <p>ADVERTISEMENT</p>
              <p>{Fourth}</p></div>
            """;

        var article = Parse(Wrap(body));

        Assert.Equal([First, Second, Third, Fourth], article.Body.OfType<ParagraphBlock>().Select(p => p.Text));
        Assert.Equal("vimeo", Assert.Single(article.Body.OfType<EmbedBlock>()).Provider);
        Assert.DoesNotContain("Advertisement", article.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Extract_CommentsUnderArticle_LeavesCommentsOut()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content-article-with-comments", "page.html"));

        var article = ArticleParser.Parse(html, PageUrl, Strict);

        Assert.Equal(4, article.Body.OfType<ParagraphBlock>().Count());
        Assert.StartsWith("Builders on the old ferry pier", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Great news", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("pier was always", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a reply", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_HomePage_ReturnsEmptyBodyAndSaysSo()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "content-home-page", "page.html"));

        var article = ArticleParser.Parse(html, new Uri("https://news.example/"), Strict);

        Assert.Empty(article.Body);
        Assert.Equal(string.Empty, article.Text);
        var diagnostic = Assert.Single(article.Diagnostics, d => d.Code == ContentExtractor.NotFoundCode);
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
    }

    [Fact]
    public void Extract_EmptyBody_ReportsNotFound()
    {
        var article = Parse("<html><body><nav><a href='/a'>A</a></nav></body></html>");

        Assert.Empty(article.Body);
        Assert.Contains(article.Diagnostics, d => d.Code == ContentExtractor.NotFoundCode);
    }

    [Theory]
    [InlineData("share bar", "<div class=\"share-buttons\"><a href=\"https://facebook.example/share\">Share on Facebook</a> <a href=\"https://x.example/intent\">Post on X</a> <span>Send this story to a friend who likes lighthouses and old clockwork</span></div>", "Send this story")]
    [InlineData("related links", "<div class=\"related-articles\"><h3>Related</h3><ul><li><a href=\"/a\">Fog horn silenced after complaints from summer visitors</a></li><li><a href=\"/b\">Ferry timetable changes for the winter season</a></li></ul></div>", "Fog horn")]
    [InlineData("newsletter box", "<div class=\"newsletter-signup\"><h4>Get the Cape Gazette in your inbox</h4><p>Sign up for our free morning briefing with the news from every harbour along the coast.</p><input type=\"email\"><button>Subscribe</button></div>", "morning briefing")]
    [InlineData("cookie notice", "<div id=\"cookie-consent\"><p>We use cookies to improve your experience, to measure how our pages are read and to show you relevant offers.</p><button>Accept</button></div>", "We use cookies")]
    [InlineData("comments", "<section id=\"comments\"><h3>3 comments</h3><div class=\"comment\"><p>I remember the old keeper well, he used to wave at our boat every single morning in summer.</p></div></section>", "old keeper well")]
    [InlineData("byline and dateline", "<div class=\"byline\">By Mara Quill, Coastal Correspondent</div><time class=\"timestamp\">Updated 5 March 2024, 18:04</time>", "Mara Quill")]
    [InlineData("read-more label", "<p><strong>Read more:</strong> <a href=\"/c\">How the cape light was built in 1871</a></p>", "Read more")]
    [InlineData("author box", "<aside class=\"author-bio\"><p>Mara Quill has covered the coast for the Cape Gazette since 2009 and writes about fishing, ferries and the weather.</p></aside>", "covered the coast")]
    public void Extract_BoilerplateFamily_LeftOutOfBody(string family, string furniture, string marker)
    {
        var body = $"<p>{First}</p><p>{Second}</p>{furniture}<p>{Third}</p><p>{Fourth}</p>";

        var article = Parse(Wrap(body));

        Assert.True(article.Body.Count == 4, $"{family}: {article.Text}");
        Assert.DoesNotContain(marker, article.Text, StringComparison.Ordinal);
        Assert.Equal([First, Second, Third, Fourth], article.Body.Select(b => ((ParagraphBlock)b).Text));
    }

    [Fact]
    public void Extract_BylineBeforeBody_LeftOut()
    {
        var body = $"<p>By Mara Quill and Ivo Stenn</p><p>March 5, 2024</p><p>{First}</p><p>{Second}</p><p>{Third}</p>";

        var article = Parse(Wrap(body));

        Assert.Equal(First, ((ParagraphBlock)article.Body[0]).Text);
        Assert.Equal(3, article.Body.Count);
    }

    [Fact]
    public void Extract_NoLeadImageInMetadata_UsesFirstFigure()
    {
        var body = $"""<p>{First}</p><figure><img data-src="/img/cape.jpg" src="data:image/gif;base64,R0lGOD"><figcaption>The cape at dusk. Photo: Ivo Stenn/Cape Gazette</figcaption></figure><p>{Second}</p><p>{Third}</p>""";

        var article = Parse(Wrap(body));

        Assert.Equal(new Uri("https://news.example/img/cape.jpg"), article.LeadImage!.Url);
        Assert.Equal("The cape at dusk.", article.LeadImage.Caption);
        Assert.Equal("Ivo Stenn/Cape Gazette", article.LeadImage.Credit);
        Assert.Equal("body:figure", article.SourceOf("leadImage")!.Source);
    }

    [Fact]
    public void Extract_LeadImageInMetadata_WinsOverFirstFigure()
    {
        var body = $"""<p>{First}</p><figure><img src="/img/cape.jpg"></figure><p>{Second}</p><p>{Third}</p>""";

        var article = Parse(Wrap(body, head: "<meta property=\"og:image\" content=\"https://cdn.example/social.jpg\">"));

        Assert.Equal(new Uri("https://cdn.example/social.jpg"), article.LeadImage!.Url);
        Assert.Equal(new Uri("https://news.example/img/cape.jpg"), article.Body.OfType<FigureBlock>().Single().Image.Url);
    }

    [Fact]
    public void Extract_CaptionOutsideFigure_AttachedToImageNotText()
    {
        var body = $"""<p>{First}</p><div class="image"><img src="/img/pier.jpg"></div><p class="caption">The pier before the storm. Credit: Harbour Archive</p><p>{Second}</p><p>{Third}</p>""";

        var article = Parse(Wrap(body));

        var image = article.Body.OfType<FigureBlock>().Single().Image;
        Assert.Equal("The pier before the storm.", image.Caption);
        Assert.Equal("Harbour Archive", image.Credit);
        Assert.DoesNotContain("pier before", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ArticleSplitAcrossPages_RecordsNextPage()
    {
        var html = Wrap(Paragraphs(First, Second, Third), head: "<link rel=\"next\" href=\"/world/2024/lighthouse-keepers-return/2\">");

        var article = Parse(html);

        Assert.Equal(new Uri("https://news.example/world/2024/lighthouse-keepers-return/2"), article.NextPageUrl);
        Assert.Equal("link:next", article.SourceOf("nextPageUrl")!.Source);
    }

    [Fact]
    public void Extract_RelNextToAnotherStory_NotTakenForNextPage()
    {
        var html = Wrap(Paragraphs(First, Second, Third), head: "<link rel=\"next\" href=\"/world/2024/ferry-timetable-changes\">");

        Assert.Null(Parse(html).NextPageUrl);
    }

    [Fact]
    public void Extract_BreakSeparatedText_SplitsParagraphsAtDoubleBreaks()
    {
        var body = $"<div class=\"post-body\">{First}<br><br>{Second}<br>{Third}<br><br>{Fourth}</div>";

        var article = Parse(Wrap(body));

        Assert.Equal([First, Second + "\n" + Third, Fourth], article.Body.Select(b => ((ParagraphBlock)b).Text));
    }

    [Fact]
    public void Extract_HiddenText_LeftOut()
    {
        var body = $"<p>{First}</p><p style=\"display: none\">Only robots read this sentence about lighthouses and ferries.</p><p hidden>Nor this one about the cape light.</p><p>{Second}</p><p>{Third}</p>";

        var article = Parse(Wrap(body));

        Assert.Equal(3, article.Body.Count);
        Assert.DoesNotContain("robots", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TaxonomyClassesOnArticle_DoNotHideIt()
    {
        var html = $"<html><body><div class=\"post tag-sidebar category-ads has-comments\">{Paragraphs(First, Second, Third)}</div><div class=\"sidebar\"><a href='/x'>Archive</a></div></body></html>";

        var article = Parse(html);

        Assert.Equal(3, article.Body.Count);
    }

    [Fact]
    public void Extract_InlineMarkup_KeepsWordsAndSpacing()
    {
        var body = $"<p>The <em>Cape</em> light, <a href=\"/history\">first lit in 1871</a>, is <strong>back</strong>&nbsp;on. {First}</p><p>{Second}</p>";

        var article = Parse(Wrap(body));

        Assert.Equal("The Cape light, first lit in 1871, is back on. " + First, ((ParagraphBlock)article.Body[0]).Text);
    }
}
