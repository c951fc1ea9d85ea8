using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Testing.Connector;
using Microsoft.Extensions.Logging.Testing;
using static CooperationBot.Bot.Tests.Digests.Delivery.DeliveryTestParts;

namespace CooperationBot.Bot.Tests.Digests.Delivery;

public sealed class DigestSenderTests
{
    [Fact]
    public async Task SendAsync_ConnectorAccepts_SentWithOneDeliveryOfTheKey()
    {
        await using var connector = await FaultInjectingConnector.StartAsync();

        var result = await Sender().SendAsync(Entry(), Personal(connector.ServiceUrl), default);

        Assert.Equal(DigestSendOutcome.Sent, result.Outcome);
        Assert.Equal("activity-1", result.ActivityId);
        Assert.Null(result.CreatedConversationId);
        var delivery = Assert.Single(connector.DeliveryLog);
        Assert.Equal(ChatId, delivery.ConversationId);
        Assert.Equal(Key, delivery.DigestKey);
        Assert.Equal(1, connector.DeliveryCount(Key));
    }

    [Fact]
    public async Task SendAsync_StoredActivity_AddressedAsBotWithKeyAndOwnChannelDataKept()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();

        await Sender().SendAsync(Entry(), Personal(connector.ServiceUrl), default);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("/v3/conversations/a%3Achat-1/activities", request.RawPath);
        var body = request.BodyJson()!;
        Assert.Equal("personal:tenant-1:29:user-1|2025-03-03", (string?)body["channelData"]?["digestKey"]);
        Assert.Equal("default", (string?)body["channelData"]?["feedbackLoop"]?["type"]);
        Assert.Equal(TenantId, (string?)body["channelData"]?["tenant"]?["id"]);
        Assert.Equal(BotId, (string?)body["from"]?["id"]);
        Assert.Equal(ChatId, (string?)body["conversation"]?["id"]);
        Assert.Equal("nl-NL", (string?)body["locale"]);
        Assert.Equal(SecretText, (string?)body["text"]);
        Assert.Null(body["id"]);
        Assert.Null(body["serviceUrl"]);
    }

    [Fact]
    public async Task SendAsync_PersonalTargetWithoutConversation_CreatesChatThenSendsThere()
    {
        await using var connector = await FaultInjectingConnector.StartAsync();

        var result = await Sender().SendAsync(Entry(), Personal(connector.ServiceUrl, conversationId: ""), default);

        Assert.Equal(DigestSendOutcome.Sent, result.Outcome);
        Assert.Equal("a:created-1", result.CreatedConversationId);
        var created = Assert.Single(connector.CreatedConversations);
        Assert.Equal(new[] { UserId }, created.MemberIds);
        Assert.Equal(BotId, created.BotId);
        Assert.Equal(TenantId, created.TenantId);
        Assert.Equal("a:created-1", Assert.Single(connector.DeliveryLog).ConversationId);
        Assert.Equal(2, connector.Requests);
    }

    [Fact]
    public async Task SendAsync_ChatCreatedButSendFails_ReportsTheCreatedChat()
    {
        await using var connector = await FaultInjectingConnector.StartAsync();
        connector.FailFirst("a:created-1", 1, ConnectorFault.ServerError);

        var result = await Sender().SendAsync(Entry(), Personal(connector.ServiceUrl, conversationId: ""), default);

        Assert.Equal(DigestSendOutcome.RetryAt, result.Outcome);
        Assert.Equal("a:created-1", result.CreatedConversationId);
        Assert.Equal(0, connector.Deliveries);
    }

    [Fact]
    public async Task SendAsync_ChannelTargetWithoutConversation_FailsWithoutCallingTheConnector()
    {
        await using var connector = await FaultInjectingConnector.StartAsync();

        var result = await Sender().SendAsync(Entry(), Channel(connector.ServiceUrl, ""), default);

        Assert.Equal(DigestSendOutcome.Failed, result.Outcome);
        Assert.Equal(0, connector.Requests);
    }

    [Fact]
    public async Task SendAsync_StoredActivityNotJson_FailsWithoutCallingTheConnector()
    {
        await using var connector = await FaultInjectingConnector.StartAsync();

        var result = await Sender().SendAsync(Entry(activityJson: "{not json"), Personal(connector.ServiceUrl), default);

        Assert.Equal(DigestSendOutcome.Failed, result.Outcome);
        Assert.Equal(0, connector.Requests);
    }

    [Fact]
    public async Task SendAsync_AnyOutcome_LogsNeitherTheMessageTextNorTheActivity()
    {
        await using var connector = await FaultInjectingConnector.StartAsync();
        connector.FailFirst(ChatId, 2, ConnectorFault.ServerError);
        var logger = new FakeLogger<DigestSender>();
        var sender = Sender(logger: logger);

        await sender.SendAsync(Entry(), Personal(connector.ServiceUrl), default);
        await sender.SendAsync(Entry(attempts: 6), Personal(connector.ServiceUrl), default);
        await sender.SendAsync(Entry(), Personal(connector.ServiceUrl), default);

        var records = logger.Collector.GetSnapshot();
        Assert.Equal(3, records.Count);
        Assert.All(records, record => Assert.DoesNotContain("samenvatting", record.Message, StringComparison.OrdinalIgnoreCase));
        Assert.All(records, record => Assert.DoesNotContain("AdaptiveCard", record.Message, StringComparison.Ordinal));
    }
}
