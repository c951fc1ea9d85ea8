using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Tests.Knowledge.Hosting;

public sealed class KnowledgeFileWatcherTests
{
    [Fact]
    public async Task Edits_ValidThenBrokenThenFixed_ServeOnlyValidSnapshots()
    {
        using var fixture = new KnowledgeSourceFixture();
        var source = fixture.CreateSource();
        fixture.Watch(source);
        var first = source.Current;

        // A valid edit: noticed, reloaded after the quiet period.
        var noticed = fixture.NextChangeNoticed();
        fixture.Folder.ReplaceLine(23, "    name: Jansen-de Wit");
        await noticed;
        fixture.Time.Advance(fixture.Options.ReloadDelay);
        var second = source.Current;
        Assert.NotEqual(first.Version, second.Version);
        Assert.Equal("Jansen-de Wit", second.Knowledge.People[1].Name);

        // A broken edit: logged, the last valid snapshot keeps serving.
        noticed = fixture.NextChangeNoticed();
        fixture.Folder.ReplaceLine(41, "      paragraph: 0");
        await noticed;
        fixture.Time.Advance(fixture.Options.ReloadDelay);
        Assert.Same(second, source.Current);
        Assert.Contains(fixture.LoggedAt(LogLevel.Error), message => message.EndsWith(":41:18: error: facts[0].source.paragraph: must be a whole number of 1 or more", StringComparison.Ordinal));

        // The fix: served again.
        noticed = fixture.NextChangeNoticed();
        fixture.Folder.ReplaceLine(41, "      paragraph: 2 # fixed");
        await noticed;
        fixture.Time.Advance(fixture.Options.ReloadDelay);
        Assert.True(source.LastAttempt.IsValid);
        Assert.Equal(source.LastAttempt.Version, source.Current.Version);
        Assert.NotEqual(second.Version, source.Current.Version);
    }

    [Fact]
    public async Task SourceTextEdit_IsWatchedToo()
    {
        using var fixture = new KnowledgeSourceFixture();
        var source = fixture.CreateSource();
        fixture.Watch(source);
        var first = source.Current;

        var noticed = fixture.NextChangeNoticed();
        File.AppendAllText(Path.Combine(fixture.Folder.Root, "sources", "bron.txt"), "\nEen nieuwe alinea.\n");
        Assert.EndsWith("bron.txt", await noticed, StringComparison.Ordinal);
        fixture.Time.Advance(fixture.Options.ReloadDelay);

        Assert.NotEqual(first.Version, source.Current.Version);
    }

    [Fact]
    public void HashCheck_ChangeWithoutNotification_ReloadsOnTheNextCheck()
    {
        using var fixture = new KnowledgeSourceFixture(reloadDelay: TimeSpan.FromMinutes(1), hashCheckInterval: TimeSpan.FromSeconds(5));
        var source = fixture.CreateSource();
        fixture.Watch(source);
        var first = source.Current;
        fixture.Folder.ReplaceLine(23, "    name: Jansen-de Wit");

        fixture.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Same(first, source.Current);
        fixture.Time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("Jansen-de Wit", source.Current.Knowledge.People[1].Name);
    }

    [Fact]
    public void HashCheck_BrokenFileUnchanged_IsLoggedOnlyOnce()
    {
        using var fixture = new KnowledgeSourceFixture(reloadDelay: TimeSpan.FromMinutes(1), hashCheckInterval: TimeSpan.FromSeconds(5));
        var source = fixture.CreateSource();
        fixture.Watch(source);
        fixture.Folder.ReplaceLine(40, "      source: brom");

        fixture.Time.Advance(TimeSpan.FromSeconds(5));
        fixture.Time.Advance(TimeSpan.FromSeconds(5));
        fixture.Time.Advance(TimeSpan.FromSeconds(5));

        Assert.Single(fixture.LoggedAt(LogLevel.Error), message => message.Contains("no source has the id 'brom'", StringComparison.Ordinal));
    }
}
