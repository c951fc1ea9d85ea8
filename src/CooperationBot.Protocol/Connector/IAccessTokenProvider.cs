namespace CooperationBot.Protocol.Connector;

/// <summary>Supplies the bearer token the bot attaches to its calls to the connector.</summary>
public interface IAccessTokenProvider
{
    /// <summary>A valid access token, from a cache when one is still fresh.</summary>
    Task<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
