using CooperationBot.Bot.Digests.Storage;

namespace CooperationBot.Bot.Conversation;

/// <summary>
/// Decides in the shared store which conversations were welcomed, so the installationUpdate and the conversationUpdate
/// that Teams sends for one installation give one welcome card, not two, also when they reach different instances.
/// </summary>
public sealed class WelcomeTracker
{
    private readonly IDigestStore _store;
    private readonly TimeProvider _time;

    public WelcomeTracker(IDigestStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
    }

    /// <summary>How long a welcome counts: a reinstall after this gets a new one. The default is 1 hour.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(1);

    /// <summary>True when the conversation should be welcomed now (and records it in the store).</summary>
    public Task<bool> TryStartWelcomeAsync(string conversationId, CancellationToken cancellationToken) =>
        _store.TryClaimWelcomeAsync(conversationId, _time.GetUtcNow(), Window, cancellationToken);

    /// <summary>Forgets a conversation (the bot was removed), so a new install is welcomed again.</summary>
    public Task ForgetAsync(string conversationId, CancellationToken cancellationToken) =>
        _store.ForgetWelcomeAsync(conversationId, cancellationToken);
}
