using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CooperationBot.Host.Health;

/// <summary>
/// Ready when the knowledge provider serves a valid knowledge file. Degraded (still ready) when it serves the last
/// valid version because a later edit was rejected; unhealthy when no valid knowledge could be loaded.
/// </summary>
public sealed class KnowledgeHealthCheck(IServiceProvider services) : IHealthCheck
{
    public const string Name = "knowledge";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        KnowledgeSnapshot snapshot;
        try
        {
            // Resolved here, not injected: a knowledge file that fails to load must make this check fail, not the probe.
            snapshot = services.GetRequiredService<IKnowledgeSource>().Current;
        }
        catch (KnowledgeLoadException exception)
        {
            var errors = exception.Result?.ErrorCount ?? 0;
            return Task.FromResult(HealthCheckResult.Unhealthy($"The knowledge file is not valid ({errors} errors); no knowledge is loaded."));
        }

        if (services.GetService<KnowledgeFileSource>() is { LastAttempt.IsValid: false })
        {
            return Task.FromResult(HealthCheckResult.Degraded($"Version {snapshot.Version} is served; the latest edit of the knowledge file was rejected."));
        }

        return Task.FromResult(HealthCheckResult.Healthy($"Version {snapshot.Version} is loaded."));
    }
}
