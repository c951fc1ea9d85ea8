using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Storage;
using CooperationBot.Protocol.Proactive;
using CooperationBot.Testing.Storage;
using Microsoft.Extensions.Options;

namespace CooperationBot.Tests.Digests;

/// <summary>Digest subscriptions written straight into a store, with targets on a loopback connector.</summary>
internal static class DigestSeed
{
    public const string TenantId = "tenant-seed";
    public const string BotId = "28:bot-app-id";

    /// <summary>A migrated store on <paramref name="database"/> (on the real clock, like the program).</summary>
    public static async Task<SqliteDigestStore> StoreAsync(TempDatabase database)
    {
        var store = new SqliteDigestStore(Options.Create(new StoreOptions { ConnectionString = database.ConnectionString }), TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    /// <summary>A migrated PostgreSQL store on <paramref name="database"/> (on the real clock, like the program).</summary>
    public static async Task<PostgresDigestStore> StoreAsync(TempPostgresDatabase database)
    {
        var store = new PostgresDigestStore(
            Options.Create(new StoreOptions { Provider = StoreOptions.Postgres, ConnectionString = database.ConnectionString }), TimeProvider.System);
        await store.MigrateAsync(CancellationToken.None);
        return store;
    }

    /// <summary>The conversation of subscriber number <paramref name="index"/>: every third a channel, the others personal chats.</summary>
    public static string ConversationId(int index) => index % 3 == 2 ? $"19:channel-{index}@thread.tacv2" : $"a:chat-{index}";

    /// <summary>
    /// Saves <paramref name="count"/> active subscriptions (07:00 Europe/Amsterdam, a message also when nothing changed)
    /// delivered through <paramref name="serviceUrl"/>, and returns them.
    /// </summary>
    public static async Task<IReadOnlyList<DigestSubscription>> SubscribeAsync(IDigestStore store, string serviceUrl, int count)
    {
        var now = TimeProvider.System.GetUtcNow();
        var subscriptions = new List<DigestSubscription>(count);
        for (var i = 0; i < count; i++)
        {
            var conversationId = ConversationId(i);
            var isChannel = conversationId.StartsWith("19:", StringComparison.Ordinal);
            var target = new ConversationReference(
                conversationId,
                serviceUrl,
                "msteams",
                isChannel ? ConversationReference.Channel : ConversationReference.Personal,
                TenantId,
                BotId,
                isChannel ? null : $"29:user-{i}",
                Locale: null);
            var subscription = new DigestSubscription
            {
                SubscriberId = isChannel ? DigestSubscription.ChannelKey(conversationId) : DigestSubscription.PersonalKey(TenantId, $"29:user-{i}"),
                Target = target,
                Preferences = DigestPreferences.Default(UserLanguage.Dutch),
                CreatedAt = now,
                UpdatedAt = now,
            };
            await store.SaveSubscriptionAsync(subscription, CancellationToken.None);
            subscriptions.Add(subscription);
        }

        return subscriptions;
    }
}
