using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Connector;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CooperationBot.Protocol.Tests.Connector;

public sealed class ConnectorServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddConnectorClient_WithoutTokenProvider_DevelopmentModeClientSendsNoToken()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        await using var services = new ServiceCollection().AddLogging().AddConnectorClient().BuildServiceProvider();

        var client = services.GetRequiredService<ConnectorClient>();
        await client.SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default);

        Assert.True(client.IsDevelopmentMode);
        Assert.Null(Assert.Single(connector.Requests).Authorization);
    }

    [Fact]
    public async Task AddClientCredentialsTokenProvider_WithLoopbackPolicy_ClientSendsToken()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        await using var connector = await LoopbackConnectorServer.StartAsync();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(LoopbackServiceUrlPolicy.Create())
            .Configure<ClientCredentialsOptions>(o =>
            {
                o.AppId = ConnectorTestParts.AppId;
                o.AppPassword = ConnectorTestParts.Secret;
                o.AuthorityHost = tokens.AuthorityHost;
            })
            .AddClientCredentialsTokenProvider()
            .AddConnectorClient();
        services.AddHttpClient(ConnectorServiceCollectionExtensions.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(tokens.CreateTrustingHandler);
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ConnectorClient>().SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default);
        await provider.GetRequiredService<ConnectorClient>().SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default);

        Assert.All(connector.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal(1, tokens.RequestCount);
    }

    [Fact]
    public void AddClientCredentialsTokenProvider_MissingSecret_OptionsValidationFails()
    {
        using var services = new ServiceCollection()
            .AddLogging()
            .Configure<ClientCredentialsOptions>(o => o.AppId = "app")
            .AddClientCredentialsTokenProvider()
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ClientCredentialsOptions>>().Value);

        Assert.Contains("MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
    }
}
