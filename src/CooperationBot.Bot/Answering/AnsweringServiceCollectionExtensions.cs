using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CooperationBot.Bot.Answering;

/// <summary>Registers answering: <see cref="Answerer"/> and its validated <see cref="AnsweringOptions"/>.</summary>
public static class AnsweringServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="Answerer"/> as a singleton (it needs an <see cref="Knowledge.IKnowledgeSource"/>) and binds
    /// <see cref="AnsweringOptions"/> to the <c>Answering</c> configuration section, validated at start-up.
    /// </summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AnsweringOptions>()
            .BindConfiguration(AnsweringOptions.SectionName)
            .Validate(o => o.IsValid(), "Answering: MinimumConfidence and AnchorItemShare must lie in 0..1, MaxRelated and MaxFollowUps in 0..10.")
            .ValidateOnStart();
        services.TryAddSingleton<Answerer>();
        return services;
    }
}
