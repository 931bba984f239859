using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsModel.Internal;

namespace NewsModel.Json;

/// <summary>
/// Writes an <see cref="Article"/> as schema.org <c>NewsArticle</c> JSON-LD, for re-publishing clean structured
/// data: headline, description, address, dates with their offsets, authors as <c>Person</c> or
/// <c>Organization</c>, section (as <c>articleSection</c> and a <c>BreadcrumbList</c>), keywords, language,
/// publisher and lead image with its caption and credit. Reading the output back with <see cref="ArticleParser"/>
/// gives the same values.
/// </summary>
/// <remarks>
/// Thread-safe. The output escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so it can be placed inside a
/// <c>&lt;script type="application/ld+json"&gt;</c> element as it is.
/// </remarks>
public static class ArticleJsonLd
{
    /// <summary>The media type of JSON-LD, for the script element's <c>type</c>.</summary>
    public const string MediaType = "application/ld+json";

    /// <summary>Writes an article as a JSON-LD document.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">True for indented output; false for one line.</param>
    /// <returns>The JSON-LD text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string Serialize(Article article, bool indented = false)
    {
        Preconditions.CheckNotNull(article);
        using var stream = new MemoryStream();
        Serialize(stream, article, indented);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes an article as a UTF-8 JSON-LD document to a stream.</summary>
    /// <param name="stream">The stream; not closed.</param>
    /// <param name="article">The article.</param>
    /// <param name="indented">True for indented output.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Serialize(Stream stream, Article article, bool indented = false)
    {
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotNull(article);

        // The default encoder escapes the characters that could end a script element or start markup.
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.Default });
        var address = article.CanonicalUrl ?? article.Url;
        var breadcrumb = article.Section.Segments.Count > 0;
        writer.WriteStartObject();
        writer.WriteString("@context", "https://schema.org");
        if (breadcrumb)
        {
            writer.WriteStartArray("@graph");
            WriteArticle(writer, article, address);
            WriteBreadcrumb(writer, article.Section);
            writer.WriteEndArray();
        }
        else
        {
            WriteArticleProperties(writer, article, address);
        }

        writer.WriteEndObject();
        writer.Flush();
    }

    private static void WriteArticle(Utf8JsonWriter writer, Article article, Uri? address)
    {
        writer.WriteStartObject();
        WriteArticleProperties(writer, article, address);
        writer.WriteEndObject();
    }

    private static void WriteArticleProperties(Utf8JsonWriter writer, Article article, Uri? address)
    {
        writer.WriteString("@type", "NewsArticle");
        WriteIfPresent(writer, "headline", article.Headline);
        WriteIfPresent(writer, "description", article.Description);
        if (address is not null)
        {
            writer.WriteString("url", address.AbsoluteUri);
            writer.WriteString("mainEntityOfPage", address.AbsoluteUri);
        }

        WriteIfPresent(writer, "datePublished", article.Published?.ToIsoString());
        WriteIfPresent(writer, "dateModified", article.Modified?.ToIsoString());
        if (article.Byline.Contributors.Count > 0)
        {
            writer.WriteStartArray("author");
            foreach (var contributor in article.Byline.Contributors)
            {
                WriteParty(writer, contributor.Kind == ContributorKind.Organization ? "Organization" : "Person", contributor.Name, contributor.ProfileUrl, contributor.JobTitle, contributor.Email);
            }

            writer.WriteEndArray();
        }

        if (article.Section.Segments.Count > 0)
        {
            // The leaf names the section; the path and its addresses go in the breadcrumb trail.
            writer.WriteString("articleSection", article.Section.Segments[^1].Name);
        }

        if (article.Tags.Count > 0)
        {
            writer.WriteStartArray("keywords");
            foreach (var tag in article.Tags)
            {
                writer.WriteStringValue(tag);
            }

            writer.WriteEndArray();
        }

        WriteIfPresent(writer, "inLanguage", article.Language);
        if (article.SiteName is { } siteName)
        {
            writer.WritePropertyName("publisher");
            WriteParty(writer, "Organization", siteName, null);
        }

        if (article.LeadImage is { } image)
        {
            writer.WritePropertyName("image");
            writer.WriteStartObject();
            writer.WriteString("@type", "ImageObject");
            writer.WriteString("url", image.Url.AbsoluteUri);
            WriteIfPresent(writer, "caption", image.Caption);
            WriteIfPresent(writer, "creditText", image.Credit);
            WriteIfPresent(writer, "description", image.Alt);
            if (image.Width is { } width)
            {
                writer.WriteNumber("width", width);
            }

            if (image.Height is { } height)
            {
                writer.WriteNumber("height", height);
            }

            writer.WriteEndObject();
        }
    }

    private static void WriteBreadcrumb(Utf8JsonWriter writer, Section section)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", "BreadcrumbList");
        writer.WriteStartArray("itemListElement");
        for (var i = 0; i < section.Segments.Count; i++)
        {
            var segment = section.Segments[i];
            writer.WriteStartObject();
            writer.WriteString("@type", "ListItem");
            writer.WriteNumber("position", i + 1);
            writer.WriteString("name", segment.Name);
            if (segment.Url is not null)
            {
                writer.WriteString("item", segment.Url.AbsoluteUri);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteParty(Utf8JsonWriter writer, string type, string name, Uri? url, string? jobTitle = null, string? email = null)
    {
        writer.WriteStartObject();
        writer.WriteString("@type", type);
        writer.WriteString("name", name);
        if (url is not null)
        {
            writer.WriteString("url", url.AbsoluteUri);
        }

        WriteIfPresent(writer, "jobTitle", jobTitle);
        WriteIfPresent(writer, "email", email);

        writer.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
