using CooperationBot.Protocol.Authentication;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CooperationBot.Host.Health;

/// <summary>
/// Production only: ready when the Bot Framework signing keys have been fetched, so channel tokens can be validated.
/// The first probe starts the fetch when none has happened yet.
/// </summary>
public sealed class SigningKeysHealthCheck(ISigningKeyStatus keys) : IHealthCheck
{
    public const string Name = "signing_keys";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var fetchedAt = await keys.EnsureKeysAsync(cancellationToken).ConfigureAwait(false);
        return fetchedAt is { } at
            ? HealthCheckResult.Healthy($"Fetched at {at:O}.")
            : HealthCheckResult.Unhealthy("The signing keys could not be fetched yet.");
    }
}
