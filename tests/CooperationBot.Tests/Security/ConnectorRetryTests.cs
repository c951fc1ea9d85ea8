using System.Net;
using CooperationBot.Testing.Connector;

namespace CooperationBot.Tests.Security;

/// <summary>
/// Security case 34: how a reply reacts to the connector's throttling and errors, through the real host. The
/// connector client's waits run on an <see cref="InstantDelayTimeProvider"/>, which records how long it meant to wait.
/// </summary>
public sealed class ConnectorRetryTests
{
    private const int ConnectorCallFailedEvent = 1002;
    private const int ThrottledNoNoticeEvent = 108;

    // Case 34: 429 with Retry-After is waited out exactly, then the reply goes through (201).
    [Fact]
    public async Task PostActivity_ConnectorThrottlesWithRetryAfter_WaitsThatLongAndRetries()
    {
        var connectorClock = new InstantDelayTimeProvider();
        await using var bot = await SecureBot.StartAsync(o => o.ConnectorClock = connectorClock);
        bot.Connector.Enqueue(
            ScriptedResponse.Error(429, "Throttled").WithHeader("Retry-After", "3"),
            ScriptedResponse.ActivityId("reply-1", 201));

        await bot.AssertAcceptedAsync(bot.Message(), bot.Header());

        Assert.Equal([TimeSpan.FromSeconds(3)], connectorClock.Delays);
        var requests = bot.Connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(requests[0].RawTarget, requests[1].RawTarget);
        Assert.Equal(requests[0].Body, requests[1].Body);
    }

    // Case 34: 412 and 5xx are retried with a growing, jittered backoff (1 s, then 2 s, ±20 %).
    [Theory]
    [InlineData(412, 502)]
    [InlineData(503, 504)]
    public async Task PostActivity_ConnectorFailsTransiently_RetriesWithExponentialBackoff(int firstStatus, int secondStatus)
    {
        var connectorClock = new InstantDelayTimeProvider();
        await using var bot = await SecureBot.StartAsync(o => o.ConnectorClock = connectorClock);
        bot.Connector.Enqueue(ScriptedResponse.Status(firstStatus), ScriptedResponse.Status(secondStatus));

        await bot.AssertAcceptedAsync(bot.Message(), bot.Header());

        Assert.Equal(3, bot.Connector.RequestCount);
        var delays = connectorClock.Delays;
        Assert.Equal(2, delays.Count);
        Assert.InRange(delays[0].TotalSeconds, 0.8, 1.2);
        Assert.InRange(delays[1].TotalSeconds, 1.6, 2.4);
    }

    // Case 34: 403 and 404 mean the conversation is gone: one call, no retry, no second write of any kind.
    [Theory]
    [InlineData(403, "ConversationBlockedByUser")]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(404, "ConversationNotFound")]
    public async Task PostActivity_ConnectorSaysConversationGone_NoRetry(int status, string code)
    {
        var connectorClock = new InstantDelayTimeProvider();
        await using var bot = await SecureBot.StartAsync(o => o.ConnectorClock = connectorClock);
        bot.Connector.Enqueue(ScriptedResponse.Error(status, code));

        using var response = await bot.PostAsync(bot.Message(), bot.Header());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, bot.Connector.RequestCount);
        Assert.Empty(connectorClock.Delays);
        Assert.True(bot.Logged(ConnectorCallFailedEvent), "the failure is logged");
    }

    // Issue 19: a reply's Retry-After is followed up to the reply cap (2 minutes by default, Bot:ReplyMaxRetryAfterSeconds).
    [Theory]
    [InlineData(null, "60", 60)]
    [InlineData(null, "300", 120)]
    [InlineData("45", "60", 45)]
    public async Task PostActivity_ConnectorAsksForALongWait_WaitsUpToTheReplyCap(string? cap, string retryAfter, int waitedSeconds)
    {
        var connectorClock = new InstantDelayTimeProvider();
        await using var bot = await SecureBot.StartAsync(o =>
        {
            o.ConnectorClock = connectorClock;
            if (cap is not null)
            {
                o.Settings["Bot:ReplyMaxRetryAfterSeconds"] = cap;
            }
        });
        bot.Connector.Enqueue(
            ScriptedResponse.Error(429, "Throttled").WithHeader("Retry-After", retryAfter),
            ScriptedResponse.ActivityId("reply-1", 201));

        await bot.AssertAcceptedAsync(bot.Message(), bot.Header());

        Assert.Equal([TimeSpan.FromSeconds(waitedSeconds)], connectorClock.Delays);
        Assert.Equal(2, bot.Connector.RequestCount);
    }

    // Issue 19: a reply that stays throttled after its retries is recorded, and no error notice goes into that conversation.
    [Fact]
    public async Task PostActivity_ConnectorKeepsThrottling_NoErrorNoticeIntoTheConversation()
    {
        var connectorClock = new InstantDelayTimeProvider();
        await using var bot = await SecureBot.StartAsync(o => o.ConnectorClock = connectorClock);
        bot.Connector.Enqueue(
            ScriptedResponse.Error(429, "Throttled"),
            ScriptedResponse.Error(429, "Throttled"),
            ScriptedResponse.Error(429, "Throttled"),
            ScriptedResponse.Error(429, "Throttled"));

        await bot.AssertAcceptedAsync(bot.Message(), bot.Header());

        Assert.Equal(4, bot.Connector.RequestCount);
        Assert.All(bot.Connector.Requests, request => Assert.Contains(TurnRecorder.ReplyText, request.Body, StringComparison.Ordinal));
        Assert.True(bot.Logged(ThrottledNoNoticeEvent), "the throttled turn is recorded");
    }
}
