using CooperationBot.Testing.Connector;

namespace CooperationBot.Tests.Security;

/// <summary>Security cases 1-3: the Authorization header and the token's outer form.</summary>
public sealed class HeaderAndTokenFormTests
{
    // Case 1
    [Fact]
    public async Task PostActivity_NoAuthorizationHeaderWhileAppIdConfigured_Returns401AndRunsNoHandler()
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertRejectedAsync(bot.Message(), authorization: null);
    }

    // Case 1 (control): the same request with a valid token is handled.
    [Fact]
    public async Task PostActivity_ValidToken_Returns200AndRunsHandler()
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertAcceptedAsync(bot.Message(), bot.Header());

        var reply = Assert.Single(bot.Connector.Requests);
        Assert.Equal("Bearer " + LoopbackTokenServer.TokenNumber(1), reply.Authorization);
    }

    // Case 2
    [Theory]
    [InlineData("Basic x")]
    [InlineData("Basic YXBwOnNlY3JldA==")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("")]
    [InlineData("Bearer a b")]
    [InlineData("Bearer {valid} extra")]
    [InlineData("Token {valid}")]
    [InlineData("{valid}")]
    public async Task PostActivity_MalformedAuthorizationHeader_Returns401(string header)
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertRejectedAsync(bot.Message(), header.Replace("{valid}", bot.Tokens.CreateToken(bot.Token()), StringComparison.Ordinal));
    }

    // Case 3
    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b")]
    [InlineData("a.b.c")]
    [InlineData("!!!.###.$$$")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.%%%%.c2ln")]
    [InlineData("e30.e30.e30")]
    [InlineData("a.b.c.d.e")]
    public async Task PostActivity_TokenNotAJwtOrBadBase64_Returns401(string token)
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertRejectedAsync(bot.Message(), "Bearer " + token);
    }

    // Case 3: a valid token whose signature segment is damaged.
    [Fact]
    public async Task PostActivity_SignatureSegmentNotBase64Url_Returns401()
    {
        await using var bot = await SecureBot.StartAsync();
        var header = bot.Header(t => t.Tamper = token => token + "*");

        await bot.AssertRejectedAsync(bot.Message(), header);
    }
}
