using Azure.Core;
using CooperationBot.Bot;
using CooperationBot.Bot.Briefings;
using CooperationBot.Bot.Knowledge.Hosting;
using CooperationBot.Bot.Visits;
using CooperationBot.Host.Briefings;
using CooperationBot.Host.Configuration;
using CooperationBot.Host.Health;
using CooperationBot.Host.Identity;
using CooperationBot.Host.Telemetry;
using CooperationBot.Protocol.Authentication;
using CooperationBot.Protocol.Connector;
using CooperationBot.Protocol.Processing;
using CooperationBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Host;

/// <summary>Wires the protocol layer and the bot logic into the web host, from configuration.</summary>
public static class BotServiceRegistration
{
    private const string OpenIdHttpClientName = "CooperationBot.OpenId";

    public static WebApplicationBuilder AddCooperationBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IValidateOptions<BotCredentialsOptions>, BotCredentialsValidator>();
        services.AddOptions<BotCredentialsOptions>().Bind(builder.Configuration).ValidateOnStart();
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateDataAnnotations()
            .Validate(bot => bot.HasValidPublicBaseUrl, "Bot:PublicBaseUrl must be an absolute http or https URL without query, e.g. https://bot.example.nl.")
            .ValidateOnStart();

        var credentials = builder.Configuration.Get<BotCredentialsOptions>() ?? new BotCredentialsOptions();
        services.AddBotIdentity(credentials);
        AddInboundAuthentication(services);
        AddOutbound(services, credentials);

        services.AddOptions<ActivityProcessorOptions>().Configure<IOptions<BotCredentialsOptions>, IOptions<BotOptions>>((processing, credentials, bot) =>
        {
            processing.RequireAuthentication = credentials.Value.HasAppId;
            processing.MaxRequestBodyBytes = bot.Value.MaxRequestBodyKilobytes * 1024;
            processing.AllowedTenants = bot.Value.AllowedTenants;
            processing.AckBudget = TimeSpan.FromSeconds(bot.Value.AckBudgetSeconds);
            processing.MessageExtensionBudget = TimeSpan.FromSeconds(bot.Value.MessageExtensionBudgetSeconds);
        });
        services.AddSingleton<IReplySink, ConnectorReplySink>();
        services.AddProtocolMetrics();
        services.AddSingleton<ActivityProcessor>();

        services.AddKnowledge(builder.Configuration);
        services.AddBotLogic(builder.Configuration);
        AddBriefings(services, builder.Configuration);
        services.AddCooperationBotHealth(authenticationRequired: credentials.HasAppId);
        builder.AddCooperationBotTelemetry();
        return builder;
    }

    /// <summary>
    /// Signed briefing links on <see cref="BriefingBaseAddress"/> (<see cref="BotOptions.PublicBaseUrl"/>, or in
    /// Development the address the bot listens on); registered after the bot logic so they replace its default.
    /// </summary>
    private static void AddBriefings(IServiceCollection services, IConfiguration configuration)
    {
        services.AddBriefingTokens(configuration);
        services.AddSingleton<BriefingBaseAddress>();
        services.AddHostedService<BriefingBaseAddressCheck>();
        services.AddSingleton<IBriefingLinks>(provider =>
        {
            var address = provider.GetRequiredService<BriefingBaseAddress>();
            return new SignedBriefingLinks(provider.GetRequiredService<BriefingTokens>(), () => address.Current);
        });
    }

    private static void AddInboundAuthentication(IServiceCollection services)
    {
        services.AddOptions<BotAuthenticationOptions>()
            .Configure<IOptions<BotCredentialsOptions>, IOptions<BotOptions>>((auth, credentials, bot) =>
            {
                auth.MicrosoftAppId = credentials.Value.MicrosoftAppId;
                auth.OpenIdMetadataUrl = bot.Value.OpenIdMetadataUrl;
                if (bot.Value.AllowedChannelIds.Count > 0)
                {
                    auth.AllowedChannelIds = bot.Value.AllowedChannelIds;
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>();
        services.AddHttpClient(OpenIdHttpClientName).ConfigurePrimaryHttpMessageHandler(ConnectorHttpHandler.CreatePrimaryHandler);
        services.AddSingleton(sp => new ChannelTokenValidator(
            sp.GetRequiredService<IOptions<BotAuthenticationOptions>>(),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(OpenIdHttpClientName),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ChannelTokenValidator>>()));
        services.AddSingleton<IChannelTokenValidator>(sp => sp.GetRequiredService<ChannelTokenValidator>());
        services.AddSingleton<ISigningKeyStatus>(sp => sp.GetRequiredService<ChannelTokenValidator>());
    }

    private static void AddOutbound(IServiceCollection services, BotCredentialsOptions credentials)
    {
        services.AddOptions<ConnectorOptions>().Configure<IOptions<BotOptions>>((connector, bot) =>
        {
            if (bot.Value.AllowedServiceUrlHosts.Count > 0)
            {
                connector.AllowedServiceUrlHosts = bot.Value.AllowedServiceUrlHosts;
            }

            connector.MaxRetryAfter = TimeSpan.FromSeconds(bot.Value.ReplyMaxRetryAfterSeconds);
        });
        services.AddConnectorClient();

        // Without an app id (development only) no token provider exists, so no token is ever sent.
        if (credentials.HasAppId && ConnectorCredentialFactory.UsesManagedIdentity(credentials))
        {
            services.AddSingleton<IAccessTokenProvider>(sp =>
            {
                var bot = sp.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;
                var credential = sp.GetRequiredService<TokenCredential>(); // The bot's identity (AddBotIdentity), shared with the store.
                var appId = bot.MicrosoftAppId!.Trim();
                var logger = sp.GetRequiredService<ILogger<CredentialTokenProvider>>();
                Identity.Log.CredentialChosen(logger, credential.GetType().Name, appId, bot.MicrosoftAppType);
                return new CredentialTokenProvider(credential, appId, sp.GetRequiredService<TimeProvider>(), logger);
            });
        }
        else if (credentials.HasAppId)
        {
            services.AddOptions<ClientCredentialsOptions>().Configure<IOptions<BotCredentialsOptions>>((token, bot) =>
            {
                token.AppId = bot.Value.MicrosoftAppId ?? string.Empty;
                token.AppPassword = bot.Value.MicrosoftAppPassword ?? string.Empty;
                token.CertificatePath = bot.Value.MicrosoftAppCertificatePath;
                token.AppType = bot.Value.MicrosoftAppType;
                token.TenantId = bot.Value.MicrosoftAppTenantId;
            });
            services.AddClientCredentialsTokenProvider();
        }
    }
}
