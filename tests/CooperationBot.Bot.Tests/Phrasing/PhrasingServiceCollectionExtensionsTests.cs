using CooperationBot.Bot.Language;
using CooperationBot.Bot.Phrasing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Tests.Phrasing;

public class PhrasingServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddPhrasing_NoSection_ResolvesNotConfiguredPhraser()
    {
        using var provider = Services().BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var phraser = provider.GetRequiredService<IAnswerPhraser>();
        var reply = await phraser.PhraseAsync(new PhrasingRequest("Vraag?", UserLanguage.Dutch, []), CancellationToken.None);

        Assert.IsType<NotConfiguredPhraser>(phraser);
        Assert.Equal(PhrasingReply.Failed(PhrasingFailure.NotConfigured), reply);
        Assert.Equal(1, provider.GetRequiredService<PhrasingCounters>().Failed(PhrasingFailure.NotConfigured));
    }

    [Fact]
    public void AddPhrasing_EndpointAndDeployment_ResolvesAzureOpenAIPhraserWithOptions()
    {
        using var provider = Services(
            ("AzureOpenAI:Endpoint", "https://my-resource.openai.azure.com/"),
            ("AzureOpenAI:Deployment", "gpt-4o"),
            ("AzureOpenAI:ApiKey", "key"),
            ("AzureOpenAI:TimeoutSeconds", "5")).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.IsType<AzureOpenAIPhraser>(provider.GetRequiredService<IAnswerPhraser>());
        Assert.Equal(5, provider.GetRequiredService<IOptions<PhrasingOptions>>().Value.TimeoutSeconds);
    }

    [Fact]
    public void AddPhrasing_NoKey_ResolvesAzureOpenAIPhraserWithEntraId()
    {
        using var provider = Services(
            ("AzureOpenAI:Endpoint", "https://my-resource.openai.azure.com/"),
            ("AzureOpenAI:Deployment", "gpt-4o")).BuildServiceProvider();

        Assert.IsType<AzureOpenAIPhraser>(provider.GetRequiredService<IAnswerPhraser>());
    }

    [Fact]
    public void AddPhrasing_PlainHttpEndpoint_FailsAtStartUp()
    {
        using var provider = Services(
            ("AzureOpenAI:Endpoint", "http://my-resource.openai.azure.com/"),
            ("AzureOpenAI:Deployment", "gpt-4o")).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    private static ServiceCollection Services(params (string Key, string Value)[] settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddPhrasing(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build());
        return services;
    }
}
