using System.IO.Compression;

namespace NewsModel.Evaluation.Harness;

/// <summary>Helpers for page files that may be gzip-compressed.</summary>
public static class PageBytes
{
    /// <summary>Whether the bytes start with the gzip magic number.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>True for gzip data.</returns>
    public static bool IsGzip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    /// <summary>The bytes, decompressed when they are gzip data.</summary>
    /// <param name="bytes">The stored bytes.</param>
    /// <returns>The HTML bytes.</returns>
    public static byte[] Decompress(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (!IsGzip(bytes))
        {
            return bytes;
        }

        using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream(bytes.Length * 6);
        input.CopyTo(output);
        return output.ToArray();
    }
}
