using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CooperationBot.Bot.Briefings;
using CooperationBot.Bot.Language;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Briefings;

public sealed class BriefingTokensTests
{
    private const string VisitId = "bezoek-marokko-2023-02-21";
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("0123456789abcdef0123456789abcdef");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private BriefingTokens Tokens(byte[]? key = null) => new(key ?? Key, TimeSpan.FromHours(24), _time);

    [Theory]
    [InlineData(UserLanguage.Dutch)]
    [InlineData(UserLanguage.English)]
    public void Check_TokenJustCreated_ValidWithVisitLanguageAndExpiry(UserLanguage language)
    {
        var tokens = Tokens();

        var check = tokens.Check(tokens.Create(VisitId, language));

        Assert.Equal(BriefingTokenStatus.Valid, check.Status);
        Assert.Equal(VisitId, check.VisitId);
        Assert.Equal(language, check.Language);
        Assert.Equal(_time.GetUtcNow().AddHours(24), check.ExpiresAt);
    }

    [Fact]
    public void Create_Token_IsUrlSafeWithoutPadding()
    {
        var token = Tokens().Create(VisitId, UserLanguage.Dutch);

        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}$", token);
    }

    [Fact]
    public void Check_OneSecondBeforeExpiry_Valid()
    {
        var tokens = Tokens();
        var token = tokens.Create(VisitId, UserLanguage.Dutch);

        _time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromSeconds(1));

        Assert.Equal(BriefingTokenStatus.Valid, tokens.Check(token).Status);
    }

    [Fact]
    public void Check_AtAndAfterExpiry_Expired()
    {
        var tokens = Tokens();
        var token = tokens.Create(VisitId, UserLanguage.Dutch);

        _time.Advance(TimeSpan.FromHours(24));
        Assert.Equal(BriefingTokenStatus.Expired, tokens.Check(token).Status);
        _time.Advance(TimeSpan.FromDays(30));
        Assert.Equal(BriefingTokenStatus.Expired, tokens.Check(token).Status);
    }

    [Fact]
    public void Check_PayloadWithChangedVisitOrLanguage_Invalid()
    {
        var tokens = Tokens();
        var signature = tokens.Create(VisitId, UserLanguage.Dutch).Split('.')[1];
        var other = tokens.Create("bezoek-andere", UserLanguage.English).Split('.')[0];

        Assert.Equal(BriefingTokenStatus.Invalid, tokens.Check(other + "." + signature).Status);
        Assert.Equal(BriefingTokenCheck.Invalid, tokens.Check(other + "." + signature));
    }

    [Fact]
    public void Check_EveryCharacterChanged_InvalidOrStillTheSameToken()
    {
        var tokens = Tokens();
        var token = tokens.Create(VisitId, UserLanguage.Dutch);

        for (var i = 0; i < token.Length; i++)
        {
            var changed = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.Equal(BriefingTokenStatus.Invalid, tokens.Check(changed).Status);
        }
    }

    [Fact]
    public void Check_SignedWithAnotherKey_Invalid()
    {
        var otherKey = Encoding.ASCII.GetBytes("another key of thirty-two bytes!");
        var token = Tokens(otherKey).Create(VisitId, UserLanguage.Dutch);

        Assert.Equal(BriefingTokenStatus.Invalid, Tokens().Check(token).Status);
    }

    [Fact]
    public void Check_LaterExpiryWithOldSignature_Invalid()
    {
        var tokens = Tokens();
        var parts = tokens.Create(VisitId, UserLanguage.Dutch).Split('.');
        var payload = Base64Url.DecodeFromChars(parts[0]);
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(2), _time.GetUtcNow().AddYears(10).ToUnixTimeSeconds());

        Assert.Equal(BriefingTokenStatus.Invalid, tokens.Check(Base64Url.EncodeToString(payload) + "." + parts[1]).Status);
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(1, 7)]
    public void Check_CorrectlySignedUnknownVersionOrLanguage_Invalid(byte version, byte language)
    {
        var payload = new byte[10 + VisitId.Length];
        payload[0] = version;
        payload[1] = language;
        BinaryPrimitives.WriteInt64BigEndian(payload.AsSpan(2), _time.GetUtcNow().AddHours(1).ToUnixTimeSeconds());
        Encoding.ASCII.GetBytes(VisitId).CopyTo(payload, 10);
        var token = Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(Key, payload));

        Assert.Equal(BriefingTokenStatus.Invalid, Tokens().Check(token).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("abc")]
    [InlineData("abc.")]
    [InlineData(".abc")]
    [InlineData("a.b.c")]
    [InlineData("AQ==.AQ==")]
    [InlineData("not base64!.also not")]
    [InlineData("../../etc/passwd")]
    public void Check_Malformed_Invalid(string? token)
    {
        Assert.Equal(BriefingTokenStatus.Invalid, Tokens().Check(token).Status);
    }

    [Fact]
    public void Check_LongerThanTheLimit_Invalid()
    {
        var tokens = Tokens();
        var token = tokens.Create(VisitId, UserLanguage.Dutch);

        Assert.Equal(BriefingTokenStatus.Invalid, tokens.Check(token + new string('A', BriefingTokens.MaxTokenLength)).Status);
    }

    [Fact]
    public void Constructor_KeyShorterThan32Bytes_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BriefingTokens(new byte[31], TimeSpan.FromHours(1), _time));
    }
}
