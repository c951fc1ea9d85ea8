using System.Collections.Concurrent;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Tests.Storage;
using Npgsql;
using Xunit.Abstractions;

namespace CooperationBot.Bot.Tests.Digests.Storage;

/// <summary>The contract's concurrency tests on PostgreSQL, plus row locks and lease takeover between instances.</summary>
public sealed class PostgresDigestStoreConcurrencyTests(ITestOutputHelper output) : DigestStoreConcurrencyTests(new PostgresStoreBackend(), output)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>Every commit of the local test server waits for its disk: 2,000 keep the run short, the rate is printed.</summary>
    protected override int FanOut => 2_000;

    [Fact]
    public async Task ClaimDueAsync_TwoStoresAtOnceFrom200_NeverClaimTheSameEntry()
    {
        await EnqueueAsync(200);
        var claims = new ConcurrentBag<(string Owner, string SubscriberId)>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var senders = Enumerable.Range(1, 2).Select(i => Task.Run(async () =>
        {
            var store = CreateStore();
            await store.CheckAsync(None);
            await start.Task;
            IReadOnlyList<OutboxEntry> batch;
            while ((batch = await store.ClaimDueAsync($"host-{i}", Now, Lease, 10, None)).Count > 0)
            {
                foreach (var entry in batch)
                {
                    claims.Add(($"host-{i}", entry.SubscriberId));
                }
            }
        })).ToList();
        start.SetResult();
        await Task.WhenAll(senders);

        Assert.Equal(200, claims.Count);
        Assert.Equal(200, claims.Select(c => c.SubscriberId).Distinct().Count());
        var held = await Backend.QueryAsync("SELECT lease_owner, COUNT(*)::integer FROM digest_outbox WHERE state = 'Sending' GROUP BY lease_owner");
        Assert.Equal(200, held.Sum(row => (int)row[1]!));
        Assert.All(held, row => Assert.Equal(claims.Count(c => c.Owner == (string)row[0]!), (int)row[1]!));
    }

    [Fact]
    public async Task ClaimDueAsync_RowsLockedByAnotherInstance_SkipsThemWithoutWaiting()
    {
        await EnqueueAsync(10);
        await using var other = await ((PostgresStoreBackend)Backend).Database.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var lockRows = new NpgsqlCommand(
            "SELECT subscriber_id FROM digest_outbox ORDER BY subscriber_id LIMIT 4 FOR UPDATE", other))
        {
            await lockRows.ExecuteNonQueryAsync();
        }

        var claimed = await Store.ClaimDueAsync("host-1", Now, Lease, 100, None);

        Assert.Equal(6, claimed.Count);
        Assert.DoesNotContain("personal:t:00000", claimed.Select(e => e.SubscriberId));
        await transaction.RollbackAsync();
        Assert.Equal(4, (await Store.ClaimDueAsync("host-2", Now, Lease, 100, None)).Count);
    }

    [Fact]
    public async Task ClaimDueAsync_InstanceStoppedHoldingClaims_AnotherTakesThemOverWhenTheLeaseEnds()
    {
        await EnqueueAsync(200);
        var crashed = CreateStore();
        var held = await crashed.ClaimDueAsync("host-1", Now, Lease, 200, None);
        var started = await crashed.MarkInFlightAsync([.. held.Take(50).Select(e => new OutboxKey(e.SubscriberId, e.DigestDate))], "host-1", Now, None);
        Assert.All(started, Assert.True);
        await ((IAsyncDisposable)crashed).DisposeAsync();
        var survivor = CreateStore();

        Assert.Empty(await survivor.ClaimDueAsync("host-2", Now + Lease, Lease, 200, None));
        var takenOver = await survivor.ClaimDueAsync("host-2", Now + Lease + TimeSpan.FromTicks(1), Lease, 200, None);

        Assert.Equal(150, takenOver.Count);
        Assert.All(takenOver, e => Assert.Equal(("host-2", 0), (e.LeaseOwner, e.Attempts)));
        var counts = await survivor.CountOutboxAsync(None);
        Assert.Equal((150, 50), (counts[OutboxState.Sending], counts[OutboxState.InDoubt]));
    }
}
