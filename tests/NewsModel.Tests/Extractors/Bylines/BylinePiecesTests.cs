using NewsModel.Extractors.Bylines;
using NewsModel.Internal;

namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>
/// How a byline, or an author value in markup, is cut into contributors: what follows a name (a job title, a degree, the
/// organization she writes for, a label) says something of that name and is no contributor of its own; collective
/// credits and agencies are organizations whatever source names them.
/// </summary>
public class BylinePiecesTests
{
    /// <summary>Printed byline → contributors as <see cref="BylineParser.Describe"/> gives them.</summary>
    public static TheoryData<string, string> PrintedBylines => new()
    {
        // An agency, alone or before a job title, after the name: her organization.
        { "By JANE ROE, AP Auto Writer", "Jane Roe [author, @AP, as Auto Writer]" },
        { "By Jane Roe, AP National Security Writer", "Jane Roe [author, @AP, as National Security Writer]" },
        { "Jane Roe, Ap Sports Writer", "Jane Roe [author, @AP, as Sports Writer]" },
        { "By Jane Roe, Associated Press Writer", "Jane Roe [author, @Associated Press, as Writer]" },

        // An agency glued to the last name without a comma: everybody's.
        { "By JANE ROE, JOHN DOE and MARY POE Associated Press", "Jane Roe [author, @Associated Press]; John Doe [author, @Associated Press]; Mary Poe [author, @Associated Press]" },
        { "By Jane Roe and John Doe The Associated Press", "Jane Roe [author, @The Associated Press]; John Doe [author, @The Associated Press]" },
        { "By Jane Roe AFP", "Jane Roe [author, @AFP]" },

        // One word that may be a surname is not split off.
        { "By Jane Roe Bloomberg", "Jane Roe Bloomberg [author]" },

        // A publication's web address, an acronym, a desk after the name.
        { "By Jane Q. Roe, Harbourgazette.com", "Jane Q. Roe [author, @Harbourgazette.com]" },
        { "By Jane Roe, XYZ", "Jane Roe [author, @XYZ]" },
        { "By Jane Roe, XYZ Business", "Jane Roe [author, @XYZ Business]" },
        { "Analysis by Jane Roe, XYZ Editor-at-large", "Jane Roe [author, @XYZ, as Editor-at-large]" },
        { "By Jane Roe and John Doe, XYZ Business", "Jane Roe [author, @XYZ Business]; John Doe [author, @XYZ Business]" },

        // Not an organization: a country's acronym, a post's.
        { "By Jane Roe, USA", "Jane Roe [author]" },
        { "By Jane Roe, CEO", "Jane Roe [author, as CEO]" },

        // Degrees and credentials.
        { "By Jane Roe, MS, RDN", "Jane Roe [author]" },
        { "Jane Roe, PhD, RD", "Jane Roe [author]" },

        // Segments after a bar: an affiliation, a job title, a label.
        { "By Jane Roe | Harbour Media for Harbourgazette.com", "Jane Roe [author, @Harbourgazette.com]" },
        { "By Jane Roe | Senior Editor", "Jane Roe [author, as Senior Editor]" },
        { "By Jane Roe | 12 May 2021 | Topic: Gardening", "Jane Roe [author]" },
        { "By Jane Roe | Reuters", "Jane Roe [author, @Reuters]" },
        { "By Jane Roe and John Doe | AFP", "Jane Roe [author, @AFP]; John Doe [author, @AFP]" },
        { "By Jane Roe | REUTERS | 12 May 2021", "Jane Roe [author, @Reuters]" },
        { "By Jane Roe, Harbour Times | AP", "Jane Roe [author, @Harbour Times]; AP [author, org]" },
        { "By Jane Roe | John Doe", "Jane Roe [author]; John Doe [author]" },

        // A role label in another script; a full-width separator before the date.
        { "Текст: Анна Петрова", "Анна Петрова [author]" },
        { "by 山田花子 ／ 2016.12.01", "山田花子 [author]" },

        // Collective credits keep the words of their name, desks included.
        { "By Harbour Gazette Sport", "Harbour Gazette Sport [author, org]" },
        { "News Harbour Bureau", "News Harbour Bureau [author, org]" },
        { "Science Harbour staff", "Science Harbour staff [author, org]" },
        { "Staff Reports", "Staff Reports [author, org]" },
    };

    [Theory]
    [MemberData(nameof(PrintedBylines))]
    public void Parse_WhatFollowsAName(string text, string expected)
    {
        Assert.Equal(expected, BylineParser.Describe(BylineParser.Parse(text)));
    }

    [Theory]
    // A desk printed alone is no single name: a phrase so shaped may be anything ("Keep Talking Sports!").
    [InlineData("Harbour Gazette Sport")]
    [InlineData("Keep Talking Sports")]
    public void ParseSingleName_Desk_IsNoName(string text)
    {
        Assert.Null(BylineParser.ParseSingleName(text));
    }

    /// <summary>An author value in markup (a meta tag, a JSON-LD string) → "Name [@Organization] [in Place]", joined by "; ".</summary>
    public static TheoryData<string, string> MarkupValues => new()
    {
        { "Jane Roe, XYZ Business", "Jane Roe [@XYZ Business]" },
        { "Jane Roe, XYZ Editor-at-large", "Jane Roe [@XYZ]" },
        { "Jane Roe, XYZ", "Jane Roe [@XYZ]" },
        { "Jane Roe, MS, RDN", "Jane Roe" },
        { "Jane Roe | Harbour Media for Harbourgazette.com", "Jane Roe [@Harbourgazette.com]" },
        { "Jane Roe | Topic: Gardening", "Jane Roe" },
        { "Jane Roe and John Doe, XYZ Business", "Jane Roe [@XYZ Business]; John Doe [@XYZ Business]" },
        { "Jane Roe Associated Press", "Jane Roe [@Associated Press]" },
        { "Текст: Анна Петрова", "Анна Петрова" },
        { "Tekst: Anna Nowak", "Anna Nowak" },
        { "News Harbour Bureau", "News Harbour Bureau" },
        { "Science Harbour staff", "Science Harbour staff" },

        // Unchanged: an agency is credited beside the names, a title before a name is dropped.
        { "Jane Roe, Reuters", "Jane Roe; Reuters" },
        { "Senior Editor Jane Roe", "Jane Roe" },
    };

    [Theory]
    [MemberData(nameof(MarkupValues))]
    public void SplitContributors_WhatFollowsAName(string value, string expected)
    {
        Assert.Equal(expected, string.Join("; ", ContributorNames.SplitContributors(value).Select(Describe)));
    }

    /// <summary>One person's name as a JSON-LD or microdata Person gives it → "Name [@Organization] [in Place]"; empty: no name.</summary>
    public static TheoryData<string, string> PersonNames => new()
    {
        // Markup values keep the case they are given in; a job title and a credential are dropped.
        { "By JANE ROE, AP Auto Writer", "JANE ROE [@AP]" },
        { "Jane Q. Roe, Harbourgazette.com", "Jane Q. Roe [@Harbourgazette.com]" },
        { "Jane Roe, XYZ", "Jane Roe [@XYZ]" },
        { "Jane Roe, MS, RDN", "Jane Roe" },
        { "Jane Roe | Harbour Media for Harbourgazette.com", "Jane Roe [@Harbourgazette.com]" },
        { "Jane Roe, Reuters", "Jane Roe [@Reuters]" },
        { "Jane Roe Associated Press", "Jane Roe [@Associated Press]" },
        { "Jane Roe, Oslo", "Jane Roe [in Oslo]" },

        // After a job title or a degree, the employer.
        { "Jane Roe, Senior Editor, Harbour Insight", "Jane Roe [@Harbour Insight]" },
        { "Jane Roe, PhD, Harbour University", "Jane Roe [@Harbour University]" },

        // One comma before anything else: an affiliation or a second name alike, kept whole; as is a surname first.
        { "Jane Roe, Harbour Insight", "Jane Roe, Harbour Insight" },
        { "Doe, Jane", "Doe, Jane" },

        // Role labels and collective credits.
        { "Текст: Анна Петрова", "Анна Петрова" },
        { "News Harbour Bureau", "News Harbour Bureau" },
        { "Science Harbour staff", "Science Harbour staff" },
        { "Senior Editor", "" },
    };

    [Theory]
    [MemberData(nameof(PersonNames))]
    public void CleanPerson_WhatFollowsAName(string value, string expected)
    {
        Assert.Equal(expected, ContributorNames.CleanPerson(value) is { } person ? Describe(person) : string.Empty);
    }

    [Theory]
    [InlineData("By JANE ROE and JOHN DOE, Associated Press", "JANE ROE [@Associated Press]; JOHN DOE [@Associated Press]")]
    [InlineData("Jane Roe and John Doe Associated Press", "Jane Roe [@Associated Press]; John Doe [@Associated Press]")]
    [InlineData("Jane Roe and John Doe, XYZ Business", "Jane Roe [@XYZ Business]; John Doe [@XYZ Business]")]
    public void SeveralPeople_OrganizationPrintedLast_IsEverybodys(string name, string expected)
    {
        Assert.Equal(expected, string.Join("; ", ContributorNames.SeveralPeople(name)!.Select(Describe)));
    }

    [Theory]
    [InlineData("Reuters", ContributorKind.Organization)]
    [InlineData("The Associated Press", ContributorKind.Organization)]
    [InlineData("Gazette Staff", ContributorKind.Organization)]
    [InlineData("Editorial Board", ContributorKind.Organization)]
    [InlineData("News Harbour Bureau", ContributorKind.Organization)]
    [InlineData("Harbour Gazette Sport", ContributorKind.Organization)]
    [InlineData("Jane Roe", ContributorKind.Person)]
    public void JsonLdPerson_AgencyOrCollective_IsAnOrganization(string name, ContributorKind expected)
    {
        var article = TestPages.ParseJsonLd($$$"""
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour cranes","author":{"@type":"Person","name":"{{{name}}}"}}
            """);

        var contributor = Assert.Single(article.Byline.Contributors);
        Assert.Equal(name, contributor.Name);
        Assert.Equal(expected, contributor.Kind);
    }

    [Theory]
    [InlineData("Reuters", ContributorKind.Organization)]
    [InlineData("Staff Reports", ContributorKind.Organization)]
    [InlineData("Jane Roe", ContributorKind.Person)]
    public void MetaAuthor_AgencyOrCollective_IsAnOrganization(string name, ContributorKind expected)
    {
        var article = TestPages.ParsePage($"""<meta name="author" content="{name}">""");

        var contributor = Assert.Single(article.Byline.Contributors);
        Assert.Equal(expected, contributor.Kind);
    }

    [Fact]
    public void JsonLdPerson_NameWithAgencyTitle_IsTheNameAndItsOrganization()
    {
        var article = TestPages.ParseJsonLd("""
            {"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour cranes","author":{"@type":"Person","name":"By JANE ROE, AP Harbour Writer"}}
            """);

        var contributor = Assert.Single(article.Byline.Contributors);
        Assert.Equal("JANE ROE", contributor.Name);
        Assert.Equal("AP", contributor.Organization);
        Assert.Equal(ContributorKind.Person, contributor.Kind);
    }

    [Fact]
    public void MicrodataPerson_NameWithCredentials_IsTheNameAlone()
    {
        var article = TestPages.ParsePage(string.Empty, """
            <article itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Harbour cranes</h1>
            <span itemprop="author" itemscope itemtype="https://schema.org/Person">| BY: <a href="/author/jane-roe"><span itemprop="name">Jane Roe, MS, RDN</span></a></span>
            <p>The cranes of the harbour were moved in the night to the northern quay, where the new terminal will open next spring.</p></article>
            """);

        Assert.Equal(["Jane Roe"], article.Byline.Contributors.Select(c => c.Name));
    }

    [Fact]
    public void MicrodataAuthorText_WithDesk_IsTheNameAndItsOrganization()
    {
        var article = TestPages.ParsePage(string.Empty, """
            <article itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Harbour cranes</h1>
            <span itemprop="author">Jane Roe, XYZ Business</span>
            <p>The cranes of the harbour were moved in the night to the northern quay, where the new terminal will open next spring.</p></article>
            """);

        var contributor = Assert.Single(article.Byline.Contributors);
        Assert.Equal(("Jane Roe", "XYZ Business"), (contributor.Name, contributor.Organization));
    }

    [Fact]
    public void DomByline_NamesElementInsideAFullerOne_WinsWhenItNamesMore()
    {
        // The byline block runs the last name into the publication's; its author element holds the names alone.
        var article = TestPages.ParsePage(string.Empty, """
            <article><h1>Harbour cranes moved overnight</h1>
            <div class="byline-section"><div class="attribution"><span class="author">Jane Roe and John Q. Doe</span>
            <span class="publication">Harbour Evening Gazette Leader</span></div><div class="publish-date">Published 10:02 AM EST Nov 19, 2019</div></div>
            <p>The cranes of the harbour were moved in the night to the northern quay, where the new terminal will open next spring.</p>
            <p>Workers said the move had been planned for months and went ahead without any trouble despite the wind.</p></article>
            """);

        Assert.Equal(["Jane Roe", "John Q. Doe"], article.Byline.Contributors.Select(c => c.Name));
    }

    private static string Describe(Contributor c) =>
        c.Name + (c.Organization is null ? string.Empty : $" [@{c.Organization}]") + (c.Location is null ? string.Empty : $" [in {c.Location}]");
}
