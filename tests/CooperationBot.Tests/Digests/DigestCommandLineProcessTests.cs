using System.Text.Json.Nodes;
using CooperationBot.Testing.Storage;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Digests;

/// <summary>The digest commands as an operator runs them: the program as a child process.</summary>
public sealed class DigestCommandLineProcessTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task DigestStatusJson_ChildProcess_StandardOutputIsOnlyTheJson()
    {
        var store = await DigestSeed.StoreAsync(_database);
        await DigestSeed.SubscribeAsync(store, "http://127.0.0.1:9/", 2);
        var environment = DigestCliEnvironment.For(_database);
        environment["Logging__LogLevel__Default"] = "Information"; // the start-up logs must go to standard error

        using var status = BotProcess.Start(environment, ["digest", "status", "--json"]);

        Assert.True(await status.WaitForExitAsync(TimeSpan.FromSeconds(60)) == 0, status.Describe());
        var report = JsonNode.Parse(status.Output)!;
        Assert.Equal(2, report["subscribers"]!.AsArray().Count);
        Assert.Contains("Knowledge", status.Error, StringComparison.Ordinal);
    }
}
