using System.Net;
using CooperationBot.Host;
using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Connector;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CooperationBot.Tests.Security;

/// <summary>Security cases 27-28: the client-credentials token: its request, its cache, and the logs.</summary>
public sealed class ConnectorTokenTests
{
    private const string MessageText = "vertrouwelijke vraag 4711";

    // Case 27: the token request the host sends.
    [Fact]
    public async Task PostActivity_FirstReply_TokenRequestUrlAndScopeExact()
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertAcceptedAsync(bot.Message(), bot.Header());

        var request = Assert.Single(bot.TokenServer.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.RawTarget);
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", request.Body, StringComparison.Ordinal);
        var form = request.Form();
        // Azure.Identity's MSAL adds its own fields (client_info and the like); these four are the grant.
        Assert.Subset(form.Keys.ToHashSet(StringComparer.Ordinal), new HashSet<string>(["client_id", "client_secret", "grant_type", "scope"], StringComparer.Ordinal));
        Assert.DoesNotContain("client_assertion", form.Keys);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(SecureBot.AppId, form["client_id"]);
        Assert.Equal(SecureBot.AppPassword, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
        Assert.Equal("Bearer " + LoopbackTokenServer.TokenNumber(1), Assert.Single(bot.Connector.Requests).Authorization);
    }

    // Case 27: the token endpoint the host derives from the Azure Bot configuration keys.
    [Theory]
    [InlineData("MultiTenant", "", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("SingleTenant", Activities.TenantId, "https://login.microsoftonline.com/" + Activities.TenantId + "/oauth2/v2.0/token")]
    public async Task ClientCredentialsOptions_FromConfiguration_TokenEndpointExact(string appType, string tenantId, string expected)
    {
        await using var app = BotHost.Build(
            ["--environment", "Production"],
            builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["MicrosoftAppType"] = appType,
                ["MicrosoftAppId"] = SecureBot.AppId,
                ["MicrosoftAppPassword"] = SecureBot.AppPassword,
                ["MicrosoftAppTenantId"] = tenantId,
            }));

        var options = app.Services.GetRequiredService<IOptions<ClientCredentialsOptions>>().Value;

        Assert.Equal(expected, options.TokenEndpoint);
        Assert.Equal("https://api.botframework.com/.default", ClientCredentialsOptions.Scope);
    }

    // Case 28: two turns, one token.
    [Fact]
    public async Task PostActivity_TwoTurns_ReuseOneToken()
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertAcceptedAsync(bot.Message(), bot.Header());
        await bot.AssertAcceptedAsync(bot.Message(), bot.Header());

        Assert.Equal(1, bot.TokenServer.RequestCount);
        Assert.Equal(2, bot.Connector.RequestCount);
        Assert.All(bot.Connector.Requests, r => Assert.Equal("Bearer " + LoopbackTokenServer.TokenNumber(1), r.Authorization));
    }

    // Case 28: concurrent turns share one acquisition, and again one refresh when the token nears its expiry.
    [Fact]
    public async Task PostActivity_ConcurrentTurns_AcquireAndRefreshTokenOnce()
    {
        await using var bot = await SecureBot.StartAsync();
        // Shorter than MSAL's own five-minute buffer, so its cache (on the real clock) never answers a refresh for it.
        bot.TokenServer.ExpiresIn = TimeSpan.FromMinutes(4);

        await PostConcurrentlyWhileTokenEndpointHoldsAsync(bot, expectedTokenRequests: 1);
        bot.Clock.Advance(TimeSpan.FromMinutes(3));
        await PostConcurrentlyWhileTokenEndpointHoldsAsync(bot, expectedTokenRequests: 2);

        var authorizations = bot.Connector.Requests.Select(r => r.Authorization).ToList();
        Assert.Equal(10, authorizations.Count);
        Assert.Equal(5, authorizations.Count(a => a == "Bearer " + LoopbackTokenServer.TokenNumber(1)));
        Assert.Equal(5, authorizations.Count(a => a == "Bearer " + LoopbackTokenServer.TokenNumber(2)));
    }

    // Case 28: at the most verbose level, no log record holds the password, a token (inbound or outbound) or the text.
    [Fact]
    public async Task Logs_AcceptedRejectedAndRefusedTurns_NeverContainSecretTokenOrText()
    {
        await using var bot = await SecureBot.StartAsync(o =>
        {
            o.Settings["Logging:LogLevel:Default"] = "Trace";
            o.Settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
            o.Settings["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace";
        });
        var inboundToken = bot.Tokens.CreateToken(bot.Token());
        var rejectedToken = bot.Tokens.CreateToken(bot.Token(t => t.Audience = "other-app"));

        await bot.AssertAcceptedAsync(bot.Message(MessageText), "Bearer " + inboundToken);
        using (var rejected = await bot.PostAsync(bot.Message(MessageText), "Bearer " + rejectedToken))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, rejected.StatusCode);
        }

        bot.Connector.Enqueue(ScriptedResponse.Error(403, "ConversationBlockedByUser"));
        await bot.AssertAcceptedAsync(bot.Message(MessageText), "Bearer " + inboundToken);

        var records = bot.Logs.GetSnapshot();
        Assert.True(records.Count > 10, $"expected verbose logs, got {records.Count}");
        string[] secrets = [SecureBot.AppPassword, LoopbackTokenServer.TokenNumber(1), Signature(inboundToken), Signature(rejectedToken), MessageText];
        foreach (var record in records)
        {
            var everything = string.Join(
                " ", record.Message, record.Exception, string.Join(" ", record.StructuredState?.Select(p => p.Value) ?? []));
            foreach (var secret in secrets)
            {
                Assert.False(everything.Contains(secret, StringComparison.Ordinal), $"{record.Category} logged a secret: {everything}");
            }
        }
    }

    private static string Signature(string token) => token[(token.LastIndexOf('.') + 1)..];

    private static async Task PostConcurrentlyWhileTokenEndpointHoldsAsync(SecureBot bot, int expectedTokenRequests)
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.TokenServer.HoldUntil = release.Task;
        var posts = Enumerable.Range(0, 5).Select(_ => bot.PostAsync(bot.Message(), bot.Header())).ToList();
        await bot.TokenServer.WaitForRequestsAsync(expectedTokenRequests, TimeSpan.FromSeconds(10));
        release.SetResult();

        foreach (var response in await Task.WhenAll(posts))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            response.Dispose();
        }

        Assert.Equal(expectedTokenRequests, bot.TokenServer.RequestCount);
    }
}
