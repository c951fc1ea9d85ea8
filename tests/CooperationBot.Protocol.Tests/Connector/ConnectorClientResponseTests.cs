using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Connector;

namespace CooperationBot.Protocol.Tests.Connector;

public sealed class ConnectorClientResponseTests
{
    [Fact]
    public async Task SendToConversationAsync_201WithId_ReturnsId()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.ActivityId("1:created", 201));

        var response = await ConnectorTestParts.Client().SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default);

        Assert.Equal("1:created", response?.Id);
    }

    [Fact]
    public async Task SendToConversationAsync_202WithoutBody_ReturnsNull()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Status(202));

        var response = await ConnectorTestParts.Client().SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default);

        Assert.Null(response);
        Assert.Equal(1, connector.RequestCount);
    }

    [Theory]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(404, "ConversationNotFound")]
    public async Task SendToConversationAsync_403Or404_ConversationGoneWithoutRetry(int status, string code)
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Error(status, code));
        var time = new InstantDelayTimeProvider();

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => ConnectorTestParts.Client(timeProvider: time).SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default));

        Assert.True(error.IsConversationGone);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Equal(1, connector.RequestCount);
        Assert.Empty(time.Delays);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(413)]
    [InlineData(500)]
    public async Task SendToConversationAsync_NonRetryableError_ThrowsAfterOneRequest(int status)
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Status(status));

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => ConnectorTestParts.Client().SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default));

        Assert.Equal(status, error.StatusCode);
        Assert.False(error.IsConversationGone);
        Assert.Null(error.ErrorCode);
        Assert.Equal(1, connector.RequestCount);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task SendToConversationAsync_RedirectToOtherServer_NotFollowedAndTokenNotForwarded(int status)
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        await using var connector = await LoopbackConnectorServer.StartAsync();
        await using var elsewhere = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Status(status).WithHeader("Location", elsewhere.ServiceUrl + "v3/conversations/c1/activities"));
        var client = ConnectorTestParts.ClientTrustingLoopback(tokens);

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => client.SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default));

        Assert.Equal(status, error.StatusCode);
        Assert.NotNull(Assert.Single(connector.Requests).Authorization);
        Assert.Equal(0, elsewhere.RequestCount);
    }

    [Fact]
    public async Task SendToConversationAsync_HandlerThatFollowsRedirects_StillReportsRedirect()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        await using var elsewhere = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Status(307).WithHeader("Location", elsewhere.ServiceUrl + "x"));
        using var followingHttpClient = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true });
        var client = new ConnectorClient(
            followingHttpClient,
            null,
            Microsoft.Extensions.Options.Options.Create(new ConnectorOptions()),
            TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ConnectorClient>.Instance);

        await Assert.ThrowsAsync<ConnectorException>(
            () => client.SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default));
    }
}
