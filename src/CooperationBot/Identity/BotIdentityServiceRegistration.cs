using Azure.Core;
using CooperationBot.Bot.Storage;
using CooperationBot.Host.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Host.Identity;

/// <summary>
/// The bot's identity as one Azure.Core <see cref="TokenCredential"/>, a singleton: with
/// <c>MicrosoftAppType=UserAssignedMSI</c> and a <c>MicrosoftAppId</c>, the managed identity of that client id
/// (<see cref="ConnectorCredentialFactory.CreateManagedIdentity"/>). The connector's token provider and the PostgreSQL
/// store (<c>Store:Authentication=ManagedIdentity</c>, through <see cref="PostgresAccessTokenPassword"/>) both use it.
/// </summary>
public static class BotIdentityServiceRegistration
{
    /// <summary>
    /// Registers the credential when <paramref name="credentials"/> (the registration as configured) names a managed
    /// identity, and always the start-up check that <c>Store:Authentication=ManagedIdentity</c> has one to use.
    /// </summary>
    public static IServiceCollection AddBotIdentity(this IServiceCollection services, BotCredentialsOptions credentials)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(credentials);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoreOptions>, StoreIdentityValidator>());
        if (credentials.HasAppId && ConnectorCredentialFactory.UsesManagedIdentity(credentials))
        {
            services.TryAddSingleton(provider =>
                ConnectorCredentialFactory.CreateManagedIdentity(provider.GetRequiredService<IOptions<BotCredentialsOptions>>().Value));
            services.TryAddSingleton<PostgresAccessTokenPassword>();
        }

        return services;
    }
}
