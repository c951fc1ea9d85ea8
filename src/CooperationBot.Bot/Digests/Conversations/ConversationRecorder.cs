using System.Collections.Concurrent;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Protocol.Proactive;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Digests.Conversations;

/// <summary>
/// Keeps the store's conversation references current from every inbound activity (they pass authentication before
/// they get here), so proactive messages reach the conversation on its latest serviceUrl. A reference is written
/// when it is new or changed, and otherwise at most once per <see cref="RefreshInterval"/>; a subscription whose
/// delivery address changed is updated with it.
/// </summary>
public sealed class ConversationRecorder
{
    private readonly IDigestStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<ConversationRecorder> _logger;
    private readonly ConcurrentDictionary<string, (ConversationReference Reference, DateTimeOffset WrittenAt)> _written = new(StringComparer.Ordinal);

    public ConversationRecorder(IDigestStore store, TimeProvider time, ILogger<ConversationRecorder> logger)
    {
        _store = store;
        _time = time;
        _logger = logger;
    }

    /// <summary>How long an unchanged reference goes without being written again.</summary>
    /// <value>The default is 1 hour.</value>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Remembers the conversation of an inbound activity, and the team of a channel when <paramref name="teamId"/> is
    /// given. Never throws: a failure is logged.
    /// </summary>
    public async Task RecordAsync(ConversationReference reference, CancellationToken cancellationToken, string? teamId = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var now = _time.GetUtcNow();
        if (_written.TryGetValue(reference.ConversationId, out var previous)
            && previous.Reference == reference
            && now - previous.WrittenAt < RefreshInterval)
        {
            return;
        }

        try
        {
            await _store.UpsertConversationAsync(reference, now, cancellationToken).ConfigureAwait(false);
            if (teamId is not null)
            {
                await _store.RecordTeamAsync(reference.ConversationId, teamId, now, cancellationToken).ConfigureAwait(false);
            }

            await RefreshSubscriptionTargetAsync(reference, now, cancellationToken).ConfigureAwait(false);
            _written[reference.ConversationId] = (reference, now);
        }
#pragma warning disable CA1031 // Remembering the conversation must never cost the user their answer.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.RememberConversationFailed(_logger, exception, reference.ConversationType);
        }
    }

    /// <summary>Forgets a conversation the bot was removed from and parks its subscriptions.</summary>
    public async Task ForgetAsync(string conversationId, string? conversationType, string reason, CancellationToken cancellationToken)
    {
        _written.TryRemove(conversationId, out _);
        var parked = await _store.RemoveConversationAsync(conversationId, reason, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        Log.ConversationRemoved(_logger, conversationType, parked);
    }

    /// <summary>Forgets every conversation of a team and parks their subscriptions, recording <paramref name="reason"/>.</summary>
    public async Task ParkTeamAsync(string teamId, string reason, CancellationToken cancellationToken)
    {
        // Which of the remembered conversations belong to the team is the store's to say: write them all again later.
        _written.Clear();
        var parked = await _store.ParkTeamAsync(teamId, reason, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        Log.TeamParked(_logger, reason, parked);
    }

    /// <summary>Reactivates the team's subscriptions that were parked with <paramref name="reason"/>.</summary>
    public async Task ReactivateTeamAsync(string teamId, string reason, CancellationToken cancellationToken)
    {
        _written.Clear();
        var reactivated = await _store.ReactivateTeamAsync(teamId, reason, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        Log.TeamReactivated(_logger, reason, reactivated);
    }

    private async Task RefreshSubscriptionTargetAsync(ConversationReference reference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = DigestTargets.SubscriberIdOf(reference);
        if (key is null)
        {
            return;
        }

        var subscription = await _store.FindSubscriptionAsync(key, cancellationToken).ConfigureAwait(false);
        var target = DigestTargets.For(reference);
        if (subscription is not null && subscription.State == SubscriptionState.Active && subscription.Target != target)
        {
            await _store.SaveSubscriptionAsync(subscription with { Target = target, UpdatedAt = now }, cancellationToken).ConfigureAwait(false);
        }
    }
}
