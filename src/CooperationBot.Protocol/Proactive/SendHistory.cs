namespace CooperationBot.Protocol.Proactive;

/// <summary>
/// The times of the most recent sends (up to a capacity), oldest overwritten first. Starts small and grows on
/// demand, so a conversation that gets one message costs a few bytes. Not thread-safe: the owner locks.
/// </summary>
internal sealed class SendHistory
{
    private const int InitialSize = 4;

    private int _capacity;
    private long[] _times;
    private int _next;
    private int _count;

    /// <param name="capacity">The most sends remembered: the largest limit it is checked against.</param>
    public SendHistory(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
        _times = new long[Math.Min(capacity, InitialSize)];
    }

    /// <summary>The time of the latest send (meaningless before the first).</summary>
    public long Last => _times[(_next - 1 + _times.Length) % _times.Length];

    /// <summary>Records a send at <paramref name="time"/> (not earlier than the previous one).</summary>
    public void Add(long time)
    {
        if (_count == _times.Length && _times.Length < _capacity)
        {
            Grow();
        }

        _times[_next] = time;
        _next = (_next + 1) % _times.Length;
        _count = Math.Min(_count + 1, _times.Length);
    }

    /// <summary>Remembers at least <paramref name="capacity"/> sends from now on (a raised limit); never forgets any.</summary>
    public void EnsureCapacity(int capacity) => _capacity = Math.Max(_capacity, capacity);

    /// <summary>
    /// The earliest time a further send keeps at most <paramref name="limit"/> sends in any window of
    /// <paramref name="window"/>: when the <paramref name="limit"/>-th latest send leaves the window.
    /// <see cref="long.MinValue"/> when fewer sends were made.
    /// </summary>
    public long ReadyAt(int limit, long window) =>
        _count < limit ? long.MinValue : _times[(_next - limit + _times.Length) % _times.Length] + window;

    private void Grow()
    {
        // Full, so the oldest entry sits at _next: copy oldest-first into the larger array.
        var grown = new long[Math.Min(_capacity, _times.Length * 2)];
        var tail = _times.Length - _next;
        Array.Copy(_times, _next, grown, 0, tail);
        Array.Copy(_times, 0, grown, tail, _next);
        _next = _times.Length;
        _times = grown;
    }
}
