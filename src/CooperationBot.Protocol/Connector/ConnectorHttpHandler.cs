namespace CooperationBot.Protocol.Connector;

/// <summary>
/// The primary HTTP handler for the connector and token clients. Build their <see cref="HttpClient"/>s on it
/// (<c>new HttpClient(ConnectorHttpHandler.CreatePrimaryHandler())</c>, or
/// <c>ConfigurePrimaryHttpMessageHandler(ConnectorHttpHandler.CreatePrimaryHandler)</c> with IHttpClientFactory).
/// </summary>
public static class ConnectorHttpHandler
{
    /// <summary>
    /// A handler that never follows redirects, so the bot's token and client secret only ever travel to the
    /// URL they were meant for; a 3xx comes back to the caller, which reports it as an error. No cookies;
    /// pooled connections are renewed every few minutes so DNS changes are seen.
    /// </summary>
    public static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
