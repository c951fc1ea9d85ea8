using CooperationBot.Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Curators;

/// <summary>Registers the curators' loop: gap recording, the report, and the daily retention cleanup.</summary>
public static class CuratorServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CuratorOptions"/> (section <c>Curators</c>, plus the ids listed under <c>Bot:Curators</c>;
    /// validated at start-up), the gap store (the feedback
    /// store, so the same database), <see cref="GapRecorder"/>, <see cref="GapReportService"/> and the
    /// <see cref="GapCleanupService"/>, which runs when the host runs hosted services.
    /// </summary>
    public static IServiceCollection AddCurators(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<CuratorOptions>()
            .Bind(configuration.GetSection(CuratorOptions.SectionName))
            .Configure(options =>
            {
                foreach (var id in configuration.GetSection(CuratorOptions.BotSectionKey).Get<string[]>() ?? [])
                {
                    options.Ids.Add(id);
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CuratorOptions>, CuratorOptionsValidator>());
        services.TryAddSingleton(provider => (IKnowledgeGapStore)provider.GetRequiredService<IFeedbackStore>());
        services.TryAddSingleton<GapRecorder>();
        services.TryAddSingleton<GapReportService>();
        services.AddHostedService<GapCleanupService>();
        return services;
    }
}
