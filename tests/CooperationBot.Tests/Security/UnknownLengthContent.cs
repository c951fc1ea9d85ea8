using System.Net;
using System.Text;

namespace CooperationBot.Tests.Security;

/// <summary>A body whose length is not known up front, so HttpClient sends it chunked, without Content-Length.</summary>
internal sealed class UnknownLengthContent(string text) : HttpContent
{
    private const int PieceSize = 1024;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var offset = 0; offset < bytes.Length; offset += PieceSize)
        {
            await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(PieceSize, bytes.Length - offset)));
            await stream.FlushAsync();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
