using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Tests.Storage;
using Npgsql;

namespace CooperationBot.Bot.Tests.Digests.Storage;

/// <summary>A store operation that PostgreSQL aborts as a deadlock's victim runs again (a real deadlock, made on purpose).</summary>
public sealed class PostgresDigestStoreDeadlockTests() : DigestStoreFixture(new PostgresStoreBackend())
{
    private PostgresStoreBackend Postgres => (PostgresStoreBackend)Backend;

    [Fact]
    public async Task RemoveConversationAsync_AbortedAsADeadlockVictim_RunsAgainAndParks()
    {
        await Store.UpsertConversationAsync(Reference("c-1"), Now, None);
        await Store.SaveSubscriptionAsync(Subscription("s-1", "c-1"), None);
        await using var other = await Postgres.Database.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await ExecuteAsync(other, "UPDATE digest_subscriptions SET updated_at = updated_at WHERE subscriber_id = 's-1'");

        // The store marks the conversation removed, then waits for the subscription this transaction holds...
        var removing = Store.RemoveConversationAsync("c-1", "uninstalled", Now, None);
        await Postgres.WaitForLockWaitersAsync();

        // ...and this transaction now waits for the conversation. The store waited first, so its deadlock check (after
        // deadlock_timeout) finds the cycle first and aborts the store's transaction; this one gets the row.
        await ExecuteAsync(other, "UPDATE conversation_references SET seen_at = seen_at WHERE conversation_id = 'c-1'");
        await transaction.CommitAsync();

        Assert.Equal(1, await removing);
        Assert.Equal(SubscriptionState.Parked, (await Store.FindSubscriptionAsync("s-1", None))!.State);
        Assert.Null(await Store.FindConversationAsync("c-1", None));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
