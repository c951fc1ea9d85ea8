using System.Collections.Concurrent;
using System.Globalization;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Testing.Connector;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Digests;

/// <summary>
/// Two <c>digest run --now</c> processes started together on one store and one <see cref="FaultInjectingConnector"/>,
/// optionally with one of them killed (SIGKILL) mid-run.
/// <para>
/// Which process sent a request: the connector's hook reads the entry's lease owner from the store. The dispatcher names
/// its leases <c>machine/process id/random</c>, and marks an entry in flight under its own lease before the connector
/// call, so while the connector holds the request the entry's lease owner is the sender (a lease never changes hands
/// while its entry is in flight). That needs no cooperation from the program and holds on every store.
/// </para>
/// <para>
/// The kill: at delivery <c>killAt</c> the owner of that entry becomes the victim, and from then on the connector
/// holds every answer. Once all of the victim's send slots (<see cref="DigestOptions.MaxConcurrentSends"/>) are held at
/// the connector, no send of the victim is between its in-flight mark and the connector: every entry it marked in flight
/// has reached the connector. Then the victim is killed and the answers are let go.
/// </para>
/// </summary>
internal sealed class TwoInstanceRun
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(90);

    private readonly IDigestStore _store;
    private readonly FaultInjectingConnector _connector;
    private readonly int _maxConcurrentSends;
    private readonly int? _killAt;
    private readonly long _started = TimeProvider.System.GetTimestamp();
    private readonly ConcurrentQueue<OwnedDelivery> _deliveries = new();
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _killing = new(1, 1);
    private BotProcess[] _processes = [];
    private int _victimProcessId;
    private int _victimHeld;
    private int _killedAtDelivery;
    private int _inFlightNotReceivedAtKill;
    private TimeSpan _killedAt;
    private IReadOnlySet<string> _claimedByVictim = new HashSet<string>();

    private TwoInstanceRun(IDigestStore store, FaultInjectingConnector connector, int maxConcurrentSends, int? killAt)
    {
        _store = store;
        _connector = connector;
        _maxConcurrentSends = maxConcurrentSends;
        _killAt = killAt;
    }

    /// <summary>
    /// Runs both processes under <paramref name="environment"/> until they end (the victim killed at delivery
    /// <paramref name="killAt"/> when given) and measures what was delivered for the <paramref name="subscribers"/>.
    /// </summary>
    public static async Task<(TwoInstanceFigures Figures, string SurvivorOutput)> RunAsync(
        IDigestStore store, FaultInjectingConnector connector, IReadOnlyDictionary<string, string?> environment, int subscribers, int? killAt)
    {
        var maxConcurrentSends = int.Parse(environment["Digest__MaxConcurrentSends"]!, CultureInfo.InvariantCulture);
        var run = new TwoInstanceRun(store, connector, maxConcurrentSends, killAt);
        connector.OnDelivered = run.OnDeliveredAsync;
        string[] runNow = ["digest", "run", "--now"];
        using var first = BotProcess.Start(environment, runNow);
        using var second = BotProcess.Start(environment, runNow);
        run._processes = [first, second];
        try
        {
            var codes = await Task.WhenAll(first.WaitForExitAsync(ProcessTimeout), second.WaitForExitAsync(ProcessTimeout));
            var survivors = run._processes.Where(p => p.Id != run._victimProcessId).ToList();
            Assert.True(killAt is null || run._victimProcessId != 0, $"Nobody was killed at delivery {killAt}.\n{first.Describe()}\n{second.Describe()}");
            Assert.All(survivors, p => Assert.True(codes[Array.IndexOf(run._processes, p)] == 0, $"A process did not finish cleanly.\n{p.Describe()}"));
            var elapsed = TimeProvider.System.GetElapsedTime(run._started);
            return (await run.MeasureAsync(subscribers, elapsed), string.Join("\n", survivors.Select(p => p.Output.Trim())));
        }
        finally
        {
            connector.OnDelivered = null;
            run._released.TrySetResult();
        }
    }

    private async Task OnDeliveredAsync(ConnectorDelivery delivery)
    {
        var processId = await SenderOfAsync(delivery.DigestKey);
        _deliveries.Enqueue(new OwnedDelivery(delivery, processId, TimeProvider.System.GetElapsedTime(_started)));
        if (_killAt is not { } killAt || _released.Task.IsCompleted)
        {
            return;
        }

        if (delivery.Number >= killAt)
        {
            Interlocked.CompareExchange(ref _victimProcessId, processId, 0);
        }

        if (Volatile.Read(ref _victimProcessId) is var victim && victim == 0)
        {
            return;
        }

        if (processId == victim)
        {
            Interlocked.Increment(ref _victimHeld);
        }

        await KillWhenEverySlotIsHeldAsync(delivery.Number, victim);
        await _released.Task;
    }

    private async Task KillWhenEverySlotIsHeldAsync(int number, int victim)
    {
        await _killing.WaitAsync();
        try
        {
            if (_released.Task.IsCompleted || Volatile.Read(ref _victimHeld) < _maxConcurrentSends)
            {
                return;
            }

            _processes.Single(p => p.Id == victim).Kill();
            _killedAt = TimeProvider.System.GetElapsedTime(_started);
            _killedAtDelivery = number;
            var entries = await _store.ListOutboxAsync(null, 10_000, CancellationToken.None);
            var owned = entries.Where(e => e.State == OutboxState.Sending && ProcessIdOf(e.LeaseOwner) == victim).ToList();
            _inFlightNotReceivedAtKill = owned.Count(e => e.InFlightSince is not null && _connector.DeliveryCount(Key(e)) == 0);
            _claimedByVictim = owned.Where(e => e.InFlightSince is null).Select(Key).ToHashSet(StringComparer.Ordinal);
        }
        finally
        {
            if (_killedAtDelivery != 0)
            {
                _released.TrySetResult();
            }

            _killing.Release();
        }
    }

    private async Task<TwoInstanceFigures> MeasureAsync(int subscribers, TimeSpan elapsed)
    {
        var entries = await _store.ListOutboxAsync(null, subscribers * 2, CancellationToken.None);
        var deliveries = _deliveries.ToList();
        var perConversation = deliveries.CountBy(d => d.Delivery.ConversationId).ToDictionary(StringComparer.Ordinal);
        var inDoubt = entries.Where(e => e.State == OutboxState.InDoubt).ToList();
        var victim = Array.FindIndex(_processes, p => p.Id == _victimProcessId) + 1;
        var takenOver = deliveries.Where(d => d.Delivery.DigestKey is { } key && _claimedByVictim.Contains(key)).ToList();
        return new TwoInstanceFigures
        {
            Subscribers = subscribers,
            DeliveriesPerProcess = (deliveries.Count(d => d.ProcessId == _processes[0].Id), deliveries.Count(d => d.ProcessId == _processes[1].Id)),
            Unattributed = deliveries.Count(d => d.ProcessId == 0),
            Duplicates = perConversation.Count(c => c.Value > 1),
            Lost = Enumerable.Range(0, subscribers).Count(i => !perConversation.ContainsKey(DigestSeed.ConversationId(i))),
            Sent = entries.Count(e => e.State == OutboxState.Sent),
            InDoubt = inDoubt.Count,
            InDoubtReceivedOnce = inDoubt.Count(e => _connector.DeliveryCount(Key(e)) == 1),
            PeakPerSecond = SendTimes.MaxInWindow(deliveries.Select(d => DateTimeOffset.UnixEpoch + d.At), TimeSpan.FromSeconds(1)),
            KilledAtDelivery = _killedAtDelivery == 0 ? null : _killedAtDelivery,
            Victim = victim,
            ClaimedByVictim = _claimedByVictim.Count,
            InFlightNotReceivedAtKill = _inFlightNotReceivedAtKill,
            Takeover = _killedAtDelivery == 0 ? null : (takenOver.Count > 0 ? takenOver.Max(d => d.At) : elapsed) - _killedAt,
            Elapsed = elapsed,
        };
    }

    private async Task<int> SenderOfAsync(string? digestKey)
    {
        if (digestKey?.LastIndexOf('|') is not { } separator || separator < 0)
        {
            return 0;
        }

        var entries = await _store.ListOutboxAsync(digestKey[..separator], 1, CancellationToken.None);
        return entries.Count == 1 ? ProcessIdOf(entries[0].LeaseOwner) : 0;
    }

    /// <summary>The process id in a lease owner's name (<c>machine/process id/random</c>); 0 when there is none.</summary>
    private static int ProcessIdOf(string? owner) =>
        owner?.Split('/') is [.., var id, _] && int.TryParse(id, CultureInfo.InvariantCulture, out var processId) ? processId : 0;

    private static string Key(OutboxEntry entry) => DigestSender.DigestKey(entry.SubscriberId, entry.DigestDate);
}
