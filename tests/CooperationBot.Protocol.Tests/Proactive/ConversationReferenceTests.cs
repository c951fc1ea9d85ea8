using System.Text.Json.Nodes;
using CooperationBot.Protocol.Proactive;

namespace CooperationBot.Protocol.Tests.Proactive;

public class ConversationReferenceTests
{
    private static Activity Inbound(string conversationId, string? type) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:user" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = type },
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        Locale = "nl-NL",
    };

    [Fact]
    public void FromActivity_PersonalChat_KeepsEverythingNeededToWriteLater()
    {
        var reference = ConversationReference.FromActivity(Inbound("a:personal", "personal"))!;

        Assert.Equal(
            new ConversationReference("a:personal", "https://smba.trafficmanager.net/emea/", "msteams", "personal", "tenant-1", "28:bot", "29:user", "nl-NL"),
            reference);
        Assert.True(reference.IsPersonal);
        Assert.False(reference.IsChannel);
    }

    [Fact]
    public void FromActivity_ChannelThread_PointsAtTheChannelItself()
    {
        var reference = ConversationReference.FromActivity(Inbound("19:abc@thread.tacv2;messageid=1700000000000", "channel"))!;

        Assert.Equal("19:abc@thread.tacv2", reference.ConversationId);
        Assert.True(reference.IsChannel);
    }

    [Theory]
    [InlineData(null, "msteams", "a:1")]
    [InlineData("https://x/", null, "a:1")]
    [InlineData("https://x/", "msteams", null)]
    public void FromActivity_MissingAddress_IsNull(string? serviceUrl, string? channelId, string? conversationId)
    {
        var activity = new Activity
        {
            ServiceUrl = serviceUrl,
            ChannelId = channelId,
            Conversation = conversationId is null ? null : new ConversationAccount { Id = conversationId },
        };

        Assert.Null(ConversationReference.FromActivity(activity));
    }

    [Fact]
    public void CreateMessage_IsANewMessageFromTheBotIntoTheConversation()
    {
        var reference = ConversationReference.FromActivity(Inbound("a:personal", "personal"))!;

        var message = reference.CreateMessage();

        Assert.Equal(ActivityTypes.Message, message.Type);
        Assert.Equal("a:personal", message.Conversation!.Id);
        Assert.Equal("28:bot", message.From!.Id);
        Assert.Equal("tenant-1", message.Conversation.TenantId);
        Assert.Null(message.ReplyToId);
    }
}
