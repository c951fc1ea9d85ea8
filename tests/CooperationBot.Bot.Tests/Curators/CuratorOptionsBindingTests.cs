using CooperationBot.Bot.Curators;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Tests.Curators;

public sealed class CuratorOptionsBindingTests
{
    private const string FromBot = "5b0e6f0c-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
    private const string FromSection = "0f1e2d3c-4b5a-4697-8877-665544332211";

    [Fact]
    public void AddCurators_IdsUnderBotCurators_AreCurators()
    {
        var options = Bind(new() { ["Bot:Curators:0"] = FromBot });

        Assert.True(options.IsCurator(FromBot));
        Assert.False(options.IsCurator(FromSection));
    }

    [Fact]
    public void AddCurators_IdsInBothPlaces_BothCount()
    {
        var options = Bind(new() { ["Bot:Curators:0"] = FromBot, ["Curators:Ids:0"] = FromSection });

        Assert.True(options.IsCurator(FromBot));
        Assert.True(options.IsCurator(FromSection));
    }

    [Fact]
    public void AddCurators_BadIdUnderBotCurators_FailsValidation()
    {
        Assert.Throws<OptionsValidationException>(() => Bind(new() { ["Bot:Curators:0"] = "not-a-guid" }));
    }

    private static CuratorOptions Bind(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        using var provider = new ServiceCollection().AddLogging().AddCurators(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<CuratorOptions>>().Value;
    }
}
