using System.Text.RegularExpressions;

namespace NewsModel.Extractors.Content;

/// <summary>
/// Recognises short blocks whose words, not names, mark them as furniture: share and follow prompts, "read more"
/// and "related" labels, advertisement labels, newsletter prompts, copyright lines, bylines and datelines.
/// Only short blocks are tested: a long paragraph that happens to start with "Read more" is still text.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class BoilerplateText
{
    /// <summary>Blocks longer than this (characters) are never judged by their words.</summary>
    public const int MaxLength = 120;

    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // The whole block is a label.
    private static readonly Regex Label = new(
        @"^[\s\p{P}\p{S}]*(advertisement|advertising|advert|breaking news|eilmeldung|anzeige|werbung|publicité|publicidad|pubblicità|reklama|sponsored|sponsored content|" +
        @"share|share this|share this article|share this story|share on (facebook|twitter|x|linkedin|whatsapp|email)|teilen|partager|compartir|udostępnij|" +
        @"tweet|email|print|drucken|comments?|kommentare?|komentarze|read more|read next|read also|see also|more|mehr|mehr zum thema|lesen sie auch|weiterlesen|czytaj (też|także|więcej)|" +
        @"related|related articles|related stories|related content|related coverage|recommended|recommended for you|most read|most popular|trending|" +
        @"continue reading( below)?|story continues below|article continues below|scroll to continue|skip (advertisement|ad)|" +
        @"click here|tap here|back to top|nach oben|top|next|previous|zurück|weiter|loading|close|schließen|" +
        @"bild anzeigen|beitragsbild|schon gelesen|war (der|dieser) (artikel|beitrag) (hilfreich|nützlich)|(artikel|beitrag) teilen|" +
        @"(möchten sie|jetzt) (den|diesen) (artikel|beitrag) teilen|notas relacionadas|temas relacionados|artículos relacionados|" +
        @"weitere artikel|weitere beiträge|ähnliche artikel|das könnte (sie|dich) auch interessieren|source|quelle|źródło|fuente|foto|photo|" +
        @"(kommentare?|kommentar) schreiben|write a comment|leave a comment|leave a reply|add a comment|post a comment|" +
        @"next article|previous article|nächster artikel|vorheriger artikel|vorschau auf den nächsten artikel|artykuł sponsorowany)[\s\p{P}\p{S}]*$",
        Options);

    // The block begins like a prompt.
    private static readonly Regex Prompt = new(
        @"^[\s\p{P}\p{S}]*(read more|read also|read next|more from|more on this|also read|see also|related:|watch:|listen:|click here|click to|tap to|" +
        @"sign up|subscribe|follow us|follow (him|her|them|me) on|join (us|our)|get our|get the latest|don't miss|download (our|the) app|" +
        @"lesen sie auch|lesen sie mehr|mehr zum thema|mehr dazu|auch interessant|das könnte sie auch interessieren|jetzt abonnieren|folgen sie|" +
        @"czytaj (też|także|więcej)|zobacz (też|także)|lire aussi|à lire aussi|leer más|lee también|leia também|leggi anche|" +
        @"copyright|©|\(c\) ?\d{4}|all rights reserved|alle rechte vorbehalten|this (article|story) (was|has been) (updated|corrected)|" +
        @"(we use|wir verwenden|wir nutzen|nous utilisons|utilizamos|usamos|korzystamy z|utilizziamo) cookies|this (site|website) uses cookies|by using this (site|website)|" +
        @"you (may|might) also like|recommended for you|sponsored|advertisement|\*?werbung\b|anzeige\b|" +
        @"to (view|read|continue reading) (the full|this|the rest of this) (story|article)|para comentar|um zu kommentieren|pour commenter|to (comment|leave a comment)|" +
        @"mehr (kolumnen|artikel|beiträge|news|videos|zum thema|dazu)\b|materiał chroniony prawem|" +
        @"(der|dieser) (beitrag|artikel) wurde (am|zuletzt)|this (article|post|story) was (first )?(published|posted|updated) (on|at)|" +
        @"unterstützen sie (uns|unsere|diese)|support (us|our journalism|independent journalism)|our standards:)",
        Options);

    // "By Jane Doe", "Von Max Muster", "Por Ana", optionally with a date or agency after it.
    private static readonly Regex Byline = new(
        @"^([Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Pp]rzez|[Tt]ext:|[Tt]exte:|[Aa]utor:|[Aa]uthor:|[Rr]eporting by|[Ww]ritten by|[Ww]ords by)\s+\p{Lu}[\p{L}'’.-]*(\s+(\p{Lu}[\p{L}'’.-]*|and|und|&|,|van|von|de|der|la|le|del|da))*([\s,|•–—-]+.{0,60})?$",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    // "Updated 12:30 PM", "Published March 3, 2024", "03.05.2024, 14:22 Uhr", "5 hours ago", "Reading time: 3 min".
    private static readonly Regex Dateline = new(
        @"^[\s\p{P}]*((updated|published|posted|last (updated|modified)|aktualisiert|veröffentlicht|erstellt|stand|opublikowano|publié|publicado|mis à jour)\b.{0,60}|" +
        @"((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}(st|nd|rd|th)?|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|\d{1,2}\.?\s+[\p{L}\u200C\u200D]+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})[\s,|•–—-]*(\d{1,2}:\d{2}(\s*(am|pm|uhr))?)?[\s\p{L}\u200C\u200D()+:\d.,|•–—-]{0,30}|" +
        @"\d+\s+(min|mins|minutes|minute|hours?|days?|stunden?|tagen?|minuten?)\s+(ago|read|lesezeit|her)?.{0,20}|(reading time|lesezeit|lesedauer)\s*:?.{0,20})$",
        Options);

    /// <summary>True when a short block reads as a label, prompt, notice or byline rather than article text.</summary>
    public static bool IsBoilerplate(string text)
    {
        if (text.Length > MaxLength)
        {
            return false;
        }

        return Label.IsMatch(text) || Prompt.IsMatch(text) || (text.Length <= 80 && Dateline.IsMatch(text));
    }

    /// <summary>True when a short block is a byline ("By Jane Doe and Max Muster, Reuters").</summary>
    public static bool IsByline(string text) => text.Length <= 100 && Byline.IsMatch(text);

    /// <summary>True when a short block is only a date or a time stamp.</summary>
    public static bool IsDateline(string text) => text.Length <= 80 && Dateline.IsMatch(text);
}
