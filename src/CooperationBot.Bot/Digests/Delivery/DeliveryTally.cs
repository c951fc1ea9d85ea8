namespace CooperationBot.Bot.Digests.Delivery;

/// <summary>Counts one delivery pass's results from many senders at once.</summary>
internal sealed class DeliveryTally
{
    private readonly Lock _gate = new();
    private int _sent;
    private int _rescheduled;
    private int _parked;
    private int _failed;
    private int _inDoubt;
    private DateTimeOffset? _nextAttemptAt;

    public void Sent() => Interlocked.Increment(ref _sent);

    public void Parked() => Interlocked.Increment(ref _parked);

    public void Failed() => Interlocked.Increment(ref _failed);

    public void InDoubt() => Interlocked.Increment(ref _inDoubt);

    public void Rescheduled(DateTimeOffset nextAttemptAt)
    {
        lock (_gate)
        {
            _rescheduled++;
            if (_nextAttemptAt is null || nextAttemptAt < _nextAttemptAt)
            {
                _nextAttemptAt = nextAttemptAt;
            }
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
