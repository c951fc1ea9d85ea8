using CooperationBot.Bot.Digests.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CooperationBot.Host.Health;

/// <summary>Ready when the store answers a trivial query (<see cref="IDigestStore.CheckAsync"/>). Reports no connection details.</summary>
public sealed class StoreHealthCheck(IDigestStore store) : IHealthCheck
{
    public const string Name = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.CheckAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("The store answers.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // The probe's time limit: reported as a timeout.
        }
#pragma warning disable CA1031 // Any failure means not ready; its message may name hosts or paths, so only its type is reported.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy($"The store cannot be reached ({exception.GetType().Name}).");
        }
    }
}
