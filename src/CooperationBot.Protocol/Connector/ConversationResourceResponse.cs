namespace CooperationBot.Protocol.Connector;

/// <summary>The connector's answer to creating a conversation.</summary>
public sealed class ConversationResourceResponse
{
    /// <summary>The new conversation's id.</summary>
    public string? Id { get; set; }

    /// <summary>The id of the first activity, when one was sent along.</summary>
    public string? ActivityId { get; set; }

    /// <summary>The serviceUrl to use for the new conversation, when the connector names one.</summary>
    public string? ServiceUrl { get; set; }
}
