using System.Net;
using System.Text;
using System.Text.Json;

namespace NewsModel.Extractors.JsonLd;

/// <summary>
/// Reads the text of one JSON-LD script block tolerantly: comments and trailing commas are accepted as they are;
/// when the block still does not parse, a repair pass fixes the usual publishing faults (HTML comment or CDATA
/// wrappers, entity-encoded quotes, raw control characters, unescaped quotes and invalid escapes inside strings, a trailing
/// semicolon, objects written one after another) and the block is parsed again.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>The outcome of reading a block.</summary>
    public enum Outcome
    {
        /// <summary>The block parsed as written.</summary>
        Parsed,

        /// <summary>The block parsed after repair.</summary>
        Repaired,

        /// <summary>The block was empty.</summary>
        Empty,

        /// <summary>The block could not be read.</summary>
        Malformed,
    }

    /// <summary>Reads a block; the root is a detached copy that outlives the parser's pooled buffers.</summary>
    public static Outcome TryRead(string text, out JsonElement root, out string? error)
    {
        root = default;
        error = null;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty)
        {
            return Outcome.Empty;
        }

        if (TryParse(text, out root, out error))
        {
            return Outcome.Parsed;
        }

        var repaired = Repair(text);
        if (repaired.Length == 0)
        {
            return Outcome.Empty;
        }

        if (TryParse(repaired, out root, out _))
        {
            return Outcome.Repaired;
        }

        // Objects written one after another ("{...}{...}" or "{...},{...}") read as an array of them.
        var joined = "[" + repaired.Replace("}\n{", "},{", StringComparison.Ordinal).Replace("}{", "},{", StringComparison.Ordinal) + "]";
        if (TryParse(joined, out root, out _))
        {
            return Outcome.Repaired;
        }

        return Outcome.Malformed;
    }

    /// <summary>Applies the repairs that do not change well-formed JSON's meaning.</summary>
    internal static string Repair(string text)
    {
        var s = text.Trim();
        s = StripWrapper(s, "<!--", "-->");
        s = StripWrapper(s, "<![CDATA[", "]]>");
        s = StripWrapper(s, "/*<![CDATA[*/", "/*]]>*/");
        s = s.TrimEnd(';', ' ', '\n', '\r', '\t');

        // A block whose quotes are all entity-encoded was HTML-escaped as a whole.
        if (!s.Contains('"', StringComparison.Ordinal) && s.Contains("&quot;", StringComparison.Ordinal))
        {
            s = WebUtility.HtmlDecode(s);
        }

        return FixStrings(s);
    }

    private static string StripWrapper(string s, string open, string close)
    {
        if (s.StartsWith(open, StringComparison.Ordinal))
        {
            s = s[open.Length..];
            if (s.TrimEnd().EndsWith(close, StringComparison.Ordinal))
            {
                s = s.TrimEnd()[..^close.Length];
            }
        }

        return s.Trim();
    }

    /// <summary>Escapes raw control characters and unescaped quotes inside strings, and drops backslashes before characters JSON cannot escape.</summary>
    private static string FixStrings(string s)
    {
        var builder = new StringBuilder(s.Length + 16);
        var inString = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (!inString)
            {
                if (c == '"')
                {
                    inString = true;
                }

                builder.Append(c);
                continue;
            }

            if (c == '\\' && i + 1 < s.Length)
            {
                var next = s[i + 1];
                if (next is '"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't' or 'u')
                {
                    builder.Append(c).Append(next);
                }
                else
                {
                    // "\'" and "\x" are JavaScript, not JSON: keep the character, drop the backslash.
                    builder.Append(next);
                }

                i++;
                continue;
            }

            if (c == '"')
            {
                // A quote that ends a string is followed by a separator; any other is a quote inside the text
                // that the publisher forgot to escape ("headline": "The "quoted" word").
                if (EndsString(s, i + 1))
                {
                    inString = false;
                    builder.Append(c);
                }
                else
                {
                    builder.Append("\\\"");
                }
            }
            else if (c < ' ')
            {
                builder.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
                });
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool EndsString(string s, int next)
    {
        while (next < s.Length && char.IsWhiteSpace(s[next]))
        {
            next++;
        }

        if (next >= s.Length || s[next] is '}' or ']' or ':')
        {
            return true;
        }

        if (s[next] != ',')
        {
            return false;
        }

        // After a comma comes the next key or value; text means the comma was inside the string ("cargo", said ...).
        next++;
        while (next < s.Length && char.IsWhiteSpace(s[next]))
        {
            next++;
        }

        return next >= s.Length || s[next] is '"' or '{' or '[' or ']' or '}' or '-' or 't' or 'f' or 'n' || char.IsAsciiDigit(s[next]);
    }

    private static bool TryParse(string text, out JsonElement root, out string? error)
    {
        try
        {
            using var document = JsonDocument.Parse(text, Options);
            root = document.RootElement.Clone();
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            root = default;
            error = ex.Message;
            return false;
        }
    }
}
