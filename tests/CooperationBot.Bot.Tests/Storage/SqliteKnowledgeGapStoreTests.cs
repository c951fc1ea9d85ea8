using CooperationBot.Bot.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Storage;

public sealed class SqliteKnowledgeGapStoreTests() : KnowledgeGapStoreTests(new SqliteStoreBackend())
{
    /// <summary>The gap table as the feedback store created it before missing parts: today's without <c>missing</c>.</summary>
    protected override async Task CreateSchemaBeforeMissingPartsAsync()
    {
        await Backend.CreateGapStore(new FakeTimeProvider(Now))
            .RecordGapAsync(new KnowledgeGap(KnowledgeGapKind.Unanswered, "Oude vraag?", "nl", Now, [], null, []), CancellationToken.None);
        await Backend.QueryAsync("ALTER TABLE knowledge_gaps DROP COLUMN missing");
        Assert.Empty(await Backend.QueryAsync("SELECT name FROM pragma_table_info('knowledge_gaps') WHERE name = 'missing'"));
    }
}
