using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CooperationBot.Bot.Answering;

/// <summary>Registers answering: <see cref="Answerer"/>, its validated <see cref="AnsweringOptions"/> and its warm-up at start-up.</summary>
public static class AnsweringServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="Answerer"/> as a singleton (it needs an <see cref="Knowledge.IKnowledgeSource"/>) and binds
    /// <see cref="AnsweringOptions"/> to the <c>Answering</c> configuration section, validated at start-up; a host started
    /// with these services builds the index in the background as it starts (<see cref="AnsweringWarmUp"/>).
    /// </summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<AnsweringOptions>()
            .BindConfiguration(AnsweringOptions.SectionName)
            .Validate(o => o.IsValid(), "Answering: MinimumConfidence and AnchorItemShare must lie in 0..1, MaxRelated and MaxFollowUps in 0..10.")
            .ValidateOnStart();
        services.TryAddSingleton<Answerer>();
        services.AddHostedService<AnsweringWarmUp>();
        return services;
    }
}
