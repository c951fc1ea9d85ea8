using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Connector;
using Microsoft.Extensions.Logging.Testing;

namespace CooperationBot.Protocol.Tests.Connector;

/// <summary>Security case 28: the secret and the token never reach a log.</summary>
public sealed class ConnectorLoggingTests
{
    [Fact]
    public async Task Logs_TokenAcquiredUsedAndRefused_ContainNoSecretTokenOrText()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        await using var connector = await LoopbackConnectorServer.StartAsync();
        var collector = new FakeLogCollector();
        var provider = ConnectorTestParts.TokenProvider(
            tokens, logger: new FakeLogger<ClientCredentialsTokenProvider>(collector));
        var client = ConnectorTestParts.Client(
            provider, new InstantDelayTimeProvider(), policy: LoopbackServiceUrlPolicy.Create(), logger: new FakeLogger<ConnectorClient>(collector));
        connector.Enqueue(ScriptedResponse.Status(503), ScriptedResponse.Error(403, "ConversationBlockedByUser"));

        await Assert.ThrowsAsync<ConnectorException>(
            () => client.SendToConversationAsync(connector.ServiceUrl, "c1", ConnectorTestParts.Message("geheime vraag"), default));
        var refusingTokens = ConnectorTestParts.TokenProvider(
            tokens, logger: new FakeLogger<ClientCredentialsTokenProvider>(collector));
        tokens.Enqueue(ScriptedResponse.Json(401, """{"error":"invalid_client"}"""));
        await Assert.ThrowsAsync<AccessTokenException>(() => refusingTokens.GetAccessTokenAsync(default));

        var records = collector.GetSnapshot();
        Assert.True(records.Count >= 4, $"expected the token, retry, failure and refusal logs, got {records.Count}");
        foreach (var record in records)
        {
            var everything = record.Message + " " + string.Join(" ", record.StructuredState?.Select(p => p.Value) ?? []) + " " + record.Exception;
            Assert.DoesNotContain(ConnectorTestParts.Secret, everything, StringComparison.Ordinal);
            Assert.DoesNotContain("token-1", everything, StringComparison.Ordinal);
            Assert.DoesNotContain("geheime vraag", everything, StringComparison.Ordinal);
        }
    }
}
