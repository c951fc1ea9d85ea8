using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Host.Configuration;
using CooperationBot.Host.Health;
using CooperationBot.Host.Identity;
using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Connector;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Tests.Security;

/// <summary>
/// <c>MicrosoftAppType=UserAssignedMSI</c>: the connector token from a loopback App Service identity endpoint
/// (<c>IDENTITY_ENDPOINT</c>, <c>IDENTITY_HEADER</c>) through Azure.Identity's ManagedIdentityCredential. Azure.Identity
/// reads those from the process environment, so these tests run alone. Each test uses its own client id, so no token
/// cached inside Azure.Identity for another test is served.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class ManagedIdentityTests
{
    private const string Resource = "https://api.botframework.com";

    private static string NewClientId() => Guid.NewGuid().ToString();

    private static CredentialAccessTokenProvider Provider(string clientId, TimeProvider time, FakeLogCollector? logs = null) => new(
        ConnectorCredentialFactory.CreateManagedIdentity(new BotCredentialsOptions
        {
            MicrosoftAppType = BotCredentialsOptions.UserAssignedMsi,
            MicrosoftAppId = clientId,
            MicrosoftAppTenantId = Activities.TenantId,
        }),
        clientId,
        time,
        logs is null ? NullLogger<CredentialAccessTokenProvider>.Instance : new FakeLogger<CredentialAccessTokenProvider>(logs));

    private static Task<SecureBot> StartBotAsync(string clientId) => SecureBot.StartAsync(o =>
    {
        o.Settings["MicrosoftAppType"] = BotCredentialsOptions.UserAssignedMsi;
        o.Settings["MicrosoftAppId"] = clientId;
        o.Settings["MicrosoftAppPassword"] = null;
        o.Settings["MicrosoftAppTenantId"] = Activities.TenantId;
    });

    private static async Task<(HttpStatusCode Status, Dictionary<string, (string Status, string Description)> Checks)> ReadyAsync(SecureBot bot)
    {
        using var response = await bot.Host.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var checks = body["checks"]!.AsArray().ToDictionary(
            check => (string)check!["name"]!, check => ((string)check!["status"]!, (string?)check!["description"] ?? ""));
        return (response.StatusCode, checks);
    }

    [Fact]
    public async Task GetAccessToken_AppServiceEndpoint_AsksForTheConnectorResourceAndClientIdWithTheHeader()
    {
        await using var identity = await LoopbackManagedIdentityServer.StartAsync();
        using var environment = new EnvironmentScope(identity.Environment);
        var clientId = NewClientId();
        var logs = new FakeLogCollector();
        var provider = Provider(clientId, new FakeTimeProvider(DateTimeOffset.UtcNow), logs);

        var token = await provider.GetAccessTokenAsync(CancellationToken.None);

        Assert.Equal(LoopbackManagedIdentityServer.TokenNumber(1), token);
        var request = Assert.Single(identity.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/msi/token", request.RawPath);
        Assert.Equal(identity.Secret, request.Headers[LoopbackManagedIdentityServer.HeaderName]);
        var query = LoopbackManagedIdentityServer.Query(request);
        Assert.Equal(Resource, query["resource"]);
        Assert.Equal(clientId, query["client_id"]);
        Assert.Equal("2019-08-01", query["api-version"]);
        Assert.All(logs.GetSnapshot(), record => Assert.DoesNotContain(token, record.Message, StringComparison.Ordinal));
        Assert.Contains(logs.GetSnapshot(), record => record.Id.Id == 5201);
    }

    [Fact]
    public async Task GetAccessToken_ConcurrentAndRepeatedCalls_OneRequestWhileTheTokenIsFresh()
    {
        await using var identity = await LoopbackManagedIdentityServer.StartAsync();
        using var environment = new EnvironmentScope(identity.Environment);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var provider = Provider(NewClientId(), time);

        var tokens = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => provider.GetAccessTokenAsync(CancellationToken.None)));
        time.Advance(TimeSpan.FromMinutes(50));
        var later = await provider.GetAccessTokenAsync(CancellationToken.None);

        Assert.All(tokens, token => Assert.Equal(LoopbackManagedIdentityServer.TokenNumber(1), token));
        Assert.Equal(LoopbackManagedIdentityServer.TokenNumber(1), later);
        Assert.Equal(1, identity.RequestCount);
    }

    [Fact]
    public async Task GetAccessToken_NearExpiry_RefreshesBeforeTheTokenRunsOut()
    {
        await using var identity = await LoopbackManagedIdentityServer.StartAsync();
        using var environment = new EnvironmentScope(identity.Environment);

        // Four minutes: refreshed after two (half its lifetime, as it is shorter than the five-minute margin).
        identity.ExpiresIn = TimeSpan.FromMinutes(4);
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var provider = Provider(NewClientId(), time);

        var first = await provider.GetAccessTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(100));
        var stillFirst = await provider.GetAccessTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(30));
        var refreshed = await provider.GetAccessTokenAsync(CancellationToken.None);

        Assert.Equal(LoopbackManagedIdentityServer.TokenNumber(1), first);
        Assert.Equal(first, stillFirst);
        Assert.Equal(LoopbackManagedIdentityServer.TokenNumber(2), refreshed);
        Assert.Equal(2, identity.RequestCount);
    }

    [Fact]
    public async Task GetAccessToken_EndpointFails_AccessTokenExceptionWithoutTheHeaderSecret()
    {
        await using var identity = await LoopbackManagedIdentityServer.StartAsync();
        using var environment = new EnvironmentScope(identity.Environment);
        identity.Enqueue([.. Enumerable.Repeat(ScriptedResponse.Json(500, """{"error":"boom"}"""), 10)]);
        var provider = Provider(NewClientId(), new FakeTimeProvider(DateTimeOffset.UtcNow));

        var exception = await Assert.ThrowsAsync<AccessTokenException>(() => provider.GetAccessTokenAsync(CancellationToken.None));

        Assert.Contains("ManagedIdentityCredential", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(identity.Secret, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_UserAssignedMsi_StartsReadyAndRepliesWithTheIdentityToken()
    {
        await using var identity = await LoopbackManagedIdentityServer.StartAsync();
        using var environment = new EnvironmentScope(identity.Environment);
        var clientId = NewClientId();
        await using var bot = await StartBotAsync(clientId);

        var (status, checks) = await ReadyAsync(bot);
        await bot.AssertAcceptedAsync(bot.Message(), bot.Header(t => t.Audience = clientId));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", checks[ConnectorTokenHealthCheck.Name].Status);
        Assert.Equal("Bearer " + LoopbackManagedIdentityServer.TokenNumber(1), Assert.Single(bot.Connector.Requests).Authorization);
        var request = Assert.Single(identity.Requests);
        Assert.Equal(clientId, LoopbackManagedIdentityServer.Query(request)["client_id"]);
        Assert.Equal(Resource, LoopbackManagedIdentityServer.Query(request)["resource"]);
        Assert.Equal(0, bot.TokenServer.RequestCount);
    }

    [Fact]
    public async Task Readyz_IdentityEndpointFails_Answers503WithThePlainReasonAndRechecksOnlyLater()
    {
        await using var identity = await LoopbackManagedIdentityServer.StartAsync();
        using var environment = new EnvironmentScope(identity.Environment);
        identity.Enqueue([.. Enumerable.Repeat(ScriptedResponse.Json(500, """{"error":"boom"}"""), 50)]);
        await using var bot = await StartBotAsync(NewClientId());

        // Azure.Identity retries a 500 with pauses, longer than one probe may take: the first probes may say it is under way.
        var (status, checks) = await ReadyAsync(bot);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!checks[ConnectorTokenHealthCheck.Name].Description.StartsWith("No connector token", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("A connector token has been requested and has not come yet.", checks[ConnectorTokenHealthCheck.Name].Description);
            await Task.Delay(200);
            (status, checks) = await ReadyAsync(bot);
        }

        var requestsAfterTheFailure = identity.RequestCount;
        var (againStatus, _) = await ReadyAsync(bot);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var (checkStatus, description) = checks[ConnectorTokenHealthCheck.Name];
        Assert.Equal("Unhealthy", checkStatus);
        Assert.StartsWith("No connector token can be obtained: No connector token from ManagedIdentityCredential", description, StringComparison.Ordinal);
        Assert.DoesNotContain(identity.Secret, description, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, againStatus);
        Assert.True(requestsAfterTheFailure > 0);
        Assert.Equal(requestsAfterTheFailure, identity.RequestCount);

        bot.Clock.Advance(ConnectorTokenHealthCheck.RecheckAfter);
        await ReadyAsync(bot);
        await identity.WaitForRequestsAsync(requestsAfterTheFailure + 1, TimeSpan.FromSeconds(10));
    }
}
