using System.Collections.Frozen;

namespace NewsModel.Extractors.Bylines;

/// <summary>The words and phrases byline parsing recognises, in the languages we meet. Data only.</summary>
internal static class BylineVocabulary
{
    /// <summary>Prefixes that introduce contributors, longest first so that "additional reporting by" wins over "by".</summary>
    public static readonly (string Prefix, ContributorRole Role)[] RolePrefixes = Sort(
        ("additional reporting by", ContributorRole.Contributor),
        ("with reporting by", ContributorRole.Contributor),
        ("with additional reporting by", ContributorRole.Contributor),
        ("additional reporting from", ContributorRole.Contributor),
        ("with contributions from", ContributorRole.Contributor),
        ("contributions by", ContributorRole.Contributor),
        ("contributed by", ContributorRole.Contributor),
        ("reporting by", ContributorRole.Reporter),
        ("reported by", ContributorRole.Reporter),
        ("reporting:", ContributorRole.Reporter),
        ("writing by", ContributorRole.Author),
        ("written by", ContributorRole.Author),
        ("words by", ContributorRole.Author),
        ("story by", ContributorRole.Author),
        ("text by", ContributorRole.Author),
        ("compiled by", ContributorRole.Author),
        ("interview by", ContributorRole.Author),
        ("posted by", ContributorRole.Author),
        ("submitted by", ContributorRole.Author),
        ("gespeichert von", ContributorRole.Author),
        ("ein artikel von", ContributorRole.Author),
        ("text und fotos von", ContributorRole.Author),
        ("text und foto von", ContributorRole.Author),
        ("text von", ContributorRole.Author),
        ("texte von", ContributorRole.Author),
        ("artikel von", ContributorRole.Author),
        ("geschrieben von", ContributorRole.Author),
        ("verfasst von", ContributorRole.Author),
        ("erstellt von", ContributorRole.Author),
        ("ein gastbeitrag von", ContributorRole.Author),
        ("gastbeitrag von", ContributorRole.Author),
        ("ein beitrag von", ContributorRole.Author),
        ("beitrag von", ContributorRole.Author),
        ("vom", ContributorRole.Author),
        ("escrito por", ContributorRole.Author),
        ("publicado por", ContributorRole.Author),
        ("écrit par", ContributorRole.Author),
        ("scritto da", ContributorRole.Author),
        ("editing by", ContributorRole.Editor),
        ("edited by", ContributorRole.Editor),
        ("editor:", ContributorRole.Editor),
        ("redaktion:", ContributorRole.Editor),
        ("redakcja:", ContributorRole.Editor),
        ("photographs by", ContributorRole.Photographer),
        ("photography by", ContributorRole.Photographer),
        ("photos by", ContributorRole.Photographer),
        ("photo by", ContributorRole.Photographer),
        ("pictures by", ContributorRole.Photographer),
        ("photos:", ContributorRole.Photographer),
        ("pictures:", ContributorRole.Photographer),
        ("photographer:", ContributorRole.Photographer),
        ("photography:", ContributorRole.Photographer),
        ("fotograf:", ContributorRole.Photographer),
        ("words:", ContributorRole.Author),
        ("photo:", ContributorRole.Photographer),
        ("fotos:", ContributorRole.Photographer),
        ("fotos von", ContributorRole.Photographer),
        ("foto von", ContributorRole.Photographer),
        ("foto:", ContributorRole.Photographer),
        ("zdjęcia:", ContributorRole.Photographer),
        ("фото:", ContributorRole.Photographer),
        ("translated by", ContributorRole.Translator),
        ("translation by", ContributorRole.Translator),
        ("translation:", ContributorRole.Translator),
        ("übersetzung:", ContributorRole.Translator),
        ("übersetzung von", ContributorRole.Translator),
        ("übersetzt von", ContributorRole.Translator),
        ("übersetzung", ContributorRole.Translator),
        ("traduction :", ContributorRole.Translator),
        ("traduction:", ContributorRole.Translator),
        ("traducción:", ContributorRole.Translator),
        ("illustrations by", ContributorRole.Illustrator),
        ("illustration by", ContributorRole.Illustrator),
        ("graphics by", ContributorRole.Illustrator),
        ("illustration:", ContributorRole.Illustrator),
        ("illustrationen von", ContributorRole.Illustrator),
        ("illustration von", ContributorRole.Illustrator),
        ("produced by", ContributorRole.Producer),
        ("production by", ContributorRole.Producer),
        ("video by", ContributorRole.Producer),
        ("by:", ContributorRole.Author),
        ("by", ContributorRole.Author),
        ("von", ContributorRole.Author),
        ("par", ContributorRole.Author),
        ("por", ContributorRole.Author),
        ("di", ContributorRole.Author),
        ("door", ContributorRole.Author),
        ("av", ContributorRole.Author),
        ("af", ContributorRole.Author),
        ("autor:", ContributorRole.Author),
        ("autorka:", ContributorRole.Author),
        ("autorica:", ContributorRole.Author),
        ("autore:", ContributorRole.Author),
        ("autori:", ContributorRole.Author),
        ("autoři:", ContributorRole.Author),
        ("autorzy:", ContributorRole.Author),
        ("yazan:", ContributorRole.Author),
        ("yazanlar:", ContributorRole.Author),
        ("نوشته:", ContributorRole.Author),
        ("autors:", ContributorRole.Author),
        ("autorius:", ContributorRole.Author),
        ("szerző:", ContributorRole.Author),
        ("tekijä:", ContributorRole.Author),
        ("autorin:", ContributorRole.Author),
        ("autoren:", ContributorRole.Author),
        ("autoren", ContributorRole.Author),
        ("autor", ContributorRole.Author),
        ("author:", ContributorRole.Author),
        ("authors:", ContributorRole.Author),
        ("auteur(s) :", ContributorRole.Author),
        ("auteur(s):", ContributorRole.Author),
        ("author(s):", ContributorRole.Author),
        ("autor(es):", ContributorRole.Author),
        ("autor(en):", ContributorRole.Author),
        ("auteur :", ContributorRole.Author),
        ("auteur:", ContributorRole.Author),
        ("tekst:", ContributorRole.Author),
        ("text:", ContributorRole.Author),
        ("texte :", ContributorRole.Author),
        ("texte:", ContributorRole.Author),
        ("texto:", ContributorRole.Author),
        ("texto de", ContributorRole.Author),
        ("textos de", ContributorRole.Author),
        ("testo:", ContributorRole.Author),
        ("yazar:", ContributorRole.Author),
        ("haber:", ContributorRole.Reporter),
        ("автор:", ContributorRole.Author),
        ("текст:", ContributorRole.Author),
        ("авторы:", ContributorRole.Author),
        ("авторы", ContributorRole.Author),
        ("автор", ContributorRole.Author),
        ("автори", ContributorRole.Author),
        ("نویسنده:", ContributorRole.Author),
        ("نویسنده", ContributorRole.Author),
        ("به قلم", ContributorRole.Author),
        ("بقلم:", ContributorRole.Author),
        ("بقلم", ContributorRole.Author),
        ("كتب:", ContributorRole.Author),
        ("كتبه:", ContributorRole.Author),
        ("كتبته:", ContributorRole.Author),
        ("كتبه", ContributorRole.Author),
        ("كتبته", ContributorRole.Author),
        ("a cura di", ContributorRole.Author),

        // Indonesian and Malay: "Penulis: …", "Oleh: …", "Pewarta: …" (Antara's reporter); "Oleh" without its colon is
        // as often the Ukrainian given name ("Oleh Sukhov").
        // Hungarian, Finnish, Vietnamese, Thai, Serbian and Croatian, Hindi and Hebrew writing credits: "Írta:", "Kirjoittanut",
        // "Bởi", "โดย", "Аутор:", "Piše:", "लेखक:", "כתבו:".
        ("írta:", ContributorRole.Author),
        ("szerkesztette:", ContributorRole.Editor),
        ("kirjoittanut", ContributorRole.Author),
        ("teksti:", ContributorRole.Author),
        ("kuvat:", ContributorRole.Photographer),
        ("kuva:", ContributorRole.Photographer),
        ("bởi", ContributorRole.Author),
        ("tác giả:", ContributorRole.Author),
        ("โดย", ContributorRole.Author),
        ("аутор:", ContributorRole.Author),
        ("пише:", ContributorRole.Author),
        ("piše:", ContributorRole.Author),
        ("लेखक:", ContributorRole.Author),
        ("रिपोर्ट:", ContributorRole.Reporter),
        ("संपादन:", ContributorRole.Editor),
        ("संपादक:", ContributorRole.Editor),
        ("toimetaja:", ContributorRole.Editor),
        ("toimittaja:", ContributorRole.Author),
        ("כתבו:", ContributorRole.Author),
        ("כתב:", ContributorRole.Author),
        ("beeld:", ContributorRole.Photographer),
        ("penulis:", ContributorRole.Author),
        ("penulis", ContributorRole.Author),
        // Lithuanian: text, illustrations, photos.
        ("tekstas:", ContributorRole.Author),
        ("iliustracijos:", ContributorRole.Illustrator),
        ("iliustracija:", ContributorRole.Illustrator),
        ("nuotraukos:", ContributorRole.Photographer),
        ("nuotrauka:", ContributorRole.Photographer),
        ("oleh:", ContributorRole.Author),
        ("pewarta:", ContributorRole.Reporter),
        ("wartawan:", ContributorRole.Reporter),

        // Greek bylines name the writer in the genitive after its article ("Του Νίκου Αλεξίου", "Της Μαρίας Κωνσταντίνου"):
        // the article is the credit word.
        ("του", ContributorRole.Author),
        ("της", ContributorRole.Author),
        ("των", ContributorRole.Author),
        ("取材・文：", ContributorRole.Author),
        ("文：", ContributorRole.Author),
        ("文:", ContributorRole.Author),
        ("写真：", ContributorRole.Photographer),
        ("写真:", ContributorRole.Photographer),
        ("글:", ContributorRole.Author),
        ("사진:", ContributorRole.Photographer),
        ("كتبت:", ContributorRole.Author),
        ("كتب", ContributorRole.Author),
        ("كتبت", ContributorRole.Author),
        // The other roles' credits in the languages we meet ("Фото:", "Переклад:", "Fot.", "Foto di", "ترجمه:", "تصوير:").
        ("propos recueillis par", ContributorRole.Author),
        ("text and photos by", ContributorRole.Author),
        ("text and photos:", ContributorRole.Author),
        ("texte et photos :", ContributorRole.Author),
        ("texte et photos:", ContributorRole.Author),
        ("texto y fotos:", ContributorRole.Author),
        ("texto y fotos de", ContributorRole.Author),
        ("texto e fotos de", ContributorRole.Author),
        ("texte et photos de", ContributorRole.Author),
        ("testo e foto di", ContributorRole.Author),
        ("texto e fotos:", ContributorRole.Author),
        ("testo e foto:", ContributorRole.Author),
        ("tekst i zdjęcia:", ContributorRole.Author),
        ("текст и фото:", ContributorRole.Author),
        ("текст і фото:", ContributorRole.Author),
        ("testo di", ContributorRole.Author),
        ("servizio di", ContributorRole.Reporter),
        ("derleyen:", ContributorRole.Author),
        ("hazırlayan:", ContributorRole.Author),
        ("підготувала", ContributorRole.Author),
        ("підготував", ContributorRole.Author),
        ("підготували", ContributorRole.Author),
        ("подготовила", ContributorRole.Author),
        ("подготовил", ContributorRole.Author),
        ("подготовили", ContributorRole.Author),
        ("mitarbeit:", ContributorRole.Contributor),
        ("spolupracoval:", ContributorRole.Contributor),
        ("spolupracovala:", ContributorRole.Contributor),
        ("spolupracovali:", ContributorRole.Contributor),
        ("colaborou:", ContributorRole.Contributor),
        ("colaboró:", ContributorRole.Contributor),
        ("collaborazione di", ContributorRole.Contributor),
        ("opracowanie:", ContributorRole.Author),
        ("oprac.:", ContributorRole.Author),
        ("oprac.", ContributorRole.Author),
        ("интервью:", ContributorRole.Author),
        ("беседовала", ContributorRole.Author),
        ("беседовал", ContributorRole.Author),
        ("записала", ContributorRole.Author),
        ("записал", ContributorRole.Author),
        ("автори:", ContributorRole.Author),
        ("авторка:", ContributorRole.Author),
        ("مصاحبه:", ContributorRole.Author),
        ("گفتگو:", ContributorRole.Author),
        ("گفت‌وگو:", ContributorRole.Author),
        ("מאת:", ContributorRole.Author),
        ("מאת", ContributorRole.Author),
        ("כתבה:", ContributorRole.Author),
        ("צילום:", ContributorRole.Photographer),
        ("עריכה:", ContributorRole.Editor),
        ("תרגום:", ContributorRole.Translator),
        ("إعداد:", ContributorRole.Author),
        ("اعداد:", ContributorRole.Author),
        ("reportagem:", ContributorRole.Reporter),
        ("reportaje:", ContributorRole.Reporter),
        ("muhabir:", ContributorRole.Reporter),
        ("خبرنگار:", ContributorRole.Reporter),
        ("خبرنگاران:", ContributorRole.Reporter),
        ("نویسندگان:", ContributorRole.Author),
        ("گزارش:", ContributorRole.Reporter),
        ("گزارش از", ContributorRole.Reporter),
        ("تقرير:", ContributorRole.Reporter),
        ("edición:", ContributorRole.Editor),
        ("edição:", ContributorRole.Editor),
        ("redattore:", ContributorRole.Editor),
        ("редактор:", ContributorRole.Editor),
        ("editör:", ContributorRole.Editor),
        ("ویراستار:", ContributorRole.Editor),
        ("دبیر:", ContributorRole.Editor),
        ("eindredactie:", ContributorRole.Editor),
        ("redactie:", ContributorRole.Editor),
        ("redakce:", ContributorRole.Editor),
        ("redaktör:", ContributorRole.Editor),
        ("redaktor:", ContributorRole.Editor),
        ("редакторка:", ContributorRole.Editor),
        ("редагування:", ContributorRole.Editor),
        ("éditeur:", ContributorRole.Editor),
        ("édition:", ContributorRole.Editor),
        ("تحرير:", ContributorRole.Editor),
        ("photos :", ContributorRole.Photographer),
        ("photo :", ContributorRole.Photographer),
        ("foto di", ContributorRole.Photographer),
        ("fotos de", ContributorRole.Photographer),
        ("fotografia de", ContributorRole.Photographer),
        ("fotografias de", ContributorRole.Photographer),
        ("fotografía de", ContributorRole.Photographer),
        ("fotografías de", ContributorRole.Photographer),
        ("foto de", ContributorRole.Photographer),
        ("fot.", ContributorRole.Photographer),
        ("fotoğraf:", ContributorRole.Photographer),
        ("fotografía:", ContributorRole.Photographer),
        ("fotografías:", ContributorRole.Photographer),
        ("fotografia:", ContributorRole.Photographer),
        ("fotografias:", ContributorRole.Photographer),
        ("fotografie:", ContributorRole.Photographer),
        ("foto's:", ContributorRole.Photographer),
        ("ilustração:", ContributorRole.Illustrator),
        ("ilustrações:", ContributorRole.Illustrator),
        ("ilustración:", ContributorRole.Illustrator),
        ("ilustraciones:", ContributorRole.Illustrator),
        ("illustrazione:", ContributorRole.Illustrator),
        ("illustrazioni:", ContributorRole.Illustrator),
        ("illustrazioni di", ContributorRole.Illustrator),
        ("illustrazione di", ContributorRole.Illustrator),
        ("illustratie:", ContributorRole.Illustrator),
        ("illustraties:", ContributorRole.Illustrator),
        ("fotoğraflar:", ContributorRole.Photographer),
        ("عکس:", ContributorRole.Photographer),
        ("عکاس:", ContributorRole.Photographer),
        ("تصوير:", ContributorRole.Photographer),
        ("traduit par", ContributorRole.Translator),
        ("traduzione:", ContributorRole.Translator),
        ("traduzione di", ContributorRole.Translator),
        ("tradotto da", ContributorRole.Translator),
        ("traducción de", ContributorRole.Translator),
        ("traducido por", ContributorRole.Translator),
        ("tradução:", ContributorRole.Translator),
        ("tradução de", ContributorRole.Translator),
        ("tłumaczenie:", ContributorRole.Translator),
        ("перевод:", ContributorRole.Translator),
        ("переклад:", ContributorRole.Translator),
        ("çeviri:", ContributorRole.Translator),
        ("çeviren:", ContributorRole.Translator),
        ("ترجمه:", ContributorRole.Translator),
        ("مترجم:", ContributorRole.Translator),
        ("ترجمة:", ContributorRole.Translator));

    /// <summary>
    /// Credit labels that two-word labels join ("Text & Foto:", "Haber ve Fotoğraf:", "متن و عکس:", "Текст, фото:"), with the
    /// role each gives: the writing's is the credit's, else the first one's.
    /// </summary>
    public static readonly FrozenDictionary<string, ContributorRole> JointLabelWords = new Dictionary<string, ContributorRole>(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = ContributorRole.Author, ["texte"] = ContributorRole.Author, ["texto"] = ContributorRole.Author, ["testo"] = ContributorRole.Author,
        ["tekst"] = ContributorRole.Author, ["текст"] = ContributorRole.Author, ["words"] = ContributorRole.Author, ["haber"] = ContributorRole.Reporter,
        ["متن"] = ContributorRole.Author, ["گزارش"] = ContributorRole.Reporter, ["كتابة"] = ContributorRole.Author, ["نص"] = ContributorRole.Author,
        ["foto"] = ContributorRole.Photographer, ["fotos"] = ContributorRole.Photographer, ["photo"] = ContributorRole.Photographer,
        ["photos"] = ContributorRole.Photographer, ["fotografie"] = ContributorRole.Photographer, ["fotografía"] = ContributorRole.Photographer,
        ["fotoğraf"] = ContributorRole.Photographer, ["zdjęcia"] = ContributorRole.Photographer, ["фото"] = ContributorRole.Photographer,
        ["عکس"] = ContributorRole.Photographer, ["تصوير"] = ContributorRole.Photographer, ["video"] = ContributorRole.Producer,
        ["bilder"] = ContributorRole.Photographer, ["bild"] = ContributorRole.Photographer,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>First words of a phrase naming the piece before its credit ("Eine Analyse von", "A commentary by", "Im Gespräch von").</summary>
    public static readonly HashSet<string> CreditPhraseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "ein", "eine", "einen", "im", "un", "une", "uno", "una", "el", "il", "lo", "een",
    };

    /// <summary>The word that introduces the writer after such a phrase.</summary>
    public static readonly HashSet<string> CreditWords = new(StringComparer.OrdinalIgnoreCase) { "by", "von", "par", "por", "di", "da", "de", "door", "av" };

    /// <summary>Words that join names in a list ("A and B").</summary>
    public static readonly string[] Conjunctions = [" and ", " & ", " und ", " et ", " y ", " e ", " i ", " og ", " och ", " en ", " ve ", " и ", " і ", " й ", " та ", " oraz ", " și ", " و ", " και ", " ו ", " with ", " mit ", " avec ", " con ", " com "];

    /// <summary>
    /// Words that join names only as printed in small letters, since capitalised they open a name ("Dan Brown"): Malay and
    /// Indonesian "dan", Vietnamese "và", Hungarian "és", Finnish "ja", Thai "และ". The parser reads them as "and".
    /// </summary>
    public static readonly string[] LowercaseConjunctions = [" dan ", " và ", " és ", " ja ", " และ "];

    /// <summary>Last words of collective credits: "Times Staff", "Editorial Board", "Web Desk".</summary>
    public static readonly HashSet<string> CollectiveWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "desk", "board", "newsroom", "team", "redaktion", "rédaction", "redacción", "redazione", "redakcja", "redação", "agencies",
        "agencias", "agenzie", "agencje", "agenturen", "bureau", "correspondent", "correspondents", "reporters", "writers", "editors", "editorial",
        "staffers", "wires", "agences", "редакция", "sekretariat", "secretariat", "secrétariat", "pressestelle", "geschäftsstelle", "reports",
        "merkezi", "masası", "редакція", "redactie", "redaktionen", "redaksjonen",
        // Urdu and Hindi "desk" ("ویب ڈیسک", "نیوز ڈیسک", "न्यूज़ डेस्क").
        "ڈیسک", "डेस्क",
    };

    /// <summary>
    /// Names in Arabic and Hebrew script that open with the letter those languages glue "and" with (و, ו): a word so opening
    /// is the next name only when it is none of these (see <see cref="BylineText"/>).
    /// </summary>
    public static readonly HashSet<string> GluedAndNames = new(StringComparer.Ordinal)
    {
        "وليد", "وائل", "وفاء", "وسام", "وجدي", "وحيد", "وداد", "ولاء", "وئام", "وديع", "وضاح", "وهيب", "وصفي", "وسيم", "وجيه", "وردة", "وفيق",
        "وهبة", "وجدان", "وعد", "وليم", "وهاب", "واصف", "وصال", "وحيدة", "وفيقة", "وسيلة", "ولید", "وحید", "وهاب", "وارطان", "وديعة", "ونس",
        "وائلة", "واثق", "واعظ", "وكيل", "والي", "وزير", "وهبي", "ورداني", "وافي", "وفائي", "وحیدی", "وکیلی", "واعظی", "وثوقی", "ورد",
        "ورد", "ורד", "ויקטור", "ולדימיר", "ולרי", "ואדים", "ויולט", "ונסה", "ולנטינה", "וליד", "וואליד", "ויקי", "וילנאי", "וייס", "וולף",
        "ויס", "ויינברג", "וקנין", "ויצמן", "וגנר", "ולך", "ורדי", "וכטל",
    };

    /// <summary>Words newspapers are named with ("Times", "Gazette"): before "Staff" they make a collective credit, not a name.</summary>
    public static readonly HashSet<string> PublicationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "times", "post", "news", "herald", "gazette", "tribune", "journal", "star", "globe", "telegraph", "chronicle", "courier", "press",
        "daily", "express", "mail", "observer", "independent", "record", "register", "inquirer", "examiner", "standard", "bulletin",
        "sentinel", "dispatch", "monitor", "mirror", "leader", "guardian", "magazine", "weekly", "zeitung", "blatt", "world", "online",
    };

    /// <summary>
    /// The <see cref="PublicationWords"/> that end a newspaper's name and no person's ("Süddeutsche Zeitung", "Harbour
    /// Gazette", "Chicago Tribune"), unlike "Post", "Star" or "Leader" ("Mary Ann Post", "Sofia Star").
    /// </summary>
    public static readonly HashSet<string> NewspaperNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "times", "gazette", "tribune", "journal", "chronicle", "telegraph", "inquirer", "examiner", "zeitung", "magazine", "bulletin",
        "dispatch", "sentinel",
    };

    /// <summary>
    /// A blog's or a news site's category names other than <see cref="DeskWords"/>: after "in" in a byline ("By admin in
    /// Uncategorized", "Jane Roe in Features") they name where the post is filed, not where its writer is.
    /// </summary>
    public static readonly HashSet<string> CategoryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "uncategorized", "uncategorised", "general", "features", "feature", "depth", "pictures", "picture", "focus", "brief", "briefs",
        "conversation", "analysis", "video", "videos", "photos", "photo", "education", "environment", "markets", "arts", "books", "music",
        "film", "movies", "media", "climate", "energy", "property", "motoring", "religion", "events", "reviews", "review", "interviews",
        "columns", "column", "blog", "blogs", "podcast", "podcasts", "weather", "crime", "obituaries", "letters", "editorials", "comment",
        "commentary", "explainers", "local", "national", "international", "regional", "community", "announcements", "updates", "press",
        "releases", "stories", "insights", "guides", "tips", "recipes", "food", "style", "fashion", "gaming", "games", "science",
        "economía", "economia", "économie", "política", "politica", "politique", "sociedad", "société", "società", "sociedade", "cultura",
        "internacional", "internazionale", "nacional", "nazionale", "mundo", "monde", "mondo", "opinión", "opinião", "opinione",
        "tecnología", "tecnologia", "technologie", "salud", "saúde", "salute", "santé", "ciencia", "ciência", "scienza", "экономика",
        "политика", "культура", "общество", "мир", "технологии", "наука", "здоровье", "економіка", "політика", "суспільство",
        "esteri", "cronaca", "interni", "spettacoli",
    };

    /// <summary>
    /// Words that end a post's set phrase or name a broadcaster, never a place after "in" or "à": "Writer in Residence",
    /// "Reporter in Training", "Editor in Chief", "journaliste à Radio France", "Korrespondent im Studio Brüssel".
    /// </summary>
    public static readonly HashSet<string> NotPlaceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "residence", "training", "chief", "exile", "charge", "opleiding", "ausbildung", "radio", "rádio", "tv", "télévision", "televisión",
        "televisão", "television", "studio", "channel", "canal", "fm", "network",
    };

    /// <summary>Lower-case articles before an outlet's name after a post ("de la BBC", "bei der Süddeutschen Zeitung").</summary>
    public static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "the", "la", "le", "les", "el", "los", "las", "il", "lo", "der", "die", "das", "o", "a", "os", "as",
    };

    /// <summary>The words of a broadcaster's name ("Radio France", "Rádio Nacional", "Canal 24 Horas").</summary>
    public static readonly HashSet<string> BroadcasterWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "radio", "rádio", "tv", "télévision", "televisión", "televisão", "television", "televizyon", "channel", "canal", "fm", "network",
        "broadcasting", "rundfunk", "fernsehen", "радио", "телевидение", "телеканал",
    };

    /// <summary>
    /// What follows a post but is no employer: a time ("correspondent of the Year"), a region or a beat ("for Europe", "at
    /// the White House", "at the UN", "im Nahen Osten").
    /// </summary>
    public static readonly HashSet<string> NotEmployerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "month", "week", "day", "europe", "asia", "africa", "america", "americas", "middle", "east", "west", "north", "south",
        "europa", "asien", "afrika", "amerika", "nahost", "osten", "westen", "südostasien", "lateinamerika", "orient", "moyen-orient",
        "house", "pentagon", "kremlin", "capitol", "congress", "parliament", "un", "eu", "nato", "onu", "ue", "оон", "ес", "нато",
    };

    /// <summary>
    /// The posts that are a posting somewhere ("correspondent", "envoyée spéciale", "корреспондент"): after them "en", "à",
    /// "em", "в" name the place, where after another post they as often name the employer.
    /// </summary>
    public static readonly HashSet<string> Postings = new(StringComparer.OrdinalIgnoreCase)
    {
        "correspondent", "correspondant", "correspondante", "corresponsal", "corrispondente", "correspondente", "korrespondent",
        "korrespondentin", "korrespondenten", "korespondent", "korespondenta", "korespondentka", "корреспондент", "корреспондента", "кореспондент", "кореспондента",
        "envoyé", "envoyée", "enviado", "enviada", "inviato", "inviata", "корреспондентка", "кореспондентка", "corresponsales", "enviados",
        "enviadas", "correspondentes", "inviati", "inviate", "corrispondenti", "envoyés", "envoyées", "correspondants", "correspondantes",
        "korespondenci", "корреспонденты", "кореспонденти",
    };

    /// <summary>Desk subjects that are also surnames ("Eddie Money", "Tim Sport"): a desk after a single word only when that word is an acronym.</summary>
    public static readonly HashSet<string> SurnameDeskWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "money", "sport", "travel", "health", "culture", "business", "science", "finance",
    };

    /// <summary>
    /// The subjects a newsroom's desks are named after: a publication's name followed by one ("Harbour Gazette Sport", "XYZ
    /// News", "XYZ Business") is a desk credit, not a person's name, and after a name ("Jane Roe, XYZ Business") her desk.
    /// </summary>
    public static readonly HashSet<string> DeskWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "news", "sport", "sports", "business", "science", "technology", "tech", "health", "culture", "politics", "opinion", "entertainment",
        "lifestyle", "travel", "money", "economy", "finance", "nachrichten", "wirtschaft", "politik", "kultur", "actualités", "deportes",
        "esportes", "noticias", "notícias", "спорт", "новости", "ressort", "ekonomi", "spor", "politika", "gündem", "kültür", "magazin",
    };

    /// <summary>
    /// The possessives and articles before a journalist's post ("our correspondent", "unserem Korrespondenten", "notre
    /// envoyée spéciale", "nuestro corresponsal", "il nostro inviato", "нашего корреспондента").
    /// </summary>
    public static readonly HashSet<string> PostDeterminers = new(StringComparer.OrdinalIgnoreCase)
    {
        "our", "the", "unser", "unsere", "unserem", "unserer", "unseren", "notre", "nos", "nuestro", "nuestra", "nuestros", "nuestras",
        "nostro", "nostra", "nostri", "nostre", "il", "la", "nosso", "nossa", "nossos", "nossas", "o", "a", "nasz", "nasza", "naszego", "naszej",
        "наш", "наша", "нашего", "нашей", "нашим", "нашого", "нашої", "onze", "ons", "vår", "vårt", "våra", "naše", "náš", "našeho", "bizim", "nostru", "noastră",
    };

    /// <summary>The possessives among <see cref="PostDeterminers"/>: before a post with no name after it, the publication's own staff ("our correspondent").</summary>
    public static readonly HashSet<string> Possessives = new(PostDeterminers.Where(w => w.Length > 3), StringComparer.OrdinalIgnoreCase) { "our", "nos", "наш" };

    /// <summary>
    /// A journalist's post and its possessive written as one word: "مراسلنا" (our correspondent), "مراسلتنا", "موفدنا" (our
    /// envoy), "مندوبنا", "muhabirimiz" (our reporter).
    /// </summary>
    public static readonly HashSet<string> AnonymousPostWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "مراسلنا", "مراسلتنا", "مراسلونا", "موفدنا", "موفدتنا", "مندوبنا", "muhabirimiz", "خبرنگار ما",
    };

    /// <summary>"From" before a possessive and a post ("From our correspondent", "dal nostro inviato", "De notre correspondant").</summary>
    public static readonly HashSet<string> FromWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "from", "dal", "dalla", "del", "de", "du", "desde", "od", "от", "від", "do", "vom", "von",
    };

    /// <summary>
    /// A journalist's post ("Reporter", "Columnist", "Korrespondentin", "기자", "記者"): the posts a signature prints beside
    /// the writer's name (<see cref="BodySignatureExtractor.RoleSignature"/>), all of them <see cref="TitleWords"/>.
    /// </summary>
    public static readonly HashSet<string> JournalistPosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "columnist", "reporter", "correspondent", "journalist", "writer", "editor", "kolumnist", "kolumnistin", "korrespondent", "korrespondentin", "korrespondenten",
        "redakteur", "redakteurin", "reporterin", "journalistin", "chroniqueur", "chroniqueuse", "journaliste", "correspondant", "correspondante",
        "rédacteur", "rédactrice", "columnista", "corresponsal", "periodista", "redactor", "redactora", "colunista", "correspondente", "jornalista",
        "repórter", "editorialista", "corrispondente", "giornalista", "inviato", "inviata", "envoyé", "envoyée", "enviado", "enviada", "обозреватель", "корреспондент", "колумнист",
        "журналист", "корреспондента", "кореспондент", "кореспондента", "korespondent", "korespondenta", "korespondentka", "مراسل", "مراسلة", "محرر", "محررة",
        "корреспондентка", "кореспондентка", "оглядач", "оглядачка", "журналіст", "журналістка", "журналистка", "redattore", "redattrice",
        "caporedattore", "caporedattrice", "redaktorka", "سردبیر",

        // In the plural (PluralPosts): printed once after several names.
        "corresponsales", "enviados", "enviadas", "periodistas", "redactores", "redactoras", "columnistas", "correspondentes", "jornalistas",
        "repórteres", "inviati", "inviate", "corrispondenti", "giornalisti", "giornaliste", "redattori", "envoyés", "envoyées", "correspondants",
        "correspondantes", "journalistes", "rédacteurs", "korespondenci", "dziennikarze", "корреспонденты", "журналисты", "кореспонденти",
        "журналісти", "muhabirler",
        "صحفي", "صحفية", "خبرنگار", "기자", "칼럼니스트", "특파원", "객원기자", "선임기자", "전문기자", "논설위원", "편집위원", "통신원",
        "記者", "记者", "特派員", "特派员", "編集委員", "論説委員", "コラムニスト", "专栏作家", "專欄作家", "评论员", "評論員",
    };

    /// <summary>
    /// The <see cref="TitleWords"/> that qualify a post or name a desk ("Senior", "Political", "Business"), or are surnames
    /// too ("Head", "Fellow"), rather than name a post: part of <see cref="TitleModifiers"/>.
    /// </summary>
    private static readonly string[] QualifyingTitleWords =
    [
        "chief", "senior", "deputy", "managing", "associate", "assistant", "executive", "bureau", "staff", "freelance", "contributing", "political",
        "economics", "business", "health", "science", "technology", "sports", "sport", "culture", "opinion", "news", "digital", "online", "special",
        "foreign", "diplomatic", "legal", "affairs", "head", "fellow", "spécial", "spéciale", "especial",

        // Their like in the other languages we meet, where no given name or surname is spelt so: before the post ("stellvertretende
        // Chefredakteurin", "специальный корреспондент", "starszy redaktor", "kıdemli muhabir") or after it (<see cref="FollowingQualifiers"/>).
        "stellvertretende", "stellvertretender", "leitende", "leitender", "verantwortliche", "verantwortlicher", "главный", "главная", "специальный",
        "специальная", "собственный", "собственная", "старший", "старшая", "ответственный", "ответственная", "выпускающий", "выпускающая", "штатный",
        "штатная", "головний", "головна", "спеціальний", "спеціальна", "власний", "власна", "старша", "відповідальний", "відповідальна",
        "випусковий", "випускова", "штатний", "штатна", "główny", "główna", "naczelny", "naczelna", "starszy", "starsza", "specjalny", "specjalna",
        "spéciaux", "spéciales", "especiales", "jefe", "jefa", "adjunto", "adjunta", "adjoint", "adjointe", "aggiunto",
        "aggiunta", "kıdemli", "sorumlu", "chefe", "especiais", "specjalni", "специальные", "спеціальні",
    ];

    /// <summary>
    /// The qualifiers that follow the post they qualify in the languages that write them so ("redaktor naczelny", "inviata
    /// speciale", "redactora jefa", "rédacteur adjoint"): a title may end with one.
    /// </summary>
    public static readonly HashSet<string> FollowingQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "naczelny", "naczelna", "speciale", "speciali", "spécial", "spéciale", "spéciaux", "spéciales", "especial", "especiales", "jefe", "jefa",
        "adjunto", "adjunta", "adjoint", "adjointe", "aggiunto", "aggiunta", "chefe", "especiais",
    };

    /// <summary>
    /// Journalists' posts and their qualifiers in the plural, in the languages that have no English "-s" plural, with their
    /// singular: printed once after several names ("Ana Gómez y Luis Ortega, enviados especiales a Kiev"), each is one
    /// ("enviado especial"). The masculine plural stands for a mixed group; its masculine singular is given.
    /// </summary>
    public static readonly Dictionary<string, string> PluralPosts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["corresponsales"] = "corresponsal", ["enviados"] = "enviado", ["enviadas"] = "enviada", ["periodistas"] = "periodista",
        ["redactores"] = "redactor", ["redactoras"] = "redactora", ["columnistas"] = "columnista", ["especiales"] = "especial",
        ["correspondentes"] = "correspondente", ["jornalistas"] = "jornalista", ["repórteres"] = "repórter", ["especiais"] = "especial",
        ["inviati"] = "inviato", ["inviate"] = "inviata", ["corrispondenti"] = "corrispondente", ["giornalisti"] = "giornalista",
        ["giornaliste"] = "giornalista", ["redattori"] = "redattore", ["speciali"] = "speciale", ["envoyés"] = "envoyé", ["envoyées"] = "envoyée",
        ["correspondants"] = "correspondant", ["correspondantes"] = "correspondante", ["journalistes"] = "journaliste", ["rédacteurs"] = "rédacteur",
        ["spéciaux"] = "spécial", ["spéciales"] = "spéciale", ["korespondenci"] = "korespondent", ["dziennikarze"] = "dziennikarz",
        ["specjalni"] = "specjalny", ["корреспонденты"] = "корреспондент", ["журналисты"] = "журналист", ["специальные"] = "специальный",
        ["кореспонденти"] = "кореспондент", ["журналісти"] = "журналіст", ["спеціальні"] = "спеціальний", ["muhabirler"] = "muhabir",
    };

    /// <summary>
    /// Posts outside the newsroom that guest writers print after their names ("Historian", "Staff Attorney", "Economist"):
    /// <see cref="TitleWords"/>, but surnames too ("Anna Poet", "Farrokh Engineer"), so that one printed right after a single
    /// given name, with nothing after it, is that person's surname.
    /// </summary>
    public static readonly HashSet<string> Professions = new(StringComparer.OrdinalIgnoreCase)
    {
        "historian", "economist", "lecturer", "researcher", "scientist", "lawyer", "attorney", "consultant", "strategist", "diplomat", "ambassador",
        "novelist", "poet", "activist", "physician", "surgeon", "psychologist", "psychiatrist", "sociologist", "curator", "architect", "engineer",
        "biologist", "chemist", "physicist", "geologist", "epidemiologist", "virologist", "scholar", "philosopher", "theologian", "anthropologist",
        "archaeologist", "justice", "judge", "marshal", "chef",
    };

    /// <summary>
    /// Words that make a phrase a job title rather than a name ("Senior Correspondent", "Health Reporter"): the
    /// <see cref="JournalistPosts"/>, other posts ("Editor", "Professor", "CEO") and the title words that qualify a post ("Senior", "Political").
    /// </summary>
    public static readonly HashSet<string> TitleWords = new(
        JournalistPosts.Concat(QualifyingTitleWords).Concat(
        [
            "editor", "contributor", "producer", "analyst", "photographer", "intern", "director", "professor", "founder", "autor", "autorin",
            "chefredakteur", "envoyé", "envoyée", "dziennikarz", "dziennikarka", "redaktor", "korespondent", "muhabir", "muhabiri", "editörü", "experte",
            "expertin", "gastautor", "gastautorin", "fotograf", "fotografin", "volontär", "volontärin", "ceo", "cfo", "cto", "coo", "mep",
            "редактор", "редакторка", "officer", "critic", "commentator", "presenter", "editora", "directora", "subdirector", "subdirectora",
            "yönetmeni", "müdürü", "yazarı",
        ]).Concat(Professions),
        StringComparer.OrdinalIgnoreCase);

    // The posts a German compound ends with ("Wirtschaftsredakteurin", "Auslandskorrespondent", "Sportreporter").
    private static readonly string[] GermanCompoundPosts =
        ["redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporter", "reporterin", "journalist", "journalistin", "kolumnist", "kolumnistin"];

    /// <summary>Posts written as acronyms ("CEO", "MEP"): a post only in capitals, since "Tom Ceo" is a name.</summary>
    private static readonly HashSet<string> AcronymPosts = new(StringComparer.OrdinalIgnoreCase) { "ceo", "cfo", "cto", "coo", "mep" };

    /// <summary>Whether a word is one of <see cref="TitleWords"/> (an acronym post, "CEO", only as written in capitals) or a German compound post.</summary>
    public static bool IsTitle(string word) =>
        (TitleWords.Contains(word) && !(AcronymPosts.Contains(word) && word.Any(char.IsLower))) || IsCompoundPost(word);

    /// <summary>A German compound ending with a journalist's post ("Wirtschaftsredakteurin", "Auslandskorrespondent"): a capital, four letters or more before the post.</summary>
    private static bool IsCompoundPost(string word)
    {
        if (word.Length < 12 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower))
        {
            return false;
        }

        foreach (var post in GermanCompoundPosts)
        {
            if (word.Length - post.Length >= 4 && word.EndsWith(post, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Words that qualify a post before it rather than name one ("National Political Writer", "Investigative Reporter",
    /// "Senior Editor"): the title words that do ("Senior", "Political", "Head") and words that are no title words
    /// ("National", "Investigative"). A title word not among them names a post (<see cref="IsPost"/>).
    /// </summary>
    public static readonly HashSet<string> TitleModifiers = new(
        QualifyingTitleWords.Concat(
        [
            "national", "international", "regional", "local", "metro", "city", "state", "general", "global", "investigative", "feature", "features",
            "education", "environment", "environmental", "crime", "courts", "transport", "energy", "food", "travel", "arts", "art", "music", "film",
            "entertainment", "lifestyle", "fashion", "auto", "automotive", "markets", "world", "data", "graphics", "photo", "video", "social", "media",
            "night", "weekend", "books", "tech", "climate", "medical", "military", "defence", "defense", "security", "justice", "economic", "finance",
            "financial", "money", "property", "motoring", "religion", "visual", "audience", "content", "community", "breaking", "homepage", "copy",
            "multimedia", "web", "desk", "sub", "lead", "principal", "acting", "interim", "former", "co", "guest", "visiting", "politics", "economy",

            // Qualifiers and desks before a post that are names too ("Freier", "Özel", "Dünya"): they qualify a post only
            // where one follows them.
            "freie", "freier", "özel", "genel", "yayın", "ekonomi", "spor", "dış", "haberler", "politika", "kültür", "sanat", "dünya", "magazin",
            "speciale", "speciali",
        ]),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that qualify a role's label before it ("Sorumlu Editör:", "Главный редактор:", "Staff Photo:", "Última edición:"):
    /// the <see cref="TitleModifiers"/> and their like in the other languages we meet. Any other word before a label may be
    /// a name ("Jane Photo: Ali Khan").
    /// </summary>
    public static readonly HashSet<string> LabelQualifiers = new(
        TitleModifiers.Concat(
        [
            "última", "último", "ultima", "ultimo", "dernière", "dernier", "letzte", "leitende", "leitender", "verantwortliche", "verantwortlicher",
            "stellvertretende", "stellvertretender", "freie", "freier", "sorumlu", "son", "главный", "выпускающий", "литературный", "ответственный",
            "шеф", "головний", "випусковий", "літературний", "відповідальний", "główny", "naczelny", "responsable", "jefe", "capo",
        ]),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a word names a post ("Writer", "Editor", "CEO", "Chief"), a title word (<see cref="IsTitle"/>) that does not
    /// only qualify one (<see cref="TitleModifiers"/>).
    /// </summary>
    public static bool IsPost(string word) => IsTitle(word) && (!TitleModifiers.Contains(word) || QualifyingPosts.Contains(word));

    /// <summary>
    /// Qualifiers that are posts too where they end a title or open one with "of" ("Bureau Chief", "Chief Executive",
    /// "Head of News"), as before another post they qualify it ("Chief Political Correspondent", "Executive Editor").
    /// </summary>
    public static readonly HashSet<string> QualifyingPosts = new(StringComparer.OrdinalIgnoreCase) { "chief", "executive", "head" };

    /// <summary>
    /// Whether a word of a title, its punctuation aside, names a post (<see cref="IsPost"/>) or is a compound opening or ending
    /// with one ("Editor-at-large"); with <paramref name="plural"/>, also the English plural of one ("Writers").
    /// </summary>
    public static bool IsPostWord(string word, bool plural = false)
    {
        var parts = word.Trim('.', ',', ':').Split('-', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && (IsPost(parts[0]) || IsPost(parts[^1]) || (plural && parts[^1].Length > 4 && parts[^1][^1] == 's' && IsPost(parts[^1][..^1])));
    }

    /// <summary>
    /// The label of an advertising slot, in several languages ("Advertisement", "Anzeige", "Iklan", "広告"): never a
    /// name, given as one whole ("Ad" alone), though some read like one. As words of a name, only those of four letters
    /// or more count (<see cref="NonNameWords"/>): "Ad" is a given name too.
    /// </summary>
    public static readonly HashSet<string> AdLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "advertising", "advert", "ad", "ads", "sponsored", "anzeige", "werbung", "gesponsert", "publicité", "publicite",
        "publicidad", "publicidade", "pubblicità", "pubblicita", "reklama", "reklame", "reklam", "advertentie", "annons", "annonse", "annonce",
        "mainos", "hirdetés", "διαφήμιση", "iklan", "pariwara", "quảng cáo", "โฆษณา", "реклама", "реклами", "ogłoszenie", "إعلان", "اعلان",
        "פרסומת", "広告", "广告", "廣告", "광고", "विज्ञापन",
    };

    /// <summary>Words that never stand in a name: page furniture, dates, placeholders, and the <see cref="AdLabels"/> of one word of four letters or more.</summary>
    public static readonly HashSet<string> NonNameWords = new(AdLabels.Where(l => l.Length >= 4 && !l.Contains(' ', StringComparison.Ordinal)), StringComparer.OrdinalIgnoreCase)
    {
        "updated", "update", "published", "posted", "share", "shares", "comment", "comments", "email", "e-mail", "print", "follow", "subscribe",
        "read", "more", "min", "mins", "minute", "minutes", "hours", "hour", "ago", "home", "news", "photo", "photos", "video", "videos",
        "opinion", "analysis", "live", "breaking", "admin", "administrator", "guest", "anonymous", "unknown",
        "user", "webmaster", "the", "author", "authors", "twitter", "facebook", "linkedin", "instagram", "whatsapp", "telegram", "contact",
        "profile", "view", "all", "posts", "articles", "story", "stories", "bio", "about", "today", "yesterday", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "uhr", "am", "pm", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "cest", "bst", "ist", "aktualisiert", "veröffentlicht",
        "stand", "mis", "jour", "actualizado", "aggiornato", "atualizado", "zaktualizowano", "обновлено", "reading", "time", "listen",
        "audio", "image", "images", "getty", "shutterstock", "source", "sources", "copyright", "rights", "reserved", "click", "here",
        "name", "über", "autorenseite", "schließen", "mehr", "alle", "beiträge", "artikel", "profil", "folgen", "kontakt", "zur", "zum",
        "mitglied", "redaktion", "von", "by", "par", "por", "di", "vom", "door", "av", "autor", "autorin", "close", "menu", "search", "login",
        "newsletter", "abonnieren", "teilen", "drucken", "weiterlesen", "kommentare", "kommentar", "foto", "fotos", "bild", "quelle",
        "edition", "edited", "revised", "fr", "sa", "so", "message", "nachricht", "خاص", "حصري", "اختصاصی", "تقرير", "گزارش",
    };

    /// <summary>
    /// Given names that parents in the countries of "von", "van" and "di" give second ("Anna Maria", "Karl Theodor", "Gian
    /// Maria"): after one, a particle still opens the surname ("Anna Maria von der Lippe").
    /// </summary>
    public static readonly HashSet<string> MiddleGivenNames = new(StringComparer.Ordinal)
    {
        "Maria", "Marie", "Anna", "Anne", "Luise", "Louise", "Sophie", "Christine", "Elisabeth", "Katharina", "Theresa", "Johanna",
        "Johann", "Josef", "Joseph", "Karl", "Carl", "Theodor", "Friedrich", "Wilhelm", "Heinrich", "Peter", "Christian", "Georg",
        "Ludwig", "Jan", "Pieter", "Willem", "Hendrik", "Paolo", "Luigi", "Giuseppe", "Francesco", "Carlo", "Luca", "Andrea",
    };

    /// <summary>Name particles written in lower case ("Ludwig van Beethoven", "Ana de la Cruz").</summary>
    public static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "von", "der", "den", "de", "da", "del", "della", "dei", "di", "du", "dos", "das", "do", "la", "le", "bin", "binti", "ibn",
        "al", "el", "ter", "ten", "zu", "af", "av", "y", "e", "st.",
    };

    /// <summary>
    /// Credit words that also open a surname ("vom Hofe", "af Klint"): in a value given as a name, a credit only in lower
    /// case ("vom Support Team"), since capitalised they are the name's first word.
    /// </summary>
    public static readonly HashSet<string> SurnameCredits = new(StringComparer.OrdinalIgnoreCase) { "vom", "af" };

    /// <summary>Titles of address printed before or after a name ("Dr", "Prof", "Mrs"), never a place's name.</summary>
    public static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "dra", "prof", "mr", "mrs", "ms", "mx", "rev", "revd", "hon", "sir", "dame", "mme", "mlle", "herr", "frau", "sra", "srta",
    };

    /// <summary>The nouns a place's name ends with ("Salt Lake City", "Palm Beach", "Grand Rapids"), which no person's name ends with.</summary>
    public static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "town", "village", "beach", "valley", "island", "islands", "springs", "falls", "heights", "park", "bay", "county", "lake",
        "hills", "harbour", "harbor", "creek", "river", "point", "sound", "coast", "ciudad", "stadt", "rapids", "hole", "arbor", "junction",
        "bluffs", "shores", "ridge", "grove", "landing", "hill", "green", "spring", "oaks", "plains", "woods", "mills", "bend", "glen", "haven",
        "cliffs", "pines", "lakes", "gables", "rouge",
    };

    /// <summary>
    /// The words a town's name of several words opens with ("St. Louis", "Fort Collins", "New Haven", "Des Moines", "Santa
    /// Fe"), which no given name is.
    /// </summary>
    public static readonly HashSet<string> TownOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "st", "st.", "ste.", "saint", "sainte", "fort", "ft.", "port", "mount", "mt.", "new", "north", "south", "east", "west", "grand", "little",
        "palm", "san", "santa", "los", "las", "el", "lake", "baton", "des", "sioux", "cedar", "cape", "coeur", "palo", "boca", "eau", "corpus",
        "chapel", "bowling", "thousand", "white", "silver", "high", "round", "sugar", "coral", "del", "ocean",
    };

    /// <summary>The states the AP stylebook spells out after a town ("Salt Lake City, Utah").</summary>
    public static readonly HashSet<string> SpelledOutStates = new(StringComparer.Ordinal)
    {
        "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah",
    };

    /// <summary>
    /// The states of the United States as the AP stylebook abbreviates them after a town ("Grand Rapids, Mich."); the
    /// states it spells out, and the codes of two capitals, which degrees share ("MD"), are not among them; written without
    /// the last period, which the end of a byline may take, and matched as printed ("Md", not the degree "MD").
    /// </summary>
    public static readonly HashSet<string> StateAbbreviations = new(StringComparer.Ordinal)
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich",
        "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C",
        "S.D", "Tenn", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo",
    };

    /// <summary>Places of more than one word that follow a name after a comma ("By Jane Roe, New York").</summary>
    public static readonly HashSet<string> MultiWordPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "New York", "Los Angeles", "San Francisco", "Hong Kong", "New Delhi", "Tel Aviv", "Rio de Janeiro", "Buenos Aires", "Kuala Lumpur",
        "Mexico City", "Washington DC", "Washington D.C.", "Sao Paulo", "São Paulo", "Cape Town", "Abu Dhabi", "Las Vegas", "Kuwait City",
        "Addis Ababa", "Ho Chi Minh City", "Santo Domingo", "San Salvador", "Port-au-Prince", "The Hague", "Frankfurt am Main",
        "Den Haag", "La Paz", "Los Ángeles", "Nueva York", "Nova York", "Nuova York", "New Orleans", "Sri Jayawardenepura Kotte",
        // Large towns of two or three words where Portuguese and Spanish bylines name them ("Por Ana Souza, de Porto Alegre").
        "Porto Alegre", "Belo Horizonte", "Campo Grande", "Juiz de Fora", "Ribeirão Preto", "São Luís", "João Pessoa", "Foz do Iguaçu",
        "São José dos Campos", "Vila Velha", "Feira de Santana", "Mar del Plata", "Santa Cruz de la Sierra", "San José", "San Juan",
        "Ciudad de México", "Ciudad de Guatemala", "San Pedro Sula", "Puerto Montt", "Viña del Mar", "San Sebastián", "Las Palmas",
        "Santa Cruz de Tenerife", "Palma de Mallorca",
    };

    /// <summary>
    /// Cities of one word that datelines name (capitals and the large news cities, in the spellings of the languages we
    /// meet): where a byline names one after a dash or a slash, or before an agency ("Jane Roe - Damascus", "Ayşe Yılmaz /
    /// İstanbul", "Damascus, SANA"), it is the writer's town, not a surname or a publication. Cities whose name is also a
    /// common given name or surname (Paris, Sofia, Milan, Sydney, Lima, Santiago, Houston, Dallas, Florence, Victoria) are
    /// left out, as are names two cities share in one script (عمان, Amman or Oman).
    /// </summary>
    public static readonly FrozenSet<string> Cities = new[]
    {
        // Europe
        "London", "Berlin", "Moscow", "Kyiv", "Kiev", "Rome", "Madrid", "Barcelona", "Lisbon", "Brussels", "Amsterdam", "Vienna", "Geneva",
        "Zurich", "Bern", "Stockholm", "Oslo", "Copenhagen", "Helsinki", "Warsaw", "Prague", "Budapest", "Bucharest", "Belgrade", "Zagreb",
        "Sarajevo", "Skopje", "Tirana", "Minsk", "Vilnius", "Riga", "Tallinn", "Chisinau", "Athens", "Dublin", "Edinburgh", "Belfast",
        "Strasbourg", "Luxembourg", "Valletta", "Nicosia", "Reykjavik", "Hamburg", "Munich", "Frankfurt", "Cologne", "Kharkiv", "Odesa",
        "Odessa", "Lviv", "Dnipro", "Mariupol", "Kherson", "Donetsk", "Luhansk", "Zaporizhzhia", "Sevastopol", "Istanbul", "İstanbul",
        "Ankara", "İzmir", "Izmir", "Gaziantep", "Diyarbakır", "Diyarbakir",
        // German, French, Spanish, Italian, Portuguese, Polish spellings
        "Moskau", "Kiew", "Brüssel", "Wien", "Genf", "Zürich", "Warschau", "Prag", "Rom", "Mailand", "Lissabon", "Athen", "Peking",
        "Kairo", "Damaskus", "Bagdad", "Teheran", "München", "Köln", "Moscou", "Londres", "Bruxelles", "Pékin", "Varsovie", "Vienne",
        "Genève", "Téhéran", "Damas", "Moscú", "Pekín", "Bruselas", "Berlín", "Varsovia", "Viena", "Ginebra", "Teherán",
        "Damasco", "Londra", "Mosca", "Parigi", "Berlino", "Pechino", "Varsavia", "Ginevra",
        "Lisboa", "Moscovo", "Pequim", "Bruxelas", "Varsóvia", "Genebra", "Teerã", "Moskwa", "Kijów", "Warszawa", "Kraków",
        "Londyn", "Paryż", "Bruksela", "Berlinie", "Pekin", "Wiedeń", "Lyon", "Marseille", "Toulouse", "Lille", "Bordeaux", "Milano",
        "Napoli", "Torino", "Sevilla", "Bilbao", "Porto", "Gdańsk", "Wrocław", "Poznań",
        // Middle East and Africa
        "Tehran", "Baghdad", "Damascus", "Beirut", "Jerusalem", "Gaza", "Ramallah", "Cairo", "Riyadh", "Jeddah", "Doha", "Dubai",
        "Manama", "Muscat", "Sanaa", "Aleppo", "Homs", "Idlib", "Mosul", "Basra", "Erbil", "Tabriz", "Mashhad", "Isfahan", "Shiraz",
        "Khartoum", "Tripoli", "Benghazi", "Tunis", "Algiers", "Rabat", "Casablanca", "Nairobi", "Lagos", "Abuja", "Accra", "Dakar",
        "Kinshasa", "Johannesburg", "Pretoria", "Harare", "Lusaka", "Kampala", "Kigali", "Mogadishu", "Juba", "Bamako", "Niamey",
        "Ouagadougou", "Luanda", "Maputo", "Addis",
        // Asia and Oceania
        "Beijing", "Shanghai", "Tokyo", "Seoul", "Pyongyang", "Taipei", "Manila", "Jakarta", "Bangkok", "Hanoi", "Singapore", "Delhi",
        "Mumbai", "Kolkata", "Chennai", "Bengaluru", "Karachi", "Islamabad", "Lahore", "Peshawar", "Kabul", "Dhaka", "Colombo",
        "Kathmandu", "Yangon", "Astana", "Almaty", "Tashkent", "Bishkek", "Dushanbe", "Ashgabat", "Baku", "Tbilisi", "Yerevan",
        "Ulaanbaatar", "Canberra", "Melbourne", "Wellington", "Auckland",
        // The Americas
        "Washington", "Ottawa", "Toronto", "Montreal", "Vancouver", "Chicago", "Boston", "Miami", "Atlanta", "Seattle", "Philadelphia",
        "Havana", "Caracas", "Bogota", "Bogotá", "Quito", "Brasilia", "Brasília", "Montevideo", "Managua", "Tegucigalpa",
        // Cyrillic, Arabic and Persian script
        "Москва", "Киев", "Київ", "Харків", "Харьков", "Одеса", "Одесса", "Львів", "Минск", "Мінськ", "Лондон", "Париж", "Берлин",
        "Берлін", "Вашингтон", "Пекин", "Тегеран", "Дамаск", "دمشق", "بيروت", "القاهرة", "بغداد", "طهران", "تهران",
        "الرياض", "القدس", "غزة", "الدوحة", "دبي", "أنقرة", "إسطنبول", "استانبول", "موسكو", "مسکو", "واشنطن", "واشنگتن", "لندن",
        "باريس", "پاریس", "حلب", "مشهد", "اصفهان", "تبریز", "شیراز", "کابل", "بیروت", "حمص", "اللاذقية", "طرطوس", "حماة", "درعا",
        "إدلب", "ادلب", "القنيطرة", "السويداء", "الرقة", "الحسكة", "دير الزور", "البصرة", "الموصل", "أربيل", "صنعاء", "عدن", "طرابلس",
        "بنغازي", "الخرطوم", "الجزائر", "الرباط", "تونس", "نواكشوط", "الكويت", "المنامة", "مسقط", "أبوظبي", "جدة", "مكة", "المدينة المنورة",
        // Where a post is posted, in the locative ("корреспондент в Киеве", "korespondent w Brukseli")
        "Москве", "Москві", "Киеве", "Києві", "Харькове", "Харкові", "Одессе", "Одесі", "Львове", "Львові", "Минске", "Мінську", "Лондоне",
        "Лондоні", "Париже", "Парижі", "Берлине", "Берліні", "Вашингтоне", "Вашингтоні", "Пекине", "Тегеране", "Дамаске", "Moskwie",
        "Kijowie", "Warszawie", "Krakowie", "Londynie", "Paryżu", "Brukseli", "Waszyngtonie", "Pekinie", "Wiedniu",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a text names a known city (<see cref="Cities"/>, <see cref="MultiWordPlaces"/>); with
    /// <paramref name="namesToo"/> also one whose name is a given name or a surname too (<see cref="CitiesThatAreNames"/>).
    /// </summary>
    public static bool IsKnownCity(string text, bool namesToo = false) =>
        Cities.Contains(text) || MultiWordPlaces.Contains(text) || (namesToo && CitiesThatAreNames.Contains(text));

    /// <summary>
    /// The one-word cities left out of <see cref="Cities"/> for being common given names or surnames too: a town only where
    /// no name can stand, as one word after an agency ("By AFP, Paris").
    /// </summary>
    public static readonly FrozenSet<string> CitiesThatAreNames = new[]
    {
        "Paris", "Sofia", "Milan", "Sydney", "Lima", "Santiago", "Houston", "Dallas", "Florence", "Victoria", "Roma", "Valencia",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Labels of the other fields of a meta box ("Kategorie:", "Tags:"), where a byline printed before them ends.</summary>
    public static readonly HashSet<string> FieldLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "kategorie", "kategorien", "category", "categories", "tags", "tag", "schlagworte", "schlagwörter", "stichworte", "themen", "thema", "rubrik",
        "ressort", "bildrechte", "bildquelle", "quelle", "source", "datum", "date", "published", "veröffentlicht", "catégorie", "catégories",
        "categoría", "categoria", "etiquetas", "kategoria", "tagi",
    };

    /// <summary>Headings over an author box: what follows is about the article's author (apostrophes as "'").</summary>
    public static readonly FrozenSet<string> AboutTheAuthorHeadings = new[]
    {
        "about the author", "about the authors", "about the writer", "about the writers", "about the reporter", "about the contributor",
        "über den autor", "über die autorin", "über die autoren", "über die autorinnen", "zum autor", "zur autorin", "zu den autoren",
        "à propos de l'auteur", "à propos de l'autrice", "à propos des auteurs", "a propos de l'auteur", "sur l'auteur",
        "sobre el autor", "sobre la autora", "sobre los autores", "sobre o autor", "sobre a autora", "sull'autore", "sull'autrice",
        "over de auteur", "over de auteurs", "om forfatteren", "om skribenten", "o autorze", "об авторе",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Phrases after which nothing more is part of the byline ("Email the author", "Follow on Twitter").</summary>
    public static readonly string[] TrailingPhrases =
    [
        "email the author", "e-mail the author", "email author", "follow on twitter", "follow on x", "follow", "contact the author",
        "view all posts", "view profile", "more from", "more by", "all articles by", "read more", "see all", "send email",
        // An author box's follow button in other languages ("Seguir autor", "Suivre", "Obserwuj", "Подписаться", "Takip et").
        "seguir", "suivre", "obserwuj", "подписаться", "takip et",
        // Nordic, Finnish, Dutch and Czech ones ("Följ", "Følg", "Seuraa", "Volg", "Sledovat"), as whole words only (see
        // WholeWordTrailingPhrases).
        "följ", "følg", "seuraa", "volg", "sledovat", "sledujte",
    ];

    /// <summary>The <see cref="TrailingPhrases"/> that end a byline only as whole words ("Volg" is no part of "Volgina").</summary>
    public static readonly FrozenSet<string> WholeWordTrailingPhrases =
        new[] { "följ", "følg", "seuraa", "volg", "sledovat", "sledujte" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static (string, ContributorRole)[] Sort(params (string Prefix, ContributorRole Role)[] prefixes) =>
        [.. prefixes.OrderByDescending(p => p.Prefix.Length)];

    /// <summary>The labels of a credits list ("Text", "Fotos", "Interview") and the role each gives.</summary>
    public static readonly FrozenDictionary<string, ContributorRole> CreditLabels = new Dictionary<string, ContributorRole>(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = ContributorRole.Author, ["texte"] = ContributorRole.Author, ["words"] = ContributorRole.Author, ["author"] = ContributorRole.Author,
        ["authors"] = ContributorRole.Author, ["autor"] = ContributorRole.Author, ["autorin"] = ContributorRole.Author, ["autoren"] = ContributorRole.Author,
        ["auteur"] = ContributorRole.Author, ["texto"] = ContributorRole.Author, ["testo"] = ContributorRole.Author, ["tekst"] = ContributorRole.Author,
        ["interview"] = ContributorRole.Author, ["entrevista"] = ContributorRole.Author, ["intervista"] = ContributorRole.Author, ["reportage"] = ContributorRole.Reporter,
        ["reporter"] = ContributorRole.Reporter, ["reporting"] = ContributorRole.Reporter, ["foto"] = ContributorRole.Photographer, ["fotos"] = ContributorRole.Photographer,
        ["fotograf"] = ContributorRole.Photographer, ["beeld"] = ContributorRole.Photographer, ["fotografin"] = ContributorRole.Photographer, ["fotografie"] = ContributorRole.Photographer,
        ["photo"] = ContributorRole.Photographer, ["photos"] = ContributorRole.Photographer, ["photography"] = ContributorRole.Photographer,
        ["photographer"] = ContributorRole.Photographer, ["photographe"] = ContributorRole.Photographer, ["fotógrafo"] = ContributorRole.Photographer,
        ["illustration"] = ContributorRole.Illustrator, ["illustrationen"] = ContributorRole.Illustrator, ["illustrations"] = ContributorRole.Illustrator,
        ["übersetzung"] = ContributorRole.Translator, ["translation"] = ContributorRole.Translator, ["traduction"] = ContributorRole.Translator,
        ["redaktion"] = ContributorRole.Editor, ["editor"] = ContributorRole.Editor, ["edited by"] = ContributorRole.Editor,
        // Indonesian "Penulis … Editor …", Lithuanian "Tekstas … iliustracijos …".
        ["penulis"] = ContributorRole.Author, ["tekstas"] = ContributorRole.Author, ["iliustracijos"] = ContributorRole.Illustrator,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A magazine's production roles a credits list may also name, crediting no one we model (styling, hair, make-up,
    /// production, art direction, casting, ...). Any other label ("Regie", "Musik", "Verlag", "Director") marks the
    /// list as the credits of a work under review, not of the article.
    /// </summary>
    public static readonly FrozenSet<string> IgnoredCreditLabels = new[]
    {
        "styling", "styled by", "stylist", "stylistin", "style", "hair", "haare", "make-up", "makeup", "make up", "hair and make-up", "grooming",
        "maske", "production", "produktion", "producer", "produzentin", "produzent", "art direction", "art director", "art direktion",
        "creative direction", "creative director", "kreativdirektion", "location", "locations", "model", "models", "casting", "assistant",
        "assistance", "assistenz", "fotoassistenz", "photo assistant", "set design", "set", "props", "requisite", "retouching", "retusche",
        "postproduction", "postproduktion", "stylisme", "coiffure", "maquillage", "estilismo", "maquillaje", "peluquería",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
