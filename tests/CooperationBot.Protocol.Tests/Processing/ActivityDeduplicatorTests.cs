using CooperationBot.Protocol.Processing;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Protocol.Tests.Processing;

public class ActivityDeduplicatorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));

    private static Activity Message(string id, string conversation = "c1") =>
        new() { Type = "message", Id = id, ChannelId = "msteams", Conversation = new ConversationAccount { Id = conversation } };

    [Fact]
    public void TryRegister_SameIdTwice_SecondIsReplay()
    {
        var dedup = new ActivityDeduplicator(_time, TimeSpan.FromMinutes(10));

        Assert.True(dedup.TryRegister(Message("1")));
        Assert.False(dedup.TryRegister(Message("1")));
    }

    [Fact]
    public void TryRegister_SameIdOtherConversation_IsNew()
    {
        var dedup = new ActivityDeduplicator(_time, TimeSpan.FromMinutes(10));

        Assert.True(dedup.TryRegister(Message("1", "c1")));
        Assert.True(dedup.TryRegister(Message("1", "c2")));
    }

    [Fact]
    public void TryRegister_AfterWindow_IsNewAgain()
    {
        var dedup = new ActivityDeduplicator(_time, TimeSpan.FromMinutes(10));
        dedup.TryRegister(Message("1"));

        _time.Advance(TimeSpan.FromMinutes(11));

        Assert.True(dedup.TryRegister(Message("1")));
    }

    [Fact]
    public void TryRegister_NoId_AlwaysNew()
    {
        var dedup = new ActivityDeduplicator(_time, TimeSpan.FromMinutes(10));

        Assert.True(dedup.TryRegister(new Activity { Type = "message" }));
        Assert.True(dedup.TryRegister(new Activity { Type = "message" }));
    }
}
