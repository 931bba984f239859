using System.Text;
using NewsModel.Blocks;

namespace NewsModel.Rendering;

/// <summary>Renders body blocks as plain text: one block per paragraph, blocks separated by a blank line.</summary>
internal static class PlainTextRenderer
{
    public static string Render(IReadOnlyList<Block> body)
    {
        if (body.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var block in body)
        {
            var text = block.ToPlainText();
            if (text.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(text);
        }

        return builder.ToString();
    }
}
