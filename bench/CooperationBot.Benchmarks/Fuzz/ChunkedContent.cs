using System.Net;

namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>A body of unknown length, so HttpClient sends it chunked, without Content-Length.</summary>
internal sealed class ChunkedContent(byte[] body) : HttpContent
{
    private const int PieceSize = 16 * 1024;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        for (var offset = 0; offset < body.Length; offset += PieceSize)
        {
            await stream.WriteAsync(body.AsMemory(offset, Math.Min(PieceSize, body.Length - offset))).ConfigureAwait(false);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
