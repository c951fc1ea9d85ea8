using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Testing.Connector;
using CooperationBot.Tests.Infrastructure;
using CooperationBot.Tests.Security;

namespace CooperationBot.Tests.Health;

/// <summary>/healthz and /readyz through the real host: live always, ready only when knowledge, store and (in production) signing keys are.</summary>
public sealed class HealthEndpointTests
{
    private static async Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(BotTestHost host, string path)
    {
        using var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("no-store, no-cache", response.Headers.CacheControl?.ToString());
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static Dictionary<string, string> Checks(JsonObject body) =>
        body["checks"]!.AsArray().ToDictionary(check => (string)check!["name"]!, check => (string)check!["status"]!);

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Head_HealthPaths_Answer200(string path)
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_Readyz_Answers405()
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.Client.PostAsync(new Uri("/readyz", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Get_Readyz_Development_Answers200WithKnowledgeAndStoreOnly()
    {
        await using var host = await BotTestHost.StartAsync();

        var (status, body) = await GetAsync(host, "/readyz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", (string?)body["status"]);
        Assert.Equal(new Dictionary<string, string> { ["knowledge"] = "Healthy", ["store"] = "Healthy" }, Checks(body));
    }

    [Fact]
    public async Task Get_Readyz_StoreUnreachable_Answers503NamingTheStoreWithoutItsPath()
    {
        var folder = Directory.CreateTempSubdirectory("cooperationbot-ready-").FullName;
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Store"] = $"Data Source={Path.Combine(folder, "store.db")};Pooling=False",
        });
        Directory.Delete(folder, recursive: true);

        var (status, body) = await GetAsync(host, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", (string?)body["status"]);
        Assert.Equal(new Dictionary<string, string> { ["knowledge"] = "Healthy", ["store"] = "Unhealthy" }, Checks(body));
        var json = body.ToJsonString();
        Assert.DoesNotContain(folder, json, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", json, StringComparison.Ordinal);
        var (liveStatus, _) = await GetAsync(host, "/healthz");
        Assert.Equal(HttpStatusCode.OK, liveStatus);
    }

    [Fact]
    public async Task Get_Readyz_ProductionWithKeysServed_Answers200WithSigningKeysAndConnectorToken()
    {
        await using var bot = await SecureBot.StartAsync();

        var (status, body) = await GetAsync(bot.Host, "/readyz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["knowledge"] = "Healthy",
                ["store"] = "Healthy",
                ["signing_keys"] = "Healthy",
                ["connector_token"] = "Healthy",
            },
            Checks(body));
        Assert.Equal(1, bot.OpenId.JwksRequestCount);
        Assert.Equal(1, bot.TokenServer.RequestCount);
        Assert.DoesNotContain(LoopbackTokenServer.TokenNumber(1), body.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SecureBot.AppPassword, body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Readyz_ProductionWithKeysUnavailable_Answers503NamingSigningKeys()
    {
        await using var bot = await SecureBot.StartAsync();
        bot.OpenId.FailWith = HttpStatusCode.ServiceUnavailable;

        var (status, body) = await GetAsync(bot.Host, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", Checks(body)["signing_keys"]);
        Assert.Equal("Healthy", Checks(body)["store"]);
    }

    [Fact]
    public async Task Get_Readyz_TokenEndpointRefuses_Answers503NamingConnectorTokenWithoutTheSecret()
    {
        await using var bot = await SecureBot.StartAsync();
        bot.TokenServer.Enqueue(ScriptedResponse.Json(401, """{"error":"invalid_client"}"""));

        var (status, body) = await GetAsync(bot.Host, "/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", Checks(body)["connector_token"]);
        var description = (string?)body["checks"]!.AsArray().Single(c => (string?)c!["name"] == "connector_token")!["description"];
        Assert.Equal("No connector token can be obtained: The token endpoint answered 401 (invalid_client).", description);
        Assert.DoesNotContain(SecureBot.AppPassword, body.ToJsonString(), StringComparison.Ordinal);
    }
}
