using System.Diagnostics.Metrics;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Conversation;
using CooperationBot.Bot.Curators;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Phrasing;
using CooperationBot.Bot.Storage;
using CooperationBot.Bot.Telemetry;
using CooperationBot.Bot.Visits;
using CooperationBot.Protocol.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot;

/// <summary>Registers the bot logic: the routes and the services the handlers use.</summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddBotLogic(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new BotMetrics(provider.GetService<IMeterFactory>()));
        services.AddOptions<StoreOptions>()
            .Configure(store =>
            {
                store.ConnectionString = configuration.GetConnectionString("Store") ?? store.ConnectionString;
                store.Provider = configuration["Store:Provider"] ?? store.Provider;
                store.Authentication = configuration["Store:Authentication"] ?? store.Authentication;
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>());
        services.TryAddSingleton(StoreProvider.Create<IFeedbackStore, SqliteFeedbackStore, PostgresFeedbackStore>);
        services.AddAnswering();
        services.AddCurators(configuration);
        services.AddVisits();
        services.AddDigests(configuration);
        services.AddPhrasing(configuration);
        services.TryAddSingleton<GuardedPhraser>();
        services.TryAddSingleton<AnswerPhrasing>();
        services.TryAddSingleton<VisitPhrasing>();
        services.AddSingleton<WelcomeTracker>();
        services.AddSingleton(_ => new ActivityRouter().MapCooperationBot());
        return services;
    }
}
