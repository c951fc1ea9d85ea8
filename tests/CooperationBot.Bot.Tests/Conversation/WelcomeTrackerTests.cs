using CooperationBot.Bot.Conversation;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Conversation;

public class WelcomeTrackerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void TryStartWelcome_SameConversationTwice_OnlyFirstWelcomes()
    {
        var tracker = new WelcomeTracker(_time);

        Assert.True(tracker.TryStartWelcome("a:1"));
        Assert.False(tracker.TryStartWelcome("a:1"));
        Assert.True(tracker.TryStartWelcome("a:2"));
    }

    [Fact]
    public void TryStartWelcome_AfterWindow_WelcomesAgain()
    {
        var tracker = new WelcomeTracker(_time);
        tracker.TryStartWelcome("a:1");

        _time.Advance(TimeSpan.FromHours(2));

        Assert.True(tracker.TryStartWelcome("a:1"));
    }

    [Fact]
    public void Forget_AfterRemoval_WelcomesAgain()
    {
        var tracker = new WelcomeTracker(_time);
        tracker.TryStartWelcome("a:1");

        tracker.Forget("a:1");

        Assert.True(tracker.TryStartWelcome("a:1"));
    }
}
