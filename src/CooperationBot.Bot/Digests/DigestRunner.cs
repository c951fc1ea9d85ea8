using System.Globalization;
using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Bot.Digests.Scheduling;
using CooperationBot.Bot.Digests.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Digests;

/// <summary>
/// Puts digests into the outbox and delivers it: on schedule for the running bot (<see cref="RunDueAsync"/>), and
/// for every subscriber at once for an operator's <c>digest run --now</c> (<see cref="RunNowAsync"/>).
/// </summary>
public sealed class DigestRunner
{
    /// <summary>
    /// How many outbox entries are written per store transaction. One commit each made PostgreSQL enqueue 200-300/s
    /// (about 12,000/s in batches of 500). 500 keeps one batch's hold on SQLite's write lock, which the senders of
    /// every process wait for, to a few tens of milliseconds, and PostgreSQL's array parameters small.
    /// </summary>
    private const int EnqueueBatchSize = 500;

    /// <summary>The reason kept with a Skipped entry.</summary>
    private const string NothingToSendReason = "nothing changed; no message wanted";

    private readonly IDigestStore _store;
    private readonly DigestComposer _composer;
    private readonly DigestDispatcher _dispatcher;
    private readonly DigestOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DigestRunner> _logger;

    public DigestRunner(
        IDigestStore store,
        DigestComposer composer,
        DigestDispatcher dispatcher,
        IOptions<DigestOptions> options,
        TimeProvider time,
        ILogger<DigestRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _composer = composer;
        _dispatcher = dispatcher;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Enqueues the digests whose time has come (one per subscriber, also after downtime) and delivers what is due.</summary>
    public async Task<DigestRunReport> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var subscriptions = await _store.ListSubscriptionsAsync(cancellationToken).ConfigureAwait(false);
        var due = DigestPlanner.FindDue(subscriptions, now);
        var (enqueued, skipped) = await EnqueueAsync(due.Select(d => (d.Subscription, d.DigestDate)), cancellationToken).ConfigureAwait(false);
        var delivery = await _dispatcher.DeliverDueAsync(cancellationToken).ConfigureAwait(false);
        return new DigestRunReport(enqueued, skipped, delivery);
    }

    /// <summary>
    /// Today's digest for every active subscriber who has not had one today, delivered now; then waits for the
    /// retries that come due within <see cref="DigestOptions.RunNowMaxWaitSeconds"/> (and for entries another process
    /// holds) before it returns. Then this instance leaves the live instances, handing its share of the send budget back.
    /// </summary>
    public async Task<DigestRunReport> RunNowAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await EnqueueAndDeliverNowAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await _dispatcher.LeaveAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<DigestRunReport> EnqueueAndDeliverNowAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var subscriptions = await _store.ListSubscriptionsAsync(cancellationToken).ConfigureAwait(false);
        var today = subscriptions
            .Where(s => s.State == SubscriptionState.Active)
            .Select(s => (Subscription: s, Date: DigestSchedule.LocalDate(s.Preferences, now)))
            .Where(s => s.Subscription.LastDigestDate is not { } last || last < s.Date);
        var (enqueued, skipped) = await EnqueueAsync(today, cancellationToken).ConfigureAwait(false);

        var deadline = now.AddSeconds(_options.RunNowMaxWaitSeconds);
        var delivery = DeliveryReport.Empty;
        while (true)
        {
            var pass = await _dispatcher.DeliverDueAsync(cancellationToken).ConfigureAwait(false);
            delivery = delivery.Add(pass);
            var counts = await _store.CountOutboxAsync(cancellationToken).ConfigureAwait(false);
            var open = counts.GetValueOrDefault(OutboxState.Pending) + counts.GetValueOrDefault(OutboxState.Sending);
            var current = _time.GetUtcNow();
            if (open == 0 || current >= deadline)
            {
                // Rescheduled now counts what is still open (waiting for a retry, or held by another process).
                return new DigestRunReport(enqueued, skipped, delivery with { Rescheduled = open, NextAttemptAt = pass.NextAttemptAt });
            }

            var wakeUp = pass.NextAttemptAt is { } next && next < current.AddSeconds(1) ? next : current.AddSeconds(1);
            var wait = (wakeUp < deadline ? wakeUp : deadline) - current;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<(int Enqueued, int Skipped)> EnqueueAsync(
        IEnumerable<(DigestSubscription Subscription, DateOnly Date)> digests, CancellationToken cancellationToken)
    {
        int enqueued = 0, skipped = 0;
        DateOnly? lastDate = null;
        var batch = new List<OutboxEntry>(EnqueueBatchSize);

        async Task FlushAsync()
        {
            foreach (var added in await _store.EnqueueManyAsync(batch, cancellationToken).ConfigureAwait(false))
            {
                enqueued++;
                skipped += added.State == OutboxState.Skipped ? 1 : 0;
                lastDate = added.DigestDate;
            }

            batch.Clear();
        }

        // Subscribers with the same baseline, language and choices get the same message: compose it once per run. The
        // date of the last delivery is part of the key, so a first digest (no delivery yet: the welcome) is its own.
        var composedBefore = new Dictionary<(string?, Language.UserLanguage, bool, DateOnly?, DateOnly), ComposedDigest>();
        foreach (var (subscription, date) in digests)
        {
            var preferences = subscription.Preferences;
            DateOnly? since = subscription.LastDeliveredAt is { } delivered ? DigestSchedule.LocalDate(preferences, delivered) : null;
            var key = (subscription.BaselineVersion, preferences.Language, preferences.SendWhenUnchanged, since, date);
            if (!composedBefore.TryGetValue(key, out var composed))
            {
                composed = await _composer.ComposeAsync(subscription, date, cancellationToken).ConfigureAwait(false);
                composedBefore[key] = composed;
            }

            batch.Add(Entry(subscription.SubscriberId, date, composed, _time.GetUtcNow()));
            if (batch.Count == EnqueueBatchSize)
            {
                await FlushAsync().ConfigureAwait(false);
            }
        }

        await FlushAsync().ConfigureAwait(false);
        if (enqueued > 0)
        {
            Log.DigestsEnqueued(_logger, enqueued, lastDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), skipped);
        }

        return (enqueued, skipped);
    }

    /// <summary>
    /// The outbox entry of a composed digest. One without a message (nothing changed, none wanted) is enqueued as
    /// already Skipped: the store moves the baseline then, as completing it would.
    /// </summary>
    private static OutboxEntry Entry(string subscriberId, DateOnly date, ComposedDigest composed, DateTimeOffset now) =>
        new()
        {
            SubscriberId = subscriberId,
            DigestDate = date,
            KnowledgeVersion = composed.KnowledgeVersion,
            ActivityJson = composed.ActivityJson ?? "{}",
            State = composed.ActivityJson is null ? OutboxState.Skipped : OutboxState.Pending,
            LastError = composed.ActivityJson is null ? NothingToSendReason : null,
            CompletedAt = composed.ActivityJson is null ? now : null,
            NextAttemptAt = now,
            CreatedAt = now,
        };
}
