using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Phrasing;

/// <summary>Registers the optional Azure OpenAI phrasing.</summary>
public static class PhrasingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAnswerPhraser"/>: <see cref="AzureOpenAIPhraser"/> when section <c>AzureOpenAI</c> sets an
    /// endpoint and a deployment (then validated at start-up), else <see cref="NotConfiguredPhraser"/>. Also adds
    /// <see cref="PhrasingCounters"/>.
    /// </summary>
    public static IServiceCollection AddPhrasing(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PhrasingOptions>().Bind(configuration.GetSection(PhrasingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PhrasingOptions>, PhrasingOptionsValidator>());
        services.TryAddSingleton<PhrasingCounters>();
        services.TryAddSingleton<IAnswerPhraser>(provider =>
            provider.GetRequiredService<IOptions<PhrasingOptions>>().Value.IsConfigured
                ? ActivatorUtilities.CreateInstance<AzureOpenAIPhraser>(provider)
                : new NotConfiguredPhraser(provider.GetRequiredService<PhrasingCounters>()));
        return services;
    }
}
