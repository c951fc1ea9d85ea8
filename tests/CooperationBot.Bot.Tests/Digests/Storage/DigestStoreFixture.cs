using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Storage;
using CooperationBot.Protocol.Proactive;
using CooperationBot.Testing.Storage;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Digests.Storage;

/// <summary>A temporary database, a fake clock, stores on that file and sample records for the digest store tests.</summary>
public abstract class DigestStoreFixture : IDisposable
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);
    protected static readonly DateOnly Today = new(2026, 11, 30);
    protected static readonly CancellationToken None = CancellationToken.None;

    protected DigestStoreFixture()
    {
        Store = CreateStore();
    }

    protected TempDatabase Database { get; } = new();

    protected FakeTimeProvider Time { get; } = new(Now);

    /// <summary>A store on <see cref="Database"/>; further ones from <see cref="CreateStore"/> act as other processes.</summary>
    protected SqliteDigestStore Store { get; }

    protected SqliteDigestStore CreateStore() =>
        new(Options.Create(new StoreOptions { ConnectionString = Database.ConnectionString }), Time);

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

    protected async Task<OutboxEntry> SingleEntryAsync(string subscriberId) =>
        Assert.Single(await Store.ListOutboxAsync(subscriberId, 10, None));

    public void Dispose()
    {
        Database.Dispose();
        GC.SuppressFinalize(this);
    }
}
