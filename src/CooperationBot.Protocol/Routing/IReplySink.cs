namespace CooperationBot.Protocol.Routing;

/// <summary>Where a turn's replies go: the HTTP response (expectReplies) or the channel's connector.</summary>
public interface IReplySink
{
    Task SendAsync(Activity inbound, Activity reply, CancellationToken cancellationToken);
}
