namespace CooperationBot.Testing.Connector;

/// <summary>One activity <see cref="FaultInjectingConnector"/> accepted (a faulted request is never one).</summary>
/// <param name="Number">The 1-based number of the delivery, in the order they were recorded.</param>
/// <param name="ConversationId">The conversation the activity was posted to (unescaped).</param>
/// <param name="DigestKey">The activity's <c>channelData.digestKey</c>, or null when it has none.</param>
/// <param name="ActivityId">The id the connector answered with.</param>
public sealed record ConnectorDelivery(int Number, string ConversationId, string? DigestKey, string ActivityId);
