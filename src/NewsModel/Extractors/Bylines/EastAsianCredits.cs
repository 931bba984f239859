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
    /// Latin script is an e-mail address, a web address or an acronym in capitals ("KBS", "AP").
    /// </summary>
    public static bool Applies(string text)
    {
        if (text.Length > MaxCredit * 2 || !text.Any(IsEastAsianLetter))
        {
            return false;
        }

        foreach (var word in text.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Any(IsLatinLetter) && !IsAddress(word) && !IsAcronym(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The contributors a byline in Korean, Chinese or Japanese credits, or null when a word in it is none this reader knows
    /// (a sentence, a word that is neither a name nor a label, a post, a desk or an outlet): then the text is left to
    /// the general reader.
    /// </summary>
    public static Byline? Parse(string text)
    {
        var collapsed = Internal.TextNormalizer.Collapse(text);
        if (collapsed.Length is 0 or > MaxCredit || !Applies(collapsed))
        {
            return null;
        }

        string? place = null;
        string? agency = null;
        var rest = collapsed;
        if (LeadingGroup(collapsed, out var inner, out var after) && inner.IndexOf('=', StringComparison.Ordinal) is var equals and > 0
            && IsPlace(inner[..equals].Trim()) && Outlet(inner[(equals + 1)..].Trim()) is { } wire)
        {
            // "(서울=연합뉴스) 정하늘 기자 =": the place and the agency its writers work for.
            place = inner[..equals].Trim();
            agency = wire;
            rest = after;
        }

        var contributors = Read(Tokens(rest.TrimEnd('=', ' ')), place, agency, Kana(collapsed));
        return contributors is { Count: > 0 } ? new Byline { Text = collapsed, Contributors = contributors } : null;
    }

    /// <summary>
    /// The credit a wire dateline opening the body gives, in Korean, Chinese or Japanese: "(서울=연합뉴스) 정하늘 기자 = …",
    /// "[서울=뉴시스] 정하늘 기자 = …", "【ワシントン=山田太郎】…", "【北京共同】…", "新华社北京5月1日电（记者 王小明）…"; null
    /// for anything else.
    /// </summary>
    public static Byline? Lead(string paragraph)
    {
        var lead = paragraph.TrimStart();
        if (lead.Length == 0 || !lead.Take(60).Any(IsEastAsianLetter))
        {
            return null;
        }

        if (LeadingGroup(lead, out var inner, out var after))
        {
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
                var credited = names.Length > 0 && Applies(names) ? Read(Tokens(names), place, wire, Kana(names)) : null;
                return Credit(lead[..(lead.Length - after.Length + Math.Max(end, 0))], credited is { Count: > 0 } ? credited : [Agency(wire, place)]);
            }

            if (equals > 0)
            {
                // "【ワシントン=山田太郎】": the place, then the writer.
                var credited = Read(Tokens(inner[(equals + 1)..]), inner[..equals].Trim(), null, kana: true);
                return credited is { Count: > 0 } && credited.All(c => c.Kind == ContributorKind.Person) ? Credit(lead[..(lead.Length - after.Length)], credited) : null;
            }

            // "【北京共同】", "【ワシントン時事】": a place glued to the agency.
            for (var split = 1; split < inner.Length - 1; split++)
            {
                if (NewsAgencies.Match(inner[split..]) is { } glued && inner[..split].All(IsEastAsianLetter))
                {
                    return Credit(lead[..(lead.Length - after.Length)], [Agency(glued, inner[..split])]);
                }
            }

            return null;
        }

        return WireDispatch(lead);
    }

    /// <summary>"新华社北京5月1日电（记者 王小明）", "本报北京5月1日电 记者王小明": a Chinese dispatch line, its agency, place and writers.</summary>
    private static Byline? WireDispatch(string lead)
    {
        var head = lead.Length > 60 ? lead[..60] : lead;
        var digit = head.IndexOfAny(Digits);
        var sent = head.IndexOf("日电", StringComparison.Ordinal) is var simplified and > 0 ? simplified : head.IndexOf("日電", StringComparison.Ordinal);
        if (digit < 2 || sent < digit || !head[..digit].All(IsEastAsianLetter))
        {
            return null;
        }

        // The agency opens the line ("新华社", "中新网"; "本报", the paper itself), the place follows it.
        var prefix = head[..digit];
        string? agency = null;
        var placeStart = 0;
        for (var length = Math.Min(prefix.Length - 1, 6); length >= 2 && agency is null; length--)
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
        var rest = lead[(sent + 2)..].TrimStart();
        var credited = LeadingGroup(rest, out var inner, out var after) ? Read(Tokens(inner), place, agency, kana: false) : null;
        if (credited is { Count: > 0 })
        {
            return Credit(lead[..(lead.Length - after.Length)], credited);
        }

        return agency is null ? null : Credit(lead[..(sent + 2)], [Agency(agency, place)]);
    }

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

        static int Strength(char mark) => mark switch { '/' => 5, '=' => 4, ':' => 3, '·' => 2, ',' => 2, _ => 1 };
    }

    private static char Mark(char c) => c switch
    {
        ' ' or '\u3000' or '\t' => ' ',
        ',' or '，' or '、' => ',',
        '·' or '・' or '･' => '·',
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
    private static List<Contributor>? Read(List<(string Word, char Before)> tokens, string? place, string? agency, bool kana)
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

            labelled = false;
            if (word.Length == 0 || IsAddress(word))
            {
                continue;
            }

            if (SkipLabels.Contains(word))
            {
                skipping = true;
                continue;
            }

            // Dates and counters, and what follows a date label ("입력 2024.05.01 10:00") up to the next label.
            if ((skipping && !Labels.ContainsKey(word)) || (word.Any(char.IsDigit) && Outlet(word) is null))
            {
                continue;
            }

            skipping = false;

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
                role = labelRole;
                labelled = next is ':' or '/' or '=' or ' ' or '·';
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
                // "記者王小明／台北報導": where the names before it reported from.
                for (var p = 0; p < people.Count; p++)
                {
                    people[p] = people[p].Location is null ? people[p] with { Location = from } : people[p];
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
                // "新华社记者 王小明": the agency's reporter.
                CloseOutlet();
                outlet = postOutlet;
                untitled.Clear();
                TakePost(post);
                continue;
            }

            if (Outlet(word) is { } printedOutlet)
            {
                CloseOutlet();
                outlet = printedOutlet;
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

            // A Japanese name may be printed with a space between family and given name ("山田 太郎").
            if (kana && before == ' ' && people.Count > 0 && untitled.Count > 0 && untitled[^1] == people.Count - 1
                && people[^1].Name.Length <= 3 && name.Length <= 4 && !people[^1].Name.Contains(' ', StringComparison.Ordinal))
            {
                people[^1] = people[^1] with { Name = people[^1].Name + " " + name };
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
            if (untitled.Count > 0)
            {
                foreach (var index in untitled)
                {
                    people[index] = people[index] with { JobTitle = title };
                }

                untitled.Clear();
            }
            else
            {
                leadTitle = title;
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
        foreach (var post in GluedPosts)
        {
            if (word.Length > post.Length + 1 && word.EndsWith(post, StringComparison.Ordinal) && IsName(word[..^post.Length]))
            {
                suffix = post;
                name = word[..^post.Length];
                return true;
            }
        }

        // A post glued before is read before the whole word ("记者王小明" is five letters, as long as a name may be); a label
        // after it, and only of two letters or more: "文在寅" is a name, not "文" (text) and "在寅".
        if (GluedBefore(word, GluedPosts, out outlet, out lead, out name))
        {
            return true;
        }

        name = word;
        return IsName(word) || GluedBefore(word, Labels.Keys.Where(l => l.Length > 1), out outlet, out lead, out name);

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

    /// <summary>The place in "台北報導", "北京报道" ("reporting from Taipei"), or null.</summary>
    private static string? Reported(string word)
    {
        foreach (var ending in ReportEndings)
        {
            if (word.Length > ending.Length + 1 && word.Length <= ending.Length + 6 && word.EndsWith(ending, StringComparison.Ordinal)
                && word[..^ending.Length].All(IsEastAsianLetter))
            {
                return word[..^ending.Length];
            }
        }

        return null;
    }

    private static readonly string[] ReportEndings = ["報導", "报道", "報道"];

    /// <summary>An outlet and a post glued together ("新华社记者", Xinhua's reporter), or null.</summary>
    private static (string Outlet, string Post)? OutletPost(string word)
    {
        foreach (var post in GluedPosts)
        {
            if (word.Length > post.Length + 1 && word.EndsWith(post, StringComparison.Ordinal) && Outlet(word[..^post.Length]) is { } outlet)
            {
                return (outlet, post);
            }
        }

        return null;
    }

    /// <summary>
    /// A person's name in one word without case (<see cref="PersonNames.IsOneWordFullName"/>) that is no label, post, desk
    /// or outlet; in Hangul two to four syllables opening with a Korean surname.
    /// </summary>
    private static bool IsName(string word)
    {
        if (!PersonNames.IsOneWordFullName(word) || Labels.ContainsKey(word) || SkipLabels.Contains(word) || IsPost(word) || IsDesk(word)
            || Outlet(word) is not null || OwnPaper.Contains(word))
        {
            return false;
        }

        return !word.Any(IsHangul)
            || (word.Length is >= 2 and <= 4 && word.All(IsHangul)
                && (KoreanSurnames.Contains(word[..1]) || (word.Length >= 3 && KoreanSurnames.Contains(word[..2]))));
    }

    /// <summary>Whether the word before "=" may be a place: no label ("사진=연합뉴스" credits a picture) nor a name of what was given ("자료", "제공").</summary>
    private static bool IsPlace(string word) =>
        word.Length > 0 && word.All(IsEastAsianLetter) && !Labels.ContainsKey(word) && !SkipLabels.Contains(word) && !SourceLabels.Contains(word)
        && !PictureWords.Contains(word);

    private static bool IsPost(string word) =>
        (BylineVocabulary.JournalistPosts.Contains(word) && word.Any(IsEastAsianLetter)) || MorePosts.Contains(word)
        || (word.Length > 2 && OwnPaper.Contains(word[..2]) && IsPost(word[2..]));

    /// <summary>A Korean newsroom's desk or department ("사회부", "편집국", "디지털뉴스팀"), which signs like a person: a known desk, or four syllables or more ending as one.</summary>
    internal static bool IsDesk(string word) =>
        NewsroomUnits.Contains(word) || (word.Length >= 4 && word.All(IsHangul) && (word.EndsWith('부') || word.EndsWith('국') || word.EndsWith('팀')));

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

        return word.Length >= 3 && word.All(c => IsEastAsianLetter(c) || char.IsDigit(c)) && OutletEndings.Any(e => word.Length > e.Length && word.EndsWith(e, StringComparison.Ordinal))
            ? word
            : null;
    }

    private static bool Kana(string text) => text.Any(c => c is >= '\u3040' and <= '\u30FF' and not '・' and not 'ー');

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

    private static readonly char[] WordBreaks = [' ', '\u3000', '\t', '\n', '\r', ',', '，', '、', '·', '・', ':', '：', '=', '＝', '/', '／', '|', '｜', '丨', ';', '；', '(', ')', '（', '）', '[', ']', '【', '】'];

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
        "见习记者", "實習記者", "实习记者", "特约记者", "特約記者", "首席记者", "首席記者", "通讯员", "通訊員", "实习生", "實習生", "主笔", "主筆", "评论员",
        "编委", "編集委員", "論説委員", "支局長", "編集長", "ライター", "カメラマン", "ジャーナリスト", "解説委員",
    };

    /// <summary>Posts printed glued to a name, longest first ("山田太郎記者", "정하늘기자", "记者王小明").</summary>
    private static readonly string[] GluedPosts =
        ["특파원", "선임기자", "기자", "通讯员", "通訊員", "特派员", "特派員", "编辑", "記者", "记者", "編集委員", "論説委員"];

    /// <summary>The paper itself, before a post ("本报记者", our reporter) or a dispatch's place ("本报北京5月1日电").</summary>
    private static readonly HashSet<string> OwnPaper = new(StringComparer.Ordinal) { "本报", "本報", "本刊", "本台", "本网", "本網", "本社", "本紙" };

    /// <summary>How outlets' names end: "뉴스", "일보", "신문", "日报", "新聞", "通信", ….</summary>
    private static readonly string[] OutletEndings =
    [
        "뉴스", "일보", "신문", "방송", "통신", "경제", "저널", "타임즈", "투데이", "데일리", "미디어", "닷컴", "뉴스1",
        "新闻", "新聞", "日报", "日報", "晚报", "晚報", "时报", "時報", "周刊", "週刊", "新闻网", "通信社", "通讯社", "电视台", "電視台", "放送",
    ];

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
