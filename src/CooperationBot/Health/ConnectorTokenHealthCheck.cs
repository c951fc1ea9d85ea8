using CooperationBot.Protocol.Connector;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CooperationBot.Host.Health;

/// <summary>
/// Only when the bot has an app id: ready when a connector token can be had, so a misconfigured identity shows up in
/// the platform's health probe before a user notices. The outcome is kept for <see cref="RecheckAfter"/>, so probes do
/// not hammer Entra ID (or the identity endpoint) while it fails; while it works the provider's cache answers anyway.
/// One request runs at a time and is not bound to one probe's time limit: a probe that cannot wait for it reports that
/// it is under way, and a later probe gets its outcome. The token itself is never reported. A singleton.
/// </summary>
public sealed class ConnectorTokenHealthCheck(IAccessTokenProvider tokens, TimeProvider timeProvider) : IHealthCheck
{
    public const string Name = "connector_token";

    /// <summary>How long an outcome is reported before the token is asked for again.</summary>
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(30);

    /// <summary>How long one request for a token may take before it counts as failed.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private Task<HealthCheckResult>? _request;
    private (HealthCheckResult Result, DateTimeOffset At)? _last;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        Task<HealthCheckResult> request;
        lock (_lock)
        {
            if (_last is { } last && timeProvider.GetUtcNow() - last.At < RecheckAfter)
            {
                return last.Result;
            }

            if (_request is null || _request.IsCompleted)
            {
                _request = RequestAndKeepAsync();
            }

            request = _request;
        }

        try
        {
            return await request.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            lock (_lock)
            {
                return _last?.Result ?? HealthCheckResult.Unhealthy("A connector token has been requested and has not come yet.");
            }
        }
    }

    private async Task<HealthCheckResult> RequestAndKeepAsync()
    {
        await Task.Yield(); // Never inside the caller's lock.
        var result = await RequestAsync().ConfigureAwait(false);
        lock (_lock)
        {
            _last = (result, timeProvider.GetUtcNow());
        }

        return result;
    }

    private async Task<HealthCheckResult> RequestAsync()
    {
        using var timeout = new CancellationTokenSource(RequestTimeout, timeProvider);
        try
        {
            await tokens.GetAccessTokenAsync(timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy("A connector token was obtained.");
        }
        catch (AccessTokenException exception)
        {
            // Its message names the credential or the token endpoint's answer, never a token or a secret.
            return HealthCheckResult.Unhealthy("No connector token can be obtained: " + exception.Message);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"No connector token can be obtained: no answer within {RequestTimeout.TotalSeconds:0} seconds.");
        }
    }
}
