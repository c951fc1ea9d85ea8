using System.Diagnostics;

namespace CooperationBot.Protocol.Telemetry;

/// <summary>The protocol layer's spans: one per inbound activity processed and one per connector call.</summary>
public static class ProtocolTracing
{
    /// <summary>The activity source's name, for an exporter's allowlist.</summary>
    public const string SourceName = "cooperationbot.protocol";

    /// <summary>The span of one request to the messaging endpoint, from the body read to the HTTP answer.</summary>
    public const string ProcessActivity = "cooperationbot.activity.process";

    /// <summary>The span of one connector call (retries included).</summary>
    public const string ConnectorCall = "cooperationbot.connector.call";

    public const string ActivityTypeTag = "cooperationbot.activity.type";
    public const string ChannelTag = "cooperationbot.activity.channel";

    internal static ActivitySource Source { get; } = new(SourceName);
}
