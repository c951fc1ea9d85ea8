namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>
/// Sends generated requests to the bot over real HTTP and judges each answer: a status below 500 (or 501, the
/// protocol's answer to an invoke the bot does not implement) within the deadline, and no handler failure behind a
/// 200 (the bot's "something went wrong" notice, or an invoke's InternalError).
/// </summary>
internal sealed class FuzzSender(HttpClient client, TimeSpan deadline, TimeProvider time)
{
    public const string Path = "/api/messages";

    public async Task<(FuzzOutcome Outcome, string Body)> SendAsync(FuzzRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, Path) { Content = Content(request) };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(deadline);
        var started = time.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(message, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            var elapsed = time.GetElapsedTime(started);
            var status = (int)response.StatusCode;
            var failure = IsServerError(status) ? $"status {status}: {Shorten(body)}"
                : IsHandlerFailure(body) ? $"handler failed (status {status}): {Shorten(body)}"
                : null;
            return (new FuzzOutcome(status, elapsed, failure), body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (new FuzzOutcome(0, time.GetElapsedTime(started), $"no answer within {deadline.TotalSeconds:F0} s"), string.Empty);
        }
        catch (HttpRequestException exception)
        {
            return (new FuzzOutcome(0, time.GetElapsedTime(started), $"no answer: {exception.Message} {exception.InnerException?.Message}"), string.Empty);
        }
    }

    /// <summary>A 5xx other than 501 Not Implemented.</summary>
    public static bool IsServerError(int status) => status >= 500 && status != 501;

    /// <summary>The answer carries the notice the bot sends when a handler threw.</summary>
    public static bool IsHandlerFailure(string body) =>
        body.Contains("Something went wrong", StringComparison.Ordinal) || body.Contains("\"InternalError\"", StringComparison.Ordinal);

    private static HttpContent Content(FuzzRequest request)
    {
        HttpContent content = request.Chunked ? new ChunkedContent(request.Body) : new ByteArrayContent(request.Body);
        if (request.ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }

        return content;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200];
}
