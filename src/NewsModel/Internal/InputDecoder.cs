using System.IO.Compression;
using System.Text;

namespace NewsModel.Internal;

/// <summary>Turns the caller's bytes into text: gzip is unwrapped, the charset detected, binary input recognised.</summary>
internal static class InputDecoder
{
    /// <summary>Decodes bytes, reporting input problems as diagnostics; returns null when the bytes are not a text page.</summary>
    public static string? Decode(byte[] bytes, int length, ArticleParserOptions options, List<ArticleDiagnostic> diagnostics)
    {
        var span = bytes.AsSpan(0, length);
        if (span.Length >= 2 && span[0] == 0x1F && span[1] == 0x8B)
        {
            var unzipped = Gunzip(bytes, length, options.MaxInputBytes, diagnostics);
            if (unzipped is null)
            {
                return null;
            }

            span = unzipped;
        }

        if (span.IsEmpty || span.Trim((ReadOnlySpan<byte>)[0x20, 0x09, 0x0A, 0x0D, 0x0C]).IsEmpty)
        {
            diagnostics.Add(new ArticleDiagnostic(DiagnosticSeverity.Error, "input.empty", "The input is empty."));
            return null;
        }

        var encoding = CharsetDetector.Detect(span, options.ContentType, out var bomLength, out _);
        if (bomLength == 0 && LooksBinary(span))
        {
            diagnostics.Add(new ArticleDiagnostic(DiagnosticSeverity.Error, "input.binary", "The input is binary data, not an HTML page."));
            return null;
        }

        return encoding.GetString(span[bomLength..]);
    }

    /// <summary>True when the first bytes hold NUL bytes or many control characters, as images, archives and executables do.</summary>
    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                control++;
            }
        }

        return control * 10 > sample.Length;
    }

    internal static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 4096));
        var control = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if (c < ' ' && c is not ('\t' or '\n' or '\f' or '\r' or '\u001B'))
            {
                control++;
            }
        }

        return control * 10 > sample.Length;
    }

    private static byte[]? Gunzip(byte[] bytes, int length, long maxBytes, List<ArticleDiagnostic> diagnostics)
    {
        try
        {
            using var input = new MemoryStream(bytes, 0, length, writable: false);
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > maxBytes)
                {
                    throw new ArticleLimitExceededException(ArticleLimit.InputSize, $"The decompressed input exceeds the limit of {maxBytes} bytes.");
                }

                output.Write(buffer, 0, read);
            }

            // The gzip trailer ends with the uncompressed size modulo 2^32: a mismatch means the data was cut short.
            if (length >= 18 && System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(length - 4, 4)) != (uint)(output.Length & 0xFFFFFFFF))
            {
                diagnostics.Add(new ArticleDiagnostic(DiagnosticSeverity.Warning, "input.truncated-gzip", "The gzip data ends early; the page may be incomplete."));
            }

            return output.ToArray();
        }
        catch (InvalidDataException ex)
        {
            diagnostics.Add(new ArticleDiagnostic(DiagnosticSeverity.Error, "input.corrupt-gzip", "The input starts like gzip data but cannot be decompressed: " + ex.Message));
            return null;
        }
    }
}
