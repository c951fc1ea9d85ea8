using System.Globalization;
using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Connector;

namespace CooperationBot.Protocol.Tests.Connector;

public sealed class ConnectorClientRetryTests
{
    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfterSeconds_WaitsThenSucceeds()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Error(429, "Throttled").WithHeader("Retry-After", "7"));
        var time = new InstantDelayTimeProvider();

        var response = await ConnectorTestParts.Client(timeProvider: time).SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default);

        Assert.Equal("activity-2", response?.Id);
        Assert.Equal([TimeSpan.FromSeconds(7)], time.Delays);
    }

    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfterDate_WaitsUntilDateThenSucceeds()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        var time = new InstantDelayTimeProvider();
        var date = time.GetUtcNow().AddSeconds(12).ToString("r", CultureInfo.InvariantCulture);
        connector.Enqueue(ScriptedResponse.Status(429).WithHeader("Retry-After", date));

        var response = await ConnectorTestParts.Client(timeProvider: time).SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default);

        Assert.Equal("activity-2", response?.Id);
        Assert.Equal([TimeSpan.FromSeconds(12)], time.Delays);
    }

    [Fact]
    public async Task SendToConversationAsync_429WithLongRetryAfter_WaitIsCapped()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Status(429).WithHeader("Retry-After", "3600"));
        var time = new InstantDelayTimeProvider();
        var options = new ConnectorOptions { MaxRetryAfter = TimeSpan.FromSeconds(20) };

        await ConnectorTestParts.Client(timeProvider: time, options: options).SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default);

        Assert.Equal([TimeSpan.FromSeconds(20)], time.Delays);
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task SendToConversationAsync_TransientErrors_BacksOffExponentiallyThenSucceeds(int status)
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Status(status), ScriptedResponse.Status(status));
        var time = new InstantDelayTimeProvider();
        var options = new ConnectorOptions { BaseRetryDelay = TimeSpan.FromSeconds(1) };

        var response = await ConnectorTestParts.Client(timeProvider: time, options: options).SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default);

        Assert.Equal("activity-3", response?.Id);
        Assert.Collection(
            time.Delays,
            first => Assert.InRange(first, TimeSpan.FromSeconds(0.8), TimeSpan.FromSeconds(1.2)),
            second => Assert.InRange(second, TimeSpan.FromSeconds(1.6), TimeSpan.FromSeconds(2.4)));
    }

    [Fact]
    public async Task SendToConversationAsync_TransientErrorPersists_ThrowsAfterMaxRetries()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(Enumerable.Repeat(ScriptedResponse.Status(503), 10).ToArray());
        var time = new InstantDelayTimeProvider();
        var options = new ConnectorOptions { MaxRetries = 2 };

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => ConnectorTestParts.Client(timeProvider: time, options: options).SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, connector.RequestCount);
        Assert.Equal(2, time.Delays.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_ThrottledUntilRetriesRunOut_ThrowsThrottled()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(Enumerable.Repeat(ScriptedResponse.Error(429, "Throttled").WithHeader("Retry-After", "1"), 10).ToArray());
        var options = new ConnectorOptions { MaxRetries = 3 };

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => ConnectorTestParts.Client(options: options).SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Equal(4, connector.RequestCount);
    }

    [Fact]
    public async Task SendToConversationAsync_ThrottledWithLongRetryAfter_ExceptionCarriesUncappedRetryAfter()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(Enumerable.Repeat(ScriptedResponse.Error(429, "Throttled").WithHeader("Retry-After", "90"), 3).ToArray());
        var options = new ConnectorOptions { MaxRetries = 2, MaxRetryAfter = TimeSpan.FromSeconds(5) };

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => ConnectorTestParts.Client(options: options).SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default));

        Assert.Equal(TimeSpan.FromSeconds(90), error.RetryAfter);
    }

    [Fact]
    public async Task SendToConversationAsync_FailureWithoutRetryAfter_ExceptionHasNoRetryAfter()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Error(500, "InternalServerError"));

        var error = await Assert.ThrowsAsync<ConnectorException>(
            () => ConnectorTestParts.Client().SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message(), default));

        Assert.Null(error.RetryAfter);
    }

    [Fact]
    public async Task SendToConversationAsync_RetryWithTokenProvider_ResendsBodyAndToken()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        await using var connector = await LoopbackConnectorServer.StartAsync();
        connector.Enqueue(ScriptedResponse.Status(502));
        var client = ConnectorTestParts.ClientTrustingLoopback(tokens, new InstantDelayTimeProvider());

        await client.SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message("Opnieuw"), default);

        Assert.Equal(2, connector.RequestCount);
        Assert.Equal(connector.Requests[0].Body, connector.Requests[1].Body);
        Assert.All(connector.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
    }
}
