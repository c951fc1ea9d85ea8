using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Storage;
using CooperationBot.Protocol.Proactive;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Digests.Storage;

/// <summary>
/// A fresh database of one provider (<see cref="StoreBackend"/>), a fake clock, stores on that database and sample
/// records for the digest store contract tests.
/// </summary>
public abstract class DigestStoreFixture(StoreBackend backend) : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
    protected static readonly DateOnly Today = new(2026, 11, 30);
    protected static readonly CancellationToken None = CancellationToken.None;

    protected StoreBackend Backend { get; } = backend;

    protected FakeTimeProvider Time { get; } = new(Now);

    /// <summary>A store on the database; further ones from <see cref="CreateStore"/> act as other processes.</summary>
    protected IDigestStore Store { get; private set; } = null!;

    protected IDigestStore CreateStore() => Backend.CreateDigestStore(Time);

    protected static ConversationReference Reference(string conversationId, string serviceUrl = "https://smba.trafficmanager.net/emea/") =>
        new(conversationId, serviceUrl, "msteams", ConversationReference.Personal, "tenant-1", "28:bot", "29:user", "nl-NL");

    protected static DigestSubscription Subscription(string subscriberId, string conversationId) => new()
    {
        SubscriberId = subscriberId,
        Target = Reference(conversationId),
        Preferences = DigestPreferences.Default(UserLanguage.Dutch),
        BaselineVersion = "v0",
        CreatedAt = Now.AddDays(-7),
        UpdatedAt = Now.AddDays(-7),
    };

    protected static OutboxEntry Entry(string subscriberId, DateOnly date, string version = "v1", DateTimeOffset? due = null) => new()
    {
        SubscriberId = subscriberId,
        DigestDate = date,
        KnowledgeVersion = version,
        ActivityJson = $$"""{"type":"message","text":"digest {{subscriberId}}"}""",
        NextAttemptAt = due ?? Now,
        CreatedAt = Now.AddMinutes(-1),
    };

    /// <summary>An entry of today with every optional field set.</summary>
    protected static OutboxEntry EntryWithEveryField(string subscriberId) => Entry(subscriberId, Today) with
    {
        State = OutboxState.Failed,
        Attempts = 3,
        LeaseOwner = "host-1",
        LeaseUntil = Now.AddMinutes(2),
        ActivityId = "1:abc",
        LastStatus = 503,
        LastError = "503 Service Unavailable",
        CompletedAt = Now.AddMinutes(3),
        InFlightSince = Now.AddMinutes(1),
    };

    protected async Task<OutboxEntry> SingleEntryAsync(string subscriberId) =>
        Assert.Single(await Store.ListOutboxAsync(subscriberId, 10, None));

    public async Task InitializeAsync()
    {
        await Backend.InitializeAsync();
        Store = CreateStore();
    }

    public async Task DisposeAsync() => await Backend.DisposeAsync();
}
