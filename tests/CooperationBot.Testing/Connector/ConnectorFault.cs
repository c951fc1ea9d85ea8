namespace CooperationBot.Testing.Connector;

/// <summary>A failure <see cref="FaultInjectingConnector"/> can give instead of accepting a request.</summary>
public enum ConnectorFault
{
    /// <summary>429 Throttled with a <c>Retry-After</c> header.</summary>
    Throttled,

    /// <summary>500 InternalServerError.</summary>
    ServerError,

    /// <summary>503 ServiceUnavailable.</summary>
    Unavailable,

    /// <summary>
    /// A slow connector: a posted activity is taken (counted as delivered) but no answer comes; the response is held
    /// until the client gives up (closes the connection) or the server is disposed. A client that retries after a
    /// timeout therefore delivers twice.
    /// </summary>
    Timeout,

    /// <summary>403 ConversationBlockedByUser.</summary>
    Forbidden,

    /// <summary>404 ConversationNotFound.</summary>
    NotFound,
}
