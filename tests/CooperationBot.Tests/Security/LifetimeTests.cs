namespace CooperationBot.Tests.Security;

/// <summary>Security cases 12-13: exp and nbf with five minutes of clock skew, on the host's clock.</summary>
public sealed class LifetimeTests
{
    // Case 12: a token that expires in one hour, presented 4 and 6 minutes after its expiry.
    [Theory]
    [InlineData(4, true)]
    [InlineData(6, false)]
    public async Task PostActivity_TokenExpiredMinutesAgo_AcceptedOnlyWithinSkew(int minutesPastExpiry, bool accepted)
    {
        await using var bot = await SecureBot.StartAsync();
        var header = bot.Header();
        bot.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(minutesPastExpiry));

        await AssertOutcomeAsync(bot, header, accepted);
    }

    // Case 12: the same with exp written into the token.
    [Theory]
    [InlineData(4, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    [InlineData(600, false)]
    public async Task PostActivity_ExpClaimInThePast_AcceptedOnlyWithinSkew(int minutesPastExpiry, bool accepted)
    {
        await using var bot = await SecureBot.StartAsync();
        var now = bot.Time.GetUtcNow();
        var header = bot.Header(t =>
        {
            t.IssuedAt = t.NotBefore = now.AddHours(-1);
            t.ExpiresAt = now.AddMinutes(-minutesPastExpiry);
        });

        await AssertOutcomeAsync(bot, header, accepted);
    }

    // Case 12: a token without exp never passes.
    [Fact]
    public async Task PostActivity_TokenWithoutExp_Returns401()
    {
        await using var bot = await SecureBot.StartAsync();

        await bot.AssertRejectedAsync(bot.Message(), bot.Header(t => t.Claims["exp"] = null));
    }

    // Case 13
    [Theory]
    [InlineData(4, true)]
    [InlineData(6, false)]
    [InlineData(120, false)]
    public async Task PostActivity_NotBeforeInTheFuture_AcceptedOnlyWithinSkew(int minutesAhead, bool accepted)
    {
        await using var bot = await SecureBot.StartAsync();
        var now = bot.Time.GetUtcNow();
        var header = bot.Header(t =>
        {
            t.NotBefore = t.IssuedAt = now.AddMinutes(minutesAhead);
            t.ExpiresAt = now.AddHours(2);
        });

        await AssertOutcomeAsync(bot, header, accepted);
    }

    private static Task AssertOutcomeAsync(SecureBot bot, string header, bool accepted) =>
        accepted ? bot.AssertAcceptedAsync(bot.Message(), header) : bot.AssertRejectedAsync(bot.Message(), header);
}
