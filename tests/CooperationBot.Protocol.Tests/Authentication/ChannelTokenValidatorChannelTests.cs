using CooperationBot.Protocol.Authentication;
using CooperationBot.Testing.Authentication;

namespace CooperationBot.Protocol.Tests.Authentication;

/// <summary>Cases 18–21: endorsements and the channel policy.</summary>
public sealed class ChannelTokenValidatorChannelTests : ValidatorTestBase
{
    private const string WebChat = "webchat";

    [Fact]
    public async Task ValidateAsync_ChannelNotAmongKeyEndorsements_Rejected()
    {
        var validator = CreateValidator(o => o.AllowedChannelIds.Add(WebChat));

        var result = await ValidateTokenAsync(ValidToken(), channelId: WebChat, validator: validator);

        AssertRejected(result, ChannelAuthFailures.KeyNotEndorsed);
    }

    [Fact]
    public async Task ValidateAsync_KeyWithoutEndorsementsField_Rejected()
    {
        var key = Server.AddKey("no-endorsements", endorsements: null);
        var options = ValidToken(o => o.SigningKey = key);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.KeyNotEndorsed);
    }

    [Fact]
    public async Task ValidateAsync_KeyWithEmptyEndorsements_Rejected()
    {
        var key = Server.AddKey("empty-endorsements", []);
        var options = ValidToken(o => o.SigningKey = key);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.KeyNotEndorsed);
    }

    [Fact]
    public async Task ValidateAsync_KeyEndorsedForOtherChannelOnly_Rejected()
    {
        var key = Server.AddKey("webchat-only", [WebChat]);
        var options = ValidToken(o => o.SigningKey = key);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.KeyNotEndorsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task ValidateAsync_EmptyChannelId_Rejected(string? channelId)
    {
        AssertRejected(await ValidateTokenAsync(ValidToken(), channelId: channelId), ChannelAuthFailures.MissingChannelId);
    }

    [Theory]
    [InlineData(WebChat)]
    [InlineData("emulator")]
    [InlineData("MSTEAMS")]
    [InlineData("msteams ")]
    public async Task ValidateAsync_ChannelOtherThanMsTeams_Rejected(string channelId)
    {
        var key = Server.AddKey("endorsed-for-all", [WebChat, "emulator", "MSTEAMS", "msteams "]);
        var options = ValidToken(o => o.SigningKey = key);

        AssertRejected(await ValidateTokenAsync(options, channelId: channelId), ChannelAuthFailures.ChannelNotAllowed);
    }

    [Fact]
    public async Task ValidateAsync_OtherChannelAllowedByPolicyAndEndorsed_Accepted()
    {
        var key = Server.AddKey("webchat-key", [WebChat]);
        var validator = CreateValidator(o => o.AllowedChannelIds = [WebChat]);
        var options = ValidToken(o => o.SigningKey = key);

        AssertAccepted(await ValidateTokenAsync(options, channelId: WebChat, validator: validator));
    }

    [Fact]
    public async Task ValidateAsync_KeyEndorsedForSeveralChannels_Accepted()
    {
        var key = Server.AddKey("multi", ["skype", Teams, WebChat]);
        var options = ValidToken(o => o.SigningKey = key);

        AssertAccepted(await ValidateTokenAsync(options));
    }

    [Fact]
    public async Task ValidateAsync_DefaultServerKey_IsEndorsedForTeams()
    {
        Assert.Equal([Teams], Server.DefaultKey.Endorsements);
        Assert.Equal(LoopbackOpenIdServer.DefaultKeyId, Server.DefaultKey.KeyId);

        AssertAccepted(await ValidateTokenAsync(ValidToken()));
    }
}
