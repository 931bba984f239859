using NewsModel.Extractors.Bylines;
using NewsModel.Internal;

namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>
/// A contributor's job title (<see cref="Contributor.JobTitle"/>): printed after the name in a byline, declared as
/// <c>jobTitle</c> in JSON-LD or microdata, and carried from one source to the byline another source gave; hand-written.
/// </summary>
public class JobTitleTests
{
    /// <summary>A JSON-LD block for the ferry story whose <c>author</c> is <paramref name="author"/> (JSON).</summary>
    private static string JsonLd(string author) =>
        $$"""<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry timetable extended","author":{{author}}}</script>""";

    /// <summary>Asserts that the byline credits Jane Roe alone, with <paramref name="jobTitle"/>.</summary>
    private static void AssertJaneRoeAlone(Article article, string? jobTitle)
    {
        var person = Assert.Single(article.Byline.Contributors);
        Assert.Equal("Jane Roe", person.Name);
        Assert.Equal(jobTitle, person.JobTitle);
    }

    /// <summary>Byline text as printed → contributors as <see cref="BylineParser.Describe"/> writes them (", as" the title).</summary>
    public static TheoryData<string, string> PrintedTitles => new()
    {
        // The title stands for the person before it; an outlet after her title is hers too.
        { "By Jane Roe, Senior Correspondent, The Guardian, Manchester", "Jane Roe [author, @The Guardian, in Manchester, as Senior Correspondent]" },
        { "Jane Roe, Chief Political Correspondent, BBC News", "Jane Roe [author, @BBC News, as Chief Political Correspondent]" },
        { "By Jane Roe, Staff Writer for The Harbour Times", "Jane Roe [author, @Harbour Times, as Staff Writer]" },
        // One post word in small letters after her name is her title, not a desk's credit.
        { "By Jane Roe, correspondent", "Jane Roe [author, as correspondent]" },
        { "By Jane Roe, correspondent, Brussels", "Jane Roe [author, in Brussels, as correspondent]" },
        // A post and a place in parentheses, in either order, or a post phrase naming the place: hers.
        { "Par Claire Dubois (Bruxelles, correspondante)", "Claire Dubois [author, in Bruxelles, as correspondante]" },
        { "Par Étienne Roussel-Marchand (Lyon, correspondant)", "Étienne Roussel-Marchand [author, in Lyon, as correspondant]" },
        { "By Jane Roe (Senior Correspondent, Brussels) and John Doe", "Jane Roe [author, in Brussels, as Senior Correspondent]; John Doe [author]" },
        { "Por Ana Souza (enviada especial a Doha)", "Ana Souza [author, in Doha, as enviada especial]" },
        { "Von Anna Keller (Korrespondentin, Wien)", "Anna Keller [author, in Wien, as Korrespondentin]" },
        // A place alone in parentheses is left out.
        { "By Jane Roe (Brussels)", "Jane Roe [author]" },
        { "By Jane Roe, Writer for Reuters", "Jane Roe [author, @Reuters, as Writer]" },
        { "By Jane Roe, Contributing Writer for harbour.example", "Jane Roe [author, as Contributing Writer]" },
        { "By Jane Roe, Jr., Staff Writer", "Jane Roe [author, as Staff Writer]" },
        { "By Jane Roe, Editor, and John Doe, Reporter", "Jane Roe [author, as Editor]; John Doe [author, as Reporter]" },
        { "By Jane Roe, staff writer", "Jane Roe [author, as staff writer]" },

        // After an agency or a dash; in capitals, the title's words title-cased as the name's are.
        { "By JANE ROE, AP STAFF WRITER", "Jane Roe [author, @AP, as Staff Writer]" },
        { "By Jane Roe - AP Auto Writer", "Jane Roe [author, @AP, as Auto Writer]" },
        { "Jane Roe - Staff Writer, The Harbour Times", "Jane Roe [author, @The Harbour Times, as Staff Writer]" },

        // Printed once in the plural for several people: each one's, in the singular; in the singular, only the last one's.
        { "By Jane Roe and John Doe | Staff Writers", "Jane Roe [author, as Staff Writer]; John Doe [author, as Staff Writer]" },
        { "By Jane Roe and John Doe, Correspondents", "Jane Roe [author, as Correspondent]; John Doe [author, as Correspondent]" },
        { "By Jane Roe | Health Reporter", "Jane Roe [author, as Health Reporter]" },
        { "By Jane Roe and John Doe - Staff Writer", "Jane Roe [author]; John Doe [author]" },

        // A post and its place or employer in other languages: the post alone; without them, the whole phrase.
        { "Von Jana Holm, Korrespondentin in Brüssel", "Jana Holm [author, in Brüssel, as Korrespondentin]" },
        { "Par Marie Dubois, notre correspondante à Berlin", "Marie Dubois [author, in Berlin, as correspondante]" },
        { "Jane Roe, correspondent at the UN", "Jane Roe [author, as correspondent at the UN]" },

        // Right before the name, or right after it where the page sets the title in an element of its own (its text runs on).
        { "By Senior Editor Jane Roe", "Jane Roe [author, as Senior Editor]" },
        { "By Jane Roe Health Reporter", "Jane Roe [author, as Health Reporter]" },
        { "By Jane Roe Chief Political Correspondent", "Jane Roe [author, as Chief Political Correspondent]" },
        { "By Jane Roe Twitter", "Jane Roe [author]" },
        { "Ivo Brandt Transport Editor", "Ivo Brandt [author, as Transport Editor]" },
        { "By Jane Roe Mitglied der Redaktion", "Jane Roe [author]" },

        // A post and its qualifier kept whole; a capitalised word after the post starts something else.
        { "Par Paul Roux, rédacteur en chef, et Léa Blanc, journaliste", "Paul Roux [author, as rédacteur en chef]; Léa Blanc [author, as journaliste]" },
        { "By Jane Roe, Arts Correspondent Updated 4 March 2026", "Jane Roe [author, as Arts Correspondent]" },

        // Posts in the other languages, which named a second "person" before; a German compound post.
        { "ليلى حسن | محررة", "ليلى حسن [author, as محررة]" },
        { "سارا رضایی، سردبیر", "سارا رضایی [author, as سردبیر]" },
        { "Автор: Андрій Шевчук | Оглядач", "Андрій Шевчук [author, as Оглядач]" },
        { "Олена Коваленко, кореспондентка у Варшаві", "Олена Коваленко [author, in Варшаві, as кореспондентка]" },
        { "Giulia Ferri, Caporedattrice", "Giulia Ferri [author, as Caporedattrice]" },
        { "Von Eva Lenz, Wissenschaftsredakteurin", "Eva Lenz [author, as Wissenschaftsredakteurin]" },
        { "By Ina Voss, Press Officer", "Ina Voss [author, as Press Officer]" },
        { "By Jane Roe | staff writer", "Jane Roe [author, as staff writer]" },

        // A qualifier before the post in the other languages is the title's, not the name's last word; one after the post ends the title.
        { "Katrin Hollmann Stellvertretende Chefredakteurin", "Katrin Hollmann [author, as Stellvertretende Chefredakteurin]" },
        { "Анна Смирнова Главный редактор", "Анна Смирнова [author, as Главный редактор]" },
        { "Анна Смирнова, старший редактор", "Анна Смирнова [author, as старший редактор]" },
        { "Анна Смирнова, собственный корреспондент в Киеве", "Анна Смирнова [author, in Киеве, as собственный корреспондент]" },
        { "Олена Коваль, головна редакторка", "Олена Коваль [author, as головна редакторка]" },
        { "Anna Nowak, specjalna korespondentka w Kijowie", "Anna Nowak [author, in Kijowie, as specjalna korespondentka]" },
        { "Ayşe Demir Ekonomi Muhabiri", "Ayşe Demir [author, as Ekonomi Muhabiri]" },
        { "Ayşe Demir - Dış Haberler Editörü", "Ayşe Demir [author, as Dış Haberler Editörü]" },
        { "Jan Kowalski Redaktor naczelny", "Jan Kowalski [author, as Redaktor naczelny]" },
        { "di Giulia Rossi Inviata speciale", "Giulia Rossi [author, as Inviata speciale]" },
        { "Giulia Rossi, inviata speciale a Kiev", "Giulia Rossi [author, in Kiev, as inviata speciale]" },
        { "Ana Gómez Redactora jefa", "Ana Gómez [author, as Redactora jefa]" },

        { "Maria Santos, editora-chefe", "Maria Santos [author, as editora-chefe]" },
        { "Maria Santos Editora adjunta", "Maria Santos [author, as Editora adjunta]" },
        { "Por Ana Gómez - Subdirectora adjunta", "Ana Gómez [author, as Subdirectora adjunta]" },
        { "Zeynep Arslan, Genel Yayın Yönetmeni", "Zeynep Arslan [author, as Genel Yayın Yönetmeni]" },

        // In parentheses after the name; a post that qualifies no other ends a title ("Bureau Chief"); posts beyond the newsroom.
        { "By Jane Roe (Senior Correspondent)", "Jane Roe [author, as Senior Correspondent]" },
        { "Ayşe Demir (Ekonomi Muhabiri) ve Mehmet Kaya (Spor Muhabiri)", "Ayşe Demir [author, as Ekonomi Muhabiri]; Mehmet Kaya [author, as Spor Muhabiri]" },
        { "Von Jana Holm (Korrespondentin)", "Jana Holm [author, as Korrespondentin]" },
        { "By Jane Roe (Reuters)", "Jane Roe [author, @Reuters]" },
        { "By Jane Roe (Senior Correspondent) in Kyiv", "Jane Roe [author, in Kyiv, as Senior Correspondent]" },
        // An editor posted somewhere, in parentheses or not; "Editor in Chief" is one post.
        { "By Jane Roe (Editor) in Lviv", "Jane Roe [author, in Lviv, as Editor]" },
        { "By Jane Roe, Editor in Lviv", "Jane Roe [author, in Lviv, as Editor]" },
        { "By Jane Roe, Editor in Chief", "Jane Roe [author, as Editor in Chief]" },
        // A plural title in parentheses after several names: each one's.
        { "By Jane Roe and John Doe (Staff Writers)", "Jane Roe [author, as Staff Writer]; John Doe [author, as Staff Writer]" },
        // A qualifier alone before a name is an honorific; a judge's post before one is a title.
        { "By Chief Emeka Okafor", "Emeka Okafor [author]" },
        { "By Judge Maria Lopez", "Maria Lopez [author, as Judge]" },
        { "By Jane Justice", "Jane Justice [author]" },
        { "By Jane Roe (Washington Bureau Chief)", "Jane Roe [author, as Washington Bureau Chief]" },
        { "By Jane Roe (Twitter: @janeroe)", "Jane Roe [author]" },
        { "By Jane Roe (34)", "Jane Roe [author]" },
        { "By Jane Roe, Washington Bureau Chief", "Jane Roe [author, as Washington Bureau Chief]" },
        { "By Jane Roe | Bureau Chief", "Jane Roe [author, as Bureau Chief]" },
        { "By Jane Roe, Chief Executive", "Jane Roe [author, as Chief Executive]" },
        { "By Jane Roe, Historian", "Jane Roe [author, as Historian]" },
        { "By Jane Roe, Head of News", "Jane Roe [author, as Head of News]" },
        { "By Jane Roe, Civil Engineer", "Jane Roe [author, as Civil Engineer]" },
        { "By Jane Roe, Marine Biologist", "Jane Roe [author, as Marine Biologist]" },
        { "By Jane Roe, Fire Chief", "Jane Roe [author, as Fire Chief]" },
        { "Tom Hale, Police Chief", "Tom Hale [author, as Police Chief]" },
        { "By Jane Roe, Anna Poet and Tom Hale", "Jane Roe [author]; Anna Poet [author]; Tom Hale [author]" },
        { "By Jane Roe, Harbour Times Sports Writer", "Jane Roe [author, @Harbour Times, as Sports Writer]" },
        { "BY JANE ROE, SPECIAL TO THE HARBOUR TIMES", "Jane Roe [author, @THE HARBOUR TIMES]" },
        { "BY JANE ROE (SENIOR CORRESPONDENT) IN KYIV", "Jane Roe [author, as Senior Correspondent]" },
        { "By Jane Roe | Professor of History", "Jane Roe [author, as Professor of History]" },
        { "By Jane Roe, Mark Head and Tom Hale", "Jane Roe [author]; Mark Head [author]; Tom Hale [author]" },
        { "By Jane Roe, Economist", "Jane Roe [author, as Economist]" },
        { "By Jane Roe, The Economist", "Jane Roe [author, @The Economist]" },
        { "By Kate Nguyen Politics Editor", "Kate Nguyen [author, as Politics Editor]" },

        // A post in the plural after several names in the other languages: each one's, in the singular, and its place too.
        { "Por Ana Gómez y Luis Ortega, enviados especiales a Kiev", "Ana Gómez [author, in Kiev, as enviado especial]; Luis Ortega [author, in Kiev, as enviado especial]" },
        { "Ana Gómez y Luis Ortega, corresponsales en Bruselas", "Ana Gómez [author, in Bruselas, as corresponsal]; Luis Ortega [author, in Bruselas, as corresponsal]" },
        { "Ana Gómez y Luis Ortega, periodistas", "Ana Gómez [author, as periodista]; Luis Ortega [author, as periodista]" },
        { "Par Marie Dubois et Jean Martin, envoyés spéciaux à Kiev", "Marie Dubois [author, in Kiev, as envoyé spécial]; Jean Martin [author, in Kiev, as envoyé spécial]" },
        { "Анна Смирнова и Иван Петров, специальные корреспонденты", "Анна Смирнова [author, as специальный корреспондент]; Иван Петров [author, as специальный корреспондент]" },

        // A post with its place or employer after a bar.
        { "Carlos Ruiz | Corresponsal en Bruselas", "Carlos Ruiz [author, in Bruselas, as Corresponsal]" },
        { "By Jane Roe, Harrisburg, Pa.", "Jane Roe [author, in Harrisburg, Pa]" },
        // Names joined after the post and its place are read on.
        { "Carlos Ruiz | Corresponsal en Bruselas y Juan Pérez", "Carlos Ruiz [author, in Bruselas, as Corresponsal]; Juan Pérez [author]" },
        { "Carlos Ruiz | corresponsal de El País en Bruselas y Juan Pérez", "Carlos Ruiz [author, @El País, in Bruselas, as corresponsal]; Juan Pérez [author]" },
        { "Carlos Ruiz | corresponsal de El País en Bruselas", "Carlos Ruiz [author, @El País, in Bruselas, as corresponsal]" },
        { "By Jane Roe | reporter at the Harbour Times", "Jane Roe [author, @Harbour Times, as reporter]" },

        // Written for a publication, or on its staff.
        { "By Jane Roe, Special to The Harbour Times", "Jane Roe [author, @The Harbour Times]" },
        { "By Jane Roe | Special to the Harbour Times", "Jane Roe [author, @The Harbour Times]" },
        { "By Jane Roe, For The Harbour Times", "Jane Roe [author, @The Harbour Times]" },
        { "By Jane Roe, Harbour Times Staff", "Jane Roe [author, @Harbour Times]" },
        { "By Jane Roe, Harbour Times Staff Writer", "Jane Roe [author, @Harbour Times, as Staff Writer]" },
        { "By Jane Roe and Tom Hale, Special to The Harbour Times", "Jane Roe [author, @The Harbour Times]; Tom Hale [author, @The Harbour Times]" },
        { "By Harbour Times Staff", "Harbour Times Staff [author, org]" },
        { "By Jane Roe, For The Associated Press", "Jane Roe [author, @The Associated Press]" },
        { "By Jane Roe for The Associated Press", "Jane Roe [author, @The Associated Press]" },

        // A desk's name after the name is neither a person nor a place.
        { "By Jane Roe, Politics", "Jane Roe [author]" },
        { "Ayşe Demir, Ekonomi", "Ayşe Demir [author]" },
        { "By Jane Roe, Wirtschaft, and Tom Hale", "Jane Roe [author]; Tom Hale [author]" },

        // Those qualifiers that are names too stay names where no post follows them.
        { "Özgür Özel", "Özgür Özel [author]" },
        { "Dünya Yılmaz ve Özgür Özel", "Dünya Yılmaz [author]; Özgür Özel [author]" },
        { "Von Anna Freier, Redakteurin", "Anna Freier [author, as Redakteurin]" },
        { "di Marco Speciale, inviato speciale a Kiev", "Marco Speciale [author, in Kiev, as inviato speciale]" },
        { "dal nostro inviato speciale Luca Ferri", "Luca Ferri [author, as inviato speciale]" },

        // A word that qualifies a post, or a profession beyond the newsroom, printed last after one given name is her surname.
        { "By Jennifer Senior", "Jennifer Senior [author]" },
        { "By Mark Head", "Mark Head [author]" },
        { "By Tom Chief", "Tom Chief [author]" },
        { "By Anna Poet", "Anna Poet [author]" },
        { "By Anna Poet, Staff Writer", "Anna Poet [author, as Staff Writer]" },
        { "By Farrokh Engineer", "Farrokh Engineer [author]" },
        { "By Jane Roe, Engineer", "Jane Roe [author, as Engineer]" },
        { "By Jane Roe Historian", "Jane Roe [author, as Historian]" },
        { "By Luca Speciale, Staff Writer", "Luca Speciale [author, as Staff Writer]" },

        // No title: a desk, an outlet, a place, a degree.
        { "By Jane Roe, Sports", "Jane Roe [author]" },
        { "By Jane Roe, Opinion", "Jane Roe [author]" },
        { "By Jane Roe, Health", "Jane Roe [author]" },
        { "By Jane Roe, CNN Business", "Jane Roe [author, @CNN Business]" },
        { "By Jane Roe, Washington Post", "Jane Roe [author, @Washington Post]" },
        { "By Jane Roe, Oslo", "Jane Roe [author, in Oslo]" },
        { "By Jane Roe, PhD", "Jane Roe [author]" },
    };

    [Theory]
    [MemberData(nameof(PrintedTitles))]
    public void Parse_TitleAfterTheName_IsThePersons(string text, string expected)
    {
        Assert.Equal(expected, BylineParser.Describe(BylineParser.Parse(text)));
    }

    [Theory]
    [InlineData("""<div class="author"><a href="/staff/jane-roe" class="author-name">Jane Roe</a><span class="author-title">Senior Correspondent</span></div>""", "Senior Correspondent")]
    [InlineData("""<div class="byline"><span class="author">By <a href="/staff/jane-roe">Jane Roe</a></span><span class="author-job">Staff Writer</span></div>""", "Staff Writer")]
    [InlineData("""<p class="byline">By <a href="/staff/jane-roe">Jane Roe</a>, <em>Transport Correspondent</em></p>""", "Transport Correspondent")]
    [InlineData("""<div class="byline"><span class="author">Jane Roe</span> <span class="author">Politics Editor</span></div>""", "Politics Editor")]
    [InlineData("""<div class="byline"><p>By Jane Roe</p><p>Senior Correspondent</p></div>""", "Senior Correspondent")]
    [InlineData("""<div class="byline"><span class="author">Jane Roe</span> <span class="title">Political Correspondent</span></div>""", "Political Correspondent")]
    [InlineData("""<div class="byline"><div>Jane Roe</div><div>Staff Writer</div><div>May 3, 2024</div></div>""", "Staff Writer")]
    [InlineData("""<p class="byline">By <a href="/staff/jane-roe">Jane Roe</a></p><p class="social">Twitter</p>""", null)]
    public void Page_TitleInTheBylineElement_IsRead(string byline, string? expected)
    {
        var article = TestPages.ParseFerryStory(string.Empty, byline);

        AssertJaneRoeAlone(article, expected);
    }

    [Fact]
    public void Page_TitleElementsBesideEachName_AreEachOnes()
    {
        var article = TestPages.ParseFerryStory(
            JsonLd("""[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}]"""),
            """
            <div class="byline">
              <div class="c-author"><h4 class="c-author__name"><a href="/staff/jane-roe">Jane Roe</a></h4><p class="c-author__role">Ideas Contributor</p></div>
              <div class="c-author"><h4 class="c-author__name"><a href="/staff/john-doe">John Doe</a></h4><p class="c-author__role">Transport Editor</p></div>
            </div>
            """);

        Assert.Equal(["Jane Roe", "John Doe"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal(["Ideas Contributor", "Transport Editor"], article.Byline.Contributors.Select(c => c.JobTitle));
    }

    private static string Card(string name, string slug, string line) =>
        $"""<div class="author-card"><a href="/authors/{slug}"><img src="/img/{slug}.jpg" alt=""></a><div class="author-card__info"><a class="author-card__name" href="/authors/{slug}">{name}</a><p class="author-card__title">{line}</p></div></div>""";

    /// <summary>A row of author cards, each an avatar, a name and a line under it → the contributors as Describe writes them.</summary>
    public static TheoryData<string, string> AuthorCards => new()
    {
        // Each card's title is its own person's, and the second card is no title of the first.
        { Card("Jane Roe", "jane-roe", "Senior Transport Reporter") + Card("Tom Hale", "tom-hale", "City Hall Correspondent"),
            "Jane Roe [author, as Senior Transport Reporter]; Tom Hale [author, as City Hall Correspondent]" },
        { Card("Jane Roe", "jane-roe", "Staff Writer") + Card("Tom Hale", "tom-hale", "Staff Writer") + Card("Ann Lee", "ann-lee", "Photographer"),
            "Jane Roe [author, as Staff Writer]; Tom Hale [author, as Staff Writer]; Ann Lee [photographer, as Photographer]" },
        // A place under the name is hers.
        { Card("Jane Roe", "jane-roe", "Kyiv") + Card("Tom Hale", "tom-hale", "Lviv"), "Jane Roe [author, in Kyiv]; Tom Hale [author, in Lviv]" },
        // So is her agency.
        { Card("Jane Roe", "jane-roe", "Associated Press") + Card("Tom Hale", "tom-hale", "Reuters"), "Jane Roe [author, @Associated Press]; Tom Hale [author, @Reuters]" },
        // A credit's label under the name is her role.
        { Card("Elin Bergqvist", "elin-bergqvist", "Text") + Card("Johan Lind", "johan-lind", "Foto"), "Elin Bergqvist [author]; Johan Lind [photographer]" },
        // A line the parser reads as no title, or that names nobody (a date, a count), leaves the name alone.
        { Card("Jana Holm", "jana-holm", "Redakteurin") + Card("Timo Brandt", "timo-brandt", "Chefreporter Politik"),
            "Jana Holm [author, as Redakteurin]; Timo Brandt [author]" },
        { Card("Jane Roe", "jane-roe", "May 3, 2024") + Card("Tom Hale", "tom-hale", "12 articles"), "Jane Roe [author]; Tom Hale [author]" },
    };

    [Fact]
    public void Page_CardsMarkedAlikeInAnUnmarkedRow_AreOneCredit()
    {
        // Each card is marked as a contributor, the row around them is not.
        var article = TestPages.ParseFerryStory(
            string.Empty,
            """<div data-testid="contributors"><div class="contributor"><span class="contributor-name">Jane Roe</span><div class="contributor-role">Political correspondent</div></div><div class="contributor"><span class="contributor-name">Tom Hale</span><div class="contributor-role">Transport Editor</div></div></div>""");

        Assert.Equal("Jane Roe [author, as Political correspondent]; Tom Hale [author, as Transport Editor]", BylineParser.Describe(article.Byline));
    }

    [Theory]
    [MemberData(nameof(AuthorCards))]
    public void Page_RowOfAuthorCards_CreditsEveryCardWithItsOwnTitle(string cards, string expected)
    {
        var article = TestPages.ParseFerryStory(string.Empty, $"""<div class="article-authors">{cards}</div>""");

        Assert.Equal(expected, BylineParser.Describe(article.Byline));
    }

    [Theory]
    [InlineData("""<div class="author-box"><p class="author-name">Jane Roe</p><p class="author-position">Political Editor</p></div>""", "Political Editor")]
    [InlineData("""<div class="contributor-bio"><p>Jane Roe covers the harbour and its ferries.</p><span class="contributor-bio__title">Senior Writer</span></div>""", "Senior Writer")]
    [InlineData("""<div class="contributor-bio"><p>Jane Roe covers the harbour and its ferries.</p><span class="contributor-bio__title">Ideas Contributor</span></div>""", "Ideas Contributor")]
    [InlineData("""<aside class="author-box"><div class="author-box__name"><a href="/staff/jane-roe">Jane Roe</a></div><div class="author-box__role">Transport Correspondent</div></aside>""", "Transport Correspondent")]
    // The text right after the name's own element, when it is a title and nothing else.
    [InlineData("""<p class="byline"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><a rel="author" href="/staff/jane-roe"><span itemprop="name">Jane Roe</span></a></span> Transport editor</p>""", "Transport editor")]
    [InlineData("""<p class="byline">By <a rel="author" href="/staff/jane-roe">Jane Roe</a> Washington Bureau Chief</p>""", "Washington Bureau Chief")]
    [InlineData("""<p class="byline">By <a rel="author" href="/staff/jane-roe">Jane Roe</a> Transport Correspondent in Port Averly</p>""", "Transport Correspondent")]
    [InlineData("""<p class="byline">By <a rel="author" href="/staff/jane-roe">Jane Roe</a> Updated May 3, 2024 at 9:15 a.m.</p>""", null)]
    [InlineData("""<p class="meta"><a rel="author" href="/staff/jane-roe">Jane Roe</a> in Port Averly</p>""", null)]
    [InlineData("""<p class="meta"><a rel="author" href="/staff/jane-roe">Jane Roe</a> Harbour News</p>""", null)]
    // The line classed as a title or a subline right after the name's element in a bio box; the outlet before the post is not the title's.
    [InlineData("""<div class="author-bio-box"><div class="author-bio-box-profile"><span class="author-bio-box-name"><a href="/writers/jane-roe/" rel="author">Jane Roe</a></span><div class="author-bio-box-subline">CBS Sports Writer</div></div></div>""", "Sports Writer")]
    [InlineData("""<div class="author-bio-box"><div class="author-bio-box-profile"><span class="author-bio-box-name"><a href="/writers/jane-roe/" rel="author">Jane Roe</a></span><div class="author-bio-box-subline">Member since 2019</div></div></div>""", null)]
    [InlineData("""<div class="author-bio-box"><div class="author-bio-box-profile"><span class="author-bio-box-name"><a href="/writers/jane-roe/" rel="author">Jane Roe</a></span><div class="author-bio-box-subline">Jane Roe covers ferries and the harbour for the paper.</div></div></div>""", null)]
    [InlineData("""<div class="byline"><a rel="author" href="/writers/jane-roe/">Jane Roe</a><span class="job-role">Read More</span></div>""", null)]
    // The line right after a byline that credits her alone, with no class: a title and nothing else.
    [InlineData("""<div class="meta"><p itemprop="author" itemscope itemtype="http://schema.org/Person">By <a href="/column/jane-roe"><span itemprop="name">Jane Roe</span></a></p><div class="x1"><p class="x2">Opinion Columnist</p></div></div>""", "Opinion Columnist")]
    [InlineData("""<p class="byline">By <a href="/author/jane-roe">Jane Roe</a></p><p>Senior Correspondent</p>""", "Senior Correspondent")]
    [InlineData("""<div class="byline"><span>By</span> <span>Jane Roe</span></div><div>Staff Writer</div>""", "Staff Writer")]
    [InlineData("""<p class="byline">By Jane Roe</p><p>Updated May 3, 2024</p>""", null)]
    [InlineData("""<p class="byline">By Jane Roe</p><p>Senior Correspondent Tom Fairlie contributed reporting from the quay.</p>""", null)]
    [InlineData("""<p class="byline">By Jane Roe</p><p>Ferry timetables</p>""", null)]
    // A heading that names the box, a bio sentence, a role element naming both writers or none: no title.
    [InlineData("""<div class="author"><h4 class="author-title">About the author</h4><p class="author-name">Jane Roe</p></div>""", null)]
    [InlineData("""<div class="author"><p class="author-name">Jane Roe</p><p class="author-role">Jane Roe is the paper's transport correspondent.</p></div>""", null)]
    [InlineData("""<div class="author"><p class="author-name">Jane Roe</p><p class="author-role">Editor: Ferry timetables</p></div>""", null)]
    public void Page_TitleElementInTheAuthorBox_IsRead(string box, string? expected)
    {
        var article = TestPages.ParseFerryStory(
            JsonLd("""{"@type":"Person","name":"Jane Roe"}"""),
            box);

        AssertJaneRoeAlone(article, expected);
    }

    [Theory]
    [InlineData("Julia is an Entertainment Reporter for Harbour News.", "Entertainment Reporter")]
    [InlineData("Jane Roe is a senior reporter at the Harbour Times, covering transport.", "senior reporter")]
    [InlineData("Jane Roe is a Washington Correspondent.", "Washington Correspondent")]
    [InlineData("About the author Jane Roe is a Staff Writer based in Port Averly.", "Staff Writer")]
    // Not her title: a sentence about something else, the past, another person, a possessive's post, a given name two writers share.
    [InlineData("Jane Roe is the paper's transport correspondent.", null)]
    [InlineData("Jane Roe is a mother of three who lives by the sea.", null)]
    [InlineData("Jane Roe was a reporter at the Harbour Times for ten years.", null)]
    [InlineData("Tom Fairlie is a Senior Editor at the Harbour Times.", null)]
    [InlineData("Jane is a Senior Editor at the Harbour Times.", null, "Jane Doe")]
    [InlineData("Jane Roe is a lifelong sailor and ferry enthusiast.", null)]
    public void BiographyTitle_SentenceNamingHerPost(string bio, string? expected, string? second = null)
    {
        var people = new Dictionary<string, string> { [SiteNames.Fold("Jane Roe")] = "Jane Roe", [SiteNames.Fold("Julia Young")] = "Julia Young" };
        if (second is not null)
        {
            people[SiteNames.Fold(second)] = second;
        }

        Assert.Equal(expected, JobTitleElements.BiographyTitle(bio, people)?.Title);
    }

    [Fact]
    public void Page_AuthorBiographyUnderTheArticle_GivesHerTitle()
    {
        var article = TestPages.ParseFerryStoryEnding("""<div class="article-meta"><div class="author-bio">Jane is a Transport Correspondent for the Harbour Gazette.</div></div>""", """<p class="byline">By Jane Roe</p>""");

        AssertJaneRoeAlone(article, "Transport Correspondent");
    }

    /// <summary>Decoys from a review of the layout readings: elements beside the writer's name that give no title of hers.</summary>
    [Theory]
    // A box's heading in a "title" class, before its role element: the role element's title.
    [InlineData("""<section class="author-box"><h3 class="author-box__title">About the editor</h3><a href="/staff/jane-roe">Jane Roe</a><p class="author-box__role">Political Editor</p></section>""", "Political Editor")]
    [InlineData("""<section class="author-box"><h3 class="author-title">Über die Autorin</h3><a href="/staff/jane-roe">Jane Roe</a></section>""", null)]
    [InlineData("""<section class="author-box"><h3 class="author-title">More by this writer</h3><a href="/staff/jane-roe">Jane Roe</a></section>""", null)]
    // Another person's role: an editor credited apart, a caption's photographer, a quotation's speaker.
    [InlineData("""<div class="byline">By <a href="/staff/jane-roe" class="author-name">Jane Roe</a> <span class="edited">Edited by <span class="author-name">Tom Fairlie</span> <span class="author-role">Deputy Editor</span></span></div>""", null)]
    [InlineData("""<p class="byline">By Jane Roe</p><figure><img src="/pier.jpg" alt=""><figcaption>The north pier. <span class="credit-author">Tom Fairlie</span> <span class="credit-author-role">Photographer</span></figcaption></figure>""", null)]
    // Role classes whose text is no title: a bio, a desk, a layout utility's badge.
    [InlineData("""<div class="author"><p class="author-name">Jane Roe</p><p class="author-role">Covers housing, planning and local government</p></div>""", null)]
    [InlineData("""<div class="author"><p class="author-name">Jane Roe</p><p class="author-role">Politics</p></div>""", null)]
    [InlineData("""<div class="author position-relative"><p class="author-name">Jane Roe</p><span class="author-badge position-absolute">Verified</span></div>""", null)]
    // A line after a byline of two, or after one that is not hers alone, or a title line after the name in the middle of her credit.
    [InlineData("""<p class="byline">By Jane Roe and <a href="/staff/tom-fairlie">Tom Fairlie</a></p><p>Senior Correspondent</p>""", null)]
    [InlineData("""<p class="byline">By <a href="/staff/jane-roe">Jane Roe</a> in Port Averly</p><p>Senior Correspondent</p>""", null)]
    public void Page_ElementsThatAreNotHerTitle_AreNotRead(string byline, string? expected)
    {
        var article = TestPages.ParseFerryStory(JsonLd("""{"@type":"Person","name":"Jane Roe"}"""), byline);

        // An editor credited apart is read too, with her own title; the writer comes first.
        var person = article.Byline.Contributors[0];
        Assert.Equal("Jane Roe", person.Name);
        Assert.Equal(expected, person.JobTitle);
    }

    [Fact]
    public void Page_TitleClassInAScriptWithoutCase_OpensWithThePost()
    {
        var article = TestPages.Parse(
            """<!doctype html><html lang="ar"><head><title>افتتاح الجسر الجديد</title></head><body><article><h1>افتتاح الجسر الجديد</h1>"""
            + """<div class="author"><a href="/authors/yousef">يوسف الحداد</a><span class="author-title">محرر الشؤون الاقتصادية</span></div>"""
            + """<p>افتتحت البلدية صباح اليوم الجسر الجديد فوق النهر بعد عامين من الأعمال في وسط المدينة القديمة.</p>"""
            + """<p>وقال التجار على الضفتين إن الجسر سيختصر رحلاتهم اليومية بنصف ساعة خلال موسم الازدحام.</p></article></body></html>""",
            new Uri("https://www.harbourgazette.example/ar/bridge"));

        var person = Assert.Single(article.Byline.Contributors);
        Assert.Equal("يوسف الحداد", person.Name);
        Assert.Equal("محرر الشؤون الاقتصادية", person.JobTitle);
    }

    [Fact]
    public void Page_RoleCardOfATitledWriter_IsNotTheOthers()
    {
        var article = TestPages.ParseFerryStory(
            JsonLd("""[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"Tom Fairlie"}]"""),
            """
            <p class="byline">By Jane Roe, Health Reporter, and Tom Fairlie</p>
            <div class="cards"><div class="c-author"><span class="c-author__name">Jane Roe</span><span class="c-author__role">Health Reporter</span></div>
            <div class="c-author"><span class="c-author__name">Tom Fairlie</span><span class="c-author__role">Data Editor</span></div></div>
            """);

        Assert.Equal(["Jane Roe", "Tom Fairlie"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal(["Health Reporter", "Data Editor"], article.Byline.Contributors.Select(c => c.JobTitle));
    }

    [Fact]
    public void Page_NextWritersTitleAfterTheFirstLink_IsNotHers()
    {
        var article = TestPages.ParseFerryStory(
            JsonLd("""[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"Tom Fairlie"}]"""),
            """<p class="byline">By <a rel="author" href="/staff/jane-roe">Jane Roe</a> and Senior Editor <a rel="author" href="/staff/tom-fairlie">Tom Fairlie</a></p>""");

        Assert.Null(article.Byline.Contributors[0].JobTitle);
    }

    [Theory]
    [InlineData("JANE ROE, AP Staff Writer", "Jane Roe", "AP", "Staff Writer")]
    [InlineData("Jane Roe | Senior Editor", "Jane Roe", null, "Senior Editor")]
    [InlineData("Jane Roe, Senior Editor, Harbour Insight", "Jane Roe", "Harbour Insight", "Senior Editor")]
    [InlineData("Jane Roe, PhD", "Jane Roe", null, null)]
    [InlineData("Jane Roe, Oslo", "Jane Roe", null, null)]
    public void CleanPerson_MarkupNameWithTitle_KeepsTheTitle(string value, string name, string? organization, string? jobTitle)
    {
        var person = ContributorNames.CleanPerson(value);

        Assert.NotNull(person);
        Assert.Equal(name, person.Name, ignoreCase: true);
        Assert.Equal(organization, person.Organization);
        Assert.Equal(jobTitle, person.JobTitle);
    }

    [Theory]
    [InlineData("Rosa Link, Staff Writer", "Staff Writer")]
    [InlineData("Rosa Link | Senior Editor", "Senior Editor")]
    [InlineData("Rosa Link, CNN Business", null)]
    public void MetaAuthor_TitleAfterTheName_IsRead(string value, string? expected)
    {
        var article = TestPages.ParseFerryStory($"<meta name=\"author\" content=\"{value}\">", string.Empty);

        var person = Assert.Single(article.Byline.Contributors);
        Assert.Equal("Rosa Link", person.Name);
        Assert.Equal(expected, person.JobTitle);
    }

    [Theory]
    [InlineData("\"Transport Correspondent\"", "Transport Correspondent")]
    [InlineData("{\"@type\":\"DefinedTerm\",\"name\":\"Transport  Correspondent\"}", "Transport Correspondent")]
    [InlineData("\"Author\"", null)]
    [InlineData("\"Redacción\"", null)]
    [InlineData("\"Автор\"", null)]
    [InlineData("\"https://www.harbourgazette.example/staff/jane-roe\"", null)]
    [InlineData("\"\"", null)]
    public void JsonLd_PersonJobTitle_IsRead(string jobTitle, string? expected)
    {
        var article = TestPages.ParseFerryStory(
            JsonLd($$"""{"@type":"Person","name":"Jane Roe","jobTitle":{{jobTitle}}}"""),
            string.Empty);

        AssertJaneRoeAlone(article, expected);
    }

    [Fact]
    public void JsonLd_DeclaredTitle_OutranksTheOnePrintedInTheName()
    {
        var article = TestPages.ParseFerryStory(
            JsonLd("""{"@type":"Person","name":"Jane Roe, Staff Writer","jobTitle":"Transport Correspondent"}"""),
            string.Empty);

        Assert.Equal("Transport Correspondent", Assert.Single(article.Byline.Contributors).JobTitle);
    }

    [Fact]
    public void JsonLd_OrganizationAndAgency_HaveNoTitle()
    {
        var article = TestPages.ParseFerryStory(
            JsonLd("""[{"@type":"Organization","name":"Harbour Desk","jobTitle":"Newsroom"},{"@type":"Person","name":"Reuters","jobTitle":"Wire Service"}]"""),
            string.Empty);

        Assert.Equal(2, article.Byline.Contributors.Count);
        Assert.All(article.Byline.Contributors, c => Assert.Equal(ContributorKind.Organization, c.Kind));
        Assert.All(article.Byline.Contributors, c => Assert.Null(c.JobTitle));
    }

    [Fact]
    public void Microdata_PersonJobTitle_IsRead()
    {
        var article = TestPages.ParsePage(string.Empty, """
            <article itemscope itemtype="https://schema.org/NewsArticle">
              <h1 itemprop="headline">Ferry timetable extended</h1>
              <div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Roe</span>, <span itemprop="jobTitle">Harbour Reporter</span></div>
            </article>
            """);

        AssertJaneRoeAlone(article, "Harbour Reporter");
    }

    [Fact]
    public void Reconciliation_DeclaredByline_TakesTheTitlePrintedForTheSamePerson()
    {
        var article = TestPages.ParseFerryStory(
            JsonLd("""[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe","jobTitle":"Transport Editor"}]"""),
            """<p class="byline">By Jane Roe, Staff Writer, and John Doe, Reporter</p>""");

        Assert.Equal("json-ld", article.SourceOf("byline")!.Source);
        Assert.Equal(["Jane Roe", "John Doe"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("Staff Writer", article.Byline.Contributors[0].JobTitle);
        Assert.Equal("Transport Editor", article.Byline.Contributors[1].JobTitle);
    }

    [Fact]
    public void Reconciliation_PrintedByline_TakesTheDeclaredTitle()
    {
        var article = TestPages.ParseFerryStory(
            JsonLd("""{"@type":"Person","name":"Jane Roe","jobTitle":"Transport Correspondent"}"""),
            """<p class="byline">By Jane Roe and John Doe</p>""");

        Assert.Equal("dom:byline", article.SourceOf("byline")!.Source);
        Assert.Equal(["Jane Roe", "John Doe"], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("Transport Correspondent", article.Byline.Contributors[0].JobTitle);
        Assert.Null(article.Byline.Contributors[1].JobTitle);
    }

    [Fact]
    public void Reconciliation_TitleOfAnotherName_IsNotTaken()
    {
        var article = TestPages.ParseFerryStory(
            JsonLd("""{"@type":"Person","name":"Jane Roe"}"""),
            """<aside><p class="byline">By John Doe, Staff Writer</p></aside>""");

        Assert.Null(Assert.Single(article.Byline.Contributors).JobTitle);
    }
}
