namespace CooperationBot.Host.Health;

/// <summary>Registers the readiness checks behind <c>/readyz</c>.</summary>
public static class HealthServiceRegistration
{
    /// <summary>The tag of the checks <c>/readyz</c> runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>How long one readiness check may take before it counts as failed.</summary>
    public static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Knowledge loaded and store reachable always; the Bot Framework signing keys fetched and a connector token
    /// obtained only in production mode (<paramref name="authenticationRequired"/>: an app id is configured).
    /// </summary>
    public static IServiceCollection AddCooperationBotHealth(this IServiceCollection services, bool authenticationRequired)
    {
        ArgumentNullException.ThrowIfNull(services);
        var checks = services.AddHealthChecks()
            .AddCheck<KnowledgeHealthCheck>(KnowledgeHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout);
        if (authenticationRequired)
        {
            checks.AddCheck<SigningKeysHealthCheck>(SigningKeysHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout);
            services.AddSingleton<ConnectorTokenHealthCheck>();
            checks.AddCheck<ConnectorTokenHealthCheck>(ConnectorTokenHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout);
        }

        return services;
    }
}
