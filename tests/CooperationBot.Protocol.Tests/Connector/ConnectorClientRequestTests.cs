using System.Text.Json.Nodes;
using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Connector;

namespace CooperationBot.Protocol.Tests.Connector;

public sealed class ConnectorClientRequestTests
{
    private const string EscapedConversationId = "a%3A1Xy%40thread.skype%3Bmessageid%3D1617%3Dx";
    private const string EscapedActivityId = "1%3A2%403%3B4%3D5";

    [Fact]
    public async Task ReplyToActivityAsync_TeamsIds_PostsToEscapedReplyUrl()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        var client = ConnectorTestParts.Client();

        await client.ReplyToActivityAsync(
            connector.ServiceUrl, ConnectorTestParts.TeamsConversationId, ConnectorTestParts.TeamsActivityId, ConnectorTestParts.Message(), default);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/activities/{EscapedActivityId}", request.RawPath);
    }

    [Fact]
    public async Task SendToConversationAsync_ServiceUrlWithPathWithoutSlash_KeepsPathAndAddsSlash()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        var client = ConnectorTestParts.Client();

        await client.SendToConversationAsync(connector.ServiceUrl + "_connector", "19:abc@thread.tacv2", ConnectorTestParts.Message(), default);

        Assert.Equal("/_connector/v3/conversations/19%3Aabc%40thread.tacv2/activities", Assert.Single(connector.Requests).RawPath);
    }

    [Fact]
    public async Task UpdateActivityAsync_Always_PutsToActivityUrl()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        var client = ConnectorTestParts.Client();

        await client.UpdateActivityAsync(
            connector.ServiceUrl, ConnectorTestParts.TeamsConversationId, ConnectorTestParts.TeamsActivityId, ConnectorTestParts.Message(), default);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/activities/{EscapedActivityId}", request.RawPath);
    }

    [Fact]
    public async Task SendToConversationAsync_Activity_SendsCamelCaseJsonWithoutNulls()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        var client = ConnectorTestParts.Client();

        await client.SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message("Goedemorgen"), default);

        var request = Assert.Single(connector.Requests);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"message","text":"Goedemorgen"}"""), request.BodyJson()));
    }

    [Fact]
    public async Task CreateConversationAsync_PersonalChat_PostsTeamsShapeAndReturnsId()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Json(201, """{"id":"a:new-conversation","activityId":"1"}"""));
        var client = ConnectorTestParts.Client();

        var created = await client.CreateConversationAsync(
            connector.ServiceUrl, ConversationParameters.ForPersonalChat("28:bot", "29:user", "tenant-1"), default);

        Assert.Equal("a:new-conversation", created.Id);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("/v3/conversations", request.RawPath);
        var expected = JsonNode.Parse("""
            {"isGroup":false,"bot":{"id":"28:bot"},"members":[{"id":"29:user"}],"tenantId":"tenant-1","channelData":{"tenant":{"id":"tenant-1"}}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, request.BodyJson()));
    }

    [Fact]
    public async Task SendToConversationAsync_DevelopmentMode_SendsNoAuthorizationHeader()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        var client = ConnectorTestParts.Client(tokenProvider: null);

        await client.SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default);

        Assert.True(client.IsDevelopmentMode);
        Assert.Null(Assert.Single(connector.Requests).Authorization);
    }

    [Fact]
    public async Task SendToConversationAsync_TokenProviderAndTrustedUrl_SendsBearerToken()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        await using var connector = await LoopbackConnectorServer.StartAsync();
        var client = ConnectorTestParts.ClientTrustingLoopback(tokens);

        await client.SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default);
        await client.SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default);

        Assert.All(connector.Requests, r => Assert.Equal("Bearer " + LoopbackTokenServer.TokenNumber(1), r.Authorization));
        Assert.Equal(2, connector.RequestCount);
        Assert.Equal(1, tokens.RequestCount);
    }
}
