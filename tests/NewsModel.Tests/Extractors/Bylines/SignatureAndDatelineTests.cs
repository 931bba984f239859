using NewsModel.Extractors.Bylines;

namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>Signatures with a journalist's post and an e-mail address at the end of the body, and agency datelines naming a region after the place; hand-written pages.</summary>
public class SignatureAndDatelineTests
{
    private static Article ParseEnding(string ending, string opening = "") => TestPages.ParseFerryStoryEnding(ending, opening);

    [Theory]
    [InlineData("<p>정하늘 칼럼니스트 <a href=\"mailto:sky@webzine.example\">sky@webzine.example</a></p><p>[사진=KBS]</p><table><tr><td></td></tr></table>", "정하늘")]
    [InlineData("<p>칼럼니스트 정하늘 <a href=\"mailto:sky@webzine.example\">sky@webzine.example</a></p>", "정하늘")]
    [InlineData("<p>정하늘 기자 sky@webzine.example</p>", "정하늘")]
    [InlineData("<p>Marta Lindqvist, Staff Writer, marta@harbourgazette.example</p>", "Marta Lindqvist")]
    public void Parse_SignatureWithPostAndEmail_Read(string ending, string expected)
    {
        var article = ParseEnding(ending);

        Assert.Equal([expected], article.Byline.Contributors.Select(c => c.Name));
        Assert.Equal("body:signature", article.SourceOf("byline")!.Source);
    }

    [Theory]
    [InlineData("<p>Questions? Write to <a href=\"mailto:desk@harbourgazette.example\">desk@harbourgazette.example</a></p>")]
    [InlineData("<p>Marta Lindqvist marta@harbourgazette.example</p>")]
    [InlineData("<p>Senior Marta Lindqvist marta@harbourgazette.example</p>")]
    // Two people signing: a list of the staff, not the article's writer.
    [InlineData("<p>정하늘 기자 <a href=\"mailto:sky@webzine.example\">sky@webzine.example</a></p><p>[사진=KBS]</p><p>김바다 기자 <a href=\"mailto:sea@webzine.example\">sea@webzine.example</a></p><p>[사진=MBC]</p>")]
    public void Parse_NoSignatureWithPostAndEmail_NoByline(string ending)
    {
        var article = ParseEnding(ending);

        Assert.Empty(article.Byline.Contributors);
    }

    [Theory]
    [InlineData("정하늘 칼럼니스트 sky@webzine.example", "정하늘")]
    [InlineData("칼럼니스트 정하늘 sky@webzine.example", "정하늘")]
    [InlineData("王小明 记者 wang@paper.example", "王小明")]
    [InlineData("Correspondent Marta Lindqvist marta@harbourgazette.example", "Marta Lindqvist")]
    [InlineData("Marta Lindqvist (Columnist) marta@harbourgazette.example", "Marta Lindqvist")]
    [InlineData("Marta Lindqvist Columnist", null)]
    [InlineData("Columnist sky@webzine.example", null)]
    [InlineData("خبرنگار ایرنا desk@harbour.example", null)]
    [InlineData("مراسل سانا desk@harbour.example", null)]
    [InlineData("the columnist wrote to sky@webzine.example", null)]
    public void RoleSignature_ReadsNamePostAndEmail(string line, string? expected) =>
        Assert.Equal(expected, BodySignatureExtractor.RoleSignature(line)?.Contributors[0].Name);

    [Theory]
    [InlineData("정하늘 칼럼니스트 sky@webzine.example", "칼럼니스트")]
    [InlineData("칼럼니스트 정하늘 sky@webzine.example", "칼럼니스트")]
    [InlineData("Marta Lindqvist, Senior Columnist, marta@harbourgazette.example", "Senior Columnist")]
    [InlineData("Correspondent Marta Lindqvist marta@harbourgazette.example", "Correspondent")]
    [InlineData("Marta Lindqvist (Columnist) marta@harbourgazette.example", "Columnist")]
    public void RoleSignature_PostIsTheJobTitle(string line, string expected) =>
        Assert.Equal(expected, BodySignatureExtractor.RoleSignature(line)!.Contributors[0].JobTitle);

    [Theory]
    [InlineData("SPRINGFIELD, Ill. (AP) — The harbour board agreed on Monday evening to extend the timetable.", "AP [author, org]")]
    [InlineData("ST. CLAIR, Mich. (AP) — The harbour board agreed on Monday evening to extend the timetable.", "AP [author, org]")]
    [InlineData("BEIRUT, Lebanon (Reuters) - The harbour board agreed on Monday evening to extend the timetable.", "Reuters [author, org]")]
    [InlineData("According to officials, Monday (AP) — the harbour board agreed to extend the timetable.", null)]
    [InlineData("SPRINGFIELD, Ill. (Harbour Board) — The harbour board agreed on Monday evening to extend the timetable.", null)]
    // The day between the place and the credit; Spanish ".-" after the credit.
    [InlineData("NEW DELHI, Nov 14 (PTI) - The harbour board agreed on Monday evening to extend the timetable.", "PTI [author, org]")]
    [InlineData("Madrid, 14 nov (EFE).- La junta del puerto acordó el lunes ampliar el horario.", "EFE [author, org]")]
    [InlineData("Madrid (EFE).- La junta del puerto acordó el lunes ampliar el horario.", "EFE [author, org]")]
    // With the day there, a colon after a place not in capitals, the country in brackets, or no mark at all (Indian agencies).
    [InlineData("New Delhi, Nov 14 (IANS) The harbour board agreed on Monday evening to extend the timetable.", "IANS [author, org]")]
    [InlineData("Kochi [India], Nov 14 (ANI): The harbour board agreed on Monday evening to extend the timetable.", "ANI [author, org]")]
    [InlineData("Chennai, Nov 14 (PTI): The harbour board agreed on Monday evening to extend the timetable.", "PTI [author, org]")]
    // Without the day, a mark must follow the credit and a colon only a place in capitals.
    [InlineData("Berlin (dpa) Die Hafenbehörde hat am Montagabend den Fahrplan verlängert.", null)]
    [InlineData("Kommentar (dpa): Die Hafenbehörde hat am Montagabend den Fahrplan verlängert.", null)]
    [InlineData("Chennai, Nov 14 (PTI) the harbour board agreed on Monday evening to extend the timetable.", null)]
    // With no mark the place must be known as one (a known city, in capitals, a country in brackets), an acronym's agency printed so.
    [InlineData("Biology, May 6 (AP) The exam starts at nine and lasts three hours in the main hall.", null)]
    [InlineData("Lakers, Game 7 (AP) The home side led from the first quarter to the last.", null)]
    [InlineData("Yerevan, May 3 (Ani) The festival opened with a concert in the old square.", null)]
    [InlineData("CHEMISTRY, May 6 (AP) The exam starts at noon and lasts three hours in the main hall.", null)]
    [InlineData("Washington, May 3 (Xinhua) The harbour board agreed on Monday evening to extend the timetable.", "Xinhua [author, org]")]
    // The agency after a dash and before a period, between slashes, or after a place in Arabic or Persian script.
    [InlineData("МОСКВА, 14 ноя — РИА Новости. Портовый совет в понедельник продлил расписание.", "РИА Новости [author, org]")]
    [InlineData("МОСКВА, 14 ноября. /ТАСС/. Портовый совет в понедельник продлил расписание.", "TASS [author, org]")]
    [InlineData("КИЇВ, 14 листопада — Укрінформ. Рада порту в понеділок продовжила розклад.", "Укрінформ [author, org]")]
    [InlineData("КИЕВ, 14 ноября — Интерфакс-Украина. Совет порта в понедельник продлил расписание.", "Интерфакс-Украина [author, org]")]
    [InlineData("دمشق-سانا وافق مجلس الميناء يوم الاثنين على تمديد الجدول.", "SANA [author, org]")]
    // Another Syrian town; the dateline in a paragraph of its own.
    [InlineData("حمص-سانا وافق مجلس الميناء يوم الاثنين على تمديد الجدول.", "SANA [author, org]")]
    [InlineData("اللاذقية-سانا", "SANA [author, org]")]
    [InlineData("تهران- ایرنا- شورای بندر روز دوشنبه جدول را تمدید کرد.", "IRNA [author, org]")]
    // The agency first (ANSA); the year or a day without a comma after the place; "Den Haag"; a place in Arabic script
    // before the agency in brackets; the Turkish dotted capital; the slashes without a period before them; a country in
    // brackets after the place.
    [InlineData("(ANSA) - ROMA, 14 OTT - Il consiglio del porto ha prolungato l'orario dei traghetti.", "ANSA [author, org]")]
    [InlineData("Lisboa, 14 out 2024 (Lusa) – O conselho do porto prolongou o horário na segunda-feira.", "Lusa [author, org]")]
    [InlineData("Praha 14. října (ČTK) - Rada přístavu v pondělí prodloužila jízdní řád.", "ČTK [author, org]")]
    [InlineData("Bratislava 14. októbra (TASR) - Rada prístavu v pondelok predĺžila cestovný poriadok.", "TASR [author, org]")]
    [InlineData("DEN HAAG (ANP) - De havenraad heeft maandag de dienstregeling verlengd.", "ANP [author, org]")]
    [InlineData("Den Haag (ANP) - De havenraad heeft maandag de dienstregeling verlengd.", "ANP [author, org]")]
    [InlineData("باريس (أ ف ب) - وافق مجلس الميناء يوم الاثنين على تمديد الجدول.", "AFP [author, org]")]
    [InlineData("İSTANBUL (İHA) - Liman kurulu pazartesi günü tarifeyi uzattı.", "İHA [author, org]")]
    [InlineData("КИЇВ, 14 листопада /Укрінформ/. Рада порту в понеділок продовжила розклад.", "Укрінформ [author, org]")]
    // Persian wire copy opens with its agency's report; "our reporter" is no agency.
    [InlineData("به گزارش ایرنا، شورای بندر روز دوشنبه جدول کشتی‌ها را تمدید کرد.", "IRNA [author, org]")]
    [InlineData("به گزارش خبرگزاری مهر، شورای بندر روز دوشنبه جدول کشتی‌ها را تمدید کرد.", "Mehr [author, org]")]
    [InlineData("به گزارش خبرنگار ما، شورای بندر روز دوشنبه جدول کشتی‌ها را تمدید کرد.", null)]
    [InlineData("Los Ángeles (EE.UU.), 14 oct (EFE).- La junta del puerto acordó el lunes ampliar el horario.", "EFE [author, org]")]
    [InlineData("Der Sprecher (dpa) - sagte am Montag, der Fahrplan werde verlängert.", null)]
    [InlineData("Den Sprecher (dpa) - hatte am Montag niemand erreicht.", null)]
    [InlineData("(Foto) - Die Fähre am Anleger kurz vor der Abfahrt.", null)]
    [InlineData("القاهرة (خاص) - وافق مجلس الميناء يوم الاثنين على تمديد الجدول.", null)]
    // Not an agency, or a sentence: nothing.
    [InlineData("МОСКВА, 14 ноя — Портовый совет. В понедельник продлил расписание.", null)]
    [InlineData("دمشق - وافق مجلس الميناء يوم الاثنين على تمديد الجدول.", null)]
    [InlineData("زوج‌های جوان - وام ازدواج از ماه آینده افزایش می‌یابد.", null)]
    [InlineData("ادبیات - تسنیم رضایی، شاعر جوان، مجموعه تازه‌ای منتشر کرد.", null)]
    public void Dateline_PlaceWithRegion_Read(string text, string? expected) =>
        Assert.Equal(expected, BodySignatureExtractor.Dateline(text) is { } byline ? BylineParser.Describe(byline) : null);

    [Fact]
    public void Parse_AgencyDatelineWithRegion_Read()
    {
        var article = ParseEnding(string.Empty, "<p>SPRINGFIELD, Ill. (AP) — The harbour board agreed on Monday evening to extend the timetable.</p>");

        Assert.Equal("AP [author, org]", BylineParser.Describe(article.Byline));
        Assert.Equal("body:dateline", article.SourceOf("byline")!.Source);
    }

    /// <summary>A first paragraph that is the page's description and opens with the dateline is read as it is (review of the dek rule).</summary>
    [Fact]
    public void Parse_AgencyDatelineInAFirstParagraphThatIsTheDescription_Read()
    {
        const string Lead = "Hamburg (dpa) - Der Hafen hat im ersten Quartal wieder mehr Container umgeschlagen als im Vorjahr, vor allem im Verkehr mit Asien.";
        var article = TestPages.Parse(
            $"<!doctype html><html lang=\"de\"><head><title>Hafen meldet mehr Container</title><meta name=\"description\" content=\"{Lead}\"></head><body><article><h1>Hafen meldet mehr Container</h1><div class=\"text\"><p>{Lead}</p><p>Die Betreiber rechnen für das ganze Jahr mit einem Wachstum von drei Prozent, wenn der Handel mit China stabil bleibt.</p></div></article></body></html>",
            new Uri("https://www.elbe.example/wirtschaft/hafen-container"));

        Assert.Equal("dpa [author, org]", BylineParser.Describe(article.Byline));
    }

    /// <summary>The dek the body kept above the dateline is passed over (byline audit by6).</summary>
    [Fact]
    public void Parse_AgencyDatelineAfterTheDek_Read()
    {
        var article = TestPages.Parse(
            "<!doctype html><html lang=\"de\"><head><title>Hafen meldet mehr Container</title><meta name=\"description\" content=\"Nach zwei schwachen Jahren meldet der Hafen wieder ein Plus.\"></head><body><article><h1>Hafen meldet mehr Container</h1><div class=\"field--name-field-lead\">Nach zwei schwachen Jahren meldet der Hafen wieder ein Plus.</div><div class=\"text\"><p>Hamburg (dpa) - Der Hafen hat im ersten Quartal wieder mehr Container umgeschlagen als im Vorjahr, vor allem im Verkehr mit Asien.</p><p>Die Betreiber rechnen für das ganze Jahr mit einem Wachstum von drei Prozent, wenn der Handel mit China stabil bleibt.</p></div></article></body></html>",
            new Uri("https://www.elbe.example/wirtschaft/hafen-container"));

        Assert.Equal("dpa [author, org]", BylineParser.Describe(article.Byline));
        Assert.Equal("body:dateline", article.SourceOf("byline")!.Source);
    }

    // A closing source line names agencies in the other scripts too; anything else after the label is no credit.
    [Theory]
    [InlineData("منبع: تسنیم", "Tasnim [author, org]")]
    [InlineData("منبع: IRNA", "IRNA [author, org]")]
    [InlineData("المصدر: سانا", "SANA [author, org]")]
    [InlineData("Джерело: Укрінформ", "Укрінформ [author, org]")]
    [InlineData("Zdroj: ČTK", "ČTK [author, org]")]
    [InlineData("منبع: وزارت بهداشت", null)]
    // A dash and agencies alone sign the prose above off as a wire's copy (byline audit by7); anything else after the dash
    // is no credit.
    [InlineData("— AFP", "AFP [author, org]")]
    [InlineData("– dpa/Reuters.", "dpa [author, org]; Reuters [author, org]")]
    [InlineData("— Reuters reporters", null)]
    [InlineData("— Martin Luther King Jr., 1963", null)]
    public void ClosingCredit_SourceLine_Read(string line, string? expected) =>
        Assert.Equal(expected, BodySignatureExtractor.ClosingCredit(line) is { } byline ? BylineParser.Describe(byline) : null);

    // Closing credit lines in the forms wire copy and other languages print them (byline audit by2): the byline when
    // nothing above credits the article.
    [Theory]
    [InlineData("<p>Writing by Marta Lindqvist; editing by Tom Hale and Ines Duarte</p>", "Marta Lindqvist [author]; Tom Hale [editor]; Ines Duarte [editor]")]
    [InlineData("<p>Reporting by Marta Lindqvist in Oslo; Editing by Tom Hale</p>", "Marta Lindqvist [reporter, in Oslo]; Tom Hale [editor]")]
    [InlineData("<p>Compiled by Marta Lindqvist; Editing by Tom Hale</p>", "Marta Lindqvist [author]; Tom Hale [editor]")]
    [InlineData("<p>Marta Lindqvist contributed to this report.</p>", "Marta Lindqvist [contributor]")]
    [InlineData("<p>Marta Lindqvist and Tom Hale contributed reporting from Oslo.</p>", "Marta Lindqvist [contributor, in Oslo]; Tom Hale [contributor, in Oslo]")]
    [InlineData("<p>Associated Press writer Marta Lindqvist in Oslo contributed to this report.</p>", "Marta Lindqvist [contributor, in Oslo]")]
    [InlineData("<p>Harbour TV’s Marta Lindqvist contributed to this report.</p>", "Marta Lindqvist [contributor]")]
    [InlineData("<p>— Marta Lindqvist, with AFP</p>", "AFP [author, org]; Marta Lindqvist [author]")]
    [InlineData("<p>Підготувала Олена Коваль</p>", "Олена Коваль [author]")]
    [InlineData("<p>Muhabir: Ayşe Yılmaz</p>", "Ayşe Yılmaz [reporter]")]
    [InlineData("<p>تحرير: سارة أحمد</p>", "سارة أحمد [editor]")]
    [InlineData("<p>Redazione ANSA ROMA</p>", "ANSA [author, org, in Roma]")]
    [InlineData("<p>Con información de EFE.</p>", "EFE [contributor, org]")]
    // An agency's note on its standards after the credits.
    [InlineData("<p>Reporting by Marta Lindqvist in Oslo; Editing by Tom Hale</p><p>Our Standards: The Thomson Reuters Trust Principles.</p>", "Marta Lindqvist [reporter, in Oslo]; Tom Hale [editor]")]
    public void Parse_ClosingRoleCredit_IsTheByline(string ending, string expected)
    {
        var article = ParseEnding(ending);

        Assert.Equal(expected, BylineParser.Describe(article.Byline));
        Assert.Equal("body:signature", article.SourceOf("byline")!.Source);
    }

    // A sentence: no person named so.
    [Theory]
    [InlineData("<p>Marta Lindqvist contributed to this report, which was updated on Monday after the board met again.</p>")]
    [InlineData("<p>Editing by the harbour board, which met twice this week</p>")]
    // A quote's or a letter's signed dash credits nobody: no agency beside the name.
    [InlineData("<p>— Martin Luther King Jr., 1963</p>")]
    [InlineData("<p>— Marta Lindqvist, Springfield</p>")]
    public void Parse_ClosingLineOfNoWriter_NoPersonNamedSo(string ending)
    {
        var article = ParseEnding(ending);

        Assert.DoesNotContain(article.Byline.Contributors, c => c.Kind == ContributorKind.Person);
    }

    // Below a byline, the closing credits of other roles join it; a different writer's does not.
    [Theory]
    [InlineData("<p>Additional reporting by Ines Duarte; Editing by Tom Hale</p>", "Marta Lindqvist [author]; Ines Duarte [contributor]; Tom Hale [editor]")]
    [InlineData("<p>Ines Duarte contributed to this report.</p>", "Marta Lindqvist [author]; Ines Duarte [contributor]")]
    [InlineData("<p><em>— With reporting by Ines Duarte.</em></p>", "Marta Lindqvist [author]; Ines Duarte [contributor]")]
    [InlineData("<p>Reporting by Marta Lindqvist; Editing by Tom Hale</p>", "Marta Lindqvist [author]; Tom Hale [editor]")]
    [InlineData("<p>Writing by Ines Duarte; Editing by Tom Hale</p>", "Marta Lindqvist [author]")]
    // Agencies join as the copy the article drew on, not as its source or another writer.
    [InlineData("<p>The Associated Press contributed to this report.</p>", "Marta Lindqvist [author]; The Associated Press [contributor, org]")]
    [InlineData("<p><i>(Con información de AFP, EFE y Reuters)</i></p>", "Marta Lindqvist [author]; AFP [contributor, org]; EFE [contributor, org]; Reuters [contributor, org]")]
    [InlineData("<p>Mit Material von dpa und AFP.</p>", "Marta Lindqvist [author]; dpa [contributor, org]; AFP [contributor, org]")]
    [InlineData("<p>(Avec AFP)</p>", "Marta Lindqvist [author]; AFP [contributor, org]")]
    [InlineData("<p>Quelle: dpa</p>", "Marta Lindqvist [author]")]
    [InlineData("<p>Con información de la alcaldía de Bogotá.</p>", "Marta Lindqvist [author]")]
    // A reporter the byline does not name is credited too; a wire sign-off may run past a byline's length.
    [InlineData("<p>Reporting by Ines Duarte; Editing by Tom Hale</p>", "Marta Lindqvist [author]; Ines Duarte [reporter]; Tom Hale [editor]")]
    // The sign-off gives the byline's writer her place (byline audit by7).
    [InlineData("<p>Reporting by Marta Lindqvist in London; Additional reporting by Ines Duarte in Amsterdam; Editing by Tom Hale</p>", "Marta Lindqvist [author, in London]; Ines Duarte [contributor, in Amsterdam]; Tom Hale [editor]")]
    [InlineData("<p>Reporting by Marta Lindqvist in London; Editing by Tom Hale</p>", "Marta Lindqvist [author, in London]; Tom Hale [editor]")]
    [InlineData("<p>Reporting by Marta Lindqvist in London</p>", "Marta Lindqvist [author, in London]")]
    public void Parse_ClosingCreditsBelowAByline_JoinIt(string ending, string expected)
    {
        var article = ParseEnding(ending, "<p class=\"byline\">By Marta Lindqvist</p>");

        Assert.Equal(expected, BylineParser.Describe(article.Byline));
        Assert.Equal("dom:byline", article.SourceOf("byline")!.Source);
    }

    // Credit lines just below the headline in a container of any class, when a role's label opens them (byline audit by3).
    [Theory]
    [InlineData("<p class=\"article__credit\">Reportagem: Tiago Mendes · Edição: Luísa Rocha</p>", "Tiago Mendes [reporter]; Luísa Rocha [editor]")]
    [InlineData("<ul class=\"creditos\"><li>Reportagem: <b>Tiago Mendes</b></li><li>Edição: <b>Luísa Rocha</b></li></ul>", "Tiago Mendes [reporter]; Luísa Rocha [editor]")]
    [InlineData("<p class=\"interview-credit\">Propos recueillis par Marc Lefèvre</p>", "Marc Lefèvre [author]")]
    // A source's label before news agencies only (byline audit by4).
    [InlineData("<span class=\"article__source\">Источник: Интерфакс</span>", "Интерфакс [author, org]")]
    [InlineData("<span class=\"zdroj\">Zdroj: ČTK</span>", "ČTK [author, org]")]
    // The source's label in an element of its own, without its colon (byline audit by6).
    [InlineData("<div class=\"field field--name-field-quelle field--label-inline\"><div class=\"field__label\">Quelle</div><div class=\"field__item\">dpa</div></div>", "dpa [author, org]")]
    // A dek in a subheading right after the headline belongs to the header (byline audit by6).
    [InlineData("<h2 class=\"news-spot\">Crossings run every half hour from Monday.</h2><div class=\"news-meta\"><div class=\"news-source\">Джерело: <span>Укрінформ</span></div></div>", "Укрінформ [author, org]")]
    [InlineData("<p class=\"byline\">VON ELENA PETROVA<br><span>Aus dem Englischen von Clara Vogt</span></p>", "Elena Petrova [author]; Clara Vogt [translator]")]
    // A second credit in a block of its own, as after a line break (byline audit by7).
    [InlineData("<div class=\"td-module-meta-info\"><div class=\"td-post-author-name\">Par <a href=\"/auteur/ingrid-solheim/\">Ingrid Solheim</a></div><div class=\"td-post-translator\">Traduit de l’anglais par <a href=\"/auteur/lucie-vandenberg/\">Lucie Vandenberg</a></div><span class=\"td-post-date\">14 mars 2024</span></div>", "Ingrid Solheim [author]; Lucie Vandenberg [translator]")]
    [InlineData("<div class=\"meta\"><div class=\"author\">By Ingrid Solheim</div><div class=\"credit\">Photos by Tom Hale</div></div>", "Ingrid Solheim [author]; Tom Hale [photographer]")]
    [InlineData("<div class=\"meta\"><div class=\"author\">By Ingrid Solheim</div><div class=\"topic\">Harbour Affairs</div></div>", "Ingrid Solheim [author]")]
    // Another role's credit in the element right after the writer's (byline audit by8); a topic there adds nobody.
    [InlineData("<div class=\"article__signature\"><span class=\"signature__author\">Ximena Arriagada</span> <span class=\"signature__translation\">Traduit de l'espagnol par Hugo Ferrand</span></div>", "Ximena Arriagada [author]; Hugo Ferrand [translator]")]
    [InlineData("<div class=\"meta\"><span class=\"author\">Ximena Arriagada</span> · <span class=\"credit\">Photos: Hugo Ferrand</span></div>", "Ximena Arriagada [author]; Hugo Ferrand [photographer]")]
    [InlineData("<div class=\"meta\"><span class=\"author\">Ximena Arriagada</span> <span class=\"topic\">Harbour News</span></div>", "Ximena Arriagada [author]")]
    // Parentheses marked apart after a linked name give her place and post (byline audit by7).
    [InlineData("<div class=\"article-meta\"><span class=\"meta__author\"><span class=\"author__prefix\">Par</span> <a class=\"article__author-link\" href=\"/signataires/etienne-roussel/\">Étienne Roussel</a> <span class=\"author__detail\">(Lyon, correspondant)</span></span></div>", "Étienne Roussel [author, in Lyon, as correspondant]")]
    // The place in an element of its own right after the credit's (byline audit by7); a topic there is no place.
    [InlineData("<div class=\"headline__meta\"><span class=\"headline__author\"><a href=\"/autoren/lukas-imhof\">Lukas Imhof</a></span>, <span class=\"headline__place\">Bern</span></div>", "Lukas Imhof [author, in Bern]")]
    [InlineData("<div class=\"headline__meta\"><span class=\"headline__author\"><a href=\"/autoren/lukas-imhof\">Lukas Imhof</a></span> <span class=\"byline__location\">Port Averly</span></div>", "Lukas Imhof [author, in Port Averly]")]
    [InlineData("<div class=\"headline__meta\"><span class=\"headline__author\"><a href=\"/autoren/lukas-imhof\">Lukas Imhof</a></span>, <span class=\"headline__topic\">Bahn</span></div>", "Lukas Imhof [author]")]
    [InlineData("<div class=\"card\"><span class=\"author\"><a href=\"/autoren/lukas-imhof\">Lukas Imhof</a></span> <div class=\"text-sm opacity-75\">Senior Editor</div></div>", "Lukas Imhof [author]")]
    [InlineData("<div class=\"meta\"><span class=\"author\"><a href=\"/autoren/lukas-imhof\">Lukas Imhof</a></span> <span class=\"dateline\">Yesterday</span></div>", "Lukas Imhof [author]")]
    [InlineData("<div class=\"headline__meta\"><span class=\"headline__author\"><a href=\"/autoren/lukas-imhof\">Lukas Imhof</a></span>, <span class=\"headline__place\">14.03.2024</span></div>", "Lukas Imhof [author]")]
    // Minified markup: elements parted as the page shows them, around a line break too.
    [InlineData("<div class=\"byline\"><span class=\"label\">By</span><a href=\"/author/marta-lindqvist\">Marta Lindqvist</a><br><time>5 March 2024</time></div>", "Marta Lindqvist [author]")]
    public void Parse_LabelledCreditUnderTheHeadline_IsTheByline(string credit, string expected)
    {
        var article = TestPages.ParseFerryStory(string.Empty, credit);

        Assert.Equal(expected, BylineParser.Describe(article.Byline));
        Assert.Equal("dom:byline", article.SourceOf("byline")!.Source);
    }

    // A picture's credit just below the headline credits no writer.
    [Theory]
    [InlineData("<p class=\"credit\">Foto: Tiago Mendes</p>")]
    [InlineData("<p>Fotografía: Diego Salas</p>")]
    public void Parse_PictureCreditUnderTheHeadline_NoByline(string credit)
    {
        Assert.Empty(TestPages.ParseFerryStory(string.Empty, credit).Byline.Contributors);
    }
}
