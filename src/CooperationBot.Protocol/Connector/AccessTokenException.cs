namespace CooperationBot.Protocol.Connector;

/// <summary>The token endpoint or the credential refused or failed a token request. Never carries the secret.</summary>
public sealed class AccessTokenException : Exception
{
    public AccessTokenException()
    {
    }

    public AccessTokenException(string message)
        : base(message)
    {
    }

    public AccessTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AccessTokenException(int statusCode, string? errorCode, string message)
        : base(message)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public AccessTokenException(int statusCode, string? errorCode, string message, Exception innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>The HTTP status of the token endpoint's answer, or 0 when it gave none that could be read.</summary>
    public int StatusCode { get; }

    /// <summary>The OAuth <c>error</c> value, e.g. <c>invalid_client</c>, when the endpoint sent one.</summary>
    public string? ErrorCode { get; }
}
