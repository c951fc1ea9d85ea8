namespace CooperationBot.Testing.Connector;

/// <summary>
/// The random faults of a <see cref="FaultInjectingConnector"/>. Every request that no per-conversation rule
/// decided draws one number from a <see cref="Random"/> seeded with <see cref="Seed"/>, so the sequence of
/// outcomes, and with it the fault counts over a run, repeat from run to run whatever the concurrency (only
/// which request gets which outcome may differ). The probabilities must add up to at most 1.
/// </summary>
public sealed record FaultInjectionOptions
{
    /// <value>The default is 1.</value>
    public int Seed { get; init; } = 1;

    /// <summary>The chance of a 429 with <c>Retry-After: </c><see cref="RetryAfterSeconds"/>.</summary>
    public double ThrottleProbability { get; init; }

    /// <summary>The chance of a 500.</summary>
    public double ServerErrorProbability { get; init; }

    /// <summary>The chance of a 503.</summary>
    public double UnavailableProbability { get; init; }

    /// <summary>The chance of no answer until the client times out (see <see cref="ConnectorFault.Timeout"/>).</summary>
    public double TimeoutProbability { get; init; }

    /// <summary>The <c>Retry-After</c> of a 429, in seconds.</summary>
    /// <value>The default is 1.</value>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>The chance of any random fault.</summary>
    internal double TotalProbability => ThrottleProbability + ServerErrorProbability + UnavailableProbability + TimeoutProbability;

    /// <summary>The fault a number in [0, 1) stands for, or null for success.</summary>
    internal ConnectorFault? FaultFor(double draw)
    {
        var limit = ThrottleProbability;
        if (draw < limit)
        {
            return ConnectorFault.Throttled;
        }

        if (draw < (limit += ServerErrorProbability))
        {
            return ConnectorFault.ServerError;
        }

        if (draw < (limit += UnavailableProbability))
        {
            return ConnectorFault.Unavailable;
        }

        return draw < limit + TimeoutProbability ? ConnectorFault.Timeout : null;
    }
}
