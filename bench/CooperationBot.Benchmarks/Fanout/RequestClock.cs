namespace CooperationBot.Benchmarks.Fanout;

/// <summary>Records when the connector client sends each request (first tries and its own retries alike).</summary>
internal sealed class RequestClock(TimestampLog log) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        log.Record();
        return base.SendAsync(request, cancellationToken);
    }
}
