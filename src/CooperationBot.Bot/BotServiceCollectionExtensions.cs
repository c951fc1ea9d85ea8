using CooperationBot.Bot.Conversation;
using CooperationBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CooperationBot.Bot;

/// <summary>Registers the bot logic: the routes and the services the handlers use.</summary>
public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddBotLogic(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WelcomeTracker>();
        services.AddSingleton(_ => new ActivityRouter().MapCooperationBot());
        return services;
    }
}
