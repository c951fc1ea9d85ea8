using CooperationBot.Bot.Digests.Conversations;
using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Storage;
using CooperationBot.Protocol.Connector;
using CooperationBot.Protocol.Proactive;
using CooperationBot.Protocol.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Digests;

/// <summary>Registers the daily digests: store, subscriptions, composing, delivery and the scheduler.</summary>
public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// Adds the digest services (section <c>Digest</c>, validated at start-up) on the store of <c>Store:Provider</c>
    /// (SQLite or PostgreSQL) and <c>ConnectionStrings:Store</c>. Delivery needs the protocol's <c>ConnectorClient</c>, which the host registers.
    /// The scheduler runs as a hosted service when the host runs hosted services.
    /// </summary>
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        services.TryAddSingleton(StoreProvider.Create<IDigestStore, SqliteDigestStore, PostgresDigestStore>);
        services.TryAddSingleton<ConversationRecorder>();
        services.TryAddSingleton<KnowledgeHashes>();
        services.TryAddSingleton<DigestSubscriptions>();
        services.TryAddSingleton<DigestComposer>();
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<DigestOptions>>().Value;
            return new ProactiveRateLimiter(
                new ProactiveRateLimitOptions
                {
                    GlobalPerSecond = options.MaxMessagesPerSecond,
                    PerConversationPerSecond = options.MaxPerConversationPerSecond,
                    PerConversationPer30Seconds = options.MaxPerConversationPer30Seconds,
                },
                provider.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton(provider => new DigestSender(
            CreateProactiveConnector(provider),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<DigestSender>>(),
            provider.GetService<DigestDeliveryOptions>()));
        services.TryAddSingleton<DigestDispatcher>();
        services.TryAddSingleton<DigestRunner>();
        services.AddHostedService<DigestSchedulerService>();
        return services;
    }

    /// <summary>
    /// The connector client for digests: the same HTTP client, token and allowlist as replies, but without retries
    /// inside the call. A 429 or a 5xx goes back to the outbox with its Retry-After or backoff, so a throttled send
    /// does not hold a send slot while it waits and every retry passes the rate limiter again.
    /// </summary>
    /// <remarks>A connector client registered without <c>AddConnectorClient</c> (e.g. a test's own) is used as it is.</remarks>
    private static ConnectorClient CreateProactiveConnector(IServiceProvider provider)
    {
        if (provider.GetService<IHttpClientFactory>() is not { } httpClients)
        {
            return provider.GetRequiredService<ConnectorClient>();
        }

        var shared = provider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        var options = new ConnectorOptions
        {
            AllowedServiceUrlHosts = shared.AllowedServiceUrlHosts,
            MaxRetries = 0,
            BaseRetryDelay = shared.BaseRetryDelay,
            MaxRetryAfter = shared.MaxRetryAfter,
        };
        return new ConnectorClient(
            httpClients.CreateClient(ConnectorServiceCollectionExtensions.ConnectorHttpClientName),
            provider.GetService<IAccessTokenProvider>(),
            Options.Create(options),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<ConnectorClient>>(),
            provider.GetService<ServiceUrlPolicy>(),
            provider.GetService<ProtocolMetrics>());
    }
}
