namespace CooperationBot.Bot.Tests.Storage;

public sealed class SqliteFeedbackStoreTests() : FeedbackStoreTests(new SqliteStoreBackend())
{
    [Fact]
    public async Task RecordAnswer_NewFile_CreatesTheFileAndItsFolder()
    {
        var file = ((SqliteStoreBackend)Backend).Database.FilePath;

        await CreateStore().RecordAnswerAsync(new("msg-1", "Hoeveel?", "nl", true, [], "v1", Now), CancellationToken.None);

        Assert.True(File.Exists(file));
    }
}
