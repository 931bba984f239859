using System.IO.Compression;
using System.Text;
using NewsModel.Evaluation.Harness;

namespace NewsModel.Evaluation.Tests.Harness;

public class PageBytesTests
{
    [Fact]
    public void Decompress_GzipData_ReturnsOriginal()
    {
        var original = Encoding.UTF8.GetBytes("<p>Grüße</p>");
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(original);
        }

        Assert.True(PageBytes.IsGzip(buffer.ToArray()));
        Assert.Equal(original, PageBytes.Decompress(buffer.ToArray()));
    }

    [Fact]
    public void Decompress_PlainData_ReturnsSameBytes()
    {
        var original = Encoding.UTF8.GetBytes("<p>plain</p>");

        Assert.False(PageBytes.IsGzip(original));
        Assert.Same(original, PageBytes.Decompress(original));
    }
}
