using System.ComponentModel.DataAnnotations;

namespace CooperationBot.Protocol.Proactive;

/// <summary>
/// How fast the bot may post on its own initiative. The defaults are the Teams limits for a bot: per conversation
/// 7 messages a second and 60 in 30 seconds; per app and tenant 50 requests a second.
/// </summary>
public sealed class ProactiveRateLimitOptions
{
    /// <summary>At most this many messages into one conversation in any window of one second.</summary>
    /// <value>The default is 7.</value>
    [Range(1, 10_000)]
    public int PerConversationPerSecond { get; set; } = 7;

    /// <summary>At most this many messages into one conversation in any window of 30 seconds.</summary>
    /// <value>The default is 60.</value>
    [Range(1, 10_000)]
    public int PerConversationPer30Seconds { get; set; } = 60;

    /// <summary>At most this many messages across all conversations in any window of one second.</summary>
    /// <value>The default is 50.</value>
    [Range(1, 100_000)]
    public int GlobalPerSecond { get; set; } = 50;
}
