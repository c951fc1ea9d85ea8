using System.Collections.Concurrent;

namespace CooperationBot.Bot.Conversation;

/// <summary>
/// Remembers which conversations were welcomed, so the installationUpdate and the conversationUpdate that
/// Teams sends for one installation give one welcome card, not two.
/// </summary>
public sealed class WelcomeTracker
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _welcomed = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public WelcomeTracker(TimeProvider time) => _time = time;

    /// <summary>How long a welcome counts: a reinstall after this gets a new one. The default is 1 hour.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(1);

    /// <summary>True when the conversation should be welcomed now (and records it).</summary>
    public bool TryStartWelcome(string conversationId)
    {
        var now = _time.GetUtcNow();
        while (true)
        {
            if (_welcomed.TryAdd(conversationId, now))
            {
                return true;
            }

            if (!_welcomed.TryGetValue(conversationId, out var previous))
            {
                continue;
            }

            if (now - previous < Window)
            {
                return false;
            }

            if (_welcomed.TryUpdate(conversationId, now, previous))
            {
                return true;
            }
        }
    }

    /// <summary>Forgets a conversation (the bot was removed), so a new install is welcomed again.</summary>
    public void Forget(string conversationId) => _welcomed.TryRemove(conversationId, out _);
}
