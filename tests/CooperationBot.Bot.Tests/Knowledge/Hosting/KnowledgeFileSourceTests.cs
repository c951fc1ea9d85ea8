using CooperationBot.Bot.Knowledge.Hosting;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Tests.Knowledge.Hosting;

public sealed class KnowledgeFileSourceTests
{
    [Fact]
    public void Constructor_ValidFile_ServesSnapshotWithVersionTimeAndPath()
    {
        using var fixture = new KnowledgeSourceFixture();

        var source = fixture.CreateSource();

        var snapshot = source.Current;
        Assert.Equal(source.LastAttempt.Version, snapshot.Version);
        Assert.Equal(fixture.Time.GetUtcNow(), snapshot.LoadedAt);
        Assert.Equal(fixture.Folder.KnowledgePath, snapshot.Path);
        Assert.Equal("bezoek-maart", Assert.Single(snapshot.Knowledge.Facts).Id);
        Assert.Contains(fixture.LoggedAt(LogLevel.Warning), message => message.Contains("β€œ", StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_InvalidFile_ThrowsWithTheDiagnostics()
    {
        using var fixture = new KnowledgeSourceFixture();
        fixture.Folder.ReplaceLine(41, "      paragraph: 0");

        var exception = Assert.Throws<KnowledgeLoadException>(fixture.CreateSource);

        Assert.Equal(1, exception.Result!.ErrorCount);
        Assert.Contains(":41:18: error: facts[0].source.paragraph: must be a whole number of 1 or more", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_ValidEdit_PublishesNewSnapshotAndRaisesChanged()
    {
        using var fixture = new KnowledgeSourceFixture();
        var source = fixture.CreateSource();
        var old = source.Current;
        var changed = KnowledgeSourceFixture.NextSnapshot(source);
        fixture.Folder.ReplaceLine(23, "    name: Jansen-de Wit");

        source.Reload();

        Assert.NotEqual(old.Version, source.Current.Version);
        Assert.Equal("Jansen-de Wit", source.Current.Knowledge.People[1].Name);
        Assert.Same(source.Current, await changed);
    }

    [Fact]
    public void Reload_BrokenEdit_KeepsTheOldSnapshotAndLogsEveryError()
    {
        using var fixture = new KnowledgeSourceFixture();
        var source = fixture.CreateSource();
        var old = source.Current;
        var raised = false;
        source.Changed += (_, _) => raised = true;
        fixture.Folder.ReplaceLine(40, "      source: brom");

        var result = source.Reload();

        Assert.False(result.IsValid);
        Assert.Same(old, source.Current);
        Assert.False(raised);
        var errors = fixture.LoggedAt(LogLevel.Error);
        Assert.Contains(errors, message => message.EndsWith(":40:15: error: facts[0].source.source: no source has the id 'brom'", StringComparison.Ordinal));
        Assert.Contains(errors, message => message.Contains($"still serving knowledge {old.Version}", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_NothingChanged_KeepsTheSameSnapshot()
    {
        using var fixture = new KnowledgeSourceFixture();
        var source = fixture.CreateSource();
        var old = source.Current;

        source.Reload();

        Assert.Same(old, source.Current);
    }
}
