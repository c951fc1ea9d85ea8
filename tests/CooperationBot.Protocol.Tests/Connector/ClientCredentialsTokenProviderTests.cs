using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Connector;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Protocol.Tests.Connector;

/// <summary>
/// The Azure.Identity client credentials against a loopback https token endpoint. MSAL keeps its own cache on the real
/// clock and serves nothing that runs out within five minutes, so the refresh tests hand out four-minute tokens: then
/// every refresh the provider decides on reaches the endpoint.
/// </summary>
public sealed class ClientCredentialsTokenProviderTests
{
    private static readonly TimeSpan ShortLifetime = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task GetAccessTokenAsync_FirstCall_PostsTheClientCredentialsGrantForTheConnectorScope()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        var provider = ConnectorTestParts.TokenProvider(tokens);

        var token = await provider.GetAccessTokenAsync(default);

        Assert.Equal("token-1", token);
        Assert.Equal("ClientSecretCredential", provider.CredentialName);
        var request = Assert.Single(tokens.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.RawTarget);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Null(request.Authorization);
        var form = request.Form();
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(ConnectorTestParts.AppId, form["client_id"]);
        Assert.Equal(ConnectorTestParts.Secret, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.DoesNotContain("client_assertion", form.Keys);
    }

    [Fact]
    public async Task GetAccessTokenAsync_SingleTenant_AsksTheBotsOwnTenant()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        var provider = ConnectorTestParts.TokenProvider(tokens, configure: options =>
        {
            options.AppType = ClientCredentialsOptions.SingleTenant;
            options.TenantId = "11111111-2222-3333-4444-555555555555";
        });

        await provider.GetAccessTokenAsync(default);

        Assert.Equal("/11111111-2222-3333-4444-555555555555/oauth2/v2.0/token", Assert.Single(tokens.Requests).RawTarget);
    }

    [Fact]
    public async Task GetAccessTokenAsync_CertificateFile_SignsAnAssertionWithItAndSendsNoSecret()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        using var certificate = LoopbackCertificate.Create();
        var path = Path.Combine(Path.GetTempPath(), $"bot-app-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(path, certificate.ExportCertificatePem() + "\n" + certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        try
        {
            var provider = ConnectorTestParts.TokenProvider(tokens, configure: options =>
            {
                options.AppPassword = "";
                options.CertificatePath = path;
            });

            Assert.Equal("token-1", await provider.GetAccessTokenAsync(default));

            Assert.Equal("ClientCertificateCredential", provider.CredentialName);
            var form = Assert.Single(tokens.Requests).Form();
            Assert.DoesNotContain("client_secret", form.Keys);
            Assert.Equal("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", form["client_assertion_type"]);
            var header = JsonNode.Parse(Base64UrlDecode(form["client_assertion"].Split('.')[0]))!;
            var thumbprints = new[] { header["x5t"]?.GetValue<string>(), header["x5t#S256"]?.GetValue<string>() };
            Assert.True(
                thumbprints.Contains(Base64UrlEncode(certificate.GetCertHash())) || thumbprints.Contains(Base64UrlEncode(certificate.GetCertHash(HashAlgorithmName.SHA256))),
                "the assertion names the certificate by its thumbprint");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task GetAccessTokenAsync_SecondCall_UsesCache()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        var provider = ConnectorTestParts.TokenProvider(tokens);

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
        var provider = ConnectorTestParts.TokenProvider(tokens);

        var callers = Enumerable.Range(0, 20).Select(_ => Task.Run(() => provider.GetAccessTokenAsync(default))).ToArray();
        await tokens.WaitForRequestsAsync(1, TimeSpan.FromSeconds(10));
        release.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.All(results, token => Assert.Equal("token-1", token));
        Assert.Equal(1, tokens.RequestCount);
    }

    [Fact]
    public async Task GetAccessTokenAsync_HalfTheLifetimeBeforeExpiry_RefreshesOnce()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        tokens.ExpiresIn = ShortLifetime;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var provider = ConnectorTestParts.TokenProvider(tokens, time);

        Assert.Equal("token-1", await provider.GetAccessTokenAsync(default));
        time.Advance(TimeSpan.FromSeconds(110));
        Assert.Equal("token-1", await provider.GetAccessTokenAsync(default));
        time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal("token-2", await provider.GetAccessTokenAsync(default));
        Assert.Equal("token-2", await provider.GetAccessTokenAsync(default));

        Assert.Equal(2, tokens.RequestCount);
    }

    [Fact]
    public async Task GetAccessTokenAsync_EarlyRefreshFails_KeepsValidTokenUntilExpiry()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        tokens.ExpiresIn = ShortLifetime;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var provider = ConnectorTestParts.TokenProvider(tokens, time);
        await provider.GetAccessTokenAsync(default);

        time.Advance(TimeSpan.FromSeconds(150));
        tokens.Enqueue(Refusal(), Refusal(), Refusal(), Refusal());
        Assert.Equal("token-1", await provider.GetAccessTokenAsync(default));
        var afterEarlyRefresh = tokens.RequestCount;
        Assert.True(afterEarlyRefresh > 1, "the early refresh reached the endpoint");

        time.Advance(TimeSpan.FromSeconds(100));
        tokens.Enqueue(Refusal(), Refusal(), Refusal(), Refusal());
        await Assert.ThrowsAsync<AccessTokenException>(() => provider.GetAccessTokenAsync(default));
        Assert.True(tokens.RequestCount > afterEarlyRefresh, "after expiry the provider asked again");
    }

    [Fact]
    public async Task GetAccessTokenAsync_EndpointRefuses_ThrowsWithStatusAndErrorCodeButNoSecret()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        tokens.Enqueue(Refusal());
        var provider = ConnectorTestParts.TokenProvider(tokens);

        var error = await Assert.ThrowsAsync<AccessTokenException>(() => provider.GetAccessTokenAsync(default));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("invalid_client", error.ErrorCode);
        Assert.Equal("The identity service answered 401 (invalid_client) to ClientSecretCredential.", error.Message);
        Assert.DoesNotContain(ConnectorTestParts.Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessTokenAsync_EndpointUnreachable_ThrowsAccessTokenException()
    {
        string authority;
        await using (var gone = await LoopbackTokenServer.StartAsync())
        {
            authority = gone.AuthorityHost;
        }

        await using var tokens = await LoopbackTokenServer.StartAsync();
        var provider = ConnectorTestParts.TokenProvider(tokens, configure: options => options.AuthorityHost = authority);

        var error = await Assert.ThrowsAsync<AccessTokenException>(() => provider.GetAccessTokenAsync(default));

        Assert.Equal(0, error.StatusCode);
        Assert.StartsWith("ClientSecretCredential failed (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAccessTokenAsync_AnswerWithoutToken_Throws()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        tokens.Enqueue(ScriptedResponse.Json(200, """{"token_type":"Bearer","expires_in":3600}"""));
        var provider = ConnectorTestParts.TokenProvider(tokens);

        await Assert.ThrowsAsync<AccessTokenException>(() => provider.GetAccessTokenAsync(default));
    }

    [Fact]
    public async Task GetAccessTokenAsync_ExpiresInAsString_IsCached()
    {
        await using var tokens = await LoopbackTokenServer.StartAsync();
        tokens.Enqueue(ScriptedResponse.Json(200, """{"token_type":"Bearer","expires_in":"3600","access_token":"string-lifetime"}"""));
        var provider = ConnectorTestParts.TokenProvider(tokens);

        Assert.Equal("string-lifetime", await provider.GetAccessTokenAsync(default));
        Assert.Equal("string-lifetime", await provider.GetAccessTokenAsync(default));
        Assert.Equal(1, tokens.RequestCount);
    }

    private static ScriptedResponse Refusal() =>
        ScriptedResponse.Json(401, """{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret."}""");

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }
}
