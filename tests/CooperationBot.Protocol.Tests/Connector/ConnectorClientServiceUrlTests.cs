using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Connector;

namespace CooperationBot.Protocol.Tests.Connector;

/// <summary>Security case 25: no token, and no request at all, to a serviceUrl off the allowlist.</summary>
public sealed class ConnectorClientServiceUrlTests
{
    [Theory]
    [InlineData("https://attacker.example/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://52.114.0.1/")]
    [InlineData("https://localhost/")]
    [InlineData("https://smba.trafficmanager.net.attacker.example/")]
    [InlineData("not a url")]
    public async Task SendToConversationAsync_UntrustedServiceUrlWithTokenProvider_ThrowsWithoutTokenRequest(string serviceUrl)
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        var client = ConnectorTestParts.Client(ConnectorTestParts.TokenProvider(tokens));

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(
            () => client.SendToConversationAsync(serviceUrl, "c1", ConnectorTestParts.Message(), default));

        Assert.Equal(0, tokens.RequestCount);
    }

    [Fact]
    public async Task ReplyToActivityAsync_LoopbackServiceUrlWithDefaultPolicy_NoRequestAndNoToken()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        await using var connector = await LoopbackConnectorServer.StartAsync();
        var client = ConnectorTestParts.Client(ConnectorTestParts.TokenProvider(tokens));

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(
            () => client.ReplyToActivityAsync(connector.ServiceUrl, "c1", "a1", ConnectorTestParts.Message(), default));

        Assert.Equal(0, connector.RequestCount);
        Assert.Equal(0, tokens.RequestCount);
    }

    [Fact]
    public async Task CreateConversationAsync_HttpsLoopbackWithDefaultPolicy_Throws()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        var client = ConnectorTestParts.Client(ConnectorTestParts.TokenProvider(tokens));

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(
            () => client.CreateConversationAsync("https://127.0.0.1:1/", ConversationParameters.ForPersonalChat("28:b", "29:u", "t"), default));

        Assert.Equal(0, tokens.RequestCount);
    }

    [Fact]
    public async Task SendToConversationAsync_DevelopmentModeNonHttpScheme_Throws()
    {
        var client = ConnectorTestParts.Client();

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(
            () => client.SendToConversationAsync("file:///etc/passwd", "c1", ConnectorTestParts.Message(), default));
    }
}
