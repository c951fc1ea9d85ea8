namespace CooperationBot.Bot.Tests.Storage;

public sealed class PostgresFeedbackStoreTests() : FeedbackStoreTests(new PostgresStoreBackend())
{
    [Fact]
    public async Task RecordFeedback_NewDatabase_MigratesEveryStepFirst()
    {
        await CreateStore().RecordFeedbackAsync(new(null, "like", null, null, [], Now), CancellationToken.None);

        Assert.Equal(Backend.SchemaVersions, (await Backend.QueryAsync("SELECT version FROM schema_migrations ORDER BY version")).Select(r => (long)(int)r[0]!));
    }
}
