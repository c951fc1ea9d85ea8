using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Authentication;
using CooperationBot.Testing.Connector;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Tests.Security;

/// <summary>
/// The real bot host with an app id and password, wired to loopback servers: OpenID metadata and keys
/// (<see cref="OpenId"/>), the connector that the activities' serviceUrl names (<see cref="Connector"/>) and the token
/// endpoint (<see cref="TokenServer"/>). Handlers record their turns (<see cref="Recorder"/>), logs are collected
/// (<see cref="Logs"/>), and the clock is a FakeTimeProvider unless the options give another.
/// </summary>
internal sealed class SecureBot : IAsyncDisposable
{
    public const string AppId = "c0ffee00-b0d1-4a5e-9f1a-5ec0de000001";
    public const string AppPassword = "pw-Zq8~never.in+a/log";

    /// <summary>The briefing-link key (Production requires one): 32 bytes, base64.</summary>
    public const string BriefingSigningKey = "c2VjdXJlLWJvdC1icmllZmluZy1rZXktMzItYnl0ZXM=";
    public static readonly DateTimeOffset Start = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    // One published key for every host: generating an RSA key costs more than starting the host.
    private static readonly Lazy<TestSigningKey> SharedKey = new(() => TestSigningKey.ForTeams(LoopbackOpenIdServer.DefaultKeyId));

    private BotTestHost? _host;

    private SecureBot(
        LoopbackOpenIdServer openId, LoopbackConnectorServer connector, LoopbackTokenServer tokenServer, TimeProvider time)
    {
        OpenId = openId;
        Connector = connector;
        TokenServer = tokenServer;
        Time = time;
        Tokens = openId.CreateTokenFactory(time);
    }

    public LoopbackOpenIdServer OpenId { get; }

    public LoopbackConnectorServer Connector { get; }

    public LoopbackTokenServer TokenServer { get; }

    public TimeProvider Time { get; }

    /// <summary>The default clock, to move time on.</summary>
    public FakeTimeProvider Clock => (FakeTimeProvider)Time;

    /// <summary>Mints channel tokens signed with the published default key.</summary>
    public TestTokenFactory Tokens { get; }

    public TurnRecorder Recorder { get; } = new();

    public FakeLogCollector Logs { get; } = new();

    public BotTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public static async Task<SecureBot> StartAsync(Action<SecureBotOptions>? configure = null)
    {
        var options = new SecureBotOptions();
        configure?.Invoke(options);
        var bot = new SecureBot(
            await LoopbackOpenIdServer.StartAsync(SharedKey.Value),
            await LoopbackConnectorServer.StartAsync(),
            await LoopbackTokenServer.StartAsync(),
            options.Time ?? new FakeTimeProvider(Start));
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppPassword"] = AppPassword,
                ["Bot:OpenIdMetadataUrl"] = bot.OpenId.MetadataUrl,
                ["Bot:BriefingSigningKey"] = BriefingSigningKey,
            };
            foreach (var (key, value) in options.Settings)
            {
                settings[key] = value;
            }

            bot._host = await BotTestHost.StartAsync(
                settings,
                options.Environment,
                bot.Time,
                services => bot.OverrideServices(services, options),
                logging => logging.AddProvider(new FakeLoggerProvider(bot.Logs)));
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>Options of a valid channel token: audience the app id, serviceurl the loopback connector.</summary>
    public TestTokenOptions Token(Action<TestTokenOptions>? change = null)
    {
        var options = new TestTokenOptions { Audience = AppId, ServiceUrl = Connector.ServiceUrl };
        change?.Invoke(options);
        return options;
    }

    /// <summary>An Authorization header with a valid token, or one with <paramref name="change"/> applied.</summary>
    public string Header(Action<TestTokenOptions>? change = null) => Tokens.CreateAuthorizationHeader(Token(change));

    /// <summary>A Teams message whose serviceUrl is the loopback connector.</summary>
    public JsonObject Message(string text = "hallo", string? id = null, bool expectReplies = false) =>
        AtConnector(Activities.Message(text, id, expectReplies: expectReplies));

    /// <summary>A Teams invoke whose serviceUrl is the loopback connector.</summary>
    public JsonObject Invoke(string name, JsonNode? value) => AtConnector(Activities.Invoke(name, value));

    public Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization) =>
        Host.PostActivityAsync(activity, authorization);

    /// <summary>Posts and asserts 401 with a problem body, no handler run, nothing sent out.</summary>
    public async Task AssertRejectedAsync(JsonObject activity, string? authorization)
    {
        using var response = await PostAsync(activity, authorization);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        AssertNothingHandled();
    }

    /// <summary>Posts and asserts 200 and that the handler ran for this activity.</summary>
    public async Task AssertAcceptedAsync(JsonObject activity, string? authorization)
    {
        using var response = await PostAsync(activity, authorization);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Recorder.Turns, turn => turn.Id == (string?)activity["id"]);
    }

    /// <summary>No handler ran, and neither the connector nor the token endpoint was called.</summary>
    public void AssertNothingHandled()
    {
        Assert.Empty(Recorder.Turns);
        Assert.Equal(0, Connector.RequestCount);
        Assert.Equal(0, TokenServer.RequestCount);
    }

    /// <summary>True when a record with this event id was logged.</summary>
    public bool Logged(int eventId) => Logs.GetSnapshot().Any(record => record.Id.Id == eventId);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await TokenServer.DisposeAsync();
        await Connector.DisposeAsync();
        await OpenId.DisposeAsync();
    }

    private JsonObject AtConnector(JsonObject activity)
    {
        activity["serviceUrl"] = Connector.ServiceUrl;
        return activity;
    }

    private void OverrideServices(IServiceCollection services, SecureBotOptions options)
    {
        services.PostConfigure<ClientCredentialsOptions>(token => token.AuthorityHost = TokenServer.AuthorityHost);
        services.AddHttpClient(ConnectorServiceCollectionExtensions.TokenHttpClientName).ConfigurePrimaryHttpMessageHandler(TokenServer.CreateTrustingHandler);
        if (options.TrustLoopbackConnector)
        {
            services.AddSingleton(LoopbackServiceUrlPolicy.Create());
        }

        if (options.ConnectorClock is { } clock)
        {
            services.AddTransient(sp => new ConnectorClient(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorServiceCollectionExtensions.ConnectorHttpClientName),
                sp.GetService<IAccessTokenProvider>(),
                sp.GetRequiredService<IOptions<ConnectorOptions>>(),
                clock,
                sp.GetRequiredService<ILogger<ConnectorClient>>(),
                sp.GetService<ServiceUrlPolicy>()));
        }

        var router = options.Router ?? (options.UseBotRoutes ? null : Recorder.CreateRouter());
        if (router is not null)
        {
            services.AddSingleton(router);
        }

        options.Services?.Invoke(services);
    }
}
