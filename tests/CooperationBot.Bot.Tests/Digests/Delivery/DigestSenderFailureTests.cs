using CooperationBot.Bot.Digests.Delivery;
using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Connector;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static CooperationBot.Bot.Tests.Digests.Delivery.DeliveryTestParts;

namespace CooperationBot.Bot.Tests.Digests.Delivery;

public sealed class DigestSenderFailureTests
{
    [Theory]
    [InlineData(ConnectorFault.Forbidden, 403)]
    [InlineData(ConnectorFault.NotFound, 404)]
    public async Task SendAsync_ConversationRefused_ConversationGoneWithoutRetry(ConnectorFault fault, int status)
    {
        await using var connector = await FaultInjectingConnector.StartAsync();
        connector.FailAlways(ChatId, fault);

        var result = await Sender(Client(maxRetries: 3)).SendAsync(Entry(), Personal(connector.ServiceUrl), default);

        Assert.Equal(DigestSendOutcome.ConversationGone, result.Outcome);
        Assert.Equal(status, result.Status);
        Assert.Equal(1, connector.Requests);
        Assert.Equal(0, connector.Deliveries);
    }

    [Theory]
    [InlineData(40, 40)]
    [InlineData(900, 300)]
    public async Task SendAsync_ThrottledBeyondClientRetries_RetryAtHonoursRetryAfterUpToMaxDelay(int retryAfterSeconds, int expectedSeconds)
    {
        await using var connector = await FaultInjectingConnector.StartAsync(new FaultInjectionOptions { RetryAfterSeconds = retryAfterSeconds });
        connector.FailFirst(ChatId, 10, ConnectorFault.Throttled);

        var result = await Sender(Client(maxRetries: 1)).SendAsync(Entry(), Personal(connector.ServiceUrl), default);

        Assert.Equal(DigestSendOutcome.RetryAt, result.Outcome);
        Assert.Equal(429, result.Status);
        Assert.Equal(Now.AddSeconds(expectedSeconds), result.NextAttemptAt);
        Assert.Equal(2, connector.Requests);
        Assert.Equal(2, connector.FaultCount(ConnectorFault.Throttled));
    }

    [Theory]
    [InlineData(1, 4, 6)]
    [InlineData(2, 8, 12)]
    [InlineData(3, 16, 24)]
    [InlineData(4, 32, 48)]
    public async Task SendAsync_ServerError_RetryAtGrowsWithAttempts(int attempts, int minSeconds, int maxSeconds)
    {
        await using var connector = await FaultInjectingConnector.StartAsync();
        connector.FailAlways(ChatId, ConnectorFault.ServerError);

        var result = await Sender().SendAsync(Entry(attempts), Personal(connector.ServiceUrl), default);

        Assert.Equal(DigestSendOutcome.RetryAt, result.Outcome);
        Assert.Equal(500, result.Status);
        Assert.InRange(result.NextAttemptAt!.Value - Now, TimeSpan.FromSeconds(minSeconds), TimeSpan.FromSeconds(maxSeconds));
        Assert.Equal(1, connector.Requests);
    }

    [Fact]
    public async Task SendAsync_BackoffLongerThanMaxDelay_WaitsMaxDelay()
    {
        await using var connector = await FaultInjectingConnector.StartAsync();
        connector.FailAlways(ChatId, ConnectorFault.Unavailable);
        var options = new DigestDeliveryOptions { MaxAttempts = 10, MaxDelay = TimeSpan.FromSeconds(30) };

        var result = await Sender(Client(maxRetries: 0), options).SendAsync(Entry(attempts: 5), Personal(connector.ServiceUrl), default);

        Assert.Equal(Now.AddSeconds(30), result.NextAttemptAt);
        Assert.Equal(503, result.Status);
    }

    [Fact]
    public async Task SendAsync_TransientFailureOnLastAttempt_FailedGivingUp()
    {
        await using var connector = await FaultInjectingConnector.StartAsync();
        connector.FailAlways(ChatId, ConnectorFault.Unavailable);

        var result = await Sender(Client(maxRetries: 2)).SendAsync(Entry(attempts: 6), Personal(connector.ServiceUrl), default);

        Assert.Equal(DigestSendOutcome.Failed, result.Outcome);
        Assert.Equal(503, result.Status);
        Assert.StartsWith("Gave up after 6 attempts: ", result.Reason, StringComparison.Ordinal);
        Assert.Equal(3, connector.Requests);
    }

    [Fact]
    public async Task SendAsync_ConnectorHoldsTheAnswer_InDoubtAfterClientTimeoutNotRetried()
    {
        await using var connector = await FaultInjectingConnector.StartAsync(new FaultInjectionOptions { TimeoutProbability = 1 });

        // The connector holds the answer for good, so a longer timeout costs only time; at 500 ms a loaded machine's client
        // gave up before the connector had read the message.
        var result = await Sender(Client(timeout: TimeSpan.FromSeconds(3))).SendAsync(Entry(), Personal(connector.ServiceUrl), default);

        Assert.Equal(DigestSendOutcome.InDoubt, result.Outcome);
        Assert.Equal(0, result.Status);
        Assert.Contains("may have arrived", result.Reason, StringComparison.Ordinal);
        Assert.Equal(1, connector.FaultCount(ConnectorFault.Timeout));
        Assert.Equal(1, connector.Deliveries);
    }

    [Fact]
    public async Task SendAsync_CallerCancels_ThrowsInsteadOfRescheduling()
    {
        await using var connector = await FaultInjectingConnector.StartAsync(new FaultInjectionOptions { TimeoutProbability = 1 });
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Sender().SendAsync(Entry(), Personal(connector.ServiceUrl), cancellation.Token));
    }

    [Fact]
    public async Task SendAsync_NothingListening_RetryAtWithoutStatus()
    {
        var connector = await FaultInjectingConnector.StartAsync();
        var serviceUrl = connector.ServiceUrl;
        await connector.DisposeAsync();

        var result = await Sender().SendAsync(Entry(), Personal(serviceUrl), default);

        Assert.Equal(DigestSendOutcome.RetryAt, result.Outcome);
        Assert.Equal(0, result.Status);
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(401, "Unauthorized")]
    [InlineData(413, "MessageSizeTooBig")]
    public async Task SendAsync_PermanentError_FailedWithStatus(int status, string code)
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Error(status, code));

        var result = await Sender().SendAsync(Entry(), Personal(connector.ServiceUrl), default);

        Assert.Equal(DigestSendOutcome.Failed, result.Outcome);
        Assert.Equal(status, result.Status);
        Assert.Contains(code, result.Reason, StringComparison.Ordinal);
        Assert.Equal(1, connector.RequestCount);
    }

    [Fact]
    public async Task SendAsync_UntrustedServiceUrlWithToken_FailedWithoutRequest()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        await using var connector = await FaultInjectingConnector.StartAsync();
        var credentials = new ClientCredentialsOptions { AppId = "app", AppPassword = "secret", AuthorityHost = tokens.AuthorityHost };
        var tokenProvider = new ClientCredentialsTokenProvider(
            new HttpClient(tokens.CreateTrustingHandler()), Options.Create(credentials), TimeProvider.System, NullLogger<ClientCredentialsTokenProvider>.Instance);
        var client = new ConnectorClient(
            new HttpClient(ConnectorHttpHandler.CreatePrimaryHandler()), tokenProvider, Options.Create(new ConnectorOptions()),
            TimeProvider.System, NullLogger<ConnectorClient>.Instance);

        var result = await Sender(client).SendAsync(Entry(), Personal(connector.ServiceUrl), default);

        Assert.Equal(DigestSendOutcome.Failed, result.Outcome);
        Assert.Equal(0, connector.Requests);
        Assert.Equal(0, tokens.RequestCount);
    }
}
