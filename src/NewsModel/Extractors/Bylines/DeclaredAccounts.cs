using NewsModel.Internal;
using NewsModel.Pipeline;

namespace NewsModel.Extractors.Bylines;

/// <summary>
/// Tells the CMS account or site code a page declares as its author in markup (JSON-LD, meta tags, microdata) from a
/// writer's name: a lower-case handle without spaces ("webnata"), bare initials or a code in capitals ("AS",
/// "KWXYNEWS"), or the value of the page's <c>generator</c> tag (the software or the team that runs the site). Such a
/// value is kept only when the page prints it: in its title, in a link's text or address (a user's profile page), or
/// in an element marked as a byline. Community sites credit their users by handle, and print it.
/// </summary>
/// <remarks>Stateless and thread-safe. Runs only for values of those shapes, so most pages never pay for the look-up.</remarks>
internal static class DeclaredAccounts
{
    /// <summary>Whether a declared author value is an account or a code that the page never prints.</summary>
    /// <param name="context">The extraction context.</param>
    /// <param name="name">The cleaned author name.</param>
    public static bool IsUnprintedAccount(ExtractionContext context, string name)
    {
        var generator = context.Index.MetaContent("generator");
        var sameAsGenerator = generator is not null && SiteNames.Fold(generator) is { Length: > 0 } folded && folded == SiteNames.Fold(name);
        var shape = Shape(name);

        // A word in capitals is also how a name is written ("SUTRISNO"): it reads as a code only with more to show for
        // it (initials, digits or marks, the host's own label, the generator's value).
        if (shape == AccountShape.Capitals && !sameAsGenerator && !IsCode(name) && !SiteNames.Get(context).SharesDomainLabel(name))
        {
            return false;
        }

        if (!sameAsGenerator && shape == AccountShape.None)
        {
            return false;
        }

        // A handle is printed in any case and with or without its accents ("zoë" printed "Zoe"); initials and codes only
        // in capitals ("AS", not "as").
        return !IsPrinted(context, name, caseSensitive: shape == AccountShape.Capitals);
    }

    /// <summary>Whether a token in capitals reads as initials or a code rather than a name: three letters or fewer, or digits or marks among them ("J.R.", "KX9").</summary>
    internal static bool IsCode(string name) =>
        name.Count(char.IsLetter) <= 3 || name.Any(c => !char.IsLetter(c));

    /// <summary>The shapes of a value that names an account rather than a person.</summary>
    internal enum AccountShape
    {
        /// <summary>A name, or anything else.</summary>
        None,

        /// <summary>"webnata", "gto", "jane_doe": one token of lower-case letters (and digits, dots, hyphens, underscores).</summary>
        Handle,

        /// <summary>"AS", "J.R.", "KWXYNEWS": one token whose letters are all capitals.</summary>
        Capitals,
    }

    /// <summary>
    /// Whether one token reads as a handle (lower case) or as initials or a code (capitals). News agencies ("AFP", "dpa",
    /// "dpa/lno") and tokens of cased scripts only count: a Korean or Chinese name has no case.
    /// </summary>
    internal static AccountShape Shape(string name)
    {
        if (name.Length < 2 || name.Contains(' ', StringComparison.Ordinal) || NewsAgencies.Match(name) is not null || NewsAgencies.MatchCredit(name) is not null)
        {
            return AccountShape.None;
        }

        var lower = 0;
        var upper = 0;
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                lower++;
            }
            else if (char.IsUpper(c))
            {
                upper++;
            }
            else if (!(char.IsDigit(c) || c is '.' or '-' or '_'))
            {
                return AccountShape.None;
            }
        }

        return (lower, upper) switch
        {
            ( > 0, 0) => AccountShape.Handle,
            (0, > 0) => AccountShape.Capitals,
            _ => AccountShape.None,
        };
    }

    /// <summary>
    /// Whether the page prints a name: as a word of its title or of its text (scripts aside; accents aside; case aside
    /// unless <paramref name="caseSensitive"/>), or as a segment of a link's address (a user's profile page).
    /// </summary>
    private static bool IsPrinted(ExtractionContext context, string name, bool caseSensitive)
    {
        var text = context.GetShared(PrintedText.Build);
        var word = PrintedText.Normalize(name, keepCase: caseSensitive);
        if (word.Length > 0 && ContainsWord(caseSensitive ? text.Cased : text.Folded, word, StringComparison.Ordinal))
        {
            return true;
        }

        var folded = SiteNames.Fold(name);
        return folded.Length > 0 && context.Index.Anchors.Any(anchor => HasSegment(anchor.Href, folded));
    }

    /// <summary>The page's title and text, scripts and styles aside, normalized once per page for word look-ups: accents stripped, every run of other characters one space; once with its case, once lower case.</summary>
    private sealed class PrintedText
    {
        private PrintedText(string cased)
        {
            Cased = cased;
            Folded = cased.ToLowerInvariant();
        }

        public string Cased { get; }

        public string Folded { get; }

        public static PrintedText Build(ExtractionContext context)
        {
            var builder = new System.Text.StringBuilder();
            builder.Append(context.Index.Title).Append(' ');
            if (context.Document.Body is { } body)
            {
                Append(body, builder);
            }

            return new PrintedText(Normalize(builder.ToString(), keepCase: true));
        }

        private static void Append(AngleSharp.Dom.INode node, System.Text.StringBuilder builder)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is AngleSharp.Dom.IText text)
                {
                    builder.Append(text.Data).Append(' ');
                }
                else if (child is AngleSharp.Dom.IElement element && element.LocalName is not ("script" or "style" or "noscript" or "template"))
                {
                    Append(element, builder);
                }
            }
        }

        /// <summary>Accents stripped, letters and digits kept (lower-cased unless <paramref name="keepCase"/>), every run of anything else one space.</summary>
        public static string Normalize(string text, bool keepCase)
        {
            var builder = new System.Text.StringBuilder(text.Length);
            var space = false;
            foreach (var c in text.Normalize(System.Text.NormalizationForm.FormKD))
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (space && builder.Length > 0)
                    {
                        builder.Append(' ');
                    }

                    builder.Append(keepCase ? c : char.ToLowerInvariant(c));
                    space = false;
                }
                else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    space = true;
                }
            }

            return builder.ToString();
        }
    }

    /// <summary>Whether a link's address has a path segment that is the name ("/user/58/jane_doe.html", "/author/jdoe/").</summary>
    private static bool HasSegment(string href, string folded)
    {
        var end = href.IndexOfAny(['?', '#']);
        var path = end >= 0 ? href[..end] : href;
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var dot = segment.LastIndexOf('.');
            var stem = dot > 0 && segment.Length - dot <= 5 ? segment[..dot] : segment;
            if (SiteNames.Fold(stem) == folded)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> occurs in <paramref name="text"/> between characters that are not letters or digits.</summary>
    internal static bool ContainsWord(string? text, string word, StringComparison comparison)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        for (var at = text.IndexOf(word, comparison); at >= 0; at = text.IndexOf(word, at + 1, comparison))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
