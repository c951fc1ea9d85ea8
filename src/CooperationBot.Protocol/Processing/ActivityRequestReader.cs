using System.Buffers;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CooperationBot.Protocol.Processing;

/// <summary>Reads a request body within a size limit and parses it as an activity, with plain error messages.</summary>
internal static class ActivityRequestReader
{
    /// <summary>
    /// Null when <paramref name="contentType"/> announces UTF-8 JSON (<c>application/json</c> or <c>*/*+json</c>, no
    /// charset or UTF-8); otherwise why not. Channels always send <c>application/json</c>; refusing other types also
    /// keeps browsers' simple cross-site requests (text/plain, forms) away from the endpoint.
    /// </summary>
    public static string? CheckMediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return "The request has no Content-Type: send the activity as application/json.";
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || mediaType.MediaType is not { } type
            || !(type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            return "The Content-Type must be application/json.";
        }

        return mediaType.CharSet is null || mediaType.CharSet.Trim('"').Replace("-", string.Empty, StringComparison.Ordinal).Equals("utf8", StringComparison.OrdinalIgnoreCase)
            ? null
            : "The body must be UTF-8 (Content-Type: application/json; charset=utf-8).";
    }

    /// <summary>Parses an activity; false with a short, plain reason when the body is not one.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> body, out Activity? activity, out string? error)
    {
        activity = null;
        if (IsBlank(body.Span))
        {
            error = "The body is empty: send the activity as a JSON object.";
            return false;
        }

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
        catch (ArgumentException)
        {
            // A property twice in an object read as a JsonNode (value, channelData) surfaces as the dictionary's
            // duplicate-key error rather than a JsonException.
            error = "The body has a property twice in one object.";
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

    /// <summary>True for a body of nothing but JSON whitespace (and at most a UTF-8 byte order mark).</summary>
    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        return body.TrimStart(" \t\r\n"u8).IsEmpty;
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
