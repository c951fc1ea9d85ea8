using CooperationBot.Bot.Telemetry;

namespace CooperationBot.Bot.Digests.Delivery;

/// <summary>Counts one delivery pass's results from many senders at once, and in the bot's metrics as they happen.</summary>
internal sealed class DeliveryTally(BotMetrics? metrics = null)
{
    private readonly Lock _gate = new();
    private int _sent;
    private int _rescheduled;
    private int _parked;
    private int _failed;
    private int _inDoubt;
    private DateTimeOffset? _nextAttemptAt;
    private readonly PriorityQueue<DateTimeOffset, DateTimeOffset> _retries = new();

    public void Sent()
    {
        Interlocked.Increment(ref _sent);
        metrics?.DigestSent();
    }

    public void Parked()
    {
        Interlocked.Increment(ref _parked);
        metrics?.DigestParked();
    }

    public void Failed()
    {
        Interlocked.Increment(ref _failed);
        metrics?.DigestFailed();
    }

    public void InDoubt()
    {
        Interlocked.Increment(ref _inDoubt);
        metrics?.DigestInDoubt();
    }

    public void Rescheduled(DateTimeOffset nextAttemptAt)
    {
        metrics?.DigestRescheduled();
        lock (_gate)
        {
            _rescheduled++;
            _retries.Enqueue(nextAttemptAt, nextAttemptAt);
            if (_nextAttemptAt is null || nextAttemptAt < _nextAttemptAt)
            {
                _nextAttemptAt = nextAttemptAt;
            }
        }
    }

    /// <summary>
    /// The earliest retry put back in this pass that is still ahead of <paramref name="now"/> and at most
    /// <paramref name="horizon"/> away, or null. Retries already due are forgotten: a claim at <paramref name="now"/>
    /// found nothing, so another sender has them.
    /// </summary>
    public DateTimeOffset? NextRetryWithin(DateTimeOffset now, TimeSpan horizon)
    {
        lock (_gate)
        {
            while (_retries.TryPeek(out var due, out _) && due <= now)
            {
                _retries.Dequeue();
            }

            return _retries.TryPeek(out var next, out _) && next - now <= horizon ? next : null;
        }
    }

    public DeliveryReport ToReport()
    {
        lock (_gate)
        {
            return new DeliveryReport(Volatile.Read(ref _sent), _rescheduled, Volatile.Read(ref _parked), Volatile.Read(ref _failed), _nextAttemptAt)
            {
                InDoubt = Volatile.Read(ref _inDoubt),
            };
        }
    }
}
