using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperationBot.Protocol.Tests.Activities;

public class ActivityJsonTests
{
    private const string TeamsMessage = """
        {"type":"message","id":"1485983408511","timestamp":"2017-02-01T21:10:07.437Z",
         "serviceUrl":"https://smba.trafficmanager.net/emea/","channelId":"msteams",
         "from":{"id":"29:u","name":"U","aadObjectId":"a-1","futureField":1},
         "conversation":{"conversationType":"personal","tenantId":"t-1","id":"a:c"},
         "recipient":{"id":"28:bot","name":"Bot"},
         "text":"<at>Bot</at> hulp","locale":"nl-NL",
         "entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"Bot"},"text":"<at>Bot</at>"},{"type":"clientInfo","country":"NL"}],
         "channelData":{"tenant":{"id":"t-1"},"team":{"id":"19:t"}},
         "unknownTopLevel":{"nested":[1,2,3]}}
        """;

    [Fact]
    public void Deserialize_TeamsMessage_ReadsKnownFields()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("29:u", activity.From!.Id);
        Assert.Equal("a-1", activity.From.AadObjectId);
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal("t-1", activity.ChannelDataTenantId);
        Assert.Equal("28:bot", activity.Entities![0].Mentioned!.Id);
    }

    [Fact]
    public void RoundTrip_UnknownProperties_ArePreserved()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"nested":[1,2,3]}"""), written["unknownTopLevel"]));
        Assert.Equal(1, (int)written["from"]!["futureField"]!);
        Assert.Equal("NL", (string?)written["entities"]![1]!["country"]);
    }

    [Fact]
    public void CreateReply_SwapsAccountsAndKeepsConversation()
    {
        var inbound = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        var reply = inbound.CreateReply("hallo");

        Assert.Equal("28:bot", reply.From!.Id);
        Assert.Equal("29:u", reply.Recipient!.Id);
        Assert.Equal("a:c", reply.Conversation!.Id);
        Assert.Equal("1485983408511", reply.ReplyToId);
        Assert.Null(reply.Id);
        Assert.Null(reply.ServiceUrl);
        Assert.Null(reply.Timestamp);
    }

    [Theory]
    [InlineData("""{"type":"message","text":5}""")]
    [InlineData("""{"type":["message"]}""")]
    [InlineData("""{"type":"message","from":"someone"}""")]
    [InlineData("""{"type":"message","entities":{}}""")]
    public void Deserialize_WrongTypes_Throws(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options));
    }
}
