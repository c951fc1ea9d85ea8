using CooperationBot.Bot.Storage;

namespace CooperationBot.Bot.Tests.Storage;

public sealed class PostgresKnowledgeGapStoreTests() : KnowledgeGapStoreTests(new PostgresStoreBackend())
{
    /// <summary>The schema up to version 5, the last before missing parts.</summary>
    protected override async Task CreateSchemaBeforeMissingPartsAsync()
    {
        await using (var connection = await ((PostgresStoreBackend)Backend).Database.OpenAsync())
        {
            var applied = await PostgresMigrator.ApplyAsync(
                connection, [.. PostgresSchema.Migrations.Where(m => m.Version < PostgresSchema.V6.Version)], DateTimeOffset.UnixEpoch, CancellationToken.None);
            Assert.Equal([1, 2, 3, 4, 5], applied);
        }

        await Backend.QueryAsync("""
            INSERT INTO knowledge_gaps (kind, question, language, occurred_at, candidate_ids, candidate_scores, comment, answer_item_ids)
            VALUES ('Unanswered', 'Oude vraag?', 'nl', '2026-11-29T08:00:00.0000000Z', '{}', '{}', NULL, '{}')
            """);
    }
}
