namespace CooperationBot.Protocol.Authentication;

/// <summary>Validates the <c>Authorization</c> header of an inbound channel request.</summary>
public interface IChannelTokenValidator
{
    /// <summary>
    /// Validates the header against the activity's <paramref name="channelId"/> and <paramref name="serviceUrl"/>.
    /// Never throws for bad input, only for cancellation: every failure is a result with a short reason.
    /// </summary>
    Task<ChannelAuthResult> ValidateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken);
}
