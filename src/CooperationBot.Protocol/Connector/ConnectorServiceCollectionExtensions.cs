using System.Diagnostics.Metrics;
using CooperationBot.Protocol.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Protocol.Connector;

/// <summary>Registers the connector client and the client-credentials token provider.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient the connector client uses.</summary>
    public const string ConnectorHttpClientName = "CooperationBot.Connector";

    /// <summary>The name of the HttpClient the token provider uses.</summary>
    public const string TokenHttpClientName = "CooperationBot.ConnectorToken";

    /// <summary>
    /// Registers <see cref="ConnectorClient"/> on a redirect-free HttpClient. It uses the registered
    /// <see cref="IAccessTokenProvider"/> and <see cref="ServiceUrlPolicy"/> when there are any; without a token
    /// provider it runs in development mode. Bind <see cref="ConnectorOptions"/> yourself.
    /// </summary>
    public static IServiceCollection AddConnectorClient(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ConnectorOptions>();
        services.AddProtocolMetrics();
        // RemoveAllLoggers: the factory's trace logging redacts header values in its message but not in its
        // structured state, which would carry the bearer token to any structured log sink. Log.cs logs these calls.
        services.AddHttpClient(ConnectorHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(ConnectorHttpHandler.CreatePrimaryHandler)
            .RemoveAllLoggers();
        services.TryAddTransient(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorHttpClientName),
            sp.GetService<IAccessTokenProvider>(),
            sp.GetRequiredService<IOptions<ConnectorOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ConnectorClient>>(),
            sp.GetService<ServiceUrlPolicy>(),
            sp.GetRequiredService<ProtocolMetrics>()));
        return services;
    }

    /// <summary>Registers <see cref="ProtocolMetrics"/> as a singleton on the host's <see cref="IMeterFactory"/> when there is one.</summary>
    public static IServiceCollection AddProtocolMetrics(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(sp => new ProtocolMetrics(sp.GetService<IMeterFactory>()));
        return services;
    }

    /// <summary>
    /// Registers <see cref="ClientCredentialsTokenProvider"/> as the singleton <see cref="IAccessTokenProvider"/>,
    /// with <see cref="ClientCredentialsOptions"/> validated at start-up. Bind the options yourself.
    /// </summary>
    public static IServiceCollection AddClientCredentialsTokenProvider(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ClientCredentialsOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClientCredentialsOptions>, ClientCredentialsOptionsValidator>());
        services.AddHttpClient(TokenHttpClientName)
            .ConfigurePrimaryHttpMessageHandler(ConnectorHttpHandler.CreatePrimaryHandler)
            .RemoveAllLoggers();
        services.TryAddSingleton<IAccessTokenProvider>(sp => new ClientCredentialsTokenProvider(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(TokenHttpClientName),
            sp.GetRequiredService<IOptions<ClientCredentialsOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ClientCredentialsTokenProvider>>()));
        return services;
    }
}
