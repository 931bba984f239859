using System.Buffers;
using System.Text;

namespace NewsModel.Internal;

/// <summary>
/// Decides how to decode a page's bytes, in the order browsers do: a byte-order mark; the charset the caller
/// passes from the HTTP Content-Type; a charset declared in the page's first bytes (meta charset, meta http-equiv,
/// XML declaration); else UTF-8 when the bytes are valid UTF-8, else windows-1252.
/// </summary>
internal static class CharsetDetector
{
    /// <summary>How far into the page to look for a declaration. Browsers look at 1024 bytes; real pages put it later.</summary>
    private const int PrescanLength = 16 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static Encoding Detect(ReadOnlySpan<byte> bytes, string? contentType, out int bomLength, out string how)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bomLength = 3;
            how = "bom";
            return Utf8;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            bomLength = 2;
            how = "bom";
            return Encoding.Unicode;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bomLength = 2;
            how = "bom";
            return Encoding.BigEndianUnicode;
        }

        bomLength = 0;
        if (FromLabel(CharsetFromContentType(contentType)) is { } fromHeader)
        {
            how = "content-type";
            return fromHeader;
        }

        var head = bytes[..Math.Min(bytes.Length, PrescanLength)];
        if (FromLabel(Prescan(head)) is { } declared)
        {
            how = "declared";
            return declared;
        }

        if (IsValidUtf8(bytes))
        {
            how = "utf8-valid";
            return Utf8;
        }

        how = "fallback";
        return FromLabel("windows-1252")!;
    }

    /// <summary>Maps a charset label to an encoding, following the WHATWG Encoding Standard's aliases where .NET differs.</summary>
    public static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        name = name switch
        {
            // WHATWG: these labels all mean windows-1252.
            "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "x-cp1252" or "iso_8859-1" => "windows-1252",
            // A page cannot be UTF-16 if a declaration was readable as ASCII.
            "utf-16" or "utf-16le" or "utf-16be" or "unicode" => "utf-8",
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "gb2312" or "gbk" or "x-gbk" => "gb18030",
            "iso-8859-9" or "latin5" => "windows-1254",
            "iso-8859-11" or "tis-620" => "windows-874",
            "x-sjis" or "shift-jis" or "sjis" => "shift_jis",
            "ks_c_5601-1987" or "euc_kr" => "euc-kr",
            "win-1251" or "cp1251" => "windows-1251",
            _ => name,
        };

        if (name == "utf-8")
        {
            return Utf8;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            // An unknown label: the caller falls back to detection.
            return null;
        }
    }

    private static string? CharsetFromContentType(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var index = contentType.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
        if (index < 0)
        {
            return null;
        }

        var rest = contentType[(index + 7)..].TrimStart();
        if (!rest.StartsWith('='))
        {
            return null;
        }

        rest = rest[1..].Trim().Trim('"', '\'');
        var end = rest.IndexOfAny([';', ' ', ',']);
        return end < 0 ? rest : rest[..end];
    }

    /// <summary>Finds a charset declared in the page's first bytes, reading them as ASCII (into a pooled buffer: no string of the head is built).</summary>
    private static string? Prescan(ReadOnlySpan<byte> head)
    {
        var buffer = ArrayPool<char>.Shared.Rent(head.Length);
        try
        {
            var length = Encoding.Latin1.GetChars(head, buffer);
            return Prescan(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string? Prescan(ReadOnlySpan<char> text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var lt = text[position..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            lt += position;
            if (text[lt..].StartsWith("<!--", StringComparison.Ordinal))
            {
                var endComment = text[(lt + 4)..].IndexOf("-->", StringComparison.Ordinal);
                position = endComment < 0 ? text.Length : lt + 4 + endComment + 3;
                continue;
            }

            var gt = text[lt..].IndexOf('>');
            if (gt < 0)
            {
                break;
            }

            var tag = text.Slice(lt, gt + 1);
            if (tag.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
            {
                if (AttributeValue(tag, "encoding") is { } xmlEncoding)
                {
                    return xmlEncoding;
                }
            }
            else if (tag.Length > 5 && tag.StartsWith("<meta", StringComparison.OrdinalIgnoreCase) && (char.IsWhiteSpace(tag[5]) || tag[5] == '/'))
            {
                if (AttributeValue(tag, "charset") is { } charset)
                {
                    return charset;
                }

                var httpEquiv = AttributeValue(tag, "http-equiv");
                if (httpEquiv is not null && httpEquiv.Equals("content-type", StringComparison.OrdinalIgnoreCase)
                    && CharsetFromContentType(AttributeValue(tag, "content")) is { } fromContent)
                {
                    return fromContent;
                }
            }

            position = lt + gt + 1;
        }

        return null;
    }

    /// <summary>Reads an attribute's value from a start tag's text: name="v", name='v' or name=v.</summary>
    private static string? AttributeValue(ReadOnlySpan<char> tag, string name)
    {
        var search = 0;
        while (search < tag.Length)
        {
            var found = tag[search..].IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return null;
            }

            var start = search + found;
            var after = start + name.Length;
            search = after;
            if (start > 0 && !(char.IsWhiteSpace(tag[start - 1]) || tag[start - 1] is '"' or '\'' or '/'))
            {
                continue;
            }

            var i = after;
            while (i < tag.Length && char.IsWhiteSpace(tag[i]))
            {
                i++;
            }

            if (i >= tag.Length || tag[i] != '=')
            {
                continue;
            }

            i++;
            while (i < tag.Length && char.IsWhiteSpace(tag[i]))
            {
                i++;
            }

            if (i >= tag.Length)
            {
                return null;
            }

            var quote = tag[i];
            if (quote is '"' or '\'')
            {
                var close = tag[(i + 1)..].IndexOf(quote);
                return close < 0 ? null : tag.Slice(i + 1, close).ToString().Trim();
            }

            var end = i;
            while (end < tag.Length && !char.IsWhiteSpace(tag[end]) && tag[end] is not ('>' or '/' or ';'))
            {
                end++;
            }

            return tag[i..end].ToString();
        }

        return null;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
