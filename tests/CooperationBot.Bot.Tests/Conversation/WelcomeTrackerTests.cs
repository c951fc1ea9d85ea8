using CooperationBot.Bot.Conversation;
using CooperationBot.Bot.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Conversation;

/// <summary>The welcome decided in the store (a real SQLite file): once per conversation, across trackers.</summary>
public sealed class WelcomeTrackerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
    private readonly SqliteStoreBackend _backend = new();

    public Task InitializeAsync() => _backend.InitializeAsync();

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    private WelcomeTracker Tracker() => new(_backend.CreateDigestStore(_time), _time);

    [Fact]
    public async Task TryStartWelcome_SameConversationTwice_OnlyFirstWelcomes()
    {
        var tracker = Tracker();

        Assert.True(await tracker.TryStartWelcomeAsync("a:1", default));
        Assert.False(await tracker.TryStartWelcomeAsync("a:1", default));
        Assert.True(await tracker.TryStartWelcomeAsync("a:2", default));
    }

    [Fact]
    public async Task TryStartWelcome_TwoTrackersOnOneStore_OnlyOneWelcomes()
    {
        Assert.True(await Tracker().TryStartWelcomeAsync("a:1", default));
        Assert.False(await Tracker().TryStartWelcomeAsync("a:1", default));
    }

    [Fact]
    public async Task TryStartWelcome_AfterWindow_WelcomesAgain()
    {
        var tracker = Tracker();
        await tracker.TryStartWelcomeAsync("a:1", default);

        _time.Advance(TimeSpan.FromHours(2));

        Assert.True(await tracker.TryStartWelcomeAsync("a:1", default));
    }

    [Fact]
    public async Task Forget_AfterRemoval_WelcomesAgain()
    {
        var tracker = Tracker();
        await tracker.TryStartWelcomeAsync("a:1", default);

        await tracker.ForgetAsync("a:1", default);

        Assert.True(await tracker.TryStartWelcomeAsync("a:1", default));
    }
}
