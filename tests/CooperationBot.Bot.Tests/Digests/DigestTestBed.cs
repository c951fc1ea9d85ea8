using System.Globalization;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Conversations;
using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Hosting;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Digests.Content;
using CooperationBot.Protocol.Connector;
using CooperationBot.Protocol.Proactive;
using CooperationBot.Testing.Connector;
using CooperationBot.Testing.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Tests.Digests;

/// <summary>
/// One "process" of the bot's digest machinery, wired like production (<c>AddBotLogic</c>, which adds the digests, on
/// a real SQLite file) with a development-mode connector client pointed at a <see cref="FaultInjectingConnector"/>
/// on 127.0.0.1. <see cref="SeedAsync"/> subscribes N people whose chats live on that connector. A second bed on
/// the same file and connector (<see cref="OnSameStore"/>) acts as a second process.
/// </summary>
internal sealed class DigestTestBed : IAsyncDisposable
{
    public const string TenantId = "tenant-1";
    public const string BotId = "28:bot-app";

    private readonly HttpClient _httpClient;
    private readonly bool _ownsShared;

    private DigestTestBed(FaultInjectingConnector connector, TempDatabase database, DigestTestBedSettings settings, bool ownsShared)
    {
        Connector = connector;
        Database = database;
        Settings = settings;
        _ownsShared = ownsShared;
        _httpClient = new HttpClient(ConnectorHttpHandler.CreatePrimaryHandler()) { Timeout = settings.ConnectorTimeout };
        Services = BuildServices();
    }

    public FaultInjectingConnector Connector { get; }

    public TempDatabase Database { get; }

    public DigestTestBedSettings Settings { get; }

    public ServiceProvider Services { get; }

    public TimeProvider Time => Settings.Time;

    public IDigestStore Store => Services.GetRequiredService<IDigestStore>();

    public DigestDispatcher Dispatcher => Services.GetRequiredService<DigestDispatcher>();

    public DigestRunner Runner => Services.GetRequiredService<DigestRunner>();

    public ProactiveRateLimiter Limiter => Services.GetRequiredService<ProactiveRateLimiter>();

    public IKnowledgeSource Knowledge => Services.GetRequiredService<IKnowledgeSource>();

    /// <summary>Everything the digest services logged.</summary>
    public FakeLogCollector Logs => Services.GetRequiredService<FakeLogCollector>();

    /// <summary>The scheduler as the host would start it (a new instance per bed).</summary>
    public DigestSchedulerService Scheduler => Services.GetServices<IHostedService>().OfType<DigestSchedulerService>().Single();

    /// <summary>A bed with its own connector (with <paramref name="faults"/>) and its own database file.</summary>
    public static async Task<DigestTestBed> StartAsync(DigestTestBedSettings? settings = null, FaultInjectionOptions? faults = null)
    {
        var connector = await FaultInjectingConnector.StartAsync(faults);
        return new DigestTestBed(connector, new TempDatabase(), settings ?? new DigestTestBedSettings(), ownsShared: true);
    }

    /// <summary>Another process on <paramref name="other"/>'s database and connector; dispose it before <paramref name="other"/>.</summary>
    public static DigestTestBed OnSameStore(DigestTestBed other, DigestTestBedSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new DigestTestBed(other.Connector, other.Database, settings ?? other.Settings, ownsShared: false);
    }

    public static string UserId(int index) => string.Create(CultureInfo.InvariantCulture, $"29:user-{index:D4}");

    public static string ChatId(int index) => string.Create(CultureInfo.InvariantCulture, $"a:chat-{index:D4}");

    public static string SubscriberId(int index) => DigestSubscription.PersonalKey(TenantId, UserId(index));

    public static string Key(int index, DateOnly date) => DigestSender.DigestKey(SubscriberId(index), date);

    /// <summary>Person <paramref name="index"/>'s personal chat on the connector (empty <paramref name="conversationId"/>: not created yet).</summary>
    public ConversationReference Personal(int index, string? conversationId = null) =>
        new(conversationId ?? ChatId(index), Connector.ServiceUrl, "msteams", ConversationReference.Personal, TenantId, BotId, UserId(index), "nl-NL");

    /// <summary>
    /// Stores the chats of persons <paramref name="from"/> .. <paramref name="from"/> + <paramref name="count"/> - 1 and
    /// their subscriptions (by default a week old; baseline the current knowledge), as the bot would after "digest aan".
    /// </summary>
    public async Task<IReadOnlyList<DigestSubscription>> SeedAsync(
        int count, DigestPreferences? preferences = null, int from = 0, DateTimeOffset? createdAt = null, DateTimeOffset? lastDeliveredAt = null)
    {
        var now = Time.GetUtcNow();
        var created = createdAt ?? now.AddDays(-7);
        var snapshot = Knowledge.Current;
        await Services.GetRequiredService<KnowledgeHashes>().RecordAsync(snapshot, default);
        var seeded = new List<DigestSubscription>();
        for (var index = from; index < from + count; index++)
        {
            var reference = Personal(index);
            await Store.UpsertConversationAsync(reference, now, default);
            var subscription = new DigestSubscription
            {
                SubscriberId = SubscriberId(index),
                Target = DigestTargets.For(reference),
                Preferences = preferences ?? DigestPreferences.Default(UserLanguage.Dutch),
                BaselineVersion = snapshot.Version,
                LastDeliveredAt = lastDeliveredAt,
                CreatedAt = created,
                UpdatedAt = created,
            };
            await Store.SaveSubscriptionAsync(subscription, default);
            seeded.Add(subscription);
        }

        return seeded;
    }

    /// <summary>Puts a small digest message for person <paramref name="index"/> on <paramref name="date"/> into the outbox.</summary>
    public Task<bool> EnqueueAsync(int index, DateOnly date) => Store.EnqueueAsync(
        new OutboxEntry
        {
            SubscriberId = SubscriberId(index),
            DigestDate = date,
            KnowledgeVersion = Knowledge.Current.Version,
            ActivityJson = """{"type":"message","summary":"Dagelijkse samenvatting"}""",
            NextAttemptAt = Time.GetUtcNow(),
            CreatedAt = Time.GetUtcNow(),
        },
        default);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        _httpClient.Dispose();
        if (_ownsShared)
        {
            await Connector.DisposeAsync();
            Database.Dispose();
        }
    }

    private ServiceProvider BuildServices()
    {
        var settings = Settings;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Store"] = Database.ConnectionString,
            ["Knowledge:Path"] = settings.KnowledgePath,
            ["Digest:MaxMessagesPerSecond"] = Text(settings.MaxMessagesPerSecond),
            ["Digest:MaxPerConversationPerSecond"] = Text(settings.MaxPerConversationPerSecond),
            ["Digest:MaxPerConversationPer30Seconds"] = Text(settings.MaxPerConversationPer30Seconds),
            ["Digest:MaxConcurrentSends"] = Text(settings.MaxConcurrentSends),
            ["Digest:LeaseSeconds"] = Text(settings.LeaseSeconds),
            ["Digest:PollSeconds"] = Text(settings.PollSeconds),
            ["Digest:HeartbeatSeconds"] = Text(settings.HeartbeatSeconds),
            ["Digest:RunNowMaxWaitSeconds"] = Text(settings.RunNowMaxWaitSeconds),
        }).Build();

        var services = new ServiceCollection();
        services.AddFakeLogging();
        services.AddMetrics();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(settings.Time);
        services.AddSingleton(settings.Delivery);

        // The connector client of development mode (no token); its own retry waits pass at once.
        services.AddSingleton(new ConnectorClient(
            _httpClient,
            null,
            Options.Create(new ConnectorOptions { MaxRetries = settings.ConnectorMaxRetries }),
            new InstantDelayTimeProvider(),
            NullLogger<ConnectorClient>.Instance));
        if (settings.KnowledgePath is not null)
        {
            services.AddKnowledge(configuration);
        }
        else
        {
            services.AddSingleton<IKnowledgeSource>(settings.Knowledge ?? new FixedKnowledgeSource(DigestTestKnowledge.Snapshot(
                DigestTestKnowledge.Knowledge([DigestTestKnowledge.Fact("feit-1", "Een feit over het partnerschap.")]), "v1")));
        }

        services.AddBotLogic(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
