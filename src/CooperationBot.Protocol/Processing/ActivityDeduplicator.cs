using System.Collections.Concurrent;

namespace CooperationBot.Protocol.Processing;

/// <summary>
/// Remembers the activity ids seen in the last <see cref="ActivityProcessorOptions.ReplayWindow"/> so a
/// retried or replayed activity is handled once. Bounded in size: the oldest entries go first.
/// </summary>
public sealed class ActivityDeduplicator
{
    private const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly Lock _sweepLock = new();

    public ActivityDeduplicator(TimeProvider time, TimeSpan window)
    {
        _time = time;
        _window = window;
    }

    /// <summary>True the first time a key is seen within the window, false for a replay.</summary>
    public bool TryRegister(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        var key = string.Concat(activity.ChannelId, "|", activity.Conversation?.Id, "|", activity.Type, "|", activity.Id);
        var now = _time.GetUtcNow();
        if (_seen.Count >= MaxEntries)
        {
            Sweep(now);
        }

        while (true)
        {
            if (_seen.TryAdd(key, now))
            {
                return true;
            }

            if (_seen.TryGetValue(key, out var seenAt) && now - seenAt < _window)
            {
                return false;
            }

            if (_seen.TryUpdate(key, now, seenAt))
            {
                return true;
            }
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        lock (_sweepLock)
        {
            foreach (var (key, seenAt) in _seen)
            {
                if (now - seenAt >= _window)
                {
                    _seen.TryRemove(key, out _);
                }
            }

            // Still full of fresh ids (a flood): forget the oldest half rather than grow without bound.
            if (_seen.Count >= MaxEntries)
            {
                foreach (var (key, _) in _seen.OrderBy(e => e.Value).Take(MaxEntries / 2))
                {
                    _seen.TryRemove(key, out _);
                }
            }
        }
    }
}
