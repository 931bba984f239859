namespace NewsModel.Extractors.Content;

/// <summary>
/// Reads the class, id, role and itemprop of an element for hints: which boilerplate family it belongs to, and
/// whether it names itself as the article body. Names are split into words at every character that is not a
/// letter or digit and at lower-to-upper case changes, so short words ("ad", "nav") only match whole words and do
/// not fire inside "head" or "canvas".
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class ClassHints
{
    // Whole-word matches, kept as word lists rather than regexes: cheaper, and the lists read as documentation.
    // Left out on purpose: "readmore", which names expanders around the text itself.
    private static readonly Dictionary<string, BoilerplateFamily> Words = new(StringComparer.Ordinal)
    {
        ["nav"] = BoilerplateFamily.Navigation, ["navbar"] = BoilerplateFamily.Navigation, ["navigation"] = BoilerplateFamily.Navigation,
        ["menu"] = BoilerplateFamily.Navigation, ["menubar"] = BoilerplateFamily.Navigation, ["breadcrumb"] = BoilerplateFamily.Navigation,
        ["breadcrumbs"] = BoilerplateFamily.Navigation, ["pagination"] = BoilerplateFamily.Navigation, ["pager"] = BoilerplateFamily.Navigation,
        ["sidebar"] = BoilerplateFamily.Navigation, ["footer"] = BoilerplateFamily.Navigation, ["masthead"] = BoilerplateFamily.Navigation,
["topbar"] = BoilerplateFamily.Navigation, ["skip"] = BoilerplateFamily.Navigation,
        ["widget"] = BoilerplateFamily.Navigation, ["widgets"] = BoilerplateFamily.Navigation, ["toolbar"] = BoilerplateFamily.Navigation,
        ["share"] = BoilerplateFamily.Share, ["shares"] = BoilerplateFamily.Share, ["sharing"] = BoilerplateFamily.Share,
        ["sharebar"] = BoilerplateFamily.Share, ["social"] = BoilerplateFamily.Share, ["sociable"] = BoilerplateFamily.Share,
        ["addthis"] = BoilerplateFamily.Share, ["sharethis"] = BoilerplateFamily.Share, ["shariff"] = BoilerplateFamily.Share,
        ["follow"] = BoilerplateFamily.Share, ["socialmedia"] = BoilerplateFamily.Share,
        ["related"] = BoilerplateFamily.Related, ["recommended"] = BoilerplateFamily.Related, ["recommendations"] = BoilerplateFamily.Related,
        ["popular"] = BoilerplateFamily.Related, ["trending"] = BoilerplateFamily.Related, ["outbrain"] = BoilerplateFamily.Related,
        ["taboola"] = BoilerplateFamily.Related, ["mostread"] = BoilerplateFamily.Related, ["teaser"] = BoilerplateFamily.Related, ["teasers"] = BoilerplateFamily.Related,
        ["more"] = BoilerplateFamily.Related,
        ["newsletter"] = BoilerplateFamily.Newsletter, ["subscribe"] = BoilerplateFamily.Newsletter, ["subscription"] = BoilerplateFamily.Newsletter,
        ["signup"] = BoilerplateFamily.Newsletter, ["promo"] = BoilerplateFamily.Newsletter, ["cta"] = BoilerplateFamily.Newsletter,
        ["cookie"] = BoilerplateFamily.Consent, ["cookies"] = BoilerplateFamily.Consent, ["consent"] = BoilerplateFamily.Consent,
        ["gdpr"] = BoilerplateFamily.Consent, ["privacy"] = BoilerplateFamily.Consent,
        ["comment"] = BoilerplateFamily.Comments, ["comments"] = BoilerplateFamily.Comments, ["commentlist"] = BoilerplateFamily.Comments,
        ["disqus"] = BoilerplateFamily.Comments, ["respond"] = BoilerplateFamily.Comments, ["replies"] = BoilerplateFamily.Comments,
        ["discussion"] = BoilerplateFamily.Comments,
        ["ad"] = BoilerplateFamily.Advertising, ["ads"] = BoilerplateFamily.Advertising, ["advert"] = BoilerplateFamily.Advertising,
        ["adverts"] = BoilerplateFamily.Advertising, ["advertisement"] = BoilerplateFamily.Advertising, ["advertising"] = BoilerplateFamily.Advertising,
        ["adsbygoogle"] = BoilerplateFamily.Advertising, ["sponsor"] = BoilerplateFamily.Advertising, ["sponsored"] = BoilerplateFamily.Advertising,
        ["dfp"] = BoilerplateFamily.Advertising, ["banner"] = BoilerplateFamily.Advertising, ["adslot"] = BoilerplateFamily.Advertising,
        ["anzeige"] = BoilerplateFamily.Advertising, ["werbung"] = BoilerplateFamily.Advertising,
        ["byline"] = BoilerplateFamily.Metadata, ["author"] = BoilerplateFamily.Metadata, ["authors"] = BoilerplateFamily.Metadata,
        ["dateline"] = BoilerplateFamily.Metadata, ["timestamp"] = BoilerplateFamily.Metadata, ["tags"] = BoilerplateFamily.Metadata,
        ["tag"] = BoilerplateFamily.Metadata, ["meta"] = BoilerplateFamily.Metadata, ["print"] = BoilerplateFamily.Metadata,
        ["rating"] = BoilerplateFamily.Metadata, ["bio"] = BoilerplateFamily.Metadata, ["categories"] = BoilerplateFamily.Metadata,
        ["gallery"] = BoilerplateFamily.Gallery, ["slideshow"] = BoilerplateFamily.Gallery, ["carousel"] = BoilerplateFamily.Gallery,
        ["slider"] = BoilerplateFamily.Gallery, ["resgallery"] = BoilerplateFamily.Gallery,
        ["caption"] = BoilerplateFamily.Caption, ["credit"] = BoilerplateFamily.Caption, ["credits"] = BoilerplateFamily.Caption,
        ["copyright"] = BoilerplateFamily.Caption, ["bildunterschrift"] = BoilerplateFamily.Caption, ["bildnachweis"] = BoilerplateFamily.Caption,
        ["figcaption"] = BoilerplateFamily.Caption,
        ["modal"] = BoilerplateFamily.Navigation, ["popup"] = BoilerplateFamily.Navigation, ["overlay"] = BoilerplateFamily.Navigation,
    };

    /// <summary>
    /// The words that name a cookie, consent or privacy notice ("cookie", "consent", "gdpr", "privacy"), shared with
    /// <see cref="Internal.PageRegions"/> so the field readers keep off the same notices ("consent-box": "Stand: 01.01.2024").
    /// </summary>
    public static readonly string[] ConsentWords = [.. Words.Where(w => w.Value == BoilerplateFamily.Consent).Select(w => w.Key)];

#if NET9_0_OR_GREATER
    private static readonly Dictionary<string, BoilerplateFamily>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    // Substring matches for words long and specific enough not to occur inside unrelated names.
    private static readonly (string Fragment, BoilerplateFamily Family)[] Fragments =
    [
        ("breadcrumb", BoilerplateFamily.Navigation), ("site-header", BoilerplateFamily.Navigation), ("global-header", BoilerplateFamily.Navigation),
        ("header-nav", BoilerplateFamily.Navigation), ("main-header", BoilerplateFamily.Navigation), ("sidebar", BoilerplateFamily.Navigation),
        ("socialmedia", BoilerplateFamily.Share), ("sharing", BoilerplateFamily.Share), ("sharebar", BoilerplateFamily.Share),
        ("newsletter", BoilerplateFamily.Newsletter), ("subscribe", BoilerplateFamily.Newsletter),
        ("cookie", BoilerplateFamily.Consent), ("outbrain", BoilerplateFamily.Related), ("taboola", BoilerplateFamily.Related),
        ("disqus", BoilerplateFamily.Comments), ("caption", BoilerplateFamily.Caption), ("gallery", BoilerplateFamily.Gallery), ("slideshow", BoilerplateFamily.Gallery), ("advertisement", BoilerplateFamily.Advertising),
    ];

    private static readonly string[] LabelPrefixes = ["tag-", "tags-", "category-", "categories-", "format-", "status-", "type-", "has-", "with-", "no-", "is-", "show-", "page-template"];

    // Words a container uses to name itself as the article's text.
    private static readonly string[] BodyWords =
    [
        "articlebody", "articletext", "articlecontent", "storybody", "storytext", "storycontent", "entrycontent", "postcontent",
        "postbody", "posttext", "bodytext", "maincontent", "contentbody", "textbody", "richtext", "articlecopy", "bodycopy",
    ];

    /// <summary>The boilerplate family an element's own names put it in, given its class attribute's family; <see cref="BoilerplateFamily.None"/> when none.</summary>
    public static BoilerplateFamily FamilyOf(BoilerplateFamily classFamily, string? id, string? role)
    {
        if (role is not null)
        {
            var r = role.Trim();
            if (r.Equals("navigation", StringComparison.OrdinalIgnoreCase) || r.Equals("menu", StringComparison.OrdinalIgnoreCase)
                || r.Equals("banner", StringComparison.OrdinalIgnoreCase) || r.Equals("contentinfo", StringComparison.OrdinalIgnoreCase)
                || r.Equals("complementary", StringComparison.OrdinalIgnoreCase) || r.Equals("dialog", StringComparison.OrdinalIgnoreCase)
                || r.Equals("alertdialog", StringComparison.OrdinalIgnoreCase) || r.Equals("search", StringComparison.OrdinalIgnoreCase))
            {
                return BoilerplateFamily.Navigation;
            }
        }

        return classFamily != BoilerplateFamily.None ? classFamily : FamilyOfName(id);
    }

    /// <summary>The family a class attribute alone puts an element in. Pages repeat class attributes, so callers cache this.</summary>
    public static BoilerplateFamily FamilyOfClasses(string? classNames)
    {
        if (string.IsNullOrEmpty(classNames))
        {
            return BoilerplateFamily.None;
        }

        if (HasHiddenClass(classNames))
        {
            return BoilerplateFamily.Hidden;
        }

        foreach (var token in classNames.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IsLabelClass(token))
            {
                var family = FamilyOfName(token);
                if (family != BoilerplateFamily.None)
                {
                    return family;
                }
            }
        }

        return BoilerplateFamily.None;
    }

    /// <summary>
    /// Class names that label what a post is about or how it is shown ("tag-politics", "category-news",
    /// "has-sidebar", "with-comments") rather than what the element is; content systems put them on the article's
    /// own wrapper.
    /// </summary>
    private static bool IsLabelClass(string token)
    {
        foreach (var prefix in LabelPrefixes)
        {
            if (token.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static BoilerplateFamily FamilyOfName(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 300)
        {
            return BoilerplateFamily.None;
        }

        Span<char> lower = stackalloc char[name.Length];
        var words = new WordSplitter(name);
        var found = BoilerplateFamily.None;
        var bodyish = false;
        var embed = false;
        while (words.Next(out var start, out var length))
        {
            var word = ToLower(name.AsSpan(start, length), lower);
            if (word is "embed" or "embedded" or "oembed")
            {
                embed = true;
            }

            if (word is "with" or "has" or "no" or "without")
            {
                // A modifier describing the layout around the element ("main--withSidebar", "has-comments").
                break;
            }

            if (IsBodyWord(word, []) || word is "content" or "article" or "story" or "body" or "entry" or "text" or "post")
            {
                bodyish = true;
            }

            if (found == BoilerplateFamily.None && TryGetWord(word, out var family))
            {
                found = family;
            }
        }

        if (found == BoilerplateFamily.None)
        {
            var lowered = ToLower(name.AsSpan(), lower);
            foreach (var (fragment, family) in Fragments)
            {
                if (lowered.Contains(fragment, StringComparison.Ordinal))
                {
                    return family;
                }
            }

            return BoilerplateFamily.None;
        }

        // "social-embed" wraps a post shown in the article, not buttons to share it.
        if (embed && found == BoilerplateFamily.Share)
        {
            return BoilerplateFamily.None;
        }

        // "article-header", "post-meta", "entry-tags" are boilerplate; "article-body has-ads" or "main-content
        // with-sidebar" are not. Hidden, comments and consent stay boilerplate whatever else the name says.
        if (bodyish && found is BoilerplateFamily.Advertising or BoilerplateFamily.Navigation or BoilerplateFamily.Related && HasBodyWord(name))
        {
            return BoilerplateFamily.None;
        }

        return found;
    }

    // Only whole class names: "hidden-xs" or "hide-on-mobile" hide text on some screens only, and readers see it.
    private static bool HasHiddenClass(string? classNames)
    {
        if (string.IsNullOrEmpty(classNames))
        {
            return false;
        }

        var rest = classNames.AsSpan();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var token = (space < 0 ? rest : rest[..space]).Trim();
            rest = space < 0 ? [] : rest[(space + 1)..];
            if (token.Equals("hidden", StringComparison.OrdinalIgnoreCase) || token.Equals("hide", StringComparison.OrdinalIgnoreCase)
                || token.Equals("invisible", StringComparison.OrdinalIgnoreCase) || token.Equals("sr-only", StringComparison.OrdinalIgnoreCase)
                || token.Equals("visually-hidden", StringComparison.OrdinalIgnoreCase) || token.Equals("screen-reader-text", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a class attribute or id names the article's text ("article-body", "entry-content").</summary>
    public static bool HasBodyWord(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 300)
        {
            return false;
        }

        // Joins adjacent words pairwise so that "article-body", "article__body" and "articleBody" all read "articlebody".
        // Each word is lowered in place in one buffer, so the previous word stays readable; nothing is allocated.
        Span<char> lower = stackalloc char[name.Length];
        var words = new WordSplitter(name);
        var previousStart = -1;
        var previousLength = 0;
        while (words.Next(out var start, out var length))
        {
            var word = ToLower(name.AsSpan(start, length), lower[start..]);
            if (IsBodyWord(word, []) || (previousStart >= 0 && IsBodyWord(lower.Slice(previousStart, previousLength), word)))
            {
                return true;
            }

            previousStart = start;
            previousLength = length;
        }

        return false;
    }

    /// <summary>Whether <paramref name="first"/> followed by <paramref name="second"/> spells one of <see cref="BodyWords"/>.</summary>
    private static bool IsBodyWord(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        foreach (var word in BodyWords)
        {
            if (word.Length == first.Length + second.Length && word.AsSpan().StartsWith(first, StringComparison.Ordinal)
                && word.AsSpan(first.Length).SequenceEqual(second))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The family a lowered word names (<see cref="Words"/>), looked up without a string where the runtime allows.</summary>
    private static bool TryGetWord(ReadOnlySpan<char> word, out BoilerplateFamily family)
    {
#if NET9_0_OR_GREATER
        return WordLookup.TryGetValue(word, out family);
#else
        return Words.TryGetValue(word.ToString(), out family);
#endif
    }

    private static ReadOnlySpan<char> ToLower(ReadOnlySpan<char> source, Span<char> buffer)
    {
        var target = buffer[..source.Length];
        source.ToLowerInvariant(target);
        return target;
    }

    /// <summary>Splits a class or id into words at non-alphanumerics and at lower-to-upper case changes.</summary>
    private ref struct WordSplitter
    {
        private readonly string _text;
        private int _position;

        public WordSplitter(string text)
        {
            _text = text;
            _position = 0;
        }

        public bool Next(out int start, out int length)
        {
            var text = _text;
            while (_position < text.Length && !char.IsLetterOrDigit(text[_position]))
            {
                _position++;
            }

            start = _position;
            while (_position < text.Length && char.IsLetterOrDigit(text[_position]))
            {
                if (_position > start && char.IsUpper(text[_position]) && char.IsLower(text[_position - 1]))
                {
                    break;
                }

                _position++;
            }

            length = _position - start;
            return length > 0;
        }
    }
}
