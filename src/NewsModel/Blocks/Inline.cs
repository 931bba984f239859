using System.Text;
using System.Text.Json.Serialization;

namespace NewsModel.Blocks;

/// <summary>
/// One run of a text block's content: plain text, emphasis, strong emphasis, a link, code or a line break. The set
/// is closed. Emphasis, strong emphasis and links hold child inlines. In JSON each inline carries its kind in a
/// <c>"type"</c> property.
/// </summary>
/// <remarks>
/// The plain text of a block's inlines (<see cref="ToPlainText"/> of each, concatenated) is the block's text: text
/// runs hold no line breaks, each line break is a <see cref="LineBreakInline"/> and reads as <c>'\n'</c>.
/// Immutable and thread-safe; equality is by value.
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(TextInline), "text")]
[JsonDerivedType(typeof(EmphasisInline), "emphasis")]
[JsonDerivedType(typeof(StrongInline), "strong")]
[JsonDerivedType(typeof(LinkInline), "link")]
[JsonDerivedType(typeof(CodeInline), "code")]
[JsonDerivedType(typeof(LineBreakInline), "lineBreak")]
public abstract record Inline
{
    private protected Inline()
    {
    }

    /// <summary>The run's text without its formatting; a line break reads as <c>'\n'</c>.</summary>
    /// <returns>The plain text.</returns>
    public string ToPlainText()
    {
        var builder = new StringBuilder();
        AppendPlainText(builder);
        return builder.ToString();
    }

    internal abstract void AppendPlainText(StringBuilder builder);
}
