using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Tests.Storage;
using Xunit.Abstractions;

namespace CooperationBot.Bot.Tests.Digests.Storage;

/// <summary>Several stores on one database, as several processes would be: no entry is claimed twice.</summary>
public abstract class DigestStoreConcurrencyTests(StoreBackend backend, ITestOutputHelper output) : DigestStoreFixture(backend)
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task ClaimDueAsync_FourStoresInParallel_NeverClaimTheSameEntry()
    {
        await EnqueueAsync(500);
        var claims = new ConcurrentBag<(string Owner, string SubscriberId)>();

        await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Task.Run(async () =>
        {
            var store = CreateStore();
            var owner = $"host-{i}";
            IReadOnlyList<OutboxEntry> batch;
            while ((batch = await store.ClaimDueAsync(owner, Now, Lease, 7, None)).Count > 0)
            {
                foreach (var entry in batch)
                {
                    claims.Add((owner, entry.SubscriberId));
                    Assert.True(await store.MarkSentAsync(entry.SubscriberId, entry.DigestDate, owner, null, Now, None));
                }
            }
        })));

        Assert.Equal(500, claims.Count);
        Assert.Equal(500, claims.Select(c => c.SubscriberId).Distinct().Count());
        Assert.Equal(500, (await Store.CountOutboxAsync(None))[OutboxState.Sent]);
    }

    [Fact]
    public async Task EnqueueAsync_TwoStoresEnqueueTheSameDigests_EachEntryOnce()
    {
        var inserted = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var store = CreateStore();
            var count = 0;
            for (var i = 0; i < 200; i++)
            {
                count += await store.EnqueueAsync(Entry($"s{i:D3}", Today), None) ? 1 : 0;
            }

            return count;
        })));

        Assert.Equal(200, inserted.Sum());
        Assert.Equal(200, (await Store.CountOutboxAsync(None))[OutboxState.Pending]);
    }

    /// <summary>How many subscribers the fan-out test enqueues.</summary>
    protected virtual int FanOut => 10_000;

    /// <summary>Prints the claim + mark-sent rate of a large fan-out (figures in the output, no timing assert).</summary>
    [Fact]
    public async Task ClaimDueAsync_LargeFanOutTwoSenders_SendsEachOnceAndPrintsTheRate()
    {
        var count = FanOut;
        var enqueue = Stopwatch.StartNew();
        await EnqueueAsync(count);
        enqueue.Stop();
        var sent = 0;

        var run = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(1, 2).Select(i => Task.Run(async () =>
        {
            var store = CreateStore();
            IReadOnlyList<OutboxEntry> batch;
            while ((batch = await store.ClaimDueAsync($"host-{i}", Now, Lease, 100, None)).Count > 0)
            {
                foreach (var entry in batch)
                {
                    Assert.True(await store.MarkSentAsync(entry.SubscriberId, entry.DigestDate, $"host-{i}", "1:x", Now, None));
                    Interlocked.Increment(ref sent);
                }
            }
        })));
        run.Stop();

        Assert.Equal(count, sent);
        Assert.Equal(count, (await Store.CountOutboxAsync(None))[OutboxState.Sent]);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"enqueue {count}: {count / enqueue.Elapsed.TotalSeconds:F0}/s; claim (100) + mark sent, 2 senders: {count / run.Elapsed.TotalSeconds:F0}/s"));
    }

    protected async Task EnqueueAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var id = $"personal:t:{i:D5}";
            await Store.SaveSubscriptionAsync(Subscription(id, $"a:{i}"), None);
            Assert.True(await Store.EnqueueAsync(Entry(id, Today), None));
        }
    }
}
