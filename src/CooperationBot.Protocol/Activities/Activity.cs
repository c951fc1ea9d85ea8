using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CooperationBot.Protocol;

/// <summary>
/// A Bot Framework activity. Properties this model does not name are kept in <see cref="Properties"/>
/// and written back unchanged, so nothing a channel sends is lost.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? Text { get; set; }

    public string? Summary { get; set; }

    public string? Locale { get; set; }

    public string? AttachmentLayout { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<Entity>? Entities { get; set; }

    /// <summary>Channel-specific data; in Teams it carries <c>tenant</c>, <c>team</c> and <c>channel</c>.</summary>
    public JsonNode? ChannelData { get; set; }

    public string? ReplyToId { get; set; }

    /// <summary>An invoke's or a card submit's payload.</summary>
    public JsonNode? Value { get; set; }

    /// <summary>An invoke's or event's name, e.g. <c>adaptiveCard/action</c>.</summary>
    public string? Name { get; set; }

    /// <summary>For installationUpdate: <c>add</c> or <c>remove</c>.</summary>
    public string? Action { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<ChannelAccount>? MembersRemoved { get; set; }

    public string? DeliveryMode { get; set; }

    public string? InputHint { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>The tenant id Teams puts in <c>channelData.tenant.id</c>, or null.</summary>
    [JsonIgnore]
    public string? ChannelDataTenantId => ChannelDataString("tenant", "id");

    /// <summary>The team id Teams puts in <c>channelData.team.id</c> (in a team's channels and team events), or null.</summary>
    [JsonIgnore]
    public string? ChannelDataTeamId => ChannelDataString("team", "id");

    /// <summary>The Teams event of a conversationUpdate, <c>channelData.eventType</c> (e.g. <c>teamDeleted</c>), or null.</summary>
    [JsonIgnore]
    public string? ChannelDataEventType => ChannelDataString("eventType");

    private string? ChannelDataString(params string[] path)
    {
        JsonNode? node = ChannelData;
        foreach (var name in path)
        {
            node = node is JsonObject parent ? parent[name] : null;
        }

        return node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
    }

    /// <summary>
    /// A reply to this activity: from and recipient swapped, the same conversation and channel,
    /// <c>replyToId</c> set; no id, timestamp or serviceUrl.
    /// </summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        From = Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name },
        Recipient = From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId },
        Conversation = Conversation is null
            ? null
            : new ConversationAccount
            {
                Id = Conversation.Id,
                ConversationType = Conversation.ConversationType,
                TenantId = Conversation.TenantId,
                IsGroup = Conversation.IsGroup,
            },
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
        TextFormat = text is null ? null : "plain",
    };
}
