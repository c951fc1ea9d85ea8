using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Tests.Answering;

public class AnsweringServiceCollectionExtensionsTests
{
    [Fact]
    public void AddAnswering_WithKnowledgeSource_ResolvesOneAnswererWithConfiguredOptions()
    {
        using var provider = Services(("Answering:MaxFollowUps", "2")).BuildServiceProvider();

        var answerer = provider.GetRequiredService<Answerer>();

        Assert.Same(answerer, provider.GetRequiredService<Answerer>());
        Assert.Equal(2, provider.GetRequiredService<IOptions<AnsweringOptions>>().Value.MaxFollowUps);
        Assert.True(answerer.Answer("Hoeveel Marokkanen zijn teruggekeerd?").Answered);
    }

    [Fact]
    public void AddAnswering_ThresholdOutOfRange_FailsValidation()
    {
        using var provider = Services(("Answering:MinimumConfidence", "1.5")).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AnsweringOptions>>().Value);
    }

    private static ServiceCollection Services(params (string Key, string Value)[] settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build());
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IKnowledgeSource>(new InMemoryKnowledgeSource(TestKnowledge.Snapshot));
        services.AddAnswering();
        return services;
    }
}
