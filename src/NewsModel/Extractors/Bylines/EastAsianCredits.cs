namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Reads credits printed in Korean, Chinese and Japanese, where a name is one word without case and its post follows it
/// ("정하늘 기자", "王小明 记者") or is glued to it ("山田太郎記者"), several names share one post ("정하늘·김바다 기자"), a
/// label opens a credit ("글 정하늘 / 사진 김바다", "记者：王小明", "文・山田太郎"), a place is set before a name with "="
/// ("워싱턴=정하늘 특파원"), and a wire dateline opening the body names the place and the agency ("(서울=연합뉴스) 정하늘 기자 =",
/// "【ワシントン=山田太郎】", "新华社北京5月1日电（记者 王小明）").
/// </summary>
/// <remarks>Part of <see cref="BylineParser"/> and <see cref="BodySignatureExtractor"/>; stateless and thread-safe.</remarks>
internal static class EastAsianCredits
{
    private const int MaxCredit = 120;

    /// <summary>
    /// Whether a byline is written in Korean, Chinese or Japanese: it holds a letter of those scripts, and every word in the
    /// Latin script is an e-mail address, a web address, an acronym in capitals ("KBS", "AP") or an agency ("Reuters").
    /// </summary>
    public static bool Applies(string text)
    {
        if (!MayApply(text))
        {
            return false;
        }

        foreach (var word in text.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(IsLatinLetter) && !IsAddress(word) && !IsAcronym(word) && NewsAgencies.Match(word) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a text is short enough for a credit and holds a letter of these scripts: the cheap part of <see cref="Applies"/>.</summary>
    private static bool MayApply(string text) => text.Length <= MaxCredit * 2 && text.Any(IsEastAsianLetter);

    /// <summary>
    /// The contributors a byline in Korean, Chinese or Japanese credits, or null when a word in it is none this reader knows
    /// (a sentence, a word that is neither a name nor a label, a post, a desk or an outlet): then the text is left to
    /// the general reader.
    /// </summary>
    public static Byline? Parse(string text)
    {
        // Most bylines hold no letter of these scripts: they cost one look at each character.
        if (!MayApply(text))
        {
            return null;
        }

        var collapsed = Internal.TextNormalizer.Collapse(text).Replace('＝', '=');
        if (collapsed.Length is 0 or > MaxCredit || !Applies(collapsed))
        {
            return null;
        }

        string? place = null;
        string? agency = null;
        var rest = collapsed;
        var grouped = LeadingGroup(collapsed, out var inner, out var after);
        if (grouped && after.Length == 0 && inner.IndexOf('=', StringComparison.Ordinal) is > 0 and var credit
            && inner[..credit].Trim() is var given && (Labels.ContainsKey(given) || PictureWords.Contains(given)))
        {
            // "(사진=연합뉴스)": a picture's credit in brackets, as "(Photo: AP)", credits no writer.
            return Byline.Empty;
        }

        if (grouped && inner.IndexOf('=', StringComparison.Ordinal) is var equals and > 0
            && IsPlace(inner[..equals].Trim()) && Outlet(inner[(equals + 1)..].Trim()) is { } wire)
        {
            // "(서울=연합뉴스) 정하늘 기자 =": the place and the agency its writers work for.
            place = inner[..equals].Trim();
            agency = wire;
            rest = after;
        }

        var contributors = Read(Tokens(rest.TrimEnd('=', ' ')), place, agency, Script(collapsed));
        return contributors is { Count: > 0 } ? new Byline { Text = collapsed, Contributors = contributors } : null;
    }

    /// <summary>
    /// The credit a wire dateline opening the body gives, in Korean, Chinese or Japanese: "(서울=연합뉴스) 정하늘 기자 = …",
    /// "[서울=뉴시스] 정하늘 기자 = …", "【ワシントン=山田太郎】…", "【北京共同】…", "新华社北京5月1日电（记者 王小明）…"; null
    /// for anything else.
    /// </summary>
    public static Byline? Lead(string paragraph)
    {
        if (!paragraph.Take(60).Any(IsEastAsianLetter))
        {
            return null;
        }

        var lead = paragraph.TrimStart().Replace('＝', '=');
        if (LeadingGroup(lead, out var inner, out var after))
        {
            var group = lead[..(lead.Length - after.Length)];
            var equals = inner.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && !IsPlace(inner[..equals].Trim()))
            {
                // "(사진=연합뉴스)": a picture's credit.
                return null;
            }

            if (equals > 0 && Outlet(inner[(equals + 1)..].Trim()) is { } wire)
            {
                // The writers' names run to the next "=" ("정하늘 기자 ="); without one the agency alone is credited.
                var end = after.IndexOf('=', StringComparison.Ordinal);
                var names = end is > 0 and <= 40 ? after[..end] : string.Empty;
                var place = inner[..equals].Trim();
                var credited = names.Length > 0 && Applies(names) ? Read(Tokens(names), place, wire, Script(lead)) : null;

                // "(서울=연합뉴스) John Kim 기자 =": a name in Latin letters, read by the general reader.
                if (credited is null && names.Length > 0 && BylineParser.Parse(names) is { IsEmpty: false } latin && latin.Contributors.All(c => c.Kind == ContributorKind.Person))
                {
                    credited = latin.Contributors.Select(c => c with { Organization = c.Organization ?? wire, Location = c.Location ?? place }).ToList();
                }

                return Credit(group + (end > 0 ? after[..end] : string.Empty), credited is { Count: > 0 } ? credited : [Agency(wire, place)]);
            }

            if (equals > 0)
            {
                // "【ワシントン=山田太郎】": the place, then the writer.
                var credited = Read(Tokens(inner[(equals + 1)..]), inner[..equals].Trim(), null, Script(lead));
                return credited is { Count: > 0 } && credited.All(c => c.Kind == ContributorKind.Person) ? Credit(group, credited) : null;
            }

            // "【北京共同】", "【ワシントン時事】": a place glued to the agency, a place in katakana or one datelines print in
            // Han letters ("【官民共同】", "(中美共同)" are no datelines: "joint").
            for (var split = 1; split < inner.Length - 1; split++)
            {
                if (NewsAgencies.Match(inner[split..]) is { } glued && (inner[..split].All(IsKatakana) || DatelinePlaces.Contains(inner[..split])))
                {
                    return Credit(group, [Agency(glued, inner[..split])]);
                }
            }

            // "【ワシントン山田太郎】", "【北京・山田太郎】": in lenticular brackets, a place datelines print glued to the writer's
            // name or set apart by a middle dot, then a name of Han letters alone that opens with a common family name
            // ("【ソウル支局】", "【パリ五輪特集】" are a desk and a tag).
            if (group[0] == '【' && GluedPlace(inner, out var nameStart) is { } gluedPlace && inner[nameStart..] is var writer && writer.All(IsHan) && IsName(writer)
                && JapaneseSurnames.Any(f => writer.Length - f.Length is >= 1 and <= 3 && writer.StartsWith(f, StringComparison.Ordinal)))
            {
                return Credit(group, [new Contributor(writer) { Location = gluedPlace }]);
            }

            // "（中央社台北1日電）": a dispatch line in brackets; "（记者 王小明）": a post and the writers.
            if (inner.EndsWith('電') || inner.EndsWith('电'))
            {
                return WireDispatch(inner, group);
            }

            // "［東京　12日　ロイター］": a place, the day, the agency.
            var tokens = Tokens(inner);
            if (tokens.Count >= 2 && NewsAgencies.Match(tokens[^1].Word) is { } wireLast && IsPlace(tokens[0].Word)
                && tokens.Skip(1).All(t => t.Before == ' ') && tokens.Skip(1).SkipLast(1).All(t => t.Word.Any(char.IsDigit)))
            {
                return Credit(group, [Agency(wireLast, tokens[0].Word)]);
            }

            // "（记者 王小明）", "〔記者張海燕／台北報導〕", "[한빛데일리 김도현 기자]": writers with their post, and nothing this reader
            // cannot place ("[단독]", "[포토]" name no one).
            return Read(tokens, null, null, Script(lead)) is { Count: > 0 } signed && signed.All(c => c is { Kind: ContributorKind.Person, JobTitle: not null })
                ? Credit(group, signed)
                : null;
        }

        // "本报讯（记者 王小明）", "新华网讯（记者 王小明）": the paper's or an outlet's news, then the writers.
        var news = lead.IndexOfAny(['讯', '訊']);
        if (news is >= 2 and <= 8 && (OwnPaper.Contains(lead[..news]) || Outlet(lead[..news]) is not null)
            && LeadingGroup(lead[(news + 1)..].TrimStart(), out var credit, out var afterCredit)
            && Read(Tokens(credit), null, OwnPaper.Contains(lead[..news]) ? null : Outlet(lead[..news]), Script(lead)) is { Count: > 0 } reporters)
        {
            return Credit(lead[..(lead.Length - afterCredit.Length)], reporters);
        }

        // "記者張海燕／台北報導": a post and the writer, then where she reported from, opening the paragraph.
        foreach (var ending in ReportEndings)
        {
            var reported = lead.IndexOf(ending, StringComparison.Ordinal);
            if (reported is > 3 and <= 30 && GluedPosts.Any(p => lead.StartsWith(p, StringComparison.Ordinal))
                && Read(Tokens(lead[..(reported + ending.Length)]), null, null, Script(lead)) is { Count: > 0 } reporters2
                && reporters2.All(c => c is { Kind: ContributorKind.Person, JobTitle: not null }))
            {
                return Credit(lead[..(reported + ending.Length)], reporters2);
            }
        }

        return WireDispatch(lead, null);
    }

    /// <summary>
    /// The writer a Japanese or Chinese article signs at its end in brackets, after the last sentence: "（山田太郎）",
    /// "（ニューヨーク=山田太郎）", "（记者 王小明）"; persons only (a closing agency's credit, "（共同）", is not read, as a
    /// closing "(dpa)" is not). Null for anything else.
    /// </summary>
    public static Byline? Closing(string line)
    {
        var text = line.TrimEnd().Replace('＝', '=');
        if (text.Length < 4 || text[^1] is not (')' or '）'))
        {
            return null;
        }

        var open = text.LastIndexOfAny(['(', '（']);
        if (open < 0 || text.Length - open > 40 || (open > 0 && text[..open].TrimEnd() is var before && before.Length > 0 && before[^1] is not ('。' or '.' or '」' or '！' or '？')))
        {
            return null;
        }

        var inner = text[(open + 1)..^1].Trim();
        return inner.Any(IsEastAsianLetter) && Parse(inner) is { Contributors: { Count: > 0 } people } credit && people.All(c => c.Kind == ContributorKind.Person)
            ? credit with { Text = text[open..] }
            : null;
    }

    /// <summary>
    /// "新华社北京5月1日电（记者 王小明）", "中新网5月1日电", "中央社記者王小明台北1日電": a Chinese dispatch line, its agency, place
    /// and writers. <paramref name="bracketed"/> is the text of the bracket that holds the whole line, if one does.
    /// </summary>
    private static Byline? WireDispatch(string lead, string? bracketed)
    {
        var head = lead.Length > 60 ? lead[..60] : lead;
        var digit = head.IndexOfAny(Digits);
        var sent = DispatchMarks.Select(m => head.IndexOf(m, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
        if (digit < 2 || sent < digit || !head[..digit].All(c => IsEastAsianLetter(c) || c == '、'))
        {
            return null;
        }

        // The agency opens the line ("新华社", "中新网"; "本报", the paper itself), the place follows it.
        var prefix = head[..digit];
        string? agency = null;
        var placeStart = 0;
        for (var length = Math.Min(prefix.Length, 6); length >= 2 && agency is null; length--)
        {
            if (Outlet(prefix[..length]) is { } outlet)
            {
                agency = outlet;
                placeStart = length;
            }
            else if (OwnPaper.Contains(prefix[..length]))
            {
                placeStart = length;
                break;
            }
        }

        if (placeStart == 0)
        {
            return null;
        }

        var place = prefix[placeStart..];

        // "中央社記者王小明台北1日電": a post, the writer and a place the datelines print, run together; several writers
        // listed with "、" ("中央社記者王小明、李華台北1日電").
        if (GluedPosts.FirstOrDefault(p => place.StartsWith(p, StringComparison.Ordinal)) is { } gluedPost
            && DatelinePlaces.FirstOrDefault(c => place.EndsWith(c, StringComparison.Ordinal)) is { } city
            && place[gluedPost.Length..^city.Length].Split('、') is var writers && writers.All(IsName))
        {
            return Credit(bracketed ?? lead[..(sent + 2)],
                [.. writers.Select(writer => new Contributor(writer) { Organization = agency, Location = city, JobTitle = gluedPost })]);
        }

        if (place.Length > 0 && !place.All(IsEastAsianLetter))
        {
            return null;
        }

        var markLength = DispatchMarks.First(m => string.CompareOrdinal(head, sent, m, 0, m.Length) == 0).Length;
        var rest = lead[(sent + markLength)..].TrimStart();
        var credited = LeadingGroup(rest, out var inner, out var after) ? Read(Tokens(inner), place.Length > 0 ? place : null, agency, Script(lead)) : null;
        if (credited is { Count: > 0 })
        {
            return Credit(lead[..(lead.Length - after.Length)], credited);
        }

        return agency is null ? null : Credit(bracketed ?? lead[..(sent + markLength)], [Agency(agency, place.Length > 0 ? place : null)]);
    }

    /// <summary>
    /// The place that opens a text with a name glued after it, or set apart by a middle dot: the longest place datelines
    /// print, in katakana ("ワシントン", <see cref="KatakanaPlaces"/>) or in Han letters ("北京", <see cref="DatelinePlaces"/>);
    /// null when none opens it or nothing follows. <paramref name="nameStart"/> is where the name begins.
    /// </summary>
    private static string? GluedPlace(string text, out int nameStart)
    {
        var place = KatakanaPlaces.Concat(DatelinePlaces).Where(p => p.Length < text.Length && text.StartsWith(p, StringComparison.Ordinal)).MaxBy(p => p.Length);
        nameStart = place is null ? 0 : place.Length + (text[place.Length] == '・' ? 1 : 0);
        return place is not null && nameStart < text.Length ? place : null;
    }

    /// <summary>How a dispatch line ends: "sent on the day" ("日电"), "a special dispatch" ("日專電").</summary>
    private static readonly string[] DispatchMarks = ["日电", "日電", "日专电", "日專電"];

    private static Byline Credit(string text, IReadOnlyList<Contributor> contributors) =>
        new() { Text = Internal.TextNormalizer.Collapse(text), Contributors = contributors };

    private static Contributor Agency(string name, string? place) =>
        new(name, ContributorRole.Author, ContributorKind.Organization) { Location = string.IsNullOrEmpty(place) ? null : place };

    /// <summary>A bracketed group opening the text ("(서울=연합뉴스)", "【ワシントン=山田太郎】"), its inside and the text after it.</summary>
    private static bool LeadingGroup(string text, out string inner, out string after)
    {
        inner = after = string.Empty;
        var open = OpeningBrackets.IndexOf(text.Length > 0 ? text[0] : ' ', StringComparison.Ordinal);
        if (open < 0)
        {
            return false;
        }

        var close = text.IndexOf(ClosingBrackets[open], 1);
        if (close is < 3 or > 30)
        {
            return false;
        }

        inner = text[1..close].Trim();
        after = text[(close + 1)..].TrimStart();
        return inner.Length > 0;
    }

    /// <summary>The words of a credit and the mark before each: a space, a list mark, a label's colon, "=" or a break.</summary>
    private static List<(string Word, char Before)> Tokens(string text)
    {
        var tokens = new List<(string, char)>();
        var before = '/';
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : '/';
            var mark = Mark(c);
            if (mark == '\0')
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                tokens.Add((text[start..i], before));
                start = -1;
                before = ' ';
            }

            // The strongest mark between two words counts: a break over "=" over a colon over a list mark over a space.
            before = Strength(mark) > Strength(before) ? mark : before;
        }

        return tokens;

        static int Strength(char mark) => mark switch { '/' => 5, '=' => 4, ':' => 3, '·' or '・' or ',' => 2, _ => 1 };
    }

    private static char Mark(char c) => c switch
    {
        ' ' or '\u3000' or '\t' => ' ',
        ',' or '，' or '、' => ',',
        '·' or '‧' => '·',
        '・' or '･' => '・',
        ':' or '：' => ':',
        '=' or '＝' => '=',
        '/' or '／' or '|' or '｜' or '丨' or ';' or '；' or '\n' or '\r' or '(' or ')' or '（' or '）' or '[' or ']' or '［' or '］' or '【' or '】'
            or '〔' or '〕' or '<' or '>' or '《' or '》' or '〈' or '〉' => '/',
        _ => '\0',
    };

    /// <summary>
    /// Reads the words in order. A label sets the role of the names after it; a post after names is each one's title
    /// (printed once after several), a post before names theirs; an outlet or agency before a name is hers, and credited
    /// itself when no name follows; a word before "=" is where the names after it report from.
    /// </summary>
    private static List<Contributor>? Read(List<(string Word, char Before)> tokens, string? place, string? agency, Scripts script)
    {
        var people = new List<Contributor>();
        var organizations = new List<Contributor>();
        var role = ContributorRole.Author;
        string? leadTitle = null;
        string? outlet = null;
        string? reportedFrom = place;
        var untitled = new List<int>();
        var skipping = false;
        var labelled = false;
        var desks = new List<string>();

        // The person the word before named, to whom a second half of her name may belong ("山田 太郎", "ジョン・スミス").
        var named = -1;
        var placeNext = false;

        for (var i = 0; i < tokens.Count; i++)
        {
            var (raw, before) = tokens[i];
            var word = raw.Trim('.', '"', '\'', '“', '”', '‘', '’', '「', '」', '『', '』', '…', '-', '—', '~');
            var next = i + 1 < tokens.Count ? tokens[i + 1].Before : '/';

            // A break ends a credit: the role, post and outlet set in it; not right after a label ("文/王小明").
            if (before == '/' && !labelled)
            {
                CloseOutlet();
                role = ContributorRole.Author;
                leadTitle = null;
                reportedFrom = place;
                untitled.Clear();
                skipping = false;
            }

            var afterLabel = labelled;
            var afterName = named;
            labelled = false;
            named = -1;
            // Tags, buttons and counters' words ("단독", "구독자", "응원하기": a verb's noun, a button's).
            if (word.Length == 0 || IsAddress(word) || NonNames.Contains(word) || (word.Length >= 3 && word.EndsWith("하기", StringComparison.Ordinal)))
            {
                continue;
            }

            if (SkipLabels.Contains(word))
            {
                skipping = true;
                continue;
            }

            // Dates and counters, and the date and time after a date label ("입력 2024.05.01 오전 10:00").
            if ((word.Any(char.IsDigit) && Outlet(word) is null) || (skipping && TimeWords.Contains(word)))
            {
                continue;
            }

            skipping = false;
            if (placeNext)
            {
                // "发自 上海": where the names before it reported from.
                placeNext = false;
                SetPlace(word);
                continue;
            }

            if (SourceLabels.Contains(word))
            {
                // "来源：新华社": the agency's wire copy; a source of anything else credits nobody.
                if (i + 1 < tokens.Count && NewsAgencies.Match(tokens[i + 1].Word) is { } source)
                {
                    organizations.Add(new Contributor(source, ContributorRole.Author, ContributorKind.Organization));
                    i++;
                }

                skipping = true;
                continue;
            }

            if (Labels.TryGetValue(word, out var labelRole))
            {
                // Two labels joined ("글·사진", "文/图"): the writing's role, else the first one's.
                role = afterLabel && (role == ContributorRole.Author || labelRole != ContributorRole.Author) ? role : labelRole;
                labelled = next is ':' or '/' or '=' or ' ' or '·' or '・';
                continue;
            }

            if (next == '=' && i + 1 < tokens.Count && Outlet(word) is { } outletBefore)
            {
                // "[헤럴드경제=정하늘 기자]": the outlet, then its writer.
                CloseOutlet();
                outlet = outletBefore;
                continue;
            }

            if (next == '=' && i + 1 < tokens.Count && IsPlace(word))
            {
                // "워싱턴=정하늘 특파원": the place the names after it report from; "서울=연합뉴스", a place and an agency.
                reportedFrom = word;
                continue;
            }

            if (IsPost(word))
            {
                TakePost(word);
                continue;
            }

            if (Reported(word) is { } from)
            {
                // "記者王小明／台北報導", "发自上海": where the names before it reported from ("综合报道", a roundup, names no place).
                if (from.Length > 0)
                {
                    SetPlace(from);
                }
                else
                {
                    placeNext = ReportLeads.Contains(word);
                }

                continue;
            }

            if (Stationed(word) is var (station, stationPost))
            {
                // "本报驻东京记者 王小明", "ワシントン支局 山田太郎", "ニューヨーク支局長 山田太郎": where the writer named next is
                // posted; after names, theirs ("山田太郎 ワシントン特派員").
                if (untitled.Count > 0 && stationPost is not null)
                {
                    ForUntitled(p => p with { Location = p.Location ?? station });
                    TakePost(stationPost);
                    continue;
                }

                untitled.Clear();
                reportedFrom = station;
                if (stationPost is not null)
                {
                    TakePost(stationPost);
                }

                continue;
            }

            if (IsDesk(word))
            {
                // A desk signing alone is credited as the newsroom ("편집국"), beside a name it is only where she works.
                desks.Add(word);
                continue;
            }

            if (OutletPost(word) is var (postOutlet, post))
            {
                // "新华社记者 王小明": the agency's reporter; after names, theirs ("张海燕 东江大学经济学院教授").
                if (untitled.Count > 0)
                {
                    ForUntitled(p => p with { Organization = p.Organization ?? postOutlet });
                    TakePost(post);
                    continue;
                }

                CloseOutlet();
                outlet = postOutlet;
                TakePost(post);
                continue;
            }

            if (next == '/' && i + 1 < tokens.Count && !IsName(word) && word.All(c => IsHangul(c) || IsKatakana(c)) && word.Length >= 2
                && Glued(tokens[i + 1].Word, out _, out _, out _, out _))
            {
                // "워싱턴/배수아 특파원": the place, a slash, the writer.
                reportedFrom = word;
                labelled = true;
                continue;
            }

            if (Outlet(word) is { } printedOutlet)
            {
                CloseOutlet();
                outlet = printedOutlet;
                continue;
            }

            if (word.All(IsHiragana))
            {
                // A given name in hiragana after the family name ("山田 はるか"); else a reading ("（やまだ たろう）").
                if (afterName >= 0 && word.Length is >= 2 and <= 4 && SecondHalf(people[afterName].Name, word, before, script) is { } kanaJoined)
                {
                    people[afterName] = people[afterName] with { Name = kanaJoined };
                }

                continue;
            }

            // "정하늘·김바다 기자" and "山田太郎記者": one name, and a post or a label glued to its either side.
            if (!Glued(word, out var gluedOutlet, out var lead, out var name, out var suffix))
            {
                return null;
            }

            if (gluedOutlet is not null)
            {
                CloseOutlet();
                outlet = Outlet(gluedOutlet);
            }

            if (lead is not null && Labels.TryGetValue(lead, out var gluedRole))
            {
                role = gluedRole;
            }
            else if (lead is not null)
            {
                // "记者王小明 李华": the post glued before the name is hers and the next names'.
                untitled.Clear();
                TakePost(lead);
            }

            // The second half of a name: "山田 太郎" (a Japanese name with a space), "ジョン・スミス", "买买提·吐尔逊".
            if (afterName >= 0 && lead is null && gluedOutlet is null && SecondHalf(people[afterName].Name, name, before, script) is { } joined)
            {
                people[afterName] = people[afterName] with { Name = joined };
                named = suffix is null ? afterName : -1;
            }
            else if (!people.Any(p => p.Name == name))
            {
                var organization = outlet ?? agency;
                people.Add(new Contributor(name, role) { JobTitle = leadTitle, Organization = organization, Location = reportedFrom });
                if (outlet is not null)
                {
                    outlet = string.Empty;
                }

                if (leadTitle is null)
                {
                    untitled.Add(people.Count - 1);
                }

                named = suffix is null ? people.Count - 1 : -1;
            }

            if (suffix is not null)
            {
                TakePost(suffix);
            }
        }

        CloseOutlet();
        if (people.Count > 0)
        {
            return people;
        }

        return organizations.Count > 0
            ? organizations.Select(o => o with { Location = o.Location ?? place }).ToList()
            : desks.Distinct(StringComparer.Ordinal).Select(d => new Contributor(d, ContributorRole.Author, ContributorKind.Organization)).ToList();

        void TakePost(string post)
        {
            var title = post.StartsWith("本", StringComparison.Ordinal) && post.Length > 2 ? post[2..] : post;

            // "김바다 한빛대 교수": a university's short name ("…대") between a name and an academic post is her organization.
            if (AcademicPosts.Contains(title) && untitled.Count >= 2 && untitled[^1] == people.Count - 1 && people[^1].Name is { Length: >= 3 } school
                && school.EndsWith('대'))
            {
                people[untitled[^2]] = people[untitled[^2]] with { Organization = people[untitled[^2]].Organization ?? school };
                people.RemoveAt(people.Count - 1);
                untitled.RemoveAt(untitled.Count - 1);
            }

            if (untitled.Count > 0)
            {
                ForUntitled(p => p with { JobTitle = title });
                untitled.Clear();
            }
            else
            {
                leadTitle = title;
            }
        }

        // The names read since the last post, which a post, a posting or an employer printed after them describes.
        void ForUntitled(Func<Contributor, Contributor> describe)
        {
            foreach (var index in untitled)
            {
                people[index] = describe(people[index]);
            }
        }

        void SetPlace(string where)
        {
            for (var p = 0; p < people.Count; p++)
            {
                people[p] = people[p].Location is null ? people[p] with { Location = where } : people[p];
            }
        }

        // An outlet no name took is credited itself ("연합뉴스" alone); one a name took has been spent.
        void CloseOutlet()
        {
            if (!string.IsNullOrEmpty(outlet) && !organizations.Any(o => o.Name == outlet))
            {
                organizations.Add(new Contributor(outlet, role, ContributorKind.Organization) { Location = reportedFrom });
            }

            outlet = null;
        }
    }

    /// <summary>
    /// Splits a word into a name and what may be glued to it: a label or post before it ("记者王小明", "本报记者王小明"),
    /// an outlet before that ("新华社记者王小明"), a post after it ("山田太郎記者", "정하늘기자"). False when no name is left.
    /// </summary>
    private static bool Glued(string word, out string? outlet, out string? lead, out string name, out string? suffix)
    {
        outlet = lead = suffix = null;
        name = word;
        if (PostAfter(word, IsName) is var (named, post))
        {
            suffix = post;
            name = named;
            return true;
        }

        // A post glued before is read before the whole word ("记者王小明" is five letters, as long as a name may be); a label
        // after it, and only of two letters or more: "文在寅" is a name, not "文" (text) and "在寅".
        if (GluedBefore(word, GluedPosts, out outlet, out lead, out name))
        {
            return true;
        }

        // A label of two letters or more before a name ("編譯張海燕"), read before the whole word, as a glued post is.
        if (GluedBefore(word, Labels.Keys.Where(l => l.Length > 1), out outlet, out lead, out name))
        {
            return true;
        }

        name = word;
        return IsName(word);

        // "记者王小明", and after the paper itself ("本报记者王小明") or an outlet ("新华社记者王小明").
        static bool GluedBefore(string word, IEnumerable<string> leads, out string? outlet, out string? lead, out string name)
        {
            foreach (var label in leads)
            {
                var at = word.IndexOf(label, StringComparison.Ordinal);
                if (at >= 0 && word.Length > at + label.Length + 1 && IsName(word[(at + label.Length)..])
                    && (at == 0 || OwnPaper.Contains(word[..at]) || Outlet(word[..at]) is not null))
                {
                    outlet = at > 0 && !OwnPaper.Contains(word[..at]) ? word[..at] : null;
                    lead = label;
                    name = word[(at + label.Length)..];
                    return true;
                }
            }

            outlet = lead = null;
            name = word;
            return false;
        }
    }

    /// <summary>
    /// The place in "台北報導", "北京报道" ("reporting from Taipei"), "发自上海" ("sent from Shanghai"); an empty text for a
    /// report word that names no place ("综合报道", a roundup; "发自" alone, the place after it); null for any other word.
    /// </summary>
    private static string? Reported(string word)
    {
        if (ReportLeads.Contains(word) || NoPlaceReports.Contains(word))
        {
            return string.Empty;
        }

        foreach (var lead in ReportLeads)
        {
            if (word.Length > lead.Length + 1 && word.StartsWith(lead, StringComparison.Ordinal) && word[lead.Length..].All(IsEastAsianLetter))
            {
                return word[lead.Length..];
            }
        }

        foreach (var ending in ReportEndings)
        {
            if (word.Length > ending.Length + 1 && word.Length <= ending.Length + 6 && word.EndsWith(ending, StringComparison.Ordinal)
                && word[..^ending.Length].All(IsEastAsianLetter))
            {
                // "台北即時報導": the place before the report's kind; "綜合外電報導": a roundup of wires, from no place.
                var where = word[..^ending.Length];
                foreach (var kind in NoPlaceWords)
                {
                    where = where.StartsWith(kind, StringComparison.Ordinal) ? string.Empty : where.EndsWith(kind, StringComparison.Ordinal) ? where[..^kind.Length] : where;
                }

                return where.Length < 2 ? string.Empty : where;
            }
        }

        return null;
    }

    private static readonly string[] ReportEndings = ["報導", "报道", "報道"];

    private static readonly HashSet<string> ReportLeads = new(StringComparer.Ordinal) { "发自", "發自", "来自", "來自" };

    private static readonly HashSet<string> NoPlaceReports = new(StringComparer.Ordinal) { "报道", "報導", "報道" };

    /// <summary>Words before 报道 that say what kind of report it is, not where from ("综合报道", "即時報導").</summary>
    private static readonly HashSet<string> NoPlaceWords = new(StringComparer.Ordinal)
    {
        "综合", "綜合", "即时", "即時", "外电", "外電", "联合", "聯合", "特别", "特別", "独家", "獨家", "深度", "专题", "專題", "现场", "現場", "连线", "連線", "系列", "追踪", "追蹤",
    };

    /// <summary>
    /// Where a writer is posted: "驻东京" before a post ("本报驻东京记者": Tokyo, 记者), a bureau's place ("ワシントン支局"), or a
    /// bureau chief's ("ニューヨーク支局長": New York, 支局長). Null for any other word.
    /// </summary>
    private static (string Place, string? Post)? Stationed(string word)
    {
        var rest = word.Length > 2 && OwnPaper.Contains(word[..2]) ? word[2..] : word;
        if (rest.Length > 2 && rest[0] is '驻' or '駐')
        {
            var post = GluedPosts.FirstOrDefault(p => rest.Length > p.Length + 2 && rest.EndsWith(p, StringComparison.Ordinal));
            var where = post is null ? rest[1..] : rest[1..^post.Length];
            return where.All(IsEastAsianLetter) && where.Length <= 6 ? (where, post) : null;
        }

        // "ワシントン特派員", "北京特派員": a place in katakana, or one datelines print, glued before the post.
        if (PostAfter(word, at => at.All(IsKatakana) || DatelinePlaces.Contains(at)) is { } placed)
        {
            return placed;
        }

        foreach (var bureau in Bureaus)
        {
            if (word.Length > bureau.Length + 1 && word.EndsWith(bureau, StringComparison.Ordinal) && word[..^bureau.Length] is var place
                && place.Length <= 8 && place.All(IsEastAsianLetter))
            {
                return (place, bureau.EndsWith('長') ? bureau : null);
            }
        }

        return null;
    }

    private static readonly string[] Bureaus = ["支局長", "総局長", "支社長", "支局", "総局", "支社", "지국장", "지국"];

    /// <summary>An outlet and a post glued together ("新华社记者", Xinhua's reporter), or null.</summary>
    private static (string Outlet, string Post)? OutletPost(string word)
    {
        return PostAfter(word, at => Outlet(at) is not null) is var (printed, post) ? (Outlet(printed)!, post) : null;
    }

    /// <summary>A word that ends with a glued post (<see cref="GluedPosts"/>), the words before it passing <paramref name="before"/>: those words and the post.</summary>
    private static (string Before, string Post)? PostAfter(string word, Func<string, bool> before)
    {
        foreach (var post in GluedPosts)
        {
            if (word.Length > post.Length + 1 && word.EndsWith(post, StringComparison.Ordinal) && before(word[..^post.Length]))
            {
                return (word[..^post.Length], post);
            }
        }

        return null;
    }

    /// <summary>
    /// A person's name in one word without case (<see cref="PersonNames.IsOneWordFullName"/>) that is no label, post, desk
    /// or outlet, nor in hiragana alone; in Hangul two or three syllables opening with a Korean surname, or three or four
    /// opening with a surname of two.
    /// </summary>
    private static bool IsName(string word)
    {
        if (!PersonNames.IsOneWordFullName(word) || Labels.ContainsKey(word) || SkipLabels.Contains(word) || IsPost(word) || IsDesk(word)
            || Outlet(word) is not null || OwnPaper.Contains(word))
        {
            return false;
        }

        // Korean names are two or three syllables, four after a surname of two ("남궁민수").
        return !word.All(IsHiragana) && (!word.Any(IsHangul)
            || (word.All(IsHangul) && ((word.Length is 2 or 3 && KoreanSurnames.Contains(word[..1]))
                || (word.Length is 3 or 4 && KoreanSurnames.Contains(word[..2])))));
    }

    /// <summary>Whether the word before "=" may be a place: no label ("사진=연합뉴스" credits a picture) nor a name of what was given ("자료", "제공").</summary>
    private static bool IsPlace(string word) =>
        word.Length > 0 && word.All(IsEastAsianLetter) && !Labels.ContainsKey(word) && !SkipLabels.Contains(word) && !SourceLabels.Contains(word)
        && !PictureWords.Contains(word);

    /// <summary>
    /// Whether a word is a post: a known one, after the paper's own ("本报记者"), or one ending with a post after words that
    /// are no name ("의학전문기자", medical reporter; "정하늘기자" is a name and a post).
    /// </summary>
    private static bool IsPost(string word) =>
        (BylineVocabulary.JournalistPosts.Contains(word) && word.Any(IsEastAsianLetter)) || MorePosts.Contains(word)
        || (word.Length > 2 && OwnPaper.Contains(word[..2]) && IsPost(word[2..]))
        || (word.All(IsHangul) && word.Length >= 4 && CompoundPostEndings.FirstOrDefault(p => word.Length > p.Length + 1 && word.EndsWith(p, StringComparison.Ordinal)) is { } ending
            && !IsName(word[..^ending.Length]) && !IsDesk(word[..^ending.Length]));

    private static readonly HashSet<string> AcademicPosts = new(StringComparer.Ordinal) { "교수", "부교수", "조교수", "명예교수", "연구위원", "선임연구위원", "연구원" };

    private static readonly string[] CompoundPostEndings = ["전문기자", "기자", "위원", "특파원"];

    /// <summary>
    /// Whether a writing credit's label and its mark open the text ("文・中村美咲 写真・小林拓海", "글=정하늘", "撰文：王小明"): a
    /// credit line whatever class its element carries.
    /// </summary>
    internal static bool OpensWithWritingLabel(string text)
    {
        var mark = text.AsSpan().IndexOfAny("・:：=／/");
        return mark is > 0 and <= 4 && mark + 1 < text.Length && IsEastAsianLetter(text[mark + 1])
            && Labels.TryGetValue(text[..mark].Trim(), out var role) && role == ContributorRole.Author;
    }

    /// <summary>
    /// A newsroom's desk or department, which signs like a person: a known desk ("사회부", "编辑部"), a Korean one of four
    /// syllables or more ending as one ("디지털뉴스팀") or a team of three ("이슈팀"), a Chinese or Japanese one ending with 部,
    /// 编辑室 or 中心 ("デジタル編集部", "政治中心").
    /// </summary>
    internal static bool IsDesk(string word) =>
        NewsroomUnits.Contains(word)
        || (word.Length >= 4 && word.All(IsHangul) && (word.EndsWith('부') || word.EndsWith('국') || word.EndsWith('팀')))
        || (word.Length == 3 && word.All(IsHangul) && word.EndsWith('팀'))
        || (word.Length >= 3 && !word.Any(IsHangul) && (word.EndsWith('部') || word.EndsWith("编辑室", StringComparison.Ordinal) || word.EndsWith("中心", StringComparison.Ordinal)));

    /// <summary>An agency by any of its names ("연합뉴스" is Yonhap), else a printed outlet's name as printed ("아시아경제", "KBS", "人民日报").</summary>
    private static string? Outlet(string word)
    {
        if (NewsAgencies.Match(word) is { } agency)
        {
            return agency;
        }

        if (IsAcronym(word) && !MorePosts.Contains(word))
        {
            return word;
        }

        return KnownOutlets.Contains(word)
            || (word.Length >= 3 && word.All(IsEastAsianLetter) && InstitutionEndings.Any(e => word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal)))
            || (word.Length >= 3 && word.All(c => IsEastAsianLetter(c) || char.IsDigit(c)) && OutletEndings.Any(e => word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal)))
            ? word
            : null;
    }

    /// <summary>What the letters of a credit tell of its language.</summary>
    [Flags]
    private enum Scripts
    {
        None = 0,

        /// <summary>Kana: Japanese.</summary>
        Kana = 1,

        /// <summary>Hangul: Korean.</summary>
        Hangul = 2,

        /// <summary>A letter only simplified Chinese writes so ("记", "华", "张"): Chinese, not Japanese.</summary>
        Simplified = 4,
    }

    private static Scripts Script(string text)
    {
        var script = Scripts.None;
        foreach (var c in text)
        {
            script |= IsHiragana(c) || IsKatakana(c) ? Scripts.Kana : IsHangul(c) ? Scripts.Hangul : SimplifiedLetters.Contains(c, StringComparison.Ordinal) ? Scripts.Simplified : Scripts.None;
        }

        return script;
    }

    /// <summary>
    /// The whole name when <paramref name="second"/> is the second half of <paramref name="first"/>: a Japanese given name
    /// after the family name and a space, five letters at most without kana ("山田 太郎", "長谷川 健一", "佐々木 花子", "山田
    /// はるか"; in a credit with letters only simplified Chinese writes so, or with Hangul, two names: "王明 李华"), or a foreign name's parts joined by a middle dot ("ジョン・スミス" in katakana, "买买提·吐尔逊" in Han letters
    /// without Hangul; "정하늘·김바다" is two names).
    /// </summary>
    private static string? SecondHalf(string first, string second, char mark, Scripts script)
    {
        if (first.Contains(' ', StringComparison.Ordinal) || first.Contains('・', StringComparison.Ordinal) || first.Contains('·', StringComparison.Ordinal))
        {
            return null;
        }

        if (mark == ' ' && (script & (Scripts.Hangul | Scripts.Simplified)) == 0 && first.All(IsJapaneseNameLetter) && second.All(IsJapaneseNameLetter)
            && (first.Length + second.Length <= 5 || first.Contains('々', StringComparison.Ordinal) || (script & Scripts.Kana) != 0) && first.Length <= 3 && second.Length <= 4)
        {
            return first + " " + second;
        }

        if (mark == '・' && first.All(IsKatakana) && second.All(IsKatakana))
        {
            return first + "・" + second;
        }

        return mark == '·' && (script & Scripts.Hangul) == 0 && first.All(IsHan) && second.All(IsHan) ? first + "·" + second : null;

        static bool IsJapaneseNameLetter(char c) => IsHan(c) || c == '々' || IsHiragana(c);
    }

    private static bool IsHiragana(char c) => c is >= '\u3041' and <= '\u309F';

    private static bool IsKatakana(char c) => c is >= '\u30A1' and <= '\u30FA' or 'ー';

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    private static bool IsEastAsianLetter(char c) => IsHangul(c) || IsHan(c) || c is >= '\u3040' and <= '\u30FF' and not '・' || c is >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F';

    private static bool IsLatinLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));

    private static bool IsAddress(string word) =>
        word.Contains('@', StringComparison.Ordinal) || word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static bool IsAcronym(string word)
    {
        var trimmed = word.Trim('.', ',', '(', ')', '[', ']', '【', '】', '（', '）');
        return trimmed.Length is >= 2 and <= 6 && trimmed.All(c => c is >= 'A' and <= 'Z' or >= '0' and <= '9') && trimmed.Any(c => c is >= 'A' and <= 'Z');
    }

    private static readonly char[] WordBreaks = [' ', '\u3000', '\t', '\n', '\r', ',', '，', '、', '·', '‧', '・', ':', '：', '=', '＝', '/', '／', '|', '｜', '丨', ';', '；', '(', ')', '（', '）', '[', ']', '【', '】'];

    private static readonly char[] Digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '１', '２', '３', '４', '５', '６', '７', '８', '９'];

    private const string OpeningBrackets = "([【（〔［<《";

    private const string ClosingBrackets = ")]】）〕］>》";

    /// <summary>A label and the role of the names after it: "글" and "文" (text), "사진" and "摄影" (photographs), "编辑" (editing), ….</summary>
    private static readonly Dictionary<string, ContributorRole> Labels = new(StringComparer.Ordinal)
    {
        ["글"] = ContributorRole.Author, ["글쓴이"] = ContributorRole.Author, ["필자"] = ContributorRole.Author, ["저자"] = ContributorRole.Author,
        ["취재"] = ContributorRole.Author, ["기고"] = ContributorRole.Author,
        ["文"] = ContributorRole.Author, ["文字"] = ContributorRole.Author, ["撰文"] = ContributorRole.Author, ["作者"] = ContributorRole.Author,
        ["采写"] = ContributorRole.Author, ["采访"] = ContributorRole.Author, ["執筆"] = ContributorRole.Author, ["筆者"] = ContributorRole.Author,
        ["著者"] = ContributorRole.Author, ["取材"] = ContributorRole.Author, ["取材・文"] = ContributorRole.Author, ["文責"] = ContributorRole.Author,
        ["사진"] = ContributorRole.Photographer, ["촬영"] = ContributorRole.Photographer, ["图"] = ContributorRole.Photographer,
        ["图片"] = ContributorRole.Photographer, ["圖"] = ContributorRole.Photographer, ["圖片"] = ContributorRole.Photographer,
        ["摄影"] = ContributorRole.Photographer, ["攝影"] = ContributorRole.Photographer, ["写真"] = ContributorRole.Photographer,
        ["撮影"] = ContributorRole.Photographer,
        ["편집"] = ContributorRole.Editor, ["编辑"] = ContributorRole.Editor, ["編輯"] = ContributorRole.Editor, ["责任编辑"] = ContributorRole.Editor,
        ["責任編輯"] = ContributorRole.Editor, ["责编"] = ContributorRole.Editor, ["編集"] = ContributorRole.Editor, ["审核"] = ContributorRole.Editor,
        ["審核"] = ContributorRole.Editor, ["校对"] = ContributorRole.Editor, ["校對"] = ContributorRole.Editor, ["监制"] = ContributorRole.Editor,
        ["번역"] = ContributorRole.Translator, ["翻译"] = ContributorRole.Translator, ["翻譯"] = ContributorRole.Translator,
        ["翻訳"] = ContributorRole.Translator, ["译"] = ContributorRole.Translator, ["譯"] = ContributorRole.Translator, ["訳"] = ContributorRole.Translator,
        ["그래픽"] = ContributorRole.Illustrator, ["일러스트"] = ContributorRole.Illustrator, ["插图"] = ContributorRole.Illustrator,
        ["制图"] = ContributorRole.Illustrator, ["製圖"] = ContributorRole.Illustrator, ["イラスト"] = ContributorRole.Illustrator,
        ["영상"] = ContributorRole.Producer, ["视频"] = ContributorRole.Producer, ["視頻"] = ContributorRole.Producer, ["映像"] = ContributorRole.Producer,
        ["图文"] = ContributorRole.Author, ["圖文"] = ContributorRole.Author, ["撰稿"] = ContributorRole.Author, ["採訪"] = ContributorRole.Author,
        ["聞き手"] = ContributorRole.Author, ["정리"] = ContributorRole.Editor, ["整理"] = ContributorRole.Editor, ["構成"] = ContributorRole.Editor,
        ["策划"] = ContributorRole.Producer, ["策劃"] = ContributorRole.Producer, ["진행"] = ContributorRole.Producer, ["대담"] = ContributorRole.Contributor,
        ["编译"] = ContributorRole.Translator, ["編譯"] = ContributorRole.Translator, ["寄稿"] = ContributorRole.Author,
        ["譯者"] = ContributorRole.Translator, ["译者"] = ContributorRole.Translator, ["訳者"] = ContributorRole.Translator,
    };

    /// <summary>Labels whose value is no contributor: when a piece was posted or changed, how often it was read.</summary>
    private static readonly HashSet<string> SkipLabels = new(StringComparer.Ordinal)
    {
        "입력", "수정", "승인", "등록", "기사입력", "최종수정", "업데이트", "송고", "게재", "발행", "조회", "조회수", "댓글",
        "发布", "发布时间", "發布", "發佈", "发表", "發表", "更新", "时间", "時間", "日期", "浏览", "瀏覽", "阅读", "閱讀", "点击", "字号",
        "配信", "更新日", "公開", "公開日", "掲載", "投稿日",
    };

    /// <summary>Labels of a source: an agency after one is credited ("来源：新华社"), anything else is a source of data or pictures.</summary>
    private static readonly HashSet<string> SourceLabels = new(StringComparer.Ordinal) { "来源", "來源", "출처", "出典", "出处", "出處", "消息来源" };

    /// <summary>Words before "=" in a picture's credit ("자료=연합뉴스", "사진제공=KBS").</summary>
    private static readonly HashSet<string> PictureWords = new(StringComparer.Ordinal)
    {
        "자료", "자료사진", "제공", "사진제공", "이미지", "화면", "캡처", "화면캡처", "그림", "표", "도표", "그래프", "인포그래픽", "资料", "資料", "图表",
    };

    /// <summary>Posts beyond <see cref="BylineVocabulary.JournalistPosts"/> that Korean, Chinese and Japanese bylines print.</summary>
    private static readonly HashSet<string> MorePosts = new(StringComparer.Ordinal)
    {
        "대기자", "수습기자", "인턴기자", "사진기자", "영상기자", "취재기자", "기상캐스터", "앵커", "리포터", "PD", "객원논설위원", "논설실장", "주필",
        "부장", "차장", "국장", "팀장", "편집장", "편집국장", "논설주간", "경제전문기자", "전문기자", "기자단",
        "교수", "부교수", "조교수", "명예교수", "연구위원", "선임연구위원", "연구원", "원장", "소장", "변호사", "의사", "작가", "평론가",
        "教授", "副教授", "研究员", "研究員", "准教授", "講師", "讲师", "律师", "律師", "作家", "評論家", "评论家",
        "主任记者", "主任記者", "高级记者", "高級記者", "资深记者", "資深記者", "特约评论员", "特約評論員", "主编", "主編", "副主编", "总编辑", "總編輯",
        "见习记者", "實習記者", "实习记者", "特约记者", "特約記者", "首席记者", "首席記者", "通讯员", "通訊員", "实习生", "實習生", "主笔", "主筆", "评论员",
        "编委", "編集委員", "論説委員", "支局長", "編集長", "ライター", "カメラマン", "ジャーナリスト", "解説委員",
    };

    /// <summary>Posts printed glued to a name, longest first ("山田太郎記者", "정하늘기자", "记者王小明").</summary>
    private static readonly string[] GluedPosts =
        ["특파원", "선임기자", "기자", "通讯员", "通訊員", "特派员", "特派員", "编辑", "記者", "记者", "編集委員", "論説委員", "교수", "教授", "연구위원", "研究员", "研究員"];

    /// <summary>The paper itself, before a post ("本报记者", our reporter) or a dispatch's place ("本报北京5月1日电").</summary>
    private static readonly HashSet<string> OwnPaper = new(StringComparer.Ordinal) { "本报", "本報", "本刊", "本台", "本网", "本網", "本社", "本紙" };

    /// <summary>How outlets' names end: "뉴스", "일보", "신문", "日报", "新聞", "通信", ….</summary>
    private static readonly string[] OutletEndings =
    [
        "뉴스", "일보", "신문", "방송", "통신", "경제", "저널", "타임즈", "투데이", "데일리", "미디어", "닷컴", "뉴스1",
        "新闻", "新聞", "日报", "日報", "晚报", "晚報", "时报", "時報", "周刊", "週刊", "新闻网", "通信社", "通讯社", "电视台", "電視台", "放送",
        "网", "網", "报", "報",
    ];

    /// <summary>How a university's or an institute's name ends: its writer's organization ("东江大学经济学院", "한빛대학교").</summary>
    private static readonly string[] InstitutionEndings = ["大学", "大學", "学院", "學院", "研究所", "研究院", "研究センター", "대학교", "연구원", "연구소", "대학원"];

    /// <summary>Outlets whose names end as no other outlet's do ("한겨레", "财新").</summary>
    private static readonly HashSet<string> KnownOutlets = new(StringComparer.Ordinal)
    {
        "한겨레", "프레시안", "시사인", "연합뉴스TV", "财新", "澎湃", "南方周末", "界面", "端传媒", "端傳媒", "聯合報", "自由時報", "產經", "産経",
    };

    /// <summary>
    /// Words that sit in a byline and credit nobody: tags ("단독", exclusive; "快讯", newsflash), sharing buttons
    /// ("페이스북", "공유"), a section's name ("오피니언").
    /// </summary>
    private static readonly HashSet<string> NonNames = new(StringComparer.Ordinal)
    {
        "단독", "속보", "종합", "특종", "긴급", "온라인", "디지털", "구독", "구독하기", "공유", "공유하기", "댓글", "페이스북", "트위터", "카카오톡", "카카오스토리",
        "스크랩", "인쇄", "좋아요", "구독자", "응원", "추천", "공감", "목록", "팔로우", "팔로워", "팔로잉", "후원", "기사", "오피니언", "칼럼", "사설", "인터뷰", "전문", "다른기사", "기자의", "기사보기", "이메일", "메일", "보내기",
        "快讯", "快訊", "独家", "獨家", "速报", "速報", "重磅", "原创", "原創", "专稿", "專稿", "视点", "评论", "評論", "分享", "收藏", "打印", "微信", "微博",
        "独占", "特集", "共有", "ツイート", "シェア", "印刷",
    };

    /// <summary>Words of a date or a time after a date label ("오전", a.m.; "下午", p.m.).</summary>
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "오전", "오후", "上午", "下午", "午前", "午後", "AM", "PM", "am", "pm",
    };

    /// <summary>Places wire datelines print in Han letters before a glued agency ("【北京共同】") or after a writer ("中央社記者王小明台北1日電").</summary>
    private static readonly HashSet<string> DatelinePlaces = new(StringComparer.Ordinal)
    {
        "北京", "上海", "台北", "臺北", "香港", "広州", "广州", "廣州", "瀋陽", "沈阳", "大連", "大连", "平壌", "平壤", "重慶", "重庆", "天津", "南京", "武漢", "武汉",
        "西安", "成都", "深圳", "青島", "青岛", "高雄", "台中", "臺中", "台南", "臺南", "新北", "桃園", "新竹", "基隆", "嘉義", "花蓮", "宜蘭", "屏東", "澳門", "澳门",
        "東京", "东京", "大阪", "首爾", "首尔", "華盛頓", "华盛顿", "紐約", "纽约", "倫敦", "伦敦", "巴黎", "柏林", "莫斯科", "日內瓦", "日内瓦", "布魯塞爾", "布鲁塞尔",
    };

    /// <summary>Places abroad Japanese datelines print in katakana before a writer's name ("【ワシントン山田太郎】").</summary>
    private static readonly HashSet<string> KatakanaPlaces = new(StringComparer.Ordinal)
    {
        "ワシントン", "ニューヨーク", "ロサンゼルス", "サンフランシスコ", "シリコンバレー", "シカゴ", "ヒューストン", "ホノルル", "トロント", "バンクーバー",
        "オタワ", "メキシコ市", "サンパウロ", "リオデジャネイロ", "ブエノスアイレス", "ロンドン", "パリ", "ベルリン", "ブリュッセル", "ジュネーブ", "ウィーン",
        "ローマ", "マドリード", "アムステルダム", "ストックホルム", "ワルシャワ", "モスクワ", "キーウ", "キエフ", "イスタンブール", "アンカラ", "テヘラン",
        "エルサレム", "テルアビブ", "カイロ", "ドバイ", "リヤド", "バグダッド", "ベイルート", "ナイロビ", "ヨハネスブルク", "ニューデリー", "ムンバイ",
        "イスラマバード", "カブール", "バンコク", "ハノイ", "ホーチミン", "ヤンゴン", "ジャカルタ", "マニラ", "シンガポール", "クアラルンプール", "ソウル",
        "ウランバートル", "シドニー", "キャンベラ",
    };

    /// <summary>
    /// Common Japanese family names: a name glued after a dateline's place opens with one ("【ワシントン山田太郎】"), where a
    /// desk or a tag would read as a name.
    /// </summary>
    private static readonly string[] JapaneseSurnames =
    [
        "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "渡邊", "渡邉", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "斉藤", "齋藤",
        "清水", "山崎", "森", "池田", "橋本", "阿部", "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤", "村上", "遠藤", "青木", "坂本", "福田", "太田",
        "西村", "藤井", "金子", "岡本", "藤原", "中野", "三浦", "原田", "中川", "松田", "竹内", "小野", "田村", "中山", "和田", "石田", "森田", "上田", "原", "内田", "柴田", "酒井", "宮崎",
        "横山", "高木", "安藤", "宮本", "大野", "小島", "谷口", "今井", "工藤", "高田", "増田", "丸山", "杉山", "村田", "大塚", "新井", "小山", "平野", "藤本", "河野", "上野", "野口", "武田",
        "松井", "千葉", "岩崎", "菅原", "木下", "久保", "佐野", "野村", "松尾", "市川", "菊地", "菊池", "杉本", "古川", "大西", "島田", "水野", "桜井", "高野", "渡部", "吉川", "山内", "西田",
        "飯田", "西川", "小松", "北村", "安田", "五十嵐", "川口", "平田", "関", "中田", "久保田", "服部", "東", "岩田", "土屋", "川崎", "福島", "本田", "辻", "樋口", "秋山", "田口", "永井",
        "山中", "中西", "吉村", "川上", "石原", "大橋", "松岡", "馬場", "浅野", "荒木", "大久保", "野田", "小沢", "田辺", "川村", "星野", "黒田", "堀", "尾崎", "望月", "永田", "熊谷", "内藤",
        "松村", "西山", "大谷", "平井", "大島", "岩本", "片山", "本間", "早川", "横田", "岡崎", "荒井", "大石", "鎌田", "成田", "宮田", "小田", "石橋", "篠原", "須藤", "河合", "大川", "坂口",
        "北川", "松下", "吉岡", "小池", "宮下", "植田", "津田", "堀内", "浜田", "浜口", "西尾", "奥村", "松浦", "松原", "中谷", "井口", "桑原", "野崎", "岡", "大森", "竹田", "吉野", "木内",
        "今村", "芦田", "米田", "大竹", "堀江", "石塚", "沢田", "澤田", "杉田", "長田", "白石", "上原", "福井", "細川", "佐久間", "足立", "小西", "水谷", "小倉", "岸", "梅田", "藤川", "首藤",
    ];

    /// <summary>Letters only simplified Chinese writes so (Japanese and traditional Chinese write 記, 華, 張, …).</summary>
    private const string SimplifiedLetters = "记编辑报讯华张刘陈杨赵吴孙马郑谢韩冯邓许蒋贾钟谭邹陆顾龙钱汤贺赖龚东时门们这现实网论评员习责发图丽伟军红涛强鹏辉宁飞刚杰";

    private static readonly HashSet<string> NewsroomUnits = new(StringComparer.Ordinal)
    {
        "사회부", "정치부", "경제부", "국제부", "문화부", "체육부", "산업부", "편집부", "편집국", "보도국", "보도부", "사진부", "연예부", "생활부",
        "과학부", "전국부", "취재팀", "뉴스팀", "기획팀", "온라인팀", "편집팀", "뉴스부", "编辑部", "編輯部", "编辑室", "編集部",
    };

    /// <summary>Korean surnames of one syllable and of two ("남궁", "제갈").</summary>
    private static readonly HashSet<string> KoreanSurnames = new(StringComparer.Ordinal)
    {
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "유", "전", "홍", "고",
        "문", "양", "손", "배", "백", "허", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "나", "진", "지", "엄", "채", "원",
        "천", "방", "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위", "표", "명", "기", "반", "라",
        "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어", "은", "편", "용", "예", "경", "봉", "사", "부", "가", "복", "태", "목",
        "형", "계", "피", "두", "감", "음", "빈", "동", "온", "호", "범", "좌", "팽", "승", "간", "상", "갈", "단", "견", "당", "화", "창", "옹",
        "황보", "남궁", "제갈", "선우", "독고", "사공", "서문", "동방", "어금",
    };
}
