namespace CooperationBot.Protocol.Routing;

/// <summary>Where a turn's replies go: the HTTP response (expectReplies) or the channel's connector.</summary>
public interface IReplySink
{
    /// <summary>Sends the reply; returns the id the channel gave the message, when it gave one.</summary>
    Task<string?> SendAsync(Activity inbound, Activity reply, CancellationToken cancellationToken);
}
