using System.Diagnostics;
using System.Globalization;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Storage;
using CooperationBot.Protocol.Connector;
using CooperationBot.Protocol.Proactive;
using CooperationBot.Testing.Connector;
using CooperationBot.Testing.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CooperationBot.Benchmarks.Fanout;

/// <summary>
/// One fan-out run: N subscribers in a fresh SQLite store, then the bot's own <see cref="DigestRunner.RunNowAsync"/>
/// (wired by <c>AddDigests</c>: composer, outbox, dispatcher, sender, rate limiter, and the development-mode connector
/// client of <c>AddConnectorClient</c>) against a loopback <see cref="FaultInjectingConnector"/> that answers a share
/// of its requests with 429 and Retry-After.
/// </summary>
internal static class FanoutBenchmark
{
    private const string TenantId = "tenant-fanout";
    private const string BotId = "28:fanout-bot";
    private const string BaselineVersion = "fanout-baseline";

    /// <summary>Every 50th knowledge item is new since the subscribers' last digest, and every 50th (offset 1) changed.</summary>
    private const int ChangeEvery = 50;

    public static async Task<FanoutResult> RunAsync(FanoutSettings settings, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var time = TimeProvider.System;
        using var database = new TempDatabase();
        await using var connector = await FaultInjectingConnector.StartAsync(new FaultInjectionOptions
        {
            Seed = seed,
            ThrottleProbability = settings.Throttle,
            RetryAfterSeconds = settings.RetryAfterSeconds,
        });
        var requests = new TimestampLog(time);
        var deliveries = new TimestampLog(time);
        connector.OnDelivered = _ =>
        {
            deliveries.Record();
            return Task.CompletedTask;
        };

        var store = new TimedDigestStore(
            new SqliteDigestStore(Options.Create(new StoreOptions { ConnectionString = database.ConnectionString }), time), time);
        await using var services = Services(settings, store, requests);
        var snapshot = services.GetRequiredService<IKnowledgeSource>().Current;
        await store.MigrateAsync(cancellationToken);
        await store.RecordKnowledgeVersionAsync(BaselineVersion, Baseline(snapshot), time.GetUtcNow(), cancellationToken);

        var seeding = time.GetTimestamp();
        for (var i = 0; i < settings.Subscribers; i++)
        {
            await store.SaveSubscriptionAsync(Subscriber(i, connector.ServiceUrl, time.GetUtcNow()), cancellationToken);
        }

        var seedSeconds = time.GetElapsedTime(seeding).TotalSeconds;
        Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var runner = services.GetRequiredService<DigestRunner>();
        FanoutResult result;
        await using (var heap = new HeapSampler(time))
        {
            var started = time.GetTimestamp();
            await runner.RunNowAsync(cancellationToken);
            var firstClaim = store.FirstClaim;
            var last = deliveries.Last;
            var steadyEnd = last - (long)(settings.RetryAfterSeconds * (double)time.TimestampFrequency);
            result = new FanoutResult
            {
                SeedSeconds = seedSeconds,
                ComposeEnqueueSeconds = Seconds(started, firstClaim, time),
                DeliverySeconds = Seconds(firstClaim, last, time),
                SteadySeconds = Seconds(firstClaim, steadyEnd, time),
                SteadyRequests = requests.CountUntil(steadyEnd),
                SteadyDeliveries = deliveries.CountUntil(steadyEnd),
                PeakRequestsPerSecond = requests.MaxIn(TimeSpan.FromSeconds(1)),
                MaxHeapMb = Megabytes(heap.MaxHeapBytes),
            };
        }

        return await CompleteAsync(result, settings, store, connector, allocatedBefore, cancellationToken);
    }

    private static async Task<FanoutResult> CompleteAsync(
        FanoutResult result, FanoutSettings settings, TimedDigestStore store, FaultInjectingConnector connector, long allocatedBefore,
        CancellationToken cancellationToken)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        var outbox = await store.ListOutboxAsync(null, settings.Subscribers * 2, cancellationToken);
        var dates = outbox.ToDictionary(e => e.SubscriberId, e => e.DigestDate, StringComparer.Ordinal);
        var losses = Enumerable.Range(0, settings.Subscribers)
            .Select(SubscriberId)
            .Count(id => !dates.TryGetValue(id, out var date) || connector.DeliveryCount(DigestSender.DigestKey(id, date)) == 0);
        return result with
        {
            Requests = connector.Requests,
            Deliveries = connector.Deliveries,
            Throttled = connector.FaultCount(ConnectorFault.Throttled),
            Duplicates = connector.DuplicateKeys,
            Losses = losses,
            NotSent = outbox.Count(e => e.State != OutboxState.Sent),
            MessageKilobytes = outbox.Average(e => e.ActivityJson.Length) / 1024.0,
            PeakConnectorConcurrency = connector.PeakConcurrency,
            PeakWorkingSetMb = Megabytes(process.PeakWorkingSet64),
            AllocatedMb = Megabytes(allocated),
            StoreMicrosPerEntry = store.DeliveryCallTime.TotalMicroseconds / Math.Max(1, connector.Deliveries),
        };
    }

    /// <summary>The bot's digest services as <c>AddDigests</c> wires them, on the watched store and synthetic knowledge.</summary>
    private static ServiceProvider Services(FanoutSettings settings, IDigestStore store, TimestampLog requests)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Digest:SchedulerEnabled"] = "false",
                ["Digest:MaxMessagesPerSecond"] = settings.Rate.ToString(CultureInfo.InvariantCulture),
                ["Digest:MaxConcurrentSends"] = settings.Concurrency.ToString(CultureInfo.InvariantCulture),
            })
            .Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IKnowledgeSource>(new FixedKnowledgeSource(Measure.Snapshot(settings.KnowledgeItems)))
            .AddSingleton<IDigestStore>(store)
            .AddConnectorClient()
            .AddDigests(configuration);
        services.AddHttpClient(ConnectorServiceCollectionExtensions.ConnectorHttpClientName).AddHttpMessageHandler(() => new RequestClock(requests));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    /// <summary>The item hashes of an earlier version: some items not there yet, some different.</summary>
    private static Dictionary<string, string> Baseline(KnowledgeSnapshot snapshot)
    {
        var baseline = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var (id, hash) in KnowledgeItemHashes.Compute(snapshot.Knowledge).OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            switch (index++ % ChangeEvery)
            {
                case 0:
                    break;
                case 1:
                    baseline[id] = "changed-" + hash;
                    break;
                default:
                    baseline[id] = hash;
                    break;
            }
        }

        return baseline;
    }

    private static string SubscriberId(int index) => DigestSubscription.PersonalKey(TenantId, UserId(index));

    private static string UserId(int index) => "29:fanout-" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>A person with a personal chat of their own; every other one reads Dutch.</summary>
    private static DigestSubscription Subscriber(int index, string serviceUrl, DateTimeOffset now)
    {
        var language = index % 2 == 0 ? UserLanguage.Dutch : UserLanguage.English;
        return new DigestSubscription
        {
            SubscriberId = SubscriberId(index),
            Target = new ConversationReference(
                "a:fanout-chat-" + index.ToString("D6", CultureInfo.InvariantCulture), serviceUrl, "msteams", ConversationReference.Personal,
                TenantId, BotId, UserId(index), language == UserLanguage.Dutch ? "nl-NL" : "en-GB"),
            Preferences = DigestPreferences.Default(language),
            BaselineVersion = BaselineVersion,
            CreatedAt = now.AddDays(-7),
            UpdatedAt = now.AddDays(-7),
        };
    }

    private static double Seconds(long from, long to, TimeProvider time) => time.GetElapsedTime(from, to).TotalSeconds;

    private static double Megabytes(long bytes) => bytes / 1_048_576.0;

    private static void Collect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
