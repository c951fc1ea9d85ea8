using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Bot.Knowledge;

namespace CooperationBot.Bot.Tests.Digests;

/// <summary>How a <see cref="DigestTestBed"/> is configured; the defaults deliver fast and never wait long.</summary>
internal sealed record DigestTestBedSettings
{
    /// <summary>The clock of the digest services (store, limiter, dispatcher, runner, scheduler).</summary>
    /// <value>The default is the system clock.</value>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    public int MaxMessagesPerSecond { get; init; } = 10_000;

    public int MaxPerConversationPerSecond { get; init; } = 7;

    public int MaxPerConversationPer30Seconds { get; init; } = 60;

    public int MaxConcurrentSends { get; init; } = 8;

    /// <summary>Long by default, so a slow test machine never loses a lease.</summary>
    public int LeaseSeconds { get; init; } = 3_600;

    public int PollSeconds { get; init; } = 30;

    /// <summary>Short, so a bed that joins another one's pass waits only a second.</summary>
    public int HeartbeatSeconds { get; init; } = 1;

    public int RunNowMaxWaitSeconds { get; init; } = 60;

    /// <summary>The connector client's own retries of 429 and 412/502/503/504 (its waits pass at once).</summary>
    public int ConnectorMaxRetries { get; init; } = 1;

    /// <summary>The connector client's HttpClient timeout.</summary>
    public TimeSpan ConnectorTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The outbox's retries: tiny waits (they also cap a 429's Retry-After) and many attempts.</summary>
    public DigestDeliveryOptions Delivery { get; init; } = new()
    {
        MaxAttempts = 20,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromMilliseconds(50),
    };

    /// <summary>The knowledge; null: a small synthetic knowledge base that never changes.</summary>
    public IKnowledgeSource? Knowledge { get; init; }

    /// <summary>A knowledge file served by the production <c>AddKnowledge</c> (wins over <see cref="Knowledge"/>).</summary>
    public string? KnowledgePath { get; init; }
}
