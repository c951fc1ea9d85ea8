using CooperationBot.Bot.Knowledge.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Knowledge.Hosting;

/// <summary>Registers the knowledge file as the bot's <see cref="IKnowledgeSource"/>, with reloading while the host runs.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="KnowledgeOptions"/> (section <c>Knowledge</c>, validated at start-up), <see cref="KnowledgeFileSource"/>
    /// as <see cref="IKnowledgeSource"/> and <see cref="KnowledgeWatchService"/>. The file is loaded when the source is
    /// first resolved (at the latest when the host starts); an invalid file throws <see cref="KnowledgeLoadException"/>.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsValidator>());
        services.TryAddSingleton(_ => new KnowledgeFileLoader());
        services.TryAddSingleton<KnowledgeFileSource>();
        services.TryAddSingleton<IKnowledgeSource>(provider => provider.GetRequiredService<KnowledgeFileSource>());
        services.AddHostedService<KnowledgeWatchService>();
        return services;
    }
}
