namespace CooperationBot.Protocol.Connector;

/// <summary>
/// Thrown before any request is made when the bot's token would go to a serviceUrl that
/// <see cref="ServiceUrlPolicy"/> does not trust.
/// </summary>
public sealed class UntrustedServiceUrlException : Exception
{
    public UntrustedServiceUrlException()
    {
    }

    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
