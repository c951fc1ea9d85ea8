using System.Net;

namespace CooperationBot.Protocol.Connector;

/// <summary>A connector call that did not succeed: an error status, retries used up, or a redirect.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(int statusCode, string? errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>The HTTP status of the connector's last answer.</summary>
    public int StatusCode { get; }

    /// <summary>The connector's <c>error.code</c>, e.g. <c>ConversationBlockedByUser</c>, when it sent one.</summary>
    public string? ErrorCode { get; }

    /// <summary>
    /// How long the connector asked the caller to wait (its last answer's <c>Retry-After</c>, as a delay from when
    /// the answer arrived), or null when it sent none. Not capped: callers apply their own limits.
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// True for 403 and 404: the bot may no longer write to the conversation (blocked, removed, not found),
    /// so a stored reference to it should be dropped or parked.
    /// </summary>
    public bool IsConversationGone =>
        StatusCode is (int)HttpStatusCode.Forbidden or (int)HttpStatusCode.NotFound;
}
