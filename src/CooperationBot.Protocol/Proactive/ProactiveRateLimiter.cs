namespace CooperationBot.Protocol.Proactive;

/// <summary>
/// Keeps proactive sends within the channel's limits: sliding windows per conversation (1 s and 30 s) and one
/// global window (1 s), plus a global pause after the connector throttled (429). Thread-safe; one lock and small
/// ring buffers of send times. Conversations idle for 30 seconds are forgotten. The global limit can change while
/// sends go on (<see cref="SetGlobalLimit"/>), e.g. when several instances share one budget.
/// </summary>
public sealed class ProactiveRateLimiter
{
    private static readonly long OneSecond = TimeSpan.TicksPerSecond;
    private static readonly long ThirtySeconds = 30 * TimeSpan.TicksPerSecond;

    private readonly TimeProvider _time;
    private readonly long _origin;
    private readonly int _perConversationPerSecond;
    private readonly int _perConversationPer30Seconds;
    private readonly int _conversationCapacity;
    private readonly SendHistory _global;
    private readonly Dictionary<string, SendHistory> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _pausedUntil = long.MinValue;
    private long _lastPrune;
    private int _globalPerSecond;

    public ProactiveRateLimiter(ProactiveRateLimitOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PerConversationPerSecond, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.PerConversationPer30Seconds, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.GlobalPerSecond, 1, nameof(options));
        _time = time;
        _origin = time.GetTimestamp();
        _perConversationPerSecond = options.PerConversationPerSecond;
        _perConversationPer30Seconds = options.PerConversationPer30Seconds;
        _globalPerSecond = options.GlobalPerSecond;
        _conversationCapacity = Math.Max(_perConversationPerSecond, _perConversationPer30Seconds);
        _global = new SendHistory(_globalPerSecond);
    }

    /// <summary>
    /// The window of the global limit: at most <see cref="GlobalLimit"/> grants in any window of this length. Sends
    /// granted under a larger limit leave it this long after they were granted.
    /// </summary>
    public static TimeSpan GlobalWindow { get; } = TimeSpan.FromTicks(OneSecond);

    /// <summary>The current limit across all conversations, per second.</summary>
    public int GlobalLimit
    {
        get
        {
            lock (_lock)
            {
                return _globalPerSecond;
            }
        }
    }

    /// <summary>
    /// Changes the limit across all conversations to <paramref name="perSecond"/> from now on. The sends already made
    /// still count: after a lowered limit the next grant waits until the last second holds fewer than the new limit.
    /// </summary>
    public void SetGlobalLimit(int perSecond)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perSecond, 1);
        lock (_lock)
        {
            _globalPerSecond = perSecond;
            _global.EnsureCapacity(perSecond);
        }
    }

    /// <summary>How many conversations the limiter remembers (for tests of the pruning).</summary>
    internal int TrackedConversations
    {
        get
        {
            lock (_lock)
            {
                return _conversations.Count;
            }
        }
    }

    /// <summary>
    /// Reserves one send into <paramref name="conversationId"/> when every window (and any pause) allows it now;
    /// otherwise reserves nothing and gives in <paramref name="retryAfter"/> how long until it would be allowed.
    /// </summary>
    public bool TryAcquire(string conversationId, out TimeSpan retryAfter)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        lock (_lock)
        {
            var now = Now();
            PruneIfDue(now);
            _conversations.TryGetValue(conversationId, out var conversation);
            var readyAt = Math.Max(_pausedUntil, _global.ReadyAt(_globalPerSecond, OneSecond));
            if (conversation is not null)
            {
                readyAt = Math.Max(readyAt, conversation.ReadyAt(_perConversationPerSecond, OneSecond));
                readyAt = Math.Max(readyAt, conversation.ReadyAt(_perConversationPer30Seconds, ThirtySeconds));
            }

            if (readyAt > now)
            {
                retryAfter = TimeSpan.FromTicks(readyAt - now);
                return false;
            }

            if (conversation is null)
            {
                conversation = new SendHistory(_conversationCapacity);
                _conversations.Add(conversationId, conversation);
            }

            conversation.Add(now);
            _global.Add(now);
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    /// <summary>Waits (on the limiter's <see cref="TimeProvider"/>) until a send into the conversation is reserved.</summary>
    public async ValueTask AcquireAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        while (!TryAcquire(conversationId, out var retryAfter))
        {
            // Whole milliseconds: real timers are no finer, and a shorter wait would only spin.
            var wait = TimeSpan.FromMilliseconds(Math.Ceiling(retryAfter.TotalMilliseconds));
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Holds every send back for <paramref name="duration"/> from now (after a 429 with Retry-After). A shorter
    /// pause never ends a longer one early.
    /// </summary>
    public void Pause(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        lock (_lock)
        {
            _pausedUntil = Math.Max(_pausedUntil, Now() + duration.Ticks);
        }
    }

    /// <summary>Ticks (of <see cref="TimeSpan"/>) since the limiter was made.</summary>
    private long Now() => _time.GetElapsedTime(_origin).Ticks;

    private void PruneIfDue(long now)
    {
        // Once per 30 s: a conversation whose last send is 30 s old cannot block anything any more.
        if (now - _lastPrune < ThirtySeconds)
        {
            return;
        }

        _lastPrune = now;
        foreach (var (id, history) in _conversations)
        {
            if (history.Last + ThirtySeconds <= now)
            {
                _conversations.Remove(id);
            }
        }
    }
}
