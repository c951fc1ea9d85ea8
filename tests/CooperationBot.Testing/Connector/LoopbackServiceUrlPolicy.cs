using CooperationBot.Protocol.Connector;

namespace CooperationBot.Testing.Connector;

/// <summary>
/// The one way to let a connector client with a token provider talk to a loopback server: a
/// <see cref="ServiceUrlPolicy"/> that trusts http/https on 127.0.0.1 (and nothing else). Pass it as the
/// client's <c>serviceUrlPolicy</c>, or register it as a singleton before <c>AddConnectorClient</c>.
/// The default policy keeps refusing loopback.
/// </summary>
public static class LoopbackServiceUrlPolicy
{
    public static ServiceUrlPolicy Create() => ServiceUrlPolicy.CreateTrustingLoopbackForTesting();
}
