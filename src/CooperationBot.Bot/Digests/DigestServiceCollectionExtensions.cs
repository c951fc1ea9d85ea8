using CooperationBot.Bot.Digests.Conversations;
using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Protocol.Proactive;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Digests;

/// <summary>Registers the daily digests: store, subscriptions, composing, delivery and the scheduler.</summary>
public static class DigestServiceCollectionExtensions
{
    /// <summary>
    /// Adds the digest services (section <c>Digest</c>, validated at start-up) on the SQLite store of
    /// <c>ConnectionStrings:Store</c>. Delivery needs the protocol's <c>ConnectorClient</c>, which the host registers.
    /// The scheduler runs as a hosted service when the host runs hosted services.
    /// </summary>
    public static IServiceCollection AddDigests(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        services.TryAddSingleton<IDigestStore, SqliteDigestStore>();
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
        services.TryAddSingleton<DigestSender>();
        services.TryAddSingleton<DigestDispatcher>();
        services.TryAddSingleton<DigestRunner>();
        services.AddHostedService<DigestSchedulerService>();
        return services;
    }
}
