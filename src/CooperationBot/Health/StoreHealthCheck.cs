using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace CooperationBot.Host.Health;

/// <summary>
/// Ready when the store answers a trivial query (<see cref="IDigestStore.CheckAsync"/>). Reports no connection details:
/// for a failure only its kind, or in plain words that no token could be had for the sign-in or that the sign-in was
/// refused.
/// </summary>
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
            return HealthCheckResult.Unhealthy(Describe(exception));
        }
    }

    /// <summary>Why the store cannot be used, without hosts, paths or secrets.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        _ when StoreTokenException.Find(exception) is { } token => "The store cannot be reached: " + token.Message,
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } refused =>
            $"The store refused the sign-in ({refused.SqlState}): the role's password, or with Store:Authentication=ManagedIdentity the identity's token, was not accepted.",
        _ => $"The store cannot be reached ({exception?.GetType().Name}).",
    };
}
