using System.Security.Claims;
using CooperationBot.Protocol.Authentication;
using CooperationBot.Testing.Authentication;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Protocol.Tests.Authentication;

/// <summary>Per test: a loopback OpenID server, a fake clock, a token factory and a validator trusting the server.</summary>
public abstract class ValidatorTestBase : IAsyncLifetime
{
    protected const string AppId = "a1b2c3d4-1111-2222-3333-444455556666";
    protected const string Teams = "msteams";
    protected const string ServiceUrl = TestTokenFactory.DefaultServiceUrl;

    private readonly HttpClient _httpClient = new();
    private ChannelTokenValidator? _validator;

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));

    protected FakeLogger<ChannelTokenValidator> Logger { get; } = new();

    protected LoopbackOpenIdServer Server { get; private set; } = null!;

    protected TestTokenFactory Tokens { get; private set; } = null!;

    /// <summary>A validator with default options (audience <see cref="AppId"/>), created on first use.</summary>
    protected ChannelTokenValidator Validator => _validator ??= CreateValidator();

    public async Task InitializeAsync()
    {
        Server = await LoopbackOpenIdServer.StartAsync();
        Tokens = Server.CreateTokenFactory(Time);
    }

    public async Task DisposeAsync()
    {
        _httpClient.Dispose();
        await Server.DisposeAsync();
    }

    protected ChannelTokenValidator CreateValidator(Action<BotAuthenticationOptions>? configure = null)
    {
        var options = Server.CreateOptions(AppId);
        configure?.Invoke(options);
        return new ChannelTokenValidator(Options.Create(options), _httpClient, Time, Logger);
    }

    /// <summary>Options of a token that passes every check.</summary>
    protected static TestTokenOptions ValidToken() => new() { Audience = AppId };

    /// <summary>Options of a valid token with one change.</summary>
    protected static TestTokenOptions ValidToken(Action<TestTokenOptions> change)
    {
        var options = ValidToken();
        change(options);
        return options;
    }

    protected string CreateHeader(TestTokenOptions options) => Tokens.CreateAuthorizationHeader(options);

    protected Task<ChannelAuthResult> ValidateAsync(
        string? header, string? channelId = Teams, string? serviceUrl = ServiceUrl, ChannelTokenValidator? validator = null) =>
        (validator ?? Validator).ValidateAsync(header, channelId, serviceUrl, CancellationToken.None);

    protected Task<ChannelAuthResult> ValidateTokenAsync(
        TestTokenOptions options, string? channelId = Teams, string? serviceUrl = ServiceUrl, ChannelTokenValidator? validator = null) =>
        ValidateAsync(CreateHeader(options), channelId, serviceUrl, validator);

    protected static void AssertRejected(ChannelAuthResult result, string expectedReason)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Identity);
        Assert.Equal(expectedReason, result.FailureReason);
    }

    protected static void AssertOutcome(ChannelAuthResult result, bool accepted, string reasonIfRejected)
    {
        if (accepted)
        {
            AssertAccepted(result);
        }
        else
        {
            AssertRejected(result, reasonIfRejected);
        }
    }

    protected static ClaimsIdentity AssertAccepted(ChannelAuthResult result)
    {
        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Null(result.FailureReason);
        return result.Identity;
    }
}
