using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Connector;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Protocol.Tests.Connector;

public sealed class ClientCredentialsTokenProviderTests
{
    [Fact]
    public async Task GetAccessTokenAsync_FirstCall_PostsExactClientCredentialsRequest()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        var provider = ConnectorTestParts.TokenProvider(tokens.TokenEndpoint());

        var token = await provider.GetAccessTokenAsync(default);

        Assert.Equal("token-1", token);
        var request = Assert.Single(tokens.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.RawTarget);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Null(request.Authorization);
        var expectedBody = "grant_type=client_credentials"
            + "&client_id=" + ConnectorTestParts.AppId
            + "&client_secret=" + Uri.EscapeDataString(ConnectorTestParts.Secret)
            + "&scope=https%3A%2F%2Fapi.botframework.com%2F.default";
        Assert.Equal(expectedBody, request.Body);
        Assert.Equal(ConnectorTestParts.Secret, request.Form()["client_secret"]);
    }

    [Fact]
    public async Task GetAccessTokenAsync_SecondCall_UsesCache()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        var provider = ConnectorTestParts.TokenProvider(tokens.TokenEndpoint());

        var first = await provider.GetAccessTokenAsync(default);
        var second = await provider.GetAccessTokenAsync(default);

        Assert.Equal(first, second);
        Assert.Equal(1, tokens.RequestCount);
    }

    [Fact]
    public async Task GetAccessTokenAsync_TwentyConcurrentCallers_OneTokenRequest()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        tokens.HoldUntil = release.Task;
        var provider = ConnectorTestParts.TokenProvider(tokens.TokenEndpoint());

        var callers = Enumerable.Range(0, 20).Select(_ => Task.Run(() => provider.GetAccessTokenAsync(default))).ToArray();
        await tokens.WaitForRequestsAsync(1, TimeSpan.FromSeconds(10));
        release.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.All(results, token => Assert.Equal("token-1", token));
        Assert.Equal(1, tokens.RequestCount);
    }

    [Fact]
    public async Task GetAccessTokenAsync_FiveMinutesBeforeExpiry_RefreshesOnce()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var provider = ConnectorTestParts.TokenProvider(tokens.TokenEndpoint(), time);

        Assert.Equal("token-1", await provider.GetAccessTokenAsync(default));
        time.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("token-1", await provider.GetAccessTokenAsync(default));
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal("token-2", await provider.GetAccessTokenAsync(default));
        Assert.Equal("token-2", await provider.GetAccessTokenAsync(default));

        Assert.Equal(2, tokens.RequestCount);
    }

    [Fact]
    public async Task GetAccessTokenAsync_EarlyRefreshFails_KeepsValidTokenUntilExpiry()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var provider = ConnectorTestParts.TokenProvider(tokens.TokenEndpoint(), time);
        await provider.GetAccessTokenAsync(default);

        time.Advance(TimeSpan.FromMinutes(57));
        tokens.Enqueue(ScriptedResponse.Status(503));
        Assert.Equal("token-1", await provider.GetAccessTokenAsync(default));

        time.Advance(TimeSpan.FromMinutes(4));
        tokens.Enqueue(ScriptedResponse.Status(503));
        await Assert.ThrowsAsync<AccessTokenException>(() => provider.GetAccessTokenAsync(default));
        Assert.Equal(3, tokens.RequestCount);
    }

    [Fact]
    public async Task GetAccessTokenAsync_EndpointRefuses_ThrowsWithErrorCodeButNoSecret()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        tokens.Enqueue(ScriptedResponse.Json(401, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret."}"""));
        var provider = ConnectorTestParts.TokenProvider(tokens.TokenEndpoint());

        var error = await Assert.ThrowsAsync<AccessTokenException>(() => provider.GetAccessTokenAsync(default));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("invalid_client", error.ErrorCode);
        Assert.DoesNotContain(ConnectorTestParts.Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessTokenAsync_AnswerWithoutToken_Throws()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        tokens.Enqueue(ScriptedResponse.Json(200, """{"token_type":"Bearer","expires_in":3600}"""));
        var provider = ConnectorTestParts.TokenProvider(tokens.TokenEndpoint());

        var error = await Assert.ThrowsAsync<AccessTokenException>(() => provider.GetAccessTokenAsync(default));

        Assert.Equal("invalid_response", error.ErrorCode);
    }

    [Fact]
    public async Task GetAccessTokenAsync_ExpiresInAsString_IsCached()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        tokens.Enqueue(ScriptedResponse.Json(200, """{"token_type":"Bearer","expires_in":"3600","access_token":"string-lifetime"}"""));
        var provider = ConnectorTestParts.TokenProvider(tokens.TokenEndpoint());

        Assert.Equal("string-lifetime", await provider.GetAccessTokenAsync(default));
        Assert.Equal("string-lifetime", await provider.GetAccessTokenAsync(default));
        Assert.Equal(1, tokens.RequestCount);
    }
}
