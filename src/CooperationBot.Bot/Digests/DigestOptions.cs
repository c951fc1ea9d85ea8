using System.ComponentModel.DataAnnotations;

namespace CooperationBot.Bot.Digests;

/// <summary>The daily digests: configuration section <c>Digest</c>.</summary>
public sealed class DigestOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Digest";

    /// <summary>Whether the running bot schedules and sends digests (the CLI <c>digest run --now</c> works either way).</summary>
    /// <value>The default is true.</value>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>
    /// The most proactive messages the bot sends per second over all conversations: the Teams limit per bot per tenant.
    /// This is the budget of the whole bot, all instances together. Every instance that is delivering digests records
    /// a heartbeat in the store (when a delivery pass starts and at least every <see cref="HeartbeatSeconds"/> during
    /// it) and sends at most floor(budget / live instances) a second, at least 1. An instance counts as live until
    /// <see cref="InstanceLiveWindow"/> after its last heartbeat; a stopping instance leaves at once. A smaller share
    /// applies at once, a larger one a second later (when the sends of the instance that left are out of the 1 s
    /// window). An instance that starts delivering while others are live waits until each of them has counted it at a
    /// heartbeat (at most two heartbeat intervals), then one second more, before it sends: when several wake at the same
    /// moment, e.g. at 07:00, the first sends at once and the others a heartbeat or so later. The per-conversation limits
    /// stay per conversation.
    /// </summary>
    /// <value>The default is 50.</value>
    [Range(1, 100_000)]
    public int MaxMessagesPerSecond { get; set; } = 50;

    /// <summary>
    /// How often, at most this many seconds apart, a delivering instance records its heartbeat and recomputes its share
    /// of <see cref="MaxMessagesPerSecond"/>.
    /// </summary>
    /// <value>The default is 5 seconds.</value>
    [Range(1, 300)]
    public int HeartbeatSeconds { get; set; } = 5;

    /// <summary>
    /// How long an instance counts as live after its last heartbeat: three heartbeat intervals, and at least 15 seconds.
    /// </summary>
    public TimeSpan InstanceLiveWindow => TimeSpan.FromSeconds(Math.Max(3 * HeartbeatSeconds, 15));

    /// <summary>
    /// The most messages one conversation gets per second (Teams: 7). Per conversation and per instance: a
    /// conversation normally has one open digest (one per subscriber and day), held by one instance at a time.
    /// </summary>
    /// <value>The default is 7.</value>
    [Range(1, 1_000)]
    public int MaxPerConversationPerSecond { get; set; } = 7;

    /// <summary>The most messages one conversation gets in 30 seconds (Teams: 60).</summary>
    /// <value>The default is 60.</value>
    [Range(1, 10_000)]
    public int MaxPerConversationPer30Seconds { get; set; } = 60;

    /// <summary>How many connector calls may be in flight at once.</summary>
    /// <value>The default is 16.</value>
    [Range(1, 1_000)]
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>How long a sender's claim on outbox entries lasts before another process may take them over.</summary>
    /// <value>The default is 120 seconds.</value>
    [Range(1, 3_600)]
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>The longest the scheduler sleeps before it looks again (new subscriptions, retries that came due).</summary>
    /// <value>The default is 30 seconds.</value>
    [Range(1, 3_600)]
    public int PollSeconds { get; set; } = 30;

    /// <summary>How long <c>digest run --now</c> waits for retries that come due (429, 5xx) before it exits.</summary>
    /// <value>The default is 300 seconds.</value>
    [Range(0, 86_400)]
    public int RunNowMaxWaitSeconds { get; set; } = 300;

    /// <summary>
    /// How long finished outbox entries (and the messages and knowledge versions only they need) are kept; the
    /// running bot deletes older ones once a day.
    /// </summary>
    /// <value>The default is 90 days.</value>
    [Range(1, 3_650)]
    public int RetentionDays { get; set; } = 90;
}
