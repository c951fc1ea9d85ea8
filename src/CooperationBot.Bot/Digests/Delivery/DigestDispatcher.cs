using System.Threading.Channels;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Telemetry;
using CooperationBot.Protocol.Proactive;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Digests.Delivery;

/// <summary>
/// Delivers the outbox: claims due entries in batches (a lease no other process can take), sends each through the
/// rate limits (global and per conversation) with a bounded number of calls in flight, and records each result in
/// the store. An entry is marked in flight, in the store, before it waits for its rate-limit grant and its connector
/// call: if the process dies then, the entry becomes in doubt and is not sent again (at most
/// <see cref="DigestOptions.MaxConcurrentSends"/> entries at a time are in flight); entries claimed but not yet
/// started go back to the outbox. The in-flight and sent marks of concurrent sends are written together (group
/// commit), so the store's single writer does not limit the send rate. Several instances may deliver from one store:
/// each heartbeats while it delivers and keeps to its share of the bot's budget
/// (<see cref="DigestOptions.MaxMessagesPerSecond"/>); <see cref="LeaveAsync"/> hands the share back when it stops.
/// </summary>
public sealed class DigestDispatcher
{

    /// <summary>Retries due within this long are waited for in the same pass.</summary>
    private static readonly TimeSpan RetryHorizon = TimeSpan.FromSeconds(2);

    private readonly IDigestStore _store;
    private readonly DigestSender _sender;
    private readonly ProactiveRateLimiter _limiter;
    private readonly DigestOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DigestDispatcher> _logger;
    private readonly SendBudgetShare _share;
    private readonly BotMetrics? _metrics;

    public DigestDispatcher(
        IDigestStore store,
        DigestSender sender,
        ProactiveRateLimiter limiter,
        IOptions<DigestOptions> options,
        TimeProvider time,
        ILogger<DigestDispatcher> logger,
        BotMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _sender = sender;
        _limiter = limiter;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _share = new SendBudgetShare(store, limiter, Owner, _options, time, logger);
        _metrics = metrics;
    }

    /// <summary>This process's name on its leases and heartbeats: machine, process id and a random part.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>
    /// Removes this instance from the live instances (it stops delivering), so the others take over its share of the
    /// send budget at their next heartbeat. Never throws for a store error: the live window forgets it anyway.
    /// </summary>
    public async Task LeaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _share.LeaveAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.LeaveFailed(_logger, exception);
        }
    }

    /// <summary>Sends every entry that is due now, and returns when none is left to claim.</summary>
    public async Task<DeliveryReport> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        await _share.StartPassAsync(cancellationToken).ConfigureAwait(false);
        var batchSize = Math.Clamp(_options.MaxConcurrentSends * 4, 16, 500);
        var queue = Channel.CreateBounded<(OutboxEntry, DigestSubscription?)>(new BoundedChannelOptions(batchSize) { SingleWriter = true });
        var tally = new DeliveryTally(_metrics);
        var marks = new DeliveryMarks(this, batchSize);
        await using (marks.ConfigureAwait(false))
        {
            var senders = Enumerable.Range(0, _options.MaxConcurrentSends)
                .Select(_ => SendFromQueueAsync(queue.Reader, marks, tally, cancellationToken))
                .ToArray();
            try
            {
                await ClaimIntoQueueAsync(queue.Writer, batchSize, tally, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                queue.Writer.TryComplete();
                await Task.WhenAll(senders).ConfigureAwait(false);
            }
        }

        var report = tally.ToReport();
        if (report.Sent + report.Rescheduled + report.Parked + report.Failed > 0)
        {
            Log.DeliveryRun(_logger, report.Sent, report.Rescheduled, report.Parked, report.Failed, _time.GetElapsedTime(started).TotalMilliseconds);
        }

        return report;
    }

    private async Task ClaimIntoQueueAsync(
        ChannelWriter<(OutboxEntry, DigestSubscription?)> writer, int batchSize, DeliveryTally tally, CancellationToken cancellationToken)
    {
        var lease = TimeSpan.FromSeconds(_options.LeaseSeconds);
        while (true)
        {
            await _share.BeatIfDueAsync(cancellationToken).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            var batch = await _store.ClaimDueAsync(Owner, now, lease, batchSize, cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                // Entries this pass put back for a short wait (a 429's Retry-After) are sent in this pass, between the
                // others, rather than in a pass of their own after it.
                if (tally.NextRetryWithin(now, RetryHorizon) is not { } retryAt)
                {
                    return;
                }

                await Task.Delay(retryAt - now, _time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var subscriptions = await _store.FindSubscriptionsAsync([.. batch.Select(e => e.SubscriberId).Distinct(StringComparer.Ordinal)], cancellationToken)
                .ConfigureAwait(false);
            foreach (var entry in batch)
            {
                await writer.WriteAsync((entry, subscriptions.GetValueOrDefault(entry.SubscriberId)), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task SendFromQueueAsync(
        ChannelReader<(OutboxEntry, DigestSubscription?)> reader, DeliveryMarks marks, DeliveryTally tally, CancellationToken cancellationToken)
    {
        await foreach (var (entry, subscription) in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                await SendOneAsync(entry, subscription, marks, tally, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // One broken entry must not stop the others; it ends as Failed with the reason.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.DeliveryFailed(_logger, exception);
                await TryCompleteAsync(entry, exception).ConfigureAwait(false);
                tally.Failed();
            }

            // The claim loop may wait for room in the queue for long: the senders keep the heartbeat going too.
            await _share.BeatIfDueAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendOneAsync(
        OutboxEntry entry, DigestSubscription? subscription, DeliveryMarks marks, DeliveryTally tally, CancellationToken cancellationToken)
    {
        if (subscription is not { State: SubscriptionState.Active })
        {
            var reason = subscription is not { IsSubscribed: true } ? "the subscription was ended" : $"the subscription is parked: {subscription.ParkedReason}";
            await CompleteAsync(entry, OutboxState.Parked, null, reason, cancellationToken).ConfigureAwait(false);
            tally.Parked();
            return;
        }

        var target = subscription.Target;
        var key = new OutboxKey(entry.SubscriberId, entry.DigestDate);
        if (!await marks.InFlight.WriteAsync(key).ConfigureAwait(false))
        {
            return; // The lease ran out while waiting (the entry is back in the outbox), or another copy is sending it.
        }

        // The limiter's grant comes last, right before the call, so the requests on the wire keep to the limits.
        var limitKey = string.IsNullOrEmpty(target.ConversationId) ? subscription.SubscriberId : target.ConversationId;
        await _limiter.AcquireAsync(limitKey, cancellationToken).ConfigureAwait(false);
        var result = await _sender.SendAsync(entry with { Attempts = entry.Attempts + 1 }, target, cancellationToken).ConfigureAwait(false);

        // The message may already be out: recording the result is not cancelled half-way.
        if (result.CreatedConversationId is { } created)
        {
            await _store.SetConversationIdAsync(subscription.SubscriberId, created, CancellationToken.None).ConfigureAwait(false);
        }

        await RecordAsync(entry, subscription, result, marks, tally).ConfigureAwait(false);
    }

    private async Task RecordAsync(OutboxEntry entry, DigestSubscription subscription, DigestSendResult result, DeliveryMarks marks, DeliveryTally tally)
    {
        var now = _time.GetUtcNow();
        switch (result.Outcome)
        {
            case DigestSendOutcome.Sent:
                await marks.Sent.WriteAsync(new SentMark(new OutboxKey(entry.SubscriberId, entry.DigestDate), result.ActivityId)).ConfigureAwait(false);
                tally.Sent();
                break;
            case DigestSendOutcome.RetryAt:
                // The entry itself waits for the Retry-After; other conversations go on at the limiter's pace.
                var next = result.NextAttemptAt ?? now;
                await _store.RescheduleAsync(entry.SubscriberId, entry.DigestDate, Owner, next, result.Status, result.Reason ?? "retry", CancellationToken.None)
                    .ConfigureAwait(false);
                tally.Rescheduled(next);
                break;
            case DigestSendOutcome.ConversationGone:
                var reason = $"{result.Status} from the connector: {result.Reason}";
                await CompleteAsync(entry, OutboxState.Parked, result.Status, reason, CancellationToken.None).ConfigureAwait(false);
                if (!string.IsNullOrEmpty(subscription.Target.ConversationId))
                {
                    await _store.RemoveConversationAsync(subscription.Target.ConversationId, reason, now, CancellationToken.None).ConfigureAwait(false);
                }

                await _store.ParkSubscriptionAsync(subscription.SubscriberId, reason, now, CancellationToken.None).ConfigureAwait(false);
                tally.Parked();
                break;
            case DigestSendOutcome.InDoubt:
                await CompleteAsync(entry, OutboxState.InDoubt, result.Status, result.Reason, CancellationToken.None).ConfigureAwait(false);
                tally.InDoubt();
                break;
            default:
                await CompleteAsync(entry, OutboxState.Failed, result.Status, result.Reason, CancellationToken.None).ConfigureAwait(false);
                tally.Failed();
                break;
        }
    }

    private async Task TryCompleteAsync(OutboxEntry entry, Exception exception)
    {
        try
        {
            await CompleteAsync(entry, OutboxState.Failed, null, $"the bot could not send it: {exception.GetType().Name}", CancellationToken.None)
                .ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Already logged; the lease runs out and the entry is released.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private Task CompleteAsync(OutboxEntry entry, OutboxState state, int? status, string? reason, CancellationToken cancellationToken) =>
        _store.CompleteAsync(entry.SubscriberId, entry.DigestDate, Owner, state, status, reason, _time.GetUtcNow(), cancellationToken);

    /// <summary>The group commits of one delivery pass: in-flight marks and sent marks.</summary>
    private sealed class DeliveryMarks : IAsyncDisposable
    {
        public DeliveryMarks(DigestDispatcher dispatcher, int maxBatch)
        {
            var store = dispatcher._store;
            var owner = dispatcher.Owner;
            var time = dispatcher._time;
            InFlight = new GroupCommit<OutboxKey, bool>(keys => store.MarkInFlightAsync(keys, owner, time.GetUtcNow(), CancellationToken.None), maxBatch);
            Sent = new GroupCommit<SentMark, bool>(sent => store.MarkSentAsync(sent, owner, time.GetUtcNow(), CancellationToken.None), maxBatch);
        }

        public GroupCommit<OutboxKey, bool> InFlight { get; }

        public GroupCommit<SentMark, bool> Sent { get; }

        public async ValueTask DisposeAsync()
        {
            await InFlight.DisposeAsync().ConfigureAwait(false);
            await Sent.DisposeAsync().ConfigureAwait(false);
        }
    }
}
