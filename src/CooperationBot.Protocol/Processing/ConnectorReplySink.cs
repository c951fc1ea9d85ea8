using CooperationBot.Protocol.Connector;
using CooperationBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationBot.Protocol.Processing;

/// <summary>
/// Sends a turn's replies to the channel's connector at the inbound activity's <c>serviceUrl</c> (which came
/// from an authenticated activity, or an anonymous one in development, where no token is ever sent).
/// </summary>
public sealed class ConnectorReplySink : IReplySink
{
    private readonly IServiceProvider _services;

    public ConnectorReplySink(IServiceProvider services) => _services = services;

    public async Task<string?> SendAsync(Activity inbound, Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(reply);
        var serviceUrl = inbound.ServiceUrl;
        var conversationId = reply.Conversation?.Id ?? inbound.Conversation?.Id;
        if (string.IsNullOrEmpty(serviceUrl) || string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("The inbound activity has no serviceUrl or conversation to reply to.");
        }

        var client = _services.GetRequiredService<ConnectorClient>();
        var sent = string.IsNullOrEmpty(reply.ReplyToId)
            ? await client.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken).ConfigureAwait(false)
            : await client.ReplyToActivityAsync(serviceUrl, conversationId, reply.ReplyToId, reply, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrEmpty(sent?.Id) ? null : sent.Id;
    }
}
