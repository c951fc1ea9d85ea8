using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CooperationBot.Protocol.Connector;

/// <summary>
/// The body of a create-conversation call. For a 1:1 proactive chat in Teams: <c>bot</c> = <c>28:&lt;appId&gt;</c>,
/// one member <c>29:...</c>, <c>tenantId</c> and <c>channelData.tenant.id</c> set, <c>isGroup</c> false.
/// </summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }

    public ChannelAccount? Bot { get; set; }

    public List<ChannelAccount>? Members { get; set; }

    public string? TopicName { get; set; }

    public string? TenantId { get; set; }

    /// <summary>An activity to post as the conversation's first message.</summary>
    public Activity? Activity { get; set; }

    public JsonNode? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>The parameters of a 1:1 Teams conversation between the bot and one user in a tenant.</summary>
    public static ConversationParameters ForPersonalChat(string botId, string userId, string tenantId) => new()
    {
        IsGroup = false,
        Bot = new ChannelAccount { Id = botId },
        Members = [new ChannelAccount { Id = userId }],
        TenantId = tenantId,
        ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
    };
}
