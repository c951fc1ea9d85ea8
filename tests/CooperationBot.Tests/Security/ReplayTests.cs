using System.Net;

namespace CooperationBot.Tests.Security;

/// <summary>Security case 35: an activity id seen before is acknowledged but not handled again.</summary>
public sealed class ReplayTests
{
    // Case 35
    [Fact]
    public async Task PostActivity_SameActivityIdTwice_HandlerRunsOnce()
    {
        await using var bot = await SecureBot.StartAsync();
        var activity = bot.Message(id: "1485983408511");

        using var first = await bot.PostAsync(activity, bot.Header());
        using var second = await bot.PostAsync(activity, bot.Header());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(bot.Recorder.Turns);
        Assert.Equal(1, bot.Connector.RequestCount);
    }

    // Case 35: the same id posted five times at once still runs one turn.
    [Fact]
    public async Task PostActivity_SameActivityIdConcurrently_HandlerRunsOnce()
    {
        await using var bot = await SecureBot.StartAsync();
        var body = bot.Message(id: "concurrent-1");

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => bot.PostAsync(body, bot.Header())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(bot.Recorder.Turns);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    // Case 35 (control): the id is remembered for the replay window (10 minutes), not for ever, and per conversation.
    [Fact]
    public async Task PostActivity_SameIdAfterWindowOrInOtherConversation_HandledAgain()
    {
        await using var bot = await SecureBot.StartAsync();
        var activity = bot.Message(id: "1485983408511");
        var otherConversation = bot.Message(id: "1485983408511");
        otherConversation["conversation"]!["id"] = "a:personal-chat-2";

        await bot.AssertAcceptedAsync(activity, bot.Header());
        await bot.AssertAcceptedAsync(otherConversation, bot.Header());
        bot.Clock.Advance(TimeSpan.FromMinutes(11));
        await bot.AssertAcceptedAsync(activity, bot.Header());

        Assert.Equal(3, bot.Recorder.Turns.Count);
    }
}
