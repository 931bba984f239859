using System.Text.Json.Serialization;

namespace NewsModel.Blocks;

/// <summary>
/// One block of an article's body. The set of block types is closed: paragraph, heading, quote, list, figure,
/// table, embed and preformatted text. In JSON each block carries its kind in a <c>"type"</c> property.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is by value.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(ParagraphBlock), "paragraph")]
[JsonDerivedType(typeof(HeadingBlock), "heading")]
[JsonDerivedType(typeof(QuoteBlock), "quote")]
[JsonDerivedType(typeof(ListBlock), "list")]
[JsonDerivedType(typeof(FigureBlock), "figure")]
[JsonDerivedType(typeof(TableBlock), "table")]
[JsonDerivedType(typeof(EmbedBlock), "embed")]
[JsonDerivedType(typeof(PreformattedBlock), "preformatted")]
public abstract record Block
{
    private protected Block()
    {
    }

    /// <summary>The block's text as plain text, as it appears in <see cref="Article.Text"/>.</summary>
    /// <returns>The plain text; empty for blocks without text.</returns>
    public abstract string ToPlainText();
}
