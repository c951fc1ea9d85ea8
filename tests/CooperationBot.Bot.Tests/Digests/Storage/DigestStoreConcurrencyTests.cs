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
    /// <summary>The planner's batch size (<c>DigestRunner</c>).</summary>
    private const int EnqueueBatch = 500;

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

    [Fact]
    public async Task EnqueueManyAsync_TwoStoresEnqueueOverlappingBatchesAtOnce_EachEntryOnce()
    {
        var ids = Enumerable.Range(0, 400).Select(i => $"s{i:D3}").ToArray();
        foreach (var id in ids)
        {
            await Store.SaveSubscriptionAsync(Subscription(id, $"a:{id}"), None);
        }

        // One store goes up from s000 to s299, the other down from s399 to s100, 50 entries per batch.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stores = new[] { ids[..300], ids[100..].Reverse().ToArray() }.Select(part => Task.Run(async () =>
        {
            var store = CreateStore();
            await store.CheckAsync(None);
            await start.Task;
            var added = new List<OutboxEntry>();
            foreach (var chunk in part.Chunk(50))
            {
                added.AddRange(await store.EnqueueManyAsync([.. chunk.Select(id => Entry(id, Today))], None));
            }

            return added;
        })).ToList();
        start.SetResult();
        var added = (await Task.WhenAll(stores)).SelectMany(a => a).ToList();

        Assert.Equal(ids, added.Select(e => e.SubscriberId).Order(StringComparer.Ordinal));
        Assert.Equal(400, (await Store.CountOutboxAsync(None))[OutboxState.Pending]);
        Assert.All((await Store.ListSubscriptionsAsync(None)), s => Assert.Equal(Today, s.LastDigestDate));
    }

    /// <summary>How many subscribers the fan-out test enqueues.</summary>
    protected virtual int FanOut => 10_000;

    /// <summary>
    /// Prints the rates of a large fan-out (figures in the output, no timing assert): saving the subscriptions, enqueueing
    /// half of the digests one by one and the other half in batches of <see cref="EnqueueBatch"/>, then claiming and
    /// marking them sent from two senders.
    /// </summary>
    [Fact]
    public async Task ClaimDueAsync_LargeFanOutTwoSenders_SendsEachOnceAndPrintsTheRate()
    {
        var count = FanOut;
        var ids = Enumerable.Range(0, count).Select(SubscriberId).ToArray();
        var save = Stopwatch.StartNew();
        foreach (var id in ids)
        {
            await Store.SaveSubscriptionAsync(Subscription(id, $"a:{id}"), None);
        }

        save.Stop();
        var half = count / 2;
        var oneByOne = Stopwatch.StartNew();
        foreach (var id in ids[..half])
        {
            Assert.True(await Store.EnqueueAsync(Entry(id, Today), None));
        }

        oneByOne.Stop();
        var batched = Stopwatch.StartNew();
        foreach (var chunk in ids[half..].Chunk(EnqueueBatch))
        {
            Assert.Equal(chunk.Length, (await Store.EnqueueManyAsync([.. chunk.Select(id => Entry(id, Today))], None)).Count);
        }

        batched.Stop();
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
            $"save subscription {count}: {count / save.Elapsed.TotalSeconds:F0}/s; enqueue one by one {half}: {half / oneByOne.Elapsed.TotalSeconds:F0}/s; "
            + $"enqueue in batches of {EnqueueBatch} {count - half}: {(count - half) / batched.Elapsed.TotalSeconds:F0}/s; "
            + $"claim (100) + mark sent, 2 senders: {count / run.Elapsed.TotalSeconds:F0}/s"));
    }

    protected async Task EnqueueAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var id = SubscriberId(i);
            await Store.SaveSubscriptionAsync(Subscription(id, $"a:{i}"), None);
            Assert.True(await Store.EnqueueAsync(Entry(id, Today), None));
        }
    }

    private static string SubscriberId(int index) => $"personal:t:{index:D5}";
}
