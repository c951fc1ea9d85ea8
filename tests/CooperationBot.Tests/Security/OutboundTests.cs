using System.Net;
using CooperationBot.Testing.Connector;

namespace CooperationBot.Tests.Security;

/// <summary>Security cases 25-26: where the bot's connector token may go, through the real host.</summary>
public sealed class OutboundTests
{
    private const int UntrustedServiceUrlEvent = 1004;
    private const int RedirectNotFollowedEvent = 1003;
    private const string ConnectorPlaceholder = "{connector}";

    // Case 25: with the default policy, an authenticated activity's serviceUrl off the allowlist gets no reply and no
    // token; the request itself is acknowledged and the refusal logged.
    [Theory]
    [InlineData(ConnectorPlaceholder)]
    [InlineData("https://127.0.0.1/")]
    [InlineData("https://[::1]/")]
    [InlineData("https://localhost/")]
    [InlineData("https://52.112.0.1/emea/")]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://evil.example.com/emea/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://user@smba.trafficmanager.net/emea/")]
    public async Task PostActivity_ServiceUrlOffAllowlist_NoReplyAndNoTokenRequest(string serviceUrl)
    {
        await using var bot = await SecureBot.StartAsync(o => o.TrustLoopbackConnector = false);
        serviceUrl = serviceUrl.Replace(ConnectorPlaceholder, bot.Connector.ServiceUrl, StringComparison.Ordinal);
        var activity = bot.Message();
        activity["serviceUrl"] = serviceUrl;

        using var response = await bot.PostAsync(activity, bot.Header(t => t.ServiceUrl = serviceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Recorder.Turns);
        Assert.Equal(0, bot.Connector.RequestCount);
        Assert.Equal(0, bot.TokenServer.RequestCount);
        Assert.True(bot.Logged(UntrustedServiceUrlEvent), "the refusal is logged");
    }

    // Case 26: the connector answers a redirect to another server; it is not followed, so the token stays put.
    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task PostActivity_ConnectorRedirects_RedirectNotFollowedAndTokenNotForwarded(int status)
    {
        await using var bot = await SecureBot.StartAsync();
        await using var target = await LoopbackConnectorServer.StartAsync();
        var redirect = ScriptedResponse.Status(status).WithHeader("Location", target.ServiceUrl + "v3/conversations/x/activities");
        bot.Connector.Enqueue(redirect, redirect);

        using var response = await bot.PostAsync(bot.Message(), bot.Header());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, target.RequestCount);
        Assert.All(bot.Connector.Requests, r => Assert.Equal("Bearer " + LoopbackTokenServer.TokenNumber(1), r.Authorization));
        Assert.True(bot.Logged(RedirectNotFollowedEvent), "the redirect is logged");
    }
}
