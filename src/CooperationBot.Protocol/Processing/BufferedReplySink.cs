using CooperationBot.Protocol.Routing;

namespace CooperationBot.Protocol.Processing;

/// <summary>Collects a turn's replies for an <c>expectReplies</c> answer.</summary>
public sealed class BufferedReplySink : IReplySink
{
    private readonly List<Activity> _replies = [];
    private readonly Lock _lock = new();

    public Task<string?> SendAsync(Activity inbound, Activity reply, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _replies.Add(reply);
        }

        return Task.FromResult<string?>(null);
    }

    /// <summary>A copy of the replies collected so far.</summary>
    public IReadOnlyList<Activity> Snapshot()
    {
        lock (_lock)
        {
            return [.. _replies];
        }
    }
}
