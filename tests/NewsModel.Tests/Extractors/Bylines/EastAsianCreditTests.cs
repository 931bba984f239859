using NewsModel.Extractors.Bylines;

namespace NewsModel.Tests.Extractors.Bylines;

/// <summary>Bylines and wire datelines in Korean, Chinese and Japanese; hand-written names and text.</summary>
public class EastAsianCreditTests
{
    public static TheoryData<string, string> Bylines => new()
    {
        // A name, then its post; several names sharing one post, or each with its own.
        { "정하늘 기자", "정하늘 [author, as 기자]" },
        { "정하늘기자", "정하늘 [author, as 기자]" },
        { "정하늘·김바다 기자", "정하늘 [author, as 기자]; 김바다 [author, as 기자]" },
        { "정하늘 기자, 김바다 기자", "정하늘 [author, as 기자]; 김바다 [author, as 기자]" },
        { "정하늘 기자 sky@webzine.example", "정하늘 [author, as 기자]" },
        { "정하늘 기자 (sky@webzine.example)", "정하늘 [author, as 기자]" },
        { "정하늘 선임기자", "정하늘 [author, as 선임기자]" },
        { "王小明 记者", "王小明 [author, as 记者]" },
        { "山田太郎記者", "山田太郎 [author, as 記者]" },
        // The post first, for every name after it; the paper's own ("本报") is no outlet.
        { "记者 王小明 李华", "王小明 [author, as 记者]; 李华 [author, as 记者]" },
        { "记者：王小明", "王小明 [author, as 记者]" },
        { "记者王小明", "王小明 [author, as 记者]" },
        { "本报记者 王小明 通讯员 张三", "王小明 [author, as 记者]; 张三 [author, as 通讯员]" },
        { "編集委員 山田太郎", "山田太郎 [author, as 編集委員]" },
        // Labels and their roles.
        { "글 정하늘 / 사진 김바다", "정하늘 [author]; 김바다 [photographer]" },
        { "文/王小明", "王小明 [author]" },
        { "作者：王小明 责任编辑：李华", "王小明 [author]; 李华 [editor]" },
        { "文・山田太郎 写真・鈴木一郎", "山田太郎 [author]; 鈴木一郎 [photographer]" },
        { "번역 정하늘", "정하늘 [translator]" },
        // Outlets, agencies, desks and places.
        { "[아시아경제 정하늘 기자]", "정하늘 [author, @아시아경제, as 기자]" },
        { "KBS 정하늘 기자", "정하늘 [author, @KBS, as 기자]" },
        { "新华社记者 王小明", "王小明 [author, @Xinhua, as 记者]" },
        { "(서울=연합뉴스) 정하늘 김바다 기자 =", "정하늘 [author, @Yonhap, in 서울, as 기자]; 김바다 [author, @Yonhap, in 서울, as 기자]" },
        { "[서울=뉴시스] 정하늘 기자", "정하늘 [author, @Newsis, in 서울, as 기자]" },
        { "워싱턴=정하늘 특파원", "정하늘 [author, in 워싱턴, as 특파원]" },
        { "記者王小明／台北報導", "王小明 [author, in 台北, as 記者]" },
        { "本报记者 王小明 北京报道", "王小明 [author, in 北京, as 记者]" },
        { "[정치부 정하늘 기자]", "정하늘 [author, as 기자]" },
        { "편집국", "편집국 [author, org]" },
        { "来源：新华社", "Xinhua [author, org]" },
        { "연합뉴스", "Yonhap [author, org]" },
        // Dates and labels of when a piece was posted name nobody.
        { "입력 2024.05.01 10:00 | 정하늘 기자", "정하늘 [author, as 기자]" },
        { "发布时间：2024-05-01 10:00 作者：王小明", "王小明 [author]" },
        // Decoys: a one-letter label is a surname too ("文"); a Korean word that opens with no surname is no name.
        { "文海明", "文海明 [author]" },
        { "文海明 记者", "文海明 [author, as 记者]" },
        { "사진=연합뉴스", "Yonhap [photographer, org]" },
        { "(사진=연합뉴스)", "" },
        { "[OSEN=정하늘 기자]", "정하늘 [author, @OSEN, as 기자]" },
        { "Reuters 연합뉴스", "Reuters [author, org]; Yonhap [author, org]" },
        // Names of two halves: a Japanese name with a space, a foreign name's parts joined by a middle dot; in a Chinese
        // or Korean credit, two names.
        { "山田 太郎", "山田 太郎 [author]" },
        { "佐々木 花子", "佐々木 花子 [author]" },
        { "編集委員 山田 太郎", "山田 太郎 [author, as 編集委員]" },
        { "山田 太郎 記者", "山田 太郎 [author, as 記者]" },
        { "山田 太郎、鈴木 花子", "山田 太郎 [author]; 鈴木 花子 [author]" },
        { "山田 はるか", "山田 はるか [author]" },
        { "山田太郎（やまだ たろう）", "山田太郎 [author]" },
        { "ジョン・スミス", "ジョン・スミス [author]" },
        { "マイケル・ブラウン 特派員", "マイケル・ブラウン [author, as 特派員]" },
        { "记者 买买提·吐尔逊", "买买提·吐尔逊 [author, as 记者]" },
        // Taiwan prints the foreign name's dot as U+2027; the name is given with the middle dot U+00B7.
        { "文／麥可‧喬丹", "麥可·喬丹 [author]" },
        { "記者麥可‧喬丹、王芳／台北報導", "麥可·喬丹 [author, in 台北, as 記者]; 王芳 [author, in 台北, as 記者]" },
        { "记者 王明 李华", "王明 [author, as 记者]; 李华 [author, as 记者]" },
        // Two labels joined: the writing's role.
        { "글·사진 정하늘", "정하늘 [author]" },
        { "文/图 王小明", "王小明 [author]" },
        { "정리=김바다 기자", "김바다 [editor, as 기자]" },
        // An outlet before "=", a bureau, a posting, a report's place or kind.
        { "[헤럴드경제=정하늘 기자]", "정하늘 [author, @헤럴드경제, as 기자]" },
        { "ワシントン支局 山田太郎", "山田太郎 [author, in ワシントン]" },
        { "ニューヨーク支局長 山田太郎", "山田太郎 [author, in ニューヨーク, as 支局長]" },
        { "本报驻东京记者 王小明", "王小明 [author, in 东京, as 记者]" },
        { "记者 王小明 发自上海", "王小明 [author, in 上海, as 记者]" },
        { "记者 王小明 综合报道", "王小明 [author, as 记者]" },
        { "人民网记者 王小明", "王小明 [author, @人民网, as 记者]" },
        { "聯合報記者王小明／台北報導", "王小明 [author, @聯合報, in 台北, as 記者]" },
        { "主任记者 王小明", "王小明 [author, as 主任记者]" },
        // Desks, tags and buttons are no names.
        { "온라인 뉴스팀", "뉴스팀 [author, org]" },
        { "이슈팀", "이슈팀 [author, org]" },
        { "デジタル編集部", "デジタル編集部 [author, org]" },
        { "단독 정하늘 기자", "정하늘 [author, as 기자]" },
        { "快讯 记者 王小明", "王小明 [author, as 记者]" },
        { "정하늘 기자 페이스북 공유", "정하늘 [author, as 기자]" },
        { "경제전문기자 정하늘", "정하늘 [author, as 경제전문기자]" },
        { "입력 2024.05.01 오전 10:00 정하늘 기자", "정하늘 [author, as 기자]" },
        // Buttons and counters in a reporter's box; a contribution's label; a place glued before a post; report kinds.
        { "이하늘 기자 구독자 1,024 기자 구독 응원하기", "이하늘 [author, as 기자]" },
        { "寄稿 ジョン・スミス", "ジョン・スミス [author]" },
        { "山田太郎 ワシントン特派員", "山田太郎 [author, in ワシントン, as 特派員]" },
        { "記者張海燕／台北即時報導", "張海燕 [author, in 台北, as 記者]" },
        { "編譯張海燕／綜合外電報導", "張海燕 [translator]" },
        { "의학전문기자 정하늘", "정하늘 [author, as 의학전문기자]" },
        { "長谷川 健一", "長谷川 健一 [author]" },
        // An academic and her university.
        { "김바다 한빛대 교수", "김바다 [author, @한빛대, as 교수]" },
        { "张海燕 东江大学经济学院教授", "张海燕 [author, @东江大学经济学院, as 教授]" },
    };

    [Theory]
    [MemberData(nameof(Bylines))]
    public void Parse_EastAsianShapes(string text, string expected) =>
        Assert.Equal(expected, BylineParser.Describe(BylineParser.Parse(text)));

    [Theory]
    [InlineData("정하늘 기자")]
    [InlineData("王小明 记者")]
    [InlineData("정하늘 기자 sky@webzine.example")]
    [InlineData("KBS 정하늘 기자")]
    public void Applies_EastAsianCredit(string text) => Assert.True(EastAsianCredits.Applies(text));

    [Theory]
    [InlineData("By Jane Roe")]
    [InlineData("Jane Roe 기자")]
    [InlineData("نویسنده: علی رضایی")]
    public void Applies_NotEastAsian(string text) => Assert.False(EastAsianCredits.Applies(text));

    [Theory]
    // A word that is no name, label, post, desk or outlet leaves the text to the general reader.
    [InlineData("아름다운 항구의 아침")]
    [InlineData("港口管理委员会宣布调整渡轮时刻表")]
    public void Parse_NotACredit_LeftToTheGeneralReader(string text) => Assert.Null(EastAsianCredits.Parse(text));

    [Theory]
    [InlineData("(서울=연합뉴스) 정하늘 기자 = 정부는 내년부터 항구의 여객선 시간표를 바꾼다고 밝혔다.", "정하늘 [author, @Yonhap, in 서울, as 기자]")]
    [InlineData("[서울=뉴시스]정하늘 김바다 기자 = 정부는 내년부터 항구의 여객선 시간표를 바꾼다고 밝혔다.", "정하늘 [author, @Newsis, in 서울, as 기자]; 김바다 [author, @Newsis, in 서울, as 기자]")]
    [InlineData("(워싱턴=연합뉴스) 정하늘 특파원 = 미국 정부는 항구의 여객선 시간표를 바꾼다고 밝혔다.", "정하늘 [author, @Yonhap, in 워싱턴, as 특파원]")]
    [InlineData("(서울=연합뉴스) 정부는 내년부터 항구의 여객선 시간표를 바꾼다고 밝혔다.", "Yonhap [author, org, in 서울]")]
    [InlineData("【ワシントン=山田太郎】米政府は港のフェリーの時刻表を変えると発表した。", "山田太郎 [author, in ワシントン]")]
    [InlineData("【北京共同】中国政府は港のフェリーの時刻表を変えると発表した。", "Kyodo [author, org, in 北京]")]
    [InlineData("【ワシントン山田太郎】米政府は港のフェリーの時刻表を変えると発表した。", "山田太郎 [author, in ワシントン]")]
    [InlineData("【北京・河野一郎】中国政府は港のフェリーの時刻表を変えると発表した。", "河野一郎 [author, in 北京]")]
    [InlineData("【ニューヨーク・佐藤花子】市は港のフェリーの時刻表を変えると発表した。", "佐藤花子 [author, in ニューヨーク]")]
    [InlineData("新华社北京5月1日电（记者王小明 李华）港口管理委员会1日宣布调整渡轮时刻表。", "王小明 [author, @Xinhua, in 北京, as 记者]; 李华 [author, @Xinhua, in 北京, as 记者]")]
    [InlineData("本报北京5月1日电 （记者 王小明）港口管理委员会1日宣布调整渡轮时刻表。", "王小明 [author, in 北京, as 记者]")]
    [InlineData("中新网北京5月1日电 港口管理委员会1日宣布调整渡轮时刻表。", "China News Service [author, org, in 北京]")]
    [InlineData("中新网5月1日电 港口管理委员会1日宣布调整渡轮时刻表。", "China News Service [author, org]")]
    [InlineData("本报讯（记者 王小明）港口管理委员会1日宣布调整渡轮时刻表。", "王小明 [author, as 记者]")]
    [InlineData("（记者 王小明）港口管理委员会1日宣布调整渡轮时刻表。", "王小明 [author, as 记者]")]
    [InlineData("（中央社記者王小明台北1日電）港口管理委員會1日宣布調整渡輪時刻表。", "王小明 [author, @CNA, in 台北, as 記者]")]
    [InlineData("（中央社記者王小明、李華台北1日電）港口管理委員會1日宣布調整渡輪時刻表。", "王小明 [author, @CNA, in 台北, as 記者]; 李華 [author, @CNA, in 台北, as 記者]")]
    [InlineData("（中央社台北1日電）港口管理委員會1日宣布調整渡輪時刻表。", "CNA [author, org, in 台北]")]
    [InlineData("【ニューヨーク=ジョン・スミス】米政府は港のフェリーの時刻表を変えると発表した。", "ジョン・スミス [author, in ニューヨーク]")]
    [InlineData("新华社乌鲁木齐5月1日电（记者 买买提·吐尔逊）港口管理委员会1日宣布调整渡轮时刻表。", "买买提·吐尔逊 [author, @Xinhua, in 乌鲁木齐, as 记者]")]
    [InlineData("(서울=연합뉴스) John Kim 기자 = 시의회는 화요일 여객선 터미널 건설을 승인했다.", "John Kim [author, @Yonhap, in 서울, as 기자]")]
    [InlineData("【ワシントン＝山田太郎】米政府は港のフェリーの時刻表を変えると発表した。", "山田太郎 [author, in ワシントン]")]
    [InlineData("〔記者張海燕／台北報導〕港口管理委員會宣布調整渡輪時刻表。", "張海燕 [author, in 台北, as 記者]")]
    [InlineData("記者張海燕／台北報導 港口管理委員會宣布調整渡輪時刻表。", "張海燕 [author, in 台北, as 記者]")]
    [InlineData("（中央社記者張海燕東京12日專電）港口管理委員會宣布調整渡輪時刻表。", "張海燕 [author, @CNA, in 東京, as 記者]")]
    [InlineData("[한빛데일리 김도현 기자] 시의회는 화요일 여객선 터미널 건설을 승인했다.", "김도현 [author, @한빛데일리, as 기자]")]
    [InlineData("［東京　12日　ロイター］ 政府は港のフェリーの時刻表を変えると発表した。", "Reuters [author, org, in 東京]")]
    public void Lead_WireDateline(string paragraph, string expected) =>
        Assert.Equal(expected, BylineParser.Describe(EastAsianCredits.Lead(paragraph)!));

    [Theory]
    // A picture's credit, a place in brackets with no agency, a sentence.
    [InlineData("(사진=연합뉴스) 정부는 내년부터 항구의 여객선 시간표를 바꾼다고 밝혔다.")]
    [InlineData("(자료=연합뉴스) 정부는 내년부터 항구의 여객선 시간표를 바꾼다고 밝혔다.")]
    [InlineData("(서울) 정부는 내년부터 항구의 여객선 시간표를 바꾼다고 밝혔다.")]
    [InlineData("港口管理委员会5月1日宣布调整渡轮时刻表。")]
    // A desk or a tag after a place in lenticular brackets names no one.
    [InlineData("【ソウル支局】市は港のフェリーの時刻表を変えると発表した。")]
    [InlineData("【パリ五輪特集】市は港のフェリーの時刻表を変えると発表した。")]
    [InlineData("【ワクチン接種状況】市は港のフェリーの時刻表を変えると発表した。")]
    // "Joint" is no Kyodo: "官民共同" (public and private, jointly).
    [InlineData("【官民共同】米政府は港のフェリーの時刻表を変えると発表した。")]
    [InlineData("（中美共同）港口管理委员会宣布调整渡轮时刻表。")]
    [InlineData("The harbour board (AP) agreed.")]
    [InlineData("[단독] 시의회는 화요일 여객선 터미널 건설을 승인했다.")]
    [InlineData("（图片来源：新华社）港口管理委员会1日宣布调整渡轮时刻表。")]
    [InlineData("[포토] 시의회는 화요일 여객선 터미널 건설을 승인했다.")]
    public void Lead_NoDateline(string paragraph) => Assert.Null(EastAsianCredits.Lead(paragraph));

    [Theory]
    [InlineData("…と述べた。（山田太郎）", "山田太郎 [author]")]
    [InlineData("（ニューヨーク=山田太郎）", "山田太郎 [author, in ニューヨーク]")]
    [InlineData("港口管理委员会将于下月公布新的时刻表。（记者 王小明）", "王小明 [author, as 记者]")]
    [InlineData("…と述べた。（共同）", null)]
    [InlineData("政府は新たな方針を示した（首相官邸）", null)]
    public void Closing_SignatureInBrackets(string line, string? expected) =>
        Assert.Equal(expected, EastAsianCredits.Closing(line) is { } credit ? BylineParser.Describe(credit) : null);

    [Theory]
    [InlineData("워싱턴/배수아 특파원 sea@webzine.example", "배수아 [author, in 워싱턴, as 특파원]")]
    [InlineData("[김바다 한빛대 교수] sea@webzine.example", "김바다 [author, @한빛대, as 교수]")]
    public void RoleSignature_EastAsian(string line, string expected) =>
        Assert.Equal(expected, BylineParser.Describe(BodySignatureExtractor.RoleSignature(line)!));

    [Theory]
    [InlineData("정하늘 기자", "정하늘", "기자")]
    [InlineData("记者 王小明", "王小明", "记者")]
    [InlineData("山田太郎", "山田太郎", null)]
    public void CleanPerson_MarkupNameWithPost(string value, string name, string? jobTitle)
    {
        var person = NewsModel.Internal.ContributorNames.CleanPerson(value)!;

        Assert.Equal((name, jobTitle), (person.Name, person.JobTitle));
    }

    [Fact]
    public void Parse_PageOpeningWithAWireDateline_CreditsItsWriter()
    {
        var body = string.Concat(Enumerable.Repeat("<p>항구 위원회는 화요일 저녁 평일 아침에 두 편의 여객선을 더하는 새 시간표를 승인했다. 주민들은 겨울철 대기 장소에 더 나은 쉼터를 요청했다.</p>", 4));
        var article = TestPages.Parse(
            $"<!doctype html><html lang=\"ko\"><head><title>여객선 시간표 바뀐다</title></head><body><article><h1>여객선 시간표 바뀐다</h1><p>(부산=연합뉴스) 정하늘 기자 = 항구 위원회가 새 시간표를 내놓았다. 위원회는 평일 아침 두 편을 더한다고 밝혔다.</p>{body}</article></body></html>",
            new Uri("https://news.example.kr/article/2024/05/01/ferry"));

        var writer = Assert.Single(article.Byline.Contributors);
        Assert.Equal(("정하늘", "Yonhap", "부산", "기자"), (writer.Name, writer.Organization, writer.Location, writer.JobTitle));
        Assert.Equal("body:dateline", article.SourceOf("byline")!.Source);
    }
    /// <summary>
    /// Credits under the headline (byline audit by6): linked names with the post glued after each, and a writing credit's
    /// label and mark opening a line whatever class it carries.
    /// </summary>
    [Theory]
    [InlineData("<div class=\"ArticleByline_root__r7\"><a href=\"/reporter/jeong-haneul\">정하늘 기자</a>, <a href=\"/reporter/choi-doyun\">최도윤 기자</a></div>", "정하늘 [author, as 기자]; 최도윤 [author, as 기자]")]
    [InlineData("<p class=\"ArticleHeader_credit__Zk2\">文・中村美咲 写真・小林拓海</p>", "中村美咲 [author]; 小林拓海 [photographer]")]
    public void Parse_EastAsianCreditUnderTheHeadline_Read(string credit, string expected) =>
        Assert.Equal(expected, BylineParser.Describe(TestPages.ParseFerryStory(string.Empty, credit).Byline));
}
