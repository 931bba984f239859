namespace NewsModel.Extractors.Content;

/// <summary>The kinds of page furniture the content extractor recognises and keeps out of the body.</summary>
internal enum BoilerplateFamily
{
    /// <summary>Not boilerplate.</summary>
    None = 0,

    /// <summary>Site navigation, menus, breadcrumbs, pagination, headers and footers, sidebars.</summary>
    Navigation,

    /// <summary>Share bars and social-media follow boxes.</summary>
    Share,

    /// <summary>Related, recommended, popular or "read more" link lists.</summary>
    Related,

    /// <summary>Newsletter, subscription and sign-up boxes.</summary>
    Newsletter,

    /// <summary>Cookie and consent notices.</summary>
    Consent,

    /// <summary>Reader comments.</summary>
    Comments,

    /// <summary>Advertisements and sponsored slots.</summary>
    Advertising,

    /// <summary>Article metadata: bylines, datelines, tags, author boxes, print and font tools.</summary>
    Metadata,

    /// <summary>Image galleries, slideshows and carousels: their images are kept as figures, their text is not.</summary>
    Gallery,

    /// <summary>Captions and credits outside a figure: they describe an image, not the article.</summary>
    Caption,

    /// <summary>Content hidden from readers (display:none, the hidden attribute).</summary>
    Hidden,
}
