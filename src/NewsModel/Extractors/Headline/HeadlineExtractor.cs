using AngleSharp.Dom;
using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Headline;

/// <summary>
/// Proposes the document's own headline candidates after the markup readers have run, and settles the headline
/// by agreement: the <c>&lt;title&gt;</c> with site-name decorations removed; the first <c>&lt;h1&gt;</c> that is
/// not the site's logo, without its kicker ("Climate: " above the headline); and, when another source confirms
/// that <c>&lt;h1&gt;</c> (the same text, or the text with a kicker or a suffix), the <c>&lt;h1&gt;</c> as the
/// confirmed headline, since it is what readers see.
/// </summary>
/// <remarks>Stateless and thread-safe. Uses the page index; the DOM is not walked again beyond the headings themselves.</remarks>
public sealed class HeadlineExtractor : IArticleExtractor
{
    // Class names of the line printed above a headline.
    private static readonly string[] KickerWords = ["kicker", "overline", "dachzeile", "topline", "roofline", "eyebrow", "pretitle", "supertitle", "spitzmarke"];

    private static readonly string[] KickerHints = [.. KickerWords, "subject", "label", "category"];

    // Class names that mark a heading itself as the line above the headline, not the headline.
    private static readonly string[] KickerHeadingHints = [.. KickerWords, "strapline"];

    private const int MaxHeadingsLookedAt = 40;

    /// <summary>How many elements after a heading may pass before the paragraph that shows it heads text.</summary>
    private const int TextReach = 60;

    /// <summary>How long a paragraph is before it counts as running text under a heading.</summary>
    private const int RunningTextLength = 120;

    /// <summary>How many words the label of a box set in an h1 has at most ("Quicklinks", "Our partners").</summary>
    private const int MaxBoxLabelWords = 2;

    private static readonly string[] TemplateSeparators = [" - ", " – ", " — ", " | "];

    // Section names that title templates put before every headline of a site.
    private static readonly HashSet<string> GenericSectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "News", "Aktuelles", "Aktuell", "Nachrichten", "Meldungen", "Pressemitteilungen", "Presse", "Blog", "Artikel", "Startseite", "Home",
        "Actualités", "Actualidad", "Noticias", "Notizie", "Wiadomości", "Новости", "Haberler", "Latest", "Nieuws",
    };

    private static readonly string[] HiddenHints = ["hidden", "invisible", "sr-only", "screen-reader", "visuallyhidden", "aural"];

    /// <inheritdoc />
    public string Name => "headline";

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var index = context.Index;
        var site = SiteNames.Get(context);
        var others = context.GetCandidates(ArticleFields.Headline).Select(c => c.Value).ToList();
        var rawTitle = index.Title;
        var (h1Element, h1Text) = FirstSuitableH1(index, site, rawTitle, others);
        var h1 = WithoutKicker(h1Text, others);

        // The last item of a breadcrumb trail repeats the document's title: only the other sources can confirm it.
        var titleConfirms = h1Element is null || !InBreadcrumb(index, h1Element);
        var confirming = new List<string>(others);
        if (CleanTitle(rawTitle, site, h1 is null ? others : [.. others, h1]) is { } title)
        {
            context.Propose(ArticleFields.Headline, title, ArticleSources.Title);
            others.Add(title);
            if (titleConfirms)
            {
                confirming.Add(title);
            }
        }

        // A publisher profile's selector was written for the site: agreement between generic sources does not overrule it.
        var fromProfile = context.GetCandidates(ArticleFields.Headline).Any(c => c.Source == ArticleSources.PublisherProfile);
        if (h1 is not null)
        {
            context.Propose(ArticleFields.Headline, h1, ArticleSources.H1);
            if (!fromProfile && confirming.Any(o => Confirms(o, h1)))
            {
                context.Propose(ArticleFields.Headline, h1, ArticleSources.H1, FieldPrecedence.Confirmed);
                return;
            }
        }

        // No h1 is the headline, or none that another source repeats: a heading that another source repeats is the
        // headline readers see (the h1 being the site's banner, a kicker or a section label).
        // The JSON-LD headline is the publisher's own statement: a later heading does not overrule it unless it agrees.
        var declared = context.GetCandidates(ArticleFields.Headline).Where(c => c.Source == ArticleSources.JsonLd).Select(c => c.Value).FirstOrDefault();
        // The raw title too: its cleanup may have kept the wrong piece ("Site - Section » Headline").
        if (!fromProfile && ConfirmedHeading(index, h1Element, site, rawTitle, rawTitle is null ? others : [.. others, rawTitle], declared) is { } heading)
        {
            context.Propose(ArticleFields.Headline, heading, ArticleSources.Heading, FieldPrecedence.Confirmed);
            return;
        }

        // On a page whose h1s label boxes ("Quicklinks", "Our partners" in a sidebar) and set the headline in an h2, the
        // first h1 heads no text: the last h2 before it that opens the body's text is the headline.
        if (!fromProfile && h1Element is not null && HeadsBoxes(index, h1Element, h1) && BodyHeadingBefore(index, h1Element, site) is { } bodyHeading)
        {
            context.Propose(ArticleFields.Headline, bodyHeading, ArticleSources.Heading, FieldPrecedence.PriorityOf(ArticleFields.Headline, ArticleSources.H1) + 1);
            return;
        }

        if (!fromProfile && declared is null && h1 is not null && OutranksSocialTitle(context, h1))
        {
            context.Propose(ArticleFields.Headline, h1, ArticleSources.H1, FieldPrecedence.PriorityOf(ArticleFields.Headline, ArticleSources.OpenGraphTitle) + 1);
        }
    }

    /// <summary>
    /// Whether an unconfirmed h1 of three words or more should win over the social title that would otherwise win
    /// (og:title, twitter:title), written for sharing and often reworded: unless one merely begins the other (an h1
    /// cut short, or one with a subtitle glued on), which leaves the order of precedence to decide.
    /// </summary>
    private static bool OutranksSocialTitle(ExtractionContext context, string h1)
    {
        var candidates = context.GetCandidates(ArticleFields.Headline);
        if (candidates.Count == 0 || candidates[0] is not { Source: ArticleSources.OpenGraphTitle or ArticleSources.TwitterTitle } top)
        {
            return false;
        }

        if (h1.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3 || GenericSectionWords.Contains(h1))
        {
            return false;
        }

        var folded = SiteNames.Fold(h1);
        var social = SiteNames.Fold(top.Value);
        return !(folded.StartsWith(social, StringComparison.Ordinal) || social.StartsWith(folded, StringComparison.Ordinal));
    }

    /// <summary>
    /// The first other heading (another h1, or an h2) in document order, outside page furniture and not the site's
    /// name, whose text another source gives as the headline: the JSON-LD headline where there is one.
    /// </summary>
    private static string? ConfirmedHeading(DocumentIndex index, IElement? chosen, SiteNames site, string? rawTitle, List<string> others, string? declared)
    {
        if (others.Count == 0)
        {
            return null;
        }

        var headings = new List<(IElement Element, int Order)>(index.H1s.Count + index.Subheadings.Count);
        for (var i = 0; i < index.H1s.Count; i++)
        {
            if (!ReferenceEquals(index.H1s[i], chosen))
            {
                headings.Add((index.H1s[i], index.H1Orders[i]));
            }
        }

        foreach (var subheading in index.Subheadings)
        {
            if (subheading.Element.LocalName == "h2")
            {
                headings.Add(subheading);
            }
        }

        headings.Sort((a, b) => a.Order.CompareTo(b.Order));
        var looked = 0;
        foreach (var (element, _) in headings)
        {
            if (++looked > MaxHeadingsLookedAt)
            {
                break;
            }

            if (HeadlineText(element) is not { Length: <= 400 } text || HasSymbolBullet(text))
            {
                continue;
            }

            // One word is a section's or a site's name more often than a headline; so is a generic section word, and
            // a short phrase holding the site's name ("Coastline Weekly"), but not a sentence that mentions it. An h1
            // already judged to be the title's site-name suffix is not taken back.
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words < 2 || GenericSectionWords.Contains(text) || site.IsName(text) || (words <= 3 && site.Matches(text))
                || (element.LocalName == "h1" && IsTitleSuffix(text, rawTitle)))
            {
                continue;
            }

            // The furniture and breadcrumb tests walk the ancestors: only for the heading another source confirms.
            if (HeadlineCleaner.Clean(text, site) is { } cleaned && (declared is null ? others.Any(o => Confirms(o, cleaned, secondary: true)) : Confirms(declared, cleaned, secondary: true))
                && IsCandidateHeading(element) && !InBreadcrumb(index, element))
            {
                return cleaned;
            }
        }

        return null;
    }

    /// <summary>
    /// The last h2 before <paramref name="h1"/> in document order that opens a run of two paragraphs (see <see cref="HeadsText"/>):
    /// two words or more, outside page furniture and breadcrumbs, not the site's name nor a generic section word.
    /// </summary>
    private static string? BodyHeadingBefore(DocumentIndex index, IElement h1, SiteNames site)
    {
        var h1Order = index.H1Orders[index.H1s.IndexOf(h1)];
        var subheadings = index.Subheadings;
        var looked = 0;
        for (var i = subheadings.Count - 1; i >= 0 && looked < MaxHeadingsLookedAt; i--)
        {
            var (element, order) = subheadings[i];
            if (order > h1Order || element.LocalName != "h2")
            {
                continue;
            }

            looked++;
            if (HeadlineText(element) is not { Length: <= 400 } text || HasSymbolBullet(text)
                || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2 || GenericSectionWords.Contains(text) || site.Matches(text))
            {
                continue;
            }

            if (HeadsText(element, paragraphs: 2) && IsCandidateHeading(element) && !InBreadcrumb(index, element))
            {
                return HeadlineCleaner.Clean(text, site);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the page's h1s head boxes rather than the article: the chosen one is a box's label (two words at most:
    /// "Quicklinks", "Our partners"), heads no text, and another candidate h1 follows it. A lone h1 over a short text (a
    /// video's, a brief's), and a headline over sections that have h1s of their own, are still the headline.
    /// </summary>
    private static bool HeadsBoxes(DocumentIndex index, IElement h1, string? text)
    {
        if (text is null || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxBoxLabelWords)
        {
            return false;
        }

        var at = index.H1s.IndexOf(h1);
        var another = false;
        for (var i = at + 1; i < index.H1s.Count && !another; i++)
        {
            another = IsCandidateHeading(index.H1s[i]);
        }

        return another && !HeadsText(h1);
    }

    /// <summary>
    /// Whether a heading opens a run of text: <paramref name="paragraphs"/> paragraphs of running text
    /// (<see cref="RunningTextLength"/> characters or more) follow it within <see cref="TextReach"/> elements, before the
    /// next heading of its rank or above. The body's text under a headline set in an h2 runs to two paragraphs at least,
    /// where a notice, a cookie banner or an editor's note above the article has one.
    /// </summary>
    private static bool HeadsText(IElement heading, int paragraphs = 1)
    {
        var h2 = heading.LocalName == "h2";
        var seen = 0;
        var found = 0;
        for (var current = PageLayout.NextOutside(heading); current is not null && seen < TextReach; current = current.FirstElementChild ?? PageLayout.NextOutside(current))
        {
            seen++;
            if (current.LocalName == "h1" || (h2 && current.LocalName == "h2"))
            {
                return false;
            }

            if (current.LocalName == "p" && ElementText.IsLongerThan(current, RunningTextLength - 1) && ++found == paragraphs)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The h1 without a kicker that another source leaves out: "Weekly sessionPyramid set" (a kicker glued to the
    /// headline by the markup) or "Climate: Headline" where the structured data gives "Headline".
    /// </summary>
    private static string? WithoutKicker(string? h1, List<string> others)
    {
        if (h1 is null)
        {
            return null;
        }

        foreach (var other in others)
        {
            // Compared without zero-width joiners, which one source may print and another not; the h1's own spelling is kept.
            var o = TextNormalizer.Collapse(other);
            var start = SuffixStart(h1, o);
            if (o.Length < 10 || start < 3)
            {
                continue;
            }

            // The kicker ends where the headline starts: glued ("WocheLagen"), or with a colon, dash or bar.
            var prefix = h1[..start];
            o = h1[start..];
            var glued = char.IsLower(prefix[^1]) && char.IsUpper(o[0]);
            if (glued || prefix.TrimEnd().EndsWith(':') || prefix.EndsWith(" - ", StringComparison.Ordinal) || prefix.EndsWith(" | ", StringComparison.Ordinal)
                || prefix.EndsWith(" – ", StringComparison.Ordinal))
            {
                return o;
            }
        }

        return h1;
    }

    /// <summary>Where <paramref name="suffix"/> starts at the end of <paramref name="text"/>, zero-width joiners aside; -1 when it does not end it.</summary>
    private static int SuffixStart(string text, string suffix)
    {
        int i = text.Length, j = suffix.Length;
        while (j > 0)
        {
            if (i > 0 && TextNormalizer.IsJoiner(text[i - 1]))
            {
                i--;
            }
            else if (TextNormalizer.IsJoiner(suffix[j - 1]))
            {
                j--;
            }
            else if (i > 0 && text[i - 1] == suffix[j - 1])
            {
                i--;
                j--;
            }
            else
            {
                return -1;
            }
        }

        return i;
    }

    /// <summary>
    /// Whether another source's headline confirms the h1: the same words (punctuation, quotes and case aside), or
    /// the h1 with a kicker before it or a decoration after it ("Climate: Headline", "Headline - Site").
    /// </summary>
    /// <param name="other">Another source's headline.</param>
    /// <param name="h1">The heading's text.</param>
    /// <param name="secondary">
    /// Whether the heading is not the first suitable h1: its text before a colon ("Place: what happened there") is a
    /// topic that sub-headings repeat, so only the text after a colon confirms it.
    /// </param>
    internal static bool Confirms(string other, string h1, bool secondary = false)
    {
        var folded = SiteNames.Fold(h1);
        if (folded.Length == 0)
        {
            return false;
        }

        var otherFolded = SiteNames.Fold(other);
        if (otherFolded == folded)
        {
            return true;
        }

        // The other runs on, glued, past the h1 ("HeadlineSite description"), as when a title template lacks a separator.
        if (folded.Length >= 8 && other.StartsWith(h1, StringComparison.Ordinal) && other.Length > h1.Length
            && char.IsLetterOrDigit(h1[^1]) && char.IsUpper(other[h1.Length]))
        {
            return true;
        }

        foreach (var separator in HeadlineCleaner.Separators)
        {
            var before = !(secondary && separator == ": ");
            var at = other.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && (SiteNames.Fold(other[(at + separator.Length)..]) == folded || (before && SiteNames.Fold(other[..at]) == folded)))
            {
                return true;
            }

            var last = other.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > at && ((before && SiteNames.Fold(other[..last]) == folded) || SiteNames.Fold(other[(last + separator.Length)..]) == folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The title without decorations (see <see cref="HeadlineCleaner"/>); then, when another source gives one of
    /// its pieces, that piece.
    /// </summary>
    private static string? CleanTitle(string? raw, SiteNames site, List<string> others)
    {
        var title = HeadlineCleaner.Clean(raw, site);
        if (title is null)
        {
            return null;
        }

        foreach (var separator in HeadlineCleaner.Separators)
        {
            if (!title.Contains(separator, StringComparison.Ordinal))
            {
                continue;
            }

            var pieces = title.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var piece in pieces)
            {
                if (others.Any(o => SiteNames.Fold(o) == SiteNames.Fold(piece)))
                {
                    return piece;
                }
            }
        }

        return TrimTitleTemplate(title);
    }

    /// <summary>
    /// A title template's decorations that no known name gives away: a generic section word before the headline
    /// ("News - Headline", "Aktuelles | Headline"), and a trail of two or more pieces after it ("Headline - Section -
    /// Site"), where the same dash joins three or more pieces.
    /// </summary>
    internal static string TrimTitleTemplate(string title)
    {
        foreach (var separator in TemplateSeparators)
        {
            var first = title.IndexOf(separator, StringComparison.Ordinal);
            if (first <= 0)
            {
                continue;
            }

            if (GenericSectionWords.Contains(title[..first].Trim()))
            {
                return TrimTitleTemplate(title[(first + separator.Length)..].Trim());
            }

            var pieces = title.Split(separator, StringSplitOptions.TrimEntries);
            if (pieces.Length >= 3 && pieces.All(p => p.Length > 0) && pieces[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)
            {
                return pieces[0];
            }
        }

        return title;
    }

    private static (IElement? Element, string? Text) FirstSuitableH1(DocumentIndex index, SiteNames site, string? rawTitle, List<string> others)
    {
        foreach (var h1 in index.H1s)
        {
            if (!IsCandidateHeading(h1))
            {
                continue;
            }

            var text = HeadlineText(h1);
            if (text is null || text.Length > 400 || IsSiteName(text, site, others) || IsTitleSuffix(text, rawTitle))
            {
                continue;
            }

            return (h1, HeadlineCleaner.Clean(text, site));
        }

        return (null, null);
    }

    /// <summary>
    /// A heading that may be the headline: not in page furniture, not the logo, not hidden, and not itself marked as
    /// a kicker ("strapline", "overline" above the real headline).
    /// </summary>
    private static bool IsCandidateHeading(IElement heading) =>
        !(PageRegions.IsBoilerplate(heading) || IsLogo(heading) || IsHidden(heading) || HasHint(heading, KickerHeadingHints));

    /// <summary>A heading whose text starts with a symbol used as a bullet or arrow ("&gt; ", "[&gt; ", "► "): a listing's or a template's item.</summary>
    private static bool HasSymbolBullet(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }

            if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.MathSymbol or System.Globalization.UnicodeCategory.OtherSymbol)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InBreadcrumb(DocumentIndex index, IElement heading)
    {
        foreach (var hinted in index.Hinted)
        {
            if ((hinted.Hint & ElementHint.Breadcrumb) != 0 && hinted.Element.Contains(heading))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A heading that is the site's name: exactly one of its names, or a short text holding one ("Coastline Weekly")
    /// that no other source gives as the headline. A headline that mentions the site ("Tote Hummeln unter Linden" on
    /// a site called "Hummeln") is repeated by the structured data; the site's banner is not.
    /// </summary>
    private static bool IsSiteName(string text, SiteNames site, List<string> others)
    {
        if (site.IsName(text))
        {
            return true;
        }

        if (!site.Matches(text))
        {
            return false;
        }

        var folded = SiteNames.Fold(text);
        return !others.Any(o => SiteNames.Fold(o) == folded);
    }

    /// <summary>A heading that only holds a link to the home page, or is marked as the logo or the site's title.</summary>
    private static bool IsLogo(IElement h1)
    {
        var hints = (h1.ClassName + " " + h1.Id).ToLowerInvariant();
        if (hints.Contains("logo", StringComparison.Ordinal) || hints.Contains("site-title", StringComparison.Ordinal) || hints.Contains("site-name", StringComparison.Ordinal)
            || hints.Contains("brand", StringComparison.Ordinal))
        {
            return true;
        }

        return h1.Children.Length == 1 && h1.FirstElementChild is { LocalName: "a" } link
            && (IsHomeLink(link.GetAttribute("href")) || (link.ClassName ?? string.Empty).Contains("logo", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A link to a site's home page: "/", "./", or an absolute address whose path is the root ("https://blog.example/").</summary>
    private static bool IsHomeLink(string? href)
    {
        var value = href?.Trim();
        if (value is "/" or "./")
        {
            return true;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.AbsolutePath == "/"
            && url.Query.Length == 0 && url.Fragment.Length == 0;
    }

    /// <summary>
    /// The last piece of a decorated title ("Headline | Site Name") is the site's name, whatever the h1 says; unless
    /// it is more than twice as long as what precedes it, which is then a site name or topic before the headline
    /// ("Petition: Headline", "Coastline e.V.: Headline").
    /// </summary>
    private static bool IsTitleSuffix(string text, string? rawTitle)
    {
        if (rawTitle is null)
        {
            return false;
        }

        var folded = SiteNames.Fold(text);
        foreach (var separator in HeadlineCleaner.Separators)
        {
            var last = rawTitle.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0 && SiteNames.Fold(rawTitle[(last + separator.Length)..]) == folded && SiteNames.Fold(rawTitle[..last]) != folded
                && rawTitle.Length - last - separator.Length <= 2 * last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The heading's text without a kicker: when the heading is made of parts and a part is marked as a kicker, or
    /// parts are joined by a visually hidden separator, the headline is what follows.
    /// </summary>
    private static string? HeadlineText(IElement h1)
    {
        var parts = h1.Children;
        if (parts.Length >= 2)
        {
            for (var i = parts.Length - 1; i >= 0; i--)
            {
                var part = parts[i];
                if (i < parts.Length - 1 && (IsHidden(part) || HasHint(part, KickerHints)) && !parts.Skip(i + 1).All(p => HasHint(p, KickerHints)))
                {
                    var rest = string.Concat(parts.Skip(i + 1).Select(VisibleText));
                    var tail = TextNormalizer.CollapseOrNull(rest);
                    if (tail is not null && tail.Length >= 10)
                    {
                        return tail;
                    }
                }
            }
        }

        if (parts.Length >= 1 && parts[0] is { } first && HasHint(first, KickerHints) && VisibleText(first) is { Length: > 0 } kicker)
        {
            // A kicker followed by bare text: "<span class=overline>Topic</span>Headline".
            var full = VisibleText(h1);
            var at = full.IndexOf(kicker, StringComparison.Ordinal);
            if (at >= 0 && TextNormalizer.CollapseOrNull(full[(at + kicker.Length)..]) is { Length: >= 10 } rest)
            {
                return rest;
            }
        }

        if (parts.Length >= 2 && parts.Any(p => IsHidden(p) || HasHint(p, KickerHints)))
        {
            // A kicker after the headline, or a hidden part between them ("Headline<span class=sr-only>: </span><small class=topline>Topic</small>").
            var builder = new System.Text.StringBuilder();
            foreach (var node in h1.ChildNodes)
            {
                if (node is IText text)
                {
                    builder.Append(text.Data);
                }
                else if (node is IElement element && !IsHidden(element) && !HasHint(element, KickerHints))
                {
                    builder.Append(VisibleText(element));
                }
            }

            if (TextNormalizer.CollapseOrNull(builder.ToString()) is { Length: >= 10 } shown)
            {
                return shown;
            }
        }

        return TextNormalizer.CollapseOrNull(VisibleText(h1));
    }

    /// <summary>An element's text without ruby annotations (the readings printed above East Asian characters).</summary>
    private static string VisibleText(IElement element)
    {
        if (element.QuerySelector("rt, rp") is null)
        {
            return element.TextContent;
        }

        var builder = new System.Text.StringBuilder();
        foreach (var node in element.GetDescendants())
        {
            if (node is IText text && text.ParentElement?.Closest("rt, rp") is null)
            {
                builder.Append(text.Data);
            }
        }

        return builder.ToString();
    }

    private static bool IsHidden(IElement element) =>
        string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase) || HasHint(element, HiddenHints);

    private static bool HasHint(IElement element, string[] hints)
    {
        var value = element.ClassName;
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (var hint in hints)
        {
            if (value.Contains(hint, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
