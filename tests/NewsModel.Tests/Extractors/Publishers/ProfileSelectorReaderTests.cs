using AngleSharp.Html.Parser;
using NewsModel.Extractors.Publishers;
using NodaTime;

namespace NewsModel.Tests.Extractors.Publishers;

public class ProfileSelectorReaderTests
{
    private static readonly DateTimeZone Tehran = DateTimeZoneProviders.Tzdb["Asia/Tehran"];

    [Theory]
    [InlineData("<time datetime='2026-11-27T14:05'>Friday</time>", "2026-11-27T14:05:00+03:30", "Asia/Tehran")]
    [InlineData("<span>2026-11-27 14:05:30</span>", "2026-11-27T14:05:30+03:30", "Asia/Tehran")]
    [InlineData("<meta content='2026-11-27T10:35:00Z'>", "2026-11-27T10:35:00Z", null)]
    [InlineData("<time datetime='2026-11-27T14:05:00+04:30'>x</time>", "2026-11-27T14:05:00+04:30", null)]
    [InlineData("<span> 2026-11-27 </span>", "2026-11-27", null)]
    public void ReadDate_IsoForms_UsesProfileZoneWhenNoOffset(string markup, string expectedIso, string? expectedZone)
    {
        var element = Element(markup);

        var date = ProfileSelectorReader.ReadDate(element, Tehran);

        Assert.NotNull(date);
        Assert.Equal(expectedIso, date.ToIsoString());
        Assert.Equal(expectedZone, date.ZoneId);
        Assert.Equal(ArticleSources.PublisherProfile, date.Source);
    }

    [Fact]
    public void ReadDate_NoZone_KeepsLocalDateTime()
    {
        var date = ProfileSelectorReader.ReadDate(Element("<span>2026-11-27T14:05</span>"), null);

        Assert.Equal(DatePrecision.LocalDateTime, date!.Precision);
        Assert.Null(date.OffsetDateTime);
    }

    [Fact]
    public void ReadDate_AmbiguousHourInZone_TakesEarlierOffset()
    {
        // New York falls back on 2026-11-01: 01:30 happens twice, first at -04:00.
        var date = ProfileSelectorReader.ReadDate(Element("<span>2026-11-01T01:30</span>"), DateTimeZoneProviders.Tzdb["America/New_York"]);

        Assert.Equal(Offset.FromHours(-4), date!.OffsetDateTime!.Value.Offset);
    }

    [Theory]
    [InlineData("<span>Friday, 27 November 2026 2:05 PM</span>", "2026-11-27T14:05:00+03:30")]
    [InlineData("<span>27/11/2026</span>", "2026-11-27")]
    [InlineData("<span></span>", "")]
    [InlineData("<span>Share this article</span>", "")]
    public void ReadDate_HumanForms_ReadInProfileZone(string markup, string expected)
    {
        Assert.Equal(expected, ProfileSelectorReader.ReadDate(Element(markup), Tehran, "en")?.ToIsoString() ?? string.Empty);
    }

    [Theory]
    [InlineData("Sara Karimi / Press TV, Tehran", "Sara Karimi", "Press TV", "Tehran")]
    [InlineData("By Jane Doe / Coastline Courier", "Jane Doe", "Coastline Courier", null)]
    [InlineData("Jane Doe", "Jane Doe", null, null)]
    public void ParseByline_CommonForms_OneContributor(string text, string name, string? organization, string? location)
    {
        var byline = ProfileSelectorReader.ParseByline(text);

        var contributor = Assert.Single(byline.Contributors);
        Assert.Equal(name, contributor.Name);
        Assert.Equal(organization, contributor.Organization);
        Assert.Equal(location, contributor.Location);
        Assert.Equal(text, byline.Text);
    }

    [Fact]
    public void ParseByline_Sentence_TextOnly()
    {
        var byline = ProfileSelectorReader.ParseByline("This report was written with contributions from several of our correspondents in the region");

        Assert.Empty(byline.Contributors);
        Assert.NotNull(byline.Text);
    }

    private static AngleSharp.Dom.IElement Element(string markup)
    {
        var document = new HtmlParser().ParseDocument("<html><head></head><body>" + markup + "</body></html>");
        return document.QuerySelector("time, span, meta")!;
    }
}
