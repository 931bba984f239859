using NewsModel.Extractors.Headline;

namespace NewsModel.Tests.Extractors.Headline;

public class HeadlineExtractorTests
{
    [Theory]
    [InlineData("Harbour cranes return - Coastline Courier", "Harbour cranes return")]
    [InlineData("Harbour cranes return | Coastline Courier", "Harbour cranes return")]
    [InlineData("Harbour cranes return — Coastline Courier", "Harbour cranes return")]
    [InlineData("Coastline Courier: Harbour cranes return", "Harbour cranes return")]
    [InlineData("Coastline Courier | Harbour cranes return", "Harbour cranes return")]
    [InlineData("Harbour cranes return | Business | Coastline Courier", "Harbour cranes return")]
    [InlineData("Harbour cranes return - coastline.example", "Harbour cranes return")]
    [InlineData("Harbour cranes return - and why it matters", "Harbour cranes return - and why it matters")]
    [InlineData("Blog Archive » Harbour cranes return to the old port", "Harbour cranes return to the old port")]
    [InlineData("Coastline Courier", "Coastline Courier")]
    public void Extract_DecoratedTitle_SiteNameRemoved(string title, string expected)
    {
        var article = TestPages.ParsePage($"""<title>{title}</title><meta property="og:site_name" content="Coastline Courier">""");

        Assert.Equal(expected, article.Headline);
        Assert.Equal("title", article.SourceOf("headline")!.Source);
    }

    [Fact]
    public void Extract_UnknownSiteName_DashSuffixKept()
    {
        var article = TestPages.ParsePage("<title>Harbour cranes return - Port news</title>", pageUrl: new Uri("https://news.example/a"));

        Assert.Equal("Harbour cranes return - Port news", article.Headline);
    }

    [Fact]
    public void Extract_H1ConfirmedByAnotherSource_Wins()
    {
        var article = TestPages.ParsePage(
            """<meta property="og:title" content="Cranes: the port's new old skyline"><meta name="twitter:title" content="The old port's cranes are back">""",
            """<header><h1 class="site-logo">Coastline Courier</h1></header><article><h1>The old port’s cranes are back</h1></article>""");

        Assert.Equal("The old port’s cranes are back", article.Headline);
        var provenance = article.SourceOf("headline")!;
        Assert.Equal("h1", provenance.Source);
        Assert.Contains(provenance.Candidates, c => c.Source == "og:title" && !c.Selected);
    }

    [Fact]
    public void Extract_UnconfirmedH1_StructuredSourceWins()
    {
        var article = TestPages.ParsePage(
            """<meta property="og:title" content="Harbour cranes return to the old port">""",
            "<h1>Harbour cranes return</h1>");

        Assert.Equal("Harbour cranes return to the old port", article.Headline);
    }

    [Fact]
    public void Extract_H1WithKicker_KickerDropped()
    {
        var article = TestPages.ParsePage(
            """<meta property="og:title" content="Ports: Harbour cranes return to the old port">""",
            """<h1><span class="article-kicker">Ports</span><span class="visually-hidden">: </span><span>Harbour cranes return to the old port</span></h1>""");

        Assert.Equal("Harbour cranes return to the old port", article.Headline);
        Assert.Equal("h1", article.SourceOf("headline")!.Source);
    }

    [Fact]
    public void Extract_H1ThatIsTheTitleSuffix_IsTheSiteNameNotTheHeadline()
    {
        var article = TestPages.Parse("<html><head><title>Harbour cranes return | Ship Spotting Weekly</title></head><body><h1>Ship Spotting Weekly</h1></body></html>", new Uri("https://spotting.example/p/1"));

        Assert.Equal("Harbour cranes return", article.Headline);
        Assert.Equal("title", article.SourceOf("headline")!.Source);
    }

    [Fact]
    public void Extract_RubyAnnotationsInH1_AreNotPartOfTheHeadline()
    {
        var article = TestPages.ParsePage(
            """<meta property="og:title" content="EASY NEWS|子どもの法律">""",
            "<article><h1><ruby>子<rt>こ</rt></ruby>どもの<ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby></h1></article>");

        Assert.Equal("子どもの法律", article.Headline);
        Assert.Equal("h1", article.SourceOf("headline")!.Source);
    }

    [Theory]
    [InlineData("Harbour cranes return", "Harbour cranes return", true)]
    [InlineData("Harbour cranes return", "Harbour Cranes Return!", true)]
    [InlineData("Ports: Harbour cranes return", "Harbour cranes return", true)]
    [InlineData("Harbour cranes return - Coastline Courier", "Harbour cranes return", true)]
    [InlineData("Harbour cranes returnCoastline Courier", "Harbour cranes return", true)]
    [InlineData("Harbour cranes return to the old port", "Harbour cranes return", false)]
    [InlineData("Something else entirely", "Harbour cranes return", false)]
    public void Confirms_Table(string other, string h1, bool expected)
    {
        Assert.Equal(expected, HeadlineExtractor.Confirms(other, h1));
    }

    [Fact]
    public void Extract_H1LinkingToAbsoluteHomePage_IsTheBlogName()
    {
        var article = TestPages.ParsePage(
            "<title>Rules of the house</title><meta property=\"og:title\" content=\"Quillpost rules of the house\">",
            "<div class=\"widget Header\"><h1 class=\"title\"><a href=\"https://quillpost.example/\">Rules of the house</a></h1></div><div class=\"post\"><h3>Quillpost rules of the house</h3><p>Be kind.</p></div>",
            new Uri("https://quillpost.example/p/rules.html"));

        Assert.Equal("Quillpost rules of the house", article.Headline);
    }

    [Theory]
    [InlineData("News - Harbour cranes return", "Harbour cranes return")]
    [InlineData("Aktuelles | Neue Kräne im Hafen", "Neue Kräne im Hafen")]
    [InlineData("Harbour cranes return to the quay - Port news - Coastline", "Harbour cranes return to the quay")]
    [InlineData("Harbour cranes return – Port – Coastline", "Harbour cranes return")]
    [InlineData("Harbour cranes return - Port news", "Harbour cranes return - Port news")]
    [InlineData("Cranes - Port - Coastline", "Cranes - Port - Coastline")]
    [InlineData("Newsroom - Harbour cranes return", "Newsroom - Harbour cranes return")]
    [InlineData("Harbour cranes return", "Harbour cranes return")]
    public void TrimTitleTemplate_Table(string title, string expected)
    {
        Assert.Equal(expected, HeadlineExtractor.TrimTitleTemplate(title));
    }

    [Theory]
    [InlineData("<h1><span>Weekly session</span>Pyramid set with intervals</h1>", "Pyramid set with intervals")]
    [InlineData("<h1>Climate: Pyramid set with intervals</h1>", "Pyramid set with intervals")]
    [InlineData("<h1>Swim the Pyramid set with intervals</h1>", "Swim the Pyramid set with intervals")]
    public void Extract_H1WithKickerTheStructuredDataLeavesOut_KickerDropped(string h1, string expectedH1)
    {
        var article = TestPages.ParsePage(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pyramid set with intervals"}</script>""",
            h1 + "<p>Swim four lengths, then rest.</p>");

        var candidate = article.SourceOf("headline")!.Candidates.First(c => c.Source == "h1");
        Assert.Equal(expectedH1, candidate.Value);
    }

    [Theory]
    [InlineData("Best of Quay 2022: Harbour cranes return", "Best of Quay 2022: Harbour cranes return")]
    [InlineData("Quay e.V.: Harbour cranes return", "Harbour cranes return")]
    [InlineData("Quay: Harbour cranes return", "Harbour cranes return")]
    [InlineData("Best of Quay 2022 | Harbour cranes return", "Harbour cranes return")]
    [InlineData("Harbour cranes return - Quay Online", "Harbour cranes return")]
    [InlineData("Port news - Snow maps now on Quay", "Port news - Snow maps now on Quay")]
    public void Extract_PhraseHoldingTheSiteNameBeforeAColon_IsPartOfTheHeadline(string title, string expected)
    {
        var article = TestPages.ParsePage($"""<title>{title}</title><meta property="og:site_name" content="Quay">""", pageUrl: new Uri("https://harbour.example/a/1"));

        Assert.Equal(expected, article.Headline);
    }

    [Fact]
    public void Extract_H1MentioningTheSiteNameThatTheStructuredDataRepeats_IsTheHeadline()
    {
        var article = TestPages.ParsePage(
            """<meta property="og:site_name" content="Cranes"><script type="application/ld+json">{"@type":"Article","headline":"Harbour cranes return"}</script>""",
            "<article><h1>Harbour cranes return</h1><p>The old port has its skyline back.</p></article>",
            new Uri("https://harbour.example/a/1"));

        Assert.Equal("Harbour cranes return", article.Headline);
        Assert.Equal("h1", article.SourceOf("headline")!.Source);
    }

    [Fact]
    public void Extract_H1EqualToTheLongLastPieceOfTheTitle_IsTheHeadlineNotTheSiteName()
    {
        var article = TestPages.Parse(
            "<html><head><title>Petition : Keep the harbour cranes in the old port</title></head><body><h1>Keep the harbour cranes in the old port</h1></body></html>",
            new Uri("https://petitions.example/p/1"));

        Assert.Equal("Keep the harbour cranes in the old port", article.Headline);
        Assert.Equal("h1", article.SourceOf("headline")!.Source);
    }

    [Fact]
    public void Extract_BannerH1_TheArticleHeadingTheOpenGraphTitleRepeatsWins()
    {
        var article = TestPages.ParsePage(
            """<title>Harbour cranes return – a photo essay - Quay Notes</title><meta property="og:title" content="Harbour cranes return - a photo essay">""",
            """<div id="top"><h1>Quay Notes</h1></div><div class="post"><h2>Harbour cranes return – a photo essay</h2><p>The old port has its skyline back.</p></div>""",
            new Uri("https://notes.example/2021/05/cranes"));

        Assert.Equal("Harbour cranes return – a photo essay", article.Headline);
        Assert.Equal("heading", article.SourceOf("headline")!.Source);
    }

    [Fact]
    public void Extract_H1MarkedAsStrapline_TheHeadingBesideItWins()
    {
        var article = TestPages.ParsePage(
            "<title>Harbour cranes return to the quay - Port update: new berths</title>",
            """<header class="article"><h1 class="strapline">Port update: new berths</h1><h2 class="title">Harbour cranes return to the quay</h2></header><p>The old port has its skyline back.</p>""",
            new Uri("https://notes.example/2021/05/cranes"));

        Assert.Equal("Harbour cranes return to the quay", article.Headline);
    }

    [Fact]
    public void Extract_SubheadingRepeatingTheTopicBeforeTheColon_DoesNotWin()
    {
        var article = TestPages.ParsePage(
            """<meta property="og:title" content="Quayside Market: Fresh fish cakes all day">""",
            "<h1>Quayside Market: Fresh fish cakes all day Welcome to the harbour's kitchen</h1><p>Fried on the spot.</p><h2>Quayside Market</h2><p>Open daily.</p>",
            new Uri("https://notes.example/2021/05/market"));

        Assert.Equal("Quayside Market: Fresh fish cakes all day", article.Headline);
    }

    [Fact]
    public void Extract_HeadingTheJsonLdHeadlineContradicts_DoesNotWin()
    {
        var article = TestPages.ParsePage(
            """<meta property="og:title" content="Cranes are back: the port rejoices"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour cranes return to the old port"}</script>""",
            """<nav><h1>Harbour cranes return to the old port</h1></nav><article><h2>Cranes are back: the port rejoices</h2><p>The old port has its skyline back.</p></article>""",
            new Uri("https://notes.example/2021/05/cranes"));

        Assert.Equal("Harbour cranes return to the old port", article.Headline);
        Assert.Equal("json-ld", article.SourceOf("headline")!.Source);
    }

    [Fact]
    public void Extract_BreadcrumbH1ThatOnlyTheTitleRepeats_GivesWayToTheConfirmedArticleHeading()
    {
        var article = TestPages.ParsePage(
            """<title>Cranes return to the port: "Finally"</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"“Finally”: cranes return to the port"}</script>""",
            """<div class="breadcrumbs"><span>Home</span> <span><h1>Cranes return to the port: "Finally"</h1></span></div><article><h2>“Finally”: cranes return to the port</h2><p>The old port has its skyline back.</p></article>""",
            new Uri("https://notes.example/2021/05/cranes"));

        Assert.Equal("“Finally”: cranes return to the port", article.Headline);
        Assert.Equal("heading", article.SourceOf("headline")!.Source);
    }

    [Fact]
    public void Extract_HeadingStartingWithAnArrow_IsATemplateItemNotTheHeadline()
    {
        var article = TestPages.ParsePage(
            "<title>Quay Notes // » Harbour cranes return</title>",
            "<div id=\"content\"><h2>[&gt; Harbour cranes return</h2><p>The old port has its skyline back.</p></div>",
            new Uri("https://notes.example/2021/05/cranes"));

        Assert.Equal("Harbour cranes return", article.Headline);
        Assert.Equal("title", article.SourceOf("headline")!.Source);
    }

    [Theory]
    [InlineData("Cranes are back - Port news | Quay Notes", "Why the old port wanted its cranes back", "Why the old port wanted its cranes back")]
    [InlineData("Harbour cranes return to the old port", "Harbour cranes return", "Harbour cranes return to the old port")]
    [InlineData("Cranes are back - Port news", "Port closed", "Cranes are back - Port news")]
    public void Extract_UnconfirmedH1AgainstARewordedSocialTitle_TheH1WinsUnlessOneBeginsTheOtherOrItIsShort(string ogTitle, string h1, string expected)
    {
        var article = TestPages.ParsePage(
            $"""<meta property="og:title" content="{ogTitle}">""",
            $"<article><h1>{h1}</h1><p>The old port has its skyline back.</p></article>",
            new Uri("https://notes.example/2021/05/cranes"));

        Assert.Equal(expected, article.Headline);
    }

    [Fact]
    public void Extract_UnconfirmedH1AgainstTheJsonLdHeadline_TheJsonLdHeadlineWins()
    {
        var article = TestPages.ParsePage(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"Cranes are back in the port"}</script>""",
            "<article><h1>Why the old port wanted its cranes back</h1><p>The old port has its skyline back.</p></article>",
            new Uri("https://notes.example/2021/05/cranes"));

        Assert.Equal("Cranes are back in the port", article.Headline);
    }

    [Theory]
    [InlineData("""<h1><span>Harbour cranes return to the quay</span><span class="aural">: </span><small class="c-topline"><span class="aural">, Topic:</span> Ports</small></h1>""")]
    [InlineData("""<h1>Harbour cranes return to the quay<span class="sr-only">, </span><span class="overline">Ports</span></h1>""")]
    public void Extract_KickerAfterTheHeadlineInsideTheH1_IsDropped(string h1)
    {
        var article = TestPages.ParsePage(string.Empty, h1 + "<p>The old port has its skyline back.</p>", new Uri("https://notes.example/2021/05/cranes"));

        Assert.Equal("Harbour cranes return to the quay", article.Headline);
    }

    [Fact]
    public void Extract_HeadingThatIsTheLastPieceOfTheRawTitle_WinsOverAMisreadTitle()
    {
        var article = TestPages.ParsePage(
            "<title>Quay Notes e.V. - News » Harbour cranes return</title>",
            """<div id="content"><h2>Harbour cranes return</h2><p>The old port has its skyline back.</p></div>""",
            new Uri("https://notes.example/2021/05/cranes"));

        Assert.Equal("Harbour cranes return", article.Headline);
        Assert.Equal("heading", article.SourceOf("headline")!.Source);
    }
    // A club site sets the story's title in an h2 and heads its sidebar boxes with h1s, printed after the story.
    private const string BoxHeadingPage = """
        <div id="col_2"><div class="content-element">
          <h2>Swimming badges can be ordered from today</h2>
          <div class="teaserType3 newsSingle">
            <div class="newsSingleHeader"><b>Artistic swimming</b><br><span class="blue">01.02.2022</span> Category: Artistic swimming</div>
            <div class="right">
              <p>The first six badges of the new level scheme are named after sea creatures, and each asks for a set of exercises in the water and on land that trainers sign off one by one.</p>
              <p>Clubs order the badges from the federation's office by e-mail, by post or by telephone, and pay two euros for each badge before it is sent out.</p>
            </div>
          </div>
        </div></div>
        <div id="col_3">
          <div class="box"><h1>Quicklinks</h1><div class="linkBox"><a href="/dates/">Dates</a> <a href="/results/">Results</a></div></div>
          <div class="box"><h1>Our partners in the water</h1><a href="https://partner.example/"><img src="/p.png" alt=""></a></div>
        </div>
        """;

    [Fact]
    public void Extract_H1sHeadingSidebarBoxesAfterAnH2OverTheText_TheH2IsTheHeadlineAndItsDateIsRead()
    {
        var article = TestPages.ParsePage("<title>Artistic swimming - News | Swim Federation</title>", BoxHeadingPage, new Uri("https://swim.example/news/read/?id=5793"));

        Assert.Equal("Swimming badges can be ordered from today", article.Headline);
        Assert.Equal("heading", article.SourceOf("headline")!.Source);

        // The story's own "teaser"-named block beside the h2 is no other story: its printed date is the article's.
        Assert.Equal(new NodaTime.LocalDate(2022, 2, 1), article.Published?.Date);
    }

    [Theory]
    // A lone h1 over a short text (a brief, a video page) stays the headline whatever heads text before it.
    [InlineData("""<div class="notice"><h2>How this site uses cookies</h2><p>We use cookies to count visits and to remember your settings; you can turn them off at any time in the settings linked from every page of this site.</p></div><h1>Harbour cranes return</h1><p>Short brief.</p>""", "Harbour cranes return")]
    // An h1 over the body's text is the headline, even with more h1s after it.
    [InlineData("""<h2>Around the port this week</h2><p>A line that runs long enough to count as the running text of a paragraph, written for this test to pass the length a paragraph needs.</p><h1>Harbour cranes return</h1><p>The cranes came back on Monday, and the harbour master says the old skyline will stay as long as the quay stands and the city pays for its paint.</p><aside><h1>Newsletter sign-up</h1></aside>""", "Harbour cranes return")]
    // An h2 after the h1 is not taken back.
    [InlineData("""<h1>Harbour cranes return</h1><h2>What the harbour master said on the quay</h2><p>The cranes came back on Monday, and the harbour master says the old skyline will stay as long as the quay stands and the city pays for its paint.</p><div><h1>Quicklinks</h1></div>""", "Harbour cranes return")]
    // A notice above the article (one paragraph) is no headline, whatever h1s follow.
    [InlineData("""<div class="notice-bar"><h2>Road works in the town centre</h2><p>Because of building work at the station square several bus lines are diverted until the end of May; please look at the notices at the stops.</p></div><h1>Ferry</h1><p>Short brief.</p><div><h1>Service</h1></div>""", "Ferry")]
    // A headline over sections that carry h1s of their own heads no text itself, and stays the headline.
    [InlineData("""<div class="notice-bar"><h2>Road works in the town centre</h2><p>Because of building work at the station square several bus lines are diverted until the end of May; please look at the notices at the stops.</p><p>The diversions are shown on the timetable pages of the transport company, which are updated every morning before six.</p></div><main><article><h1>Bus line 14 links the new estate with the centre</h1><section><h1>Every twenty minutes</h1><p>The new line runs on weekdays from five in the morning until eleven at night, stopping at the town hall, the swimming pool and the new school.</p></section></article></main>""", "Bus line 14 links the new estate with the centre")]
    public void Extract_H1_NotGivenUpForAnH2Wrongly(string body, string expected)
    {
        var article = TestPages.ParsePage(string.Empty, body, new Uri("https://notes.example/2021/05/cranes"));

        Assert.Equal(expected, article.Headline);
    }
}
