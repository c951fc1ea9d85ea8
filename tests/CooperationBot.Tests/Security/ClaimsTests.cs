using System.Net;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Security;

/// <summary>Security cases 9-11 and 14-17: issuer, audience and the serviceurl binding.</summary>
public sealed class ClaimsTests
{
    // Case 9
    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("http://api.botframework.com")]
    [InlineData("https://API.botframework.com")]
    [InlineData("https://api.botframework.com.evil.example")]
    [InlineData("")]
    [InlineData(null)]
    public async Task PostActivity_WrongIssuer_Returns401(string? issuer)
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertRejectedAsync(bot.Message(), bot.Header(t => t.Issuer = issuer));
    }

    // Case 10: Entra ID issuers (v1 and v2) are not enabled.
    [Theory]
    [InlineData("https://sts.windows.net/" + Activities.TenantId + "/")]
    [InlineData("https://login.microsoftonline.com/" + Activities.TenantId + "/v2.0")]
    public async Task PostActivity_EntraIssuedToken_Returns401(string issuer)
    {
        await using var bot = await SecureBot.StartAsync();
        var header = bot.Header(t =>
        {
            t.Issuer = issuer;
            t.Claims["tid"] = Activities.TenantId;
            t.Claims["azp"] = SecureBot.AppId;
        });

        await bot.AssertRejectedAsync(bot.Message(), header);
    }

    // Case 11
    [Theory]
    [InlineData("another-app-id")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("C0FFEE00-B0D1-4A5E-9F1A-5EC0DE000001")]
    [InlineData("https://api.botframework.com")]
    public async Task PostActivity_WrongAudience_Returns401(string? audience)
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertRejectedAsync(bot.Message(), bot.Header(t => t.Audience = audience));
    }

    // Case 14
    [Fact]
    public async Task PostActivity_ServiceUrlClaimMissing_Returns401()
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertRejectedAsync(bot.Message(), bot.Header(t => t.ServiceUrl = null));
    }

    // Case 15: a genuine token for the Teams connector, replayed with the body's serviceUrl pointed elsewhere.
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("")]
    public async Task PostActivity_ServiceUrlClaimDiffersFromActivity_Returns401(string claimedServiceUrl)
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertRejectedAsync(bot.Message(), bot.Header(t => t.ServiceUrl = claimedServiceUrl));
    }

    // Case 16
    [Fact]
    public async Task PostActivity_ServiceUrlClaimSameUrlOtherCase_Returns200()
    {
        await using var bot = await SecureBot.StartAsync();
        var activity = bot.Message(expectReplies: true);
        activity["serviceUrl"] = "https://smba.trafficmanager.net/emea/";

        using var response = await bot.PostAsync(activity, bot.Header(t => t.ServiceUrl = "HTTPS://SMBA.TrafficManager.NET/EMEA/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await BotTestHost.ReadRepliesAsync(response));
        Assert.Equal(TurnRecorder.ReplyText, (string?)reply!["text"]);
    }

    // Case 17
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PostActivity_ActivityWithoutServiceUrl_Returns401(bool removeProperty)
    {
        await using var bot = await SecureBot.StartAsync();
        var activity = bot.Message();
        if (removeProperty)
        {
            activity.Remove("serviceUrl");
        }
        else
        {
            activity["serviceUrl"] = "";
        }

        await bot.AssertRejectedAsync(activity, bot.Header());
    }
}
