using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CooperationBot.Testing.Connector;

namespace CooperationBot.Bot.Tests.Digests.Delivery;

public sealed class FaultInjectingConnectorTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly HttpClient _http = new();

    [Fact]
    public async Task Faults_SameSeedUnderConcurrency_SameCountsEveryRun()
    {
        var options = new FaultInjectionOptions { Seed = 7, ThrottleProbability = 0.1, ServerErrorProbability = 0.1, UnavailableProbability = 0.1 };

        var first = await RunAsync(options);
        var second = await RunAsync(options);

        Assert.Equal(first, second);
        Assert.All(first.Take(3), count => Assert.InRange(count, 5, 40));
        Assert.Equal(200, first.Sum());
    }

    [Fact]
    public async Task Faults_OtherSeed_OtherCounts()
    {
        var first = await RunAsync(new FaultInjectionOptions { Seed = 7, ThrottleProbability = 0.3 });
        var second = await RunAsync(new FaultInjectionOptions { Seed = 8, ThrottleProbability = 0.3 });

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Send_SameKeyTwice_CountsOneDuplicateKey()
    {
        await using var connector = await FaultInjectingConnector.StartAsync();

        await SendAsync(connector, "a:1", "k1");
        await SendAsync(connector, "a:1", "k1");
        await SendAsync(connector, "a:2", "k2");
        await SendAsync(connector, "a:3", null);

        Assert.Equal(4, connector.Deliveries);
        Assert.Equal(2, connector.DistinctKeys);
        Assert.Equal(1, connector.DuplicateKeys);
        Assert.Equal(["k1"], connector.KeysDeliveredMoreThanOnce);
        Assert.Equal(2, connector.DeliveryCount("k1"));
        Assert.Equal(["activity-1", "activity-2", "activity-3", "activity-4"], connector.DeliveryLog.Select(d => d.ActivityId));
    }

    [Fact]
    public async Task FailFirst_TwoServerErrors_ThenAcceptedAndFaultsNotDeliveries()
    {
        await using var connector = await FaultInjectingConnector.StartAsync();
        connector.FailFirst("a:1", 2, ConnectorFault.ServerError);

        var statuses = new[] { await SendAsync(connector, "a:1", "k"), await SendAsync(connector, "a:1", "k"), await SendAsync(connector, "a:1", "k") };

        Assert.Equal([HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.Created], statuses);
        Assert.Equal(1, connector.Deliveries);
        Assert.Equal(2, connector.FaultCount(ConnectorFault.ServerError));
        Assert.Equal(2, connector.TotalFaults);
        Assert.Equal(3, connector.Requests);
    }

    [Theory]
    [InlineData(ConnectorFault.Forbidden, HttpStatusCode.Forbidden, "ConversationBlockedByUser")]
    [InlineData(ConnectorFault.NotFound, HttpStatusCode.NotFound, "ConversationNotFound")]
    public async Task FailAlways_Conversation_EverySendRefusedOthersAccepted(ConnectorFault fault, HttpStatusCode status, string code)
    {
        await using var connector = await FaultInjectingConnector.StartAsync();
        connector.FailAlways("a:gone", fault);

        using var refused = await PostAsync(connector, "v3/conversations/a%3Agone/activities", Activity("k1"));
        using var refusedAgain = await PostAsync(connector, "v3/conversations/a%3Agone/activities", Activity("k1"));
        var other = await SendAsync(connector, "a:other", "k2");

        Assert.Equal(status, refused.StatusCode);
        Assert.Equal(status, refusedAgain.StatusCode);
        Assert.Contains(code, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, other);
        Assert.Equal("a:other", Assert.Single(connector.DeliveryLog).ConversationId);
    }

    [Fact]
    public async Task Throttled_Answer_CarriesConfiguredRetryAfter()
    {
        await using var connector = await FaultInjectingConnector.StartAsync(new FaultInjectionOptions { ThrottleProbability = 1, RetryAfterSeconds = 3 });

        using var response = await PostAsync(connector, "v3/conversations/a%3A1/activities", Activity("k"));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), response.Headers.RetryAfter?.Delta);
        Assert.Equal(0, connector.Deliveries);
    }

    [Fact]
    public async Task Timeout_ClientGivesUp_MessageTakenButNeverAnswered()
    {
        await using var connector = await FaultInjectingConnector.StartAsync(new FaultInjectionOptions { TimeoutProbability = 1 });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };

        await Assert.ThrowsAsync<TaskCanceledException>(
            () => http.PostAsync(new Uri(connector.ServiceUrl + "v3/conversations/a%3A1/activities"), Json(Activity("k"))));

        Assert.Equal(1, connector.FaultCount(ConnectorFault.Timeout));
        Assert.Equal(1, connector.DeliveryCount("k"));
    }

    [Fact]
    public async Task CreateConversation_PersonalChat_AnswersCreatedIdAndRecordsMembers()
    {
        await using var connector = await FaultInjectingConnector.StartAsync();
        var body = new JsonObject
        {
            ["bot"] = new JsonObject { ["id"] = "28:bot" },
            ["members"] = new JsonArray(new JsonObject { ["id"] = "29:user" }),
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "t1" } },
            ["isGroup"] = false,
        };

        using var response = await PostAsync(connector, "v3/conversations", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("a:created-1", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())?["id"]);
        var created = Assert.Single(connector.CreatedConversations);
        Assert.Equal(("a:created-1", "28:bot", "t1"), (created.Id, created.BotId, created.TenantId));
        Assert.Equal(["29:user"], created.MemberIds);
        Assert.Equal(0, connector.Deliveries);
    }

    [Fact]
    public async Task OnDelivered_HookPending_AnswerWaitsForIt()
    {
        await using var connector = await FaultInjectingConnector.StartAsync();
        var hookEntered = new TaskCompletionSource<ConnectorDelivery>(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connector.OnDelivered = delivery =>
        {
            hookEntered.TrySetResult(delivery);
            return release.Task;
        };

        var send = SendAsync(connector, "a:1", "k1");
        var delivery = await hookEntered.Task.WaitAsync(Patience);

        Assert.False(send.IsCompleted);
        Assert.Equal(1, connector.Deliveries);
        release.SetResult();
        Assert.Equal(HttpStatusCode.Created, await send.WaitAsync(Patience));
        Assert.Equal(new ConnectorDelivery(1, "a:1", "k1", "activity-1"), delivery);
    }

    [Fact]
    public async Task PeakConcurrency_FiveHeldAtOnce_IsFive()
    {
        await using var connector = await FaultInjectingConnector.StartAsync();
        var allIn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connector.OnDelivered = _ =>
        {
            if (connector.Deliveries == 5)
            {
                allIn.TrySetResult();
            }

            return allIn.Task;
        };

        var statuses = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => SendAsync(connector, $"a:{i}", $"k{i}"))).WaitAsync(Patience);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Created, status));
        Assert.Equal(5, connector.PeakConcurrency);
    }

    [Fact]
    public async Task StartAsync_ProbabilitiesAboveOne_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => FaultInjectingConnector.StartAsync(new FaultInjectionOptions { ThrottleProbability = 0.6, ServerErrorProbability = 0.6 }));
    }

    public void Dispose() => _http.Dispose();

    /// <summary>200 concurrent sends; the counts of 429, 500, 503 and deliveries.</summary>
    private async Task<int[]> RunAsync(FaultInjectionOptions options)
    {
        await using var connector = await FaultInjectingConnector.StartAsync(options);
        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => SendAsync(connector, $"a:{i % 10}", $"k{i}")));
        return
        [
            connector.FaultCount(ConnectorFault.Throttled),
            connector.FaultCount(ConnectorFault.ServerError),
            connector.FaultCount(ConnectorFault.Unavailable),
            connector.Deliveries,
        ];
    }

    private async Task<HttpStatusCode> SendAsync(FaultInjectingConnector connector, string conversationId, string? digestKey)
    {
        using var response = await PostAsync(connector, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", Activity(digestKey));
        return response.StatusCode;
    }

    private Task<HttpResponseMessage> PostAsync(FaultInjectingConnector connector, string path, JsonObject body) =>
        _http.PostAsync(new Uri(connector.ServiceUrl + path), Json(body));

    private static JsonObject Activity(string? digestKey) => new()
    {
        ["type"] = "message",
        ["text"] = "digest",
        ["channelData"] = digestKey is null ? new JsonObject() : new JsonObject { ["digestKey"] = digestKey },
    };

    private static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");
}
