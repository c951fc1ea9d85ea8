using CooperationBot.Protocol.Proactive;

namespace CooperationBot.Protocol.Tests.Proactive;

public class SendHistoryTests
{
    [Fact]
    public void ReadyAt_FewerSendsThanLimit_Immediately()
    {
        var history = new SendHistory(60);
        history.Add(5);

        Assert.Equal(long.MinValue, history.ReadyAt(2, 100));
    }

    [Fact]
    public void ReadyAt_AfterGrowingAndWrapping_UsesNthLatestSend()
    {
        var history = new SendHistory(10);
        for (var time = 1; time <= 25; time++)
        {
            history.Add(time);
        }

        Assert.Equal(25, history.Last);
        Assert.Equal(25 + 100, history.ReadyAt(1, 100));
        Assert.Equal(19 + 100, history.ReadyAt(7, 100));
        Assert.Equal(16 + 100, history.ReadyAt(10, 100));
    }
}
