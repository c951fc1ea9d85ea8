using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Briefings;

/// <summary>Registers signed briefing tokens.</summary>
public static class BriefingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="BriefingOptions"/> (section <c>Bot</c>; the development key file filled in; validated at
    /// start-up) and <see cref="BriefingTokens"/>. The host adds the <see cref="SignedBriefingLinks"/> with its public address.
    /// </summary>
    public static IServiceCollection AddBriefingTokens(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BriefingOptions>().Bind(configuration.GetSection(BriefingOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<BriefingOptions>, BriefingKeySetup>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BriefingOptions>, BriefingOptionsValidator>());
        services.TryAddSingleton(provider => new BriefingTokens(
            provider.GetRequiredService<IOptions<BriefingOptions>>(), provider.GetRequiredService<TimeProvider>()));
        return services;
    }
}
