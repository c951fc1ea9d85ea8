using System.Buffers;
using System.Text.Json;

namespace CooperationBot.Protocol.Processing;

/// <summary>Reads a request body within a size limit and parses it as an activity, with plain error messages.</summary>
internal static class ActivityRequestReader
{
    /// <summary>Parses an activity; false with a short, plain reason when the body is not one.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> body, out Activity? activity, out string? error)
    {
        activity = null;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body.Span, ProtocolJson.Options);
        }
        catch (JsonException exception)
        {
            error = exception.Path is { Length: > 1 } path
                ? $"The body is not a valid activity (at {path})."
                : "The body is not a JSON object holding an activity.";
            return false;
        }

        if (activity is null)
        {
            error = "The body must be a JSON object.";
            return false;
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            error = "The activity has no 'type'.";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            using var content = new MemoryStream();
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (content.Length + read > limit)
                {
                    return null;
                }

                content.Write(chunk, 0, read);
            }

            return content.GetBuffer().AsMemory(0, (int)content.Length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
