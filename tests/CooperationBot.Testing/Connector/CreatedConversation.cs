namespace CooperationBot.Testing.Connector;

/// <summary>A conversation <see cref="FaultInjectingConnector"/> created for a <c>POST v3/conversations</c>.</summary>
/// <param name="Id">The id it answered with, <c>a:created-N</c>.</param>
/// <param name="BotId">The request's <c>bot.id</c>.</param>
/// <param name="MemberIds">The ids of the request's <c>members</c>.</param>
/// <param name="TenantId">The request's <c>tenantId</c>, else its <c>channelData.tenant.id</c>.</param>
public sealed record CreatedConversation(string Id, string? BotId, IReadOnlyList<string> MemberIds, string? TenantId);
