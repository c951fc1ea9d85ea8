using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Connector;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Protocol.Tests.Connector;

/// <summary>Builds the real connector parts the tests run against loopback servers.</summary>
internal static class ConnectorTestParts
{
    public const string AppId = "00000000-aaaa-bbbb-cccc-000000000001";
    public const string Secret = "s3cr3t~Value.With+Specials/=";
    public const string TeamsConversationId = "a:1Xy@thread.skype;messageid=1617=x";
    public const string TeamsActivityId = "1:2@3;4=5";

    public static ConnectorClient Client(
        IAccessTokenProvider? tokenProvider = null,
        TimeProvider? timeProvider = null,
        ConnectorOptions? options = null,
        ServiceUrlPolicy? policy = null,
        ILogger<ConnectorClient>? logger = null) =>
        new(
            new HttpClient(ConnectorHttpHandler.CreatePrimaryHandler()),
            tokenProvider,
            Options.Create(options ?? new ConnectorOptions()),
            timeProvider ?? new InstantDelayTimeProvider(),
            logger ?? NullLogger<ConnectorClient>.Instance,
            policy);

    /// <summary>A client with a real token provider on <paramref name="tokens"/> that may talk to loopback.</summary>
    public static ConnectorClient ClientTrustingLoopback(LoopbackTokenServer tokens, TimeProvider? timeProvider = null) =>
        Client(TokenProvider(tokens), timeProvider, policy: LoopbackServiceUrlPolicy.Create());

    /// <summary>A real client-credentials provider (Azure.Identity) on the loopback token server, trusting its certificate.</summary>
    public static ClientCredentialsTokenProvider TokenProvider(
        LoopbackTokenServer tokens,
        TimeProvider? timeProvider = null,
        ILogger<ClientCredentialsTokenProvider>? logger = null,
        Action<ClientCredentialsOptions>? configure = null)
    {
        var options = new ClientCredentialsOptions { AppId = AppId, AppPassword = Secret, AuthorityHost = tokens.AuthorityHost };
        configure?.Invoke(options);
        return new(
            new HttpClient(tokens.CreateTrustingHandler()),
            Options.Create(options),
            timeProvider ?? TimeProvider.System,
            logger ?? NullLogger<ClientCredentialsTokenProvider>.Instance);
    }

    public static Activity Message(string text = "Hallo") => new() { Type = ActivityTypes.Message, Text = text };
}
