namespace CooperationBot.Tests.Security;

/// <summary>Security cases 18-21: the signing key's endorsements and the channel policy.</summary>
public sealed class EndorsementTests
{
    // Case 18
    [Fact]
    public async Task PostActivity_ChannelNotAmongKeyEndorsements_Returns401()
    {
        await using var bot = await SecureBot.StartAsync();
        var webchatKey = bot.OpenId.AddKey("webchat-key", ["webchat", "directline"]);

        await bot.AssertRejectedAsync(bot.Message(), bot.Header(t => t.SigningKey = webchatKey));
    }

    // Case 19: a key without an endorsements field, and one with an empty list.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PostActivity_KeyWithoutEndorsements_Returns401(bool emptyList)
    {
        await using var bot = await SecureBot.StartAsync();
        var bareKey = bot.OpenId.AddKey("bare-key", emptyList ? [] : null);

        await bot.AssertRejectedAsync(bot.Message(), bot.Header(t => t.SigningKey = bareKey));
    }

    // Case 20
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PostActivity_EmptyOrMissingChannelId_Returns401(bool removeProperty)
    {
        await using var bot = await SecureBot.StartAsync();
        var everywhereKey = bot.OpenId.AddKey("everywhere-key", ["msteams", ""]);
        var activity = bot.Message();
        if (removeProperty)
        {
            activity.Remove("channelId");
        }
        else
        {
            activity["channelId"] = "";
        }

        await bot.AssertRejectedAsync(activity, bot.Header(t => t.SigningKey = everywhereKey));
    }

    // Case 21: a key endorsed for webchat, and a webchat activity: refused by the default policy (msteams only).
    [Fact]
    public async Task PostActivity_ChannelOtherThanMsTeamsByDefault_Returns401()
    {
        await using var bot = await SecureBot.StartAsync();
        var key = bot.OpenId.AddKey("multi-key", ["msteams", "webchat"]);
        var activity = bot.Message();
        activity["channelId"] = "webchat";

        await bot.AssertRejectedAsync(activity, bot.Header(t => t.SigningKey = key));
    }

    // Case 21: the same activity passes once Bot:AllowedChannelIds lists webchat, and msteams still passes.
    [Fact]
    public async Task PostActivity_ChannelConfiguredInAllowedChannelIds_Returns200()
    {
        await using var bot = await SecureBot.StartAsync(o =>
        {
            o.Settings["Bot:AllowedChannelIds:0"] = "msteams";
            o.Settings["Bot:AllowedChannelIds:1"] = "webchat";
        });
        var key = bot.OpenId.AddKey("multi-key", ["msteams", "webchat"]);
        var activity = bot.Message();
        activity["channelId"] = "webchat";

        await bot.AssertAcceptedAsync(activity, bot.Header(t => t.SigningKey = key));
        await bot.AssertAcceptedAsync(bot.Message(), bot.Header());
    }

    // Case 21: with only webchat configured, msteams is refused.
    [Fact]
    public async Task PostActivity_MsTeamsWhenOnlyWebchatConfigured_Returns401()
    {
        await using var bot = await SecureBot.StartAsync(o => o.Settings["Bot:AllowedChannelIds:0"] = "webchat");

        await bot.AssertRejectedAsync(bot.Message(), bot.Header());
    }
}
