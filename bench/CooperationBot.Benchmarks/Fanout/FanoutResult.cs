namespace CooperationBot.Benchmarks.Fanout;

/// <summary>The figures of one fan-out run. Rates are per second; memory in MB.</summary>
internal sealed record FanoutResult
{
    /// <summary>Saving the subscriptions (not part of the digest run).</summary>
    public double SeedSeconds { get; init; }

    /// <summary>From <c>RunNowAsync</c>'s start to the dispatcher's first claim: listing, composing and enqueueing.</summary>
    public double ComposeEnqueueSeconds { get; init; }

    /// <summary>From the first claim to the last delivery the connector accepted.</summary>
    public double DeliverySeconds { get; init; }

    /// <summary>The delivery phase without its last Retry-After seconds (the tail of the last 429s' waits).</summary>
    public double SteadySeconds { get; init; }

    /// <summary>Connector requests, 429'd ones included.</summary>
    public int Requests { get; init; }

    public int Deliveries { get; init; }

    public int Throttled { get; init; }

    /// <summary>The most connector requests in any one second of the run (from 10 ms samples: up to 10 ms more).</summary>
    public int PeakRequestsPerSecond { get; init; }

    public int SteadyRequests { get; init; }

    public int SteadyDeliveries { get; init; }

    /// <summary>Digest keys the connector got more than once.</summary>
    public int Duplicates { get; init; }

    /// <summary>Subscribers whose digest the connector never accepted.</summary>
    public int Losses { get; init; }

    /// <summary>Outbox entries that did not end as Sent.</summary>
    public int NotSent { get; init; }

    /// <summary>The mean size of the stored digest activities (characters of JSON).</summary>
    public double MessageKilobytes { get; init; }

    public int PeakConnectorConcurrency { get; init; }

    public double PeakWorkingSetMb { get; init; }

    public double AllocatedMb { get; init; }

    public double MaxHeapMb { get; init; }

    /// <summary>Mean time of the store's calls per delivered entry (find, mark in flight, mark sent), in µs.</summary>
    public double StoreMicrosPerEntry { get; init; }

    public double RequestRate => Requests / DeliverySeconds;

    public double DeliveredRate => Deliveries / DeliverySeconds;

    public double SteadyRequestRate => SteadyRequests / SteadySeconds;

    public double SteadyDeliveredRate => SteadyDeliveries / SteadySeconds;
}
