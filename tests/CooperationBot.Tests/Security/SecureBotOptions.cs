using CooperationBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationBot.Tests.Security;

/// <summary>How <see cref="SecureBot.StartAsync"/> sets up the host; the defaults suit most security cases.</summary>
internal sealed class SecureBotOptions
{
    /// <summary>Configuration on top of the app id, password and loopback metadata URL (a key given here wins).</summary>
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The host environment. The default is Production.</summary>
    public string Environment { get; set; } = "Production";

    /// <summary>The host's clock. The default is a FakeTimeProvider at <see cref="SecureBot.Start"/>.</summary>
    public TimeProvider? Time { get; set; }

    /// <summary>Whether the connector client may send the token to the loopback connector. The default is true.</summary>
    public bool TrustLoopbackConnector { get; set; } = true;

    /// <summary>The bot's own routes instead of the recording ones.</summary>
    public bool UseBotRoutes { get; set; }

    /// <summary>A router of the test's own, instead of the recording one.</summary>
    public ActivityRouter? Router { get; set; }

    /// <summary>A clock for the connector client alone (its retry waits), e.g. an InstantDelayTimeProvider.</summary>
    public TimeProvider? ConnectorClock { get; set; }

    /// <summary>Last service replacements.</summary>
    public Action<IServiceCollection>? Services { get; set; }
}
