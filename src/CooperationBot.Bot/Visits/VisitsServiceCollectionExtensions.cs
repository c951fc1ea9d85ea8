using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CooperationBot.Bot.Visits;

/// <summary>Registers the visit cards: <see cref="VisitReplies"/> and a default <see cref="IBriefingLinks"/> that makes no links.</summary>
public static class VisitsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="VisitReplies"/> (it needs an <see cref="Knowledge.IKnowledgeSource"/>). A host that serves
    /// briefing notes registers its own <see cref="IBriefingLinks"/> (before this call, or with AddSingleton after it).
    /// </summary>
    public static IServiceCollection AddVisits(this IServiceCollection services)
    {
        services.TryAddSingleton<IBriefingLinks, NoBriefingLinks>();
        services.TryAddSingleton<VisitReplies>();
        return services;
    }
}
