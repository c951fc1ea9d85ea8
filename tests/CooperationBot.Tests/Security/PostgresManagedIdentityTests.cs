using System.Net;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Identity;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Bot.Storage;
using CooperationBot.Host;
using CooperationBot.Host.Configuration;
using CooperationBot.Host.Health;
using CooperationBot.Host.Identity;
using CooperationBot.Testing.Connector;
using CooperationBot.Testing.Storage;
using CooperationBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CooperationBot.Tests.Security;

/// <summary>
/// <c>Store:Authentication=ManagedIdentity</c> on the local PostgreSQL: a login role whose password is the token the
/// loopback App Service identity endpoint hands out, and a connection string with that Username and no password. This
/// proves the token path (scope, client id, refresh, failures), not Entra. Azure.Identity reads the endpoint from the
/// process environment, so these tests run alone; each uses its own client id, so no token Azure.Identity cached for
/// another test is served.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class PostgresManagedIdentityTests
{
    /// <summary>What the App Service endpoint is asked for: the scope without <c>/.default</c>.</summary>
    private const string PostgresResource = "https://ossrdbms-aad.database.windows.net";

    private static string NewClientId() => Guid.NewGuid().ToString();

    private static string NewToken(string name) => $"{name}-{Guid.NewGuid():N}";

    private static Dictionary<string, string?> Settings(string clientId, string connectionString) => new()
    {
        ["MicrosoftAppType"] = BotCredentialsOptions.UserAssignedMsi,
        ["MicrosoftAppId"] = clientId,
        ["MicrosoftAppPassword"] = null,
        ["MicrosoftAppTenantId"] = Activities.TenantId,
        ["Store:Provider"] = StoreOptions.Postgres,
        ["Store:Authentication"] = StoreOptions.ManagedIdentityAuthentication,
        ["ConnectionStrings:Store"] = connectionString,
    };

    private static Task<SecureBot> StartBotAsync(string clientId, string connectionString) => SecureBot.StartAsync(o =>
    {
        foreach (var (key, value) in Settings(clientId, connectionString))
        {
            o.Settings[key] = value;
        }
    });

    private static async Task<(HttpStatusCode Status, Dictionary<string, (string Status, string Description)> Checks)> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var checks = body["checks"]!.AsArray().ToDictionary(
            check => (string)check!["name"]!, check => ((string)check!["status"]!, (string?)check!["description"] ?? ""));
        return (response.StatusCode, checks);
    }

    private static AnswerRecord Answer(string id) => new(id, "Wie helpt bij subsidies?", "nl", true, ["item-1"], "v1", DateTimeOffset.UtcNow);

    [Fact]
    public async Task Host_StoreManagedIdentity_SignsInWithTheIdentityTokenAsPasswordAndIsReady()
    {
        await using var scene = await Scene.StartAsync(identityFails: false);
        var (identity, role, database) = (scene.Identity, scene.Role, scene.Database);
        var clientId = NewClientId();
        var connectionString = role.ConnectionStringWithoutPassword(database);
        Assert.Null(new NpgsqlConnectionStringBuilder(connectionString).Password);

        await using var bot = await StartBotAsync(clientId, connectionString);
        var store = bot.Host.Services.GetRequiredService<IFeedbackStore>();
        await store.RecordAnswerAsync(Answer("m-1"), CancellationToken.None);
        var found = await store.FindAnswerAsync("m-1", CancellationToken.None);
        var (status, checks) = await ReadyAsync(bot.Host.Client);
        await bot.AssertAcceptedAsync(bot.Message(), bot.Header(t => t.Audience = clientId));

        Assert.Equal("Wie helpt bij subsidies?", found?.Question);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("Healthy", "The store answers."), checks[StoreHealthCheck.Name]);
        Assert.Equal("Healthy", checks[ConnectorTokenHealthCheck.Name].Status);
        await using (var connection = await database.OpenAsync())
        await using (var owner = new NpgsqlCommand("SELECT tableowner FROM pg_tables WHERE tablename = 'answers'", connection))
        {
            Assert.Equal(role.Name, await owner.ExecuteScalarAsync());
        }

        // One credential, the bot's identity, for both: every request names its client id; the store asked for PostgreSQL.
        Assert.IsType<ManagedIdentityCredential>(bot.Host.Services.GetRequiredService<TokenCredential>());
        var queries = identity.Requests.Select(LoopbackManagedIdentityServer.Query).ToList();
        Assert.All(queries, query => Assert.Equal(clientId, query["client_id"]));
        Assert.Contains(queries, query => query["resource"] == PostgresResource);
        Assert.Contains(queries, query => query["resource"] == "https://api.botframework.com");
        Assert.All(bot.Logs.GetSnapshot(), record => Assert.DoesNotContain(scene.Password, record.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Store_TokenRotated_SignsInWithTheNewTokenAfterTheRefreshInterval()
    {
        await using var scene = await Scene.StartAsync(identityFails: false);
        var (identity, role, database) = (scene.Identity, scene.Role, scene.Database);

        // Shorter than the five minutes before expiry at which Azure.Identity stops serving a cached token, so every
        // refresh reaches the endpoint (the deployed default interval, four minutes, relies on that margin too).
        identity.ExpiresIn = TimeSpan.FromMinutes(3);

        // Without pooling every operation signs in anew, with the password the provider holds at that moment.
        var connectionString = new NpgsqlConnectionStringBuilder(role.ConnectionStringWithoutPassword(database)) { Pooling = false }.ConnectionString;
        var logs = new FakeLogCollector();
        var password = new PostgresAccessTokenPassword(Credential(NewClientId()), new FakeLogger<PostgresAccessTokenPassword>(logs))
        {
            RefreshInterval = TimeSpan.FromMilliseconds(300),
            RetryInterval = TimeSpan.FromMilliseconds(100),
        };
        await using var store = new PostgresFeedbackStore(ManagedIdentityOptions(connectionString), TimeProvider.System, password);
        await store.RecordAnswerAsync(Answer("before"), CancellationToken.None);

        // Counted before the rotation starts: on a loaded machine a refresh can fall between the new token and the count.
        var requestsAtRotation = identity.RequestCount;
        var second = NewToken("second");
        identity.Token = second;
        await role.SetPasswordAsync(second);

        // Until the provider refreshes, a sign-in with the first token is refused; after it, the second works.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                await store.RecordAnswerAsync(Answer("after"), CancellationToken.None);
                break;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.InvalidPassword && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }

        Assert.NotNull(await store.FindAnswerAsync("after", CancellationToken.None));
        Assert.True(identity.RequestCount > requestsAtRotation);
        Assert.All(identity.Requests.Select(LoopbackManagedIdentityServer.Query), query => Assert.Equal(PostgresResource, query["resource"]));
        Assert.All(logs.GetSnapshot(), record =>
        {
            Assert.DoesNotContain(scene.Password, record.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(second, record.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Store_IdentityEndpointFails_OperationFailsWithAPlainReason()
    {
        await using var scene = await Scene.StartAsync(identityFails: true);
        var (identity, role, database) = (scene.Identity, scene.Role, scene.Database);
        var password = new PostgresAccessTokenPassword(Credential(NewClientId()), new FakeLogger<PostgresAccessTokenPassword>());
        await using var store = new PostgresFeedbackStore(ManagedIdentityOptions(role.ConnectionStringWithoutPassword(database)), TimeProvider.System, password);

        var exception = await Assert.ThrowsAsync<NpgsqlException>(() => store.RecordAnswerAsync(Answer("m-1"), CancellationToken.None));

        var reason = StoreTokenException.Find(exception);
        Assert.NotNull(reason);
        Assert.Equal("No access token for PostgreSQL: The identity service answered 500 (managed_identity_request_failed) to ManagedIdentityCredential.", reason.Message);
        Assert.DoesNotContain(identity.Secret, reason.Message, StringComparison.Ordinal);
        Assert.Equal("The store cannot be reached: " + reason.Message, StoreHealthCheck.Describe(exception));
    }

    [Fact]
    public async Task TryValidateConfiguration_IdentityEndpointFails_ReturnsFalseWithThePlainReason()
    {
        await using var scene = await Scene.StartAsync(identityFails: true);
        var (identity, role, database) = (scene.Identity, scene.Role, scene.Database);
        await using var app = Build(NewClientId(), role.ConnectionStringWithoutPassword(database));
        using var error = new StringWriter();

        Assert.False(BotHost.TryValidateConfiguration(app, error));

        Assert.Contains(
            "the store (Store:Provider, ConnectionStrings:Store) cannot be opened or migrated: No access token for PostgreSQL: The identity service answered 500 (managed_identity_request_failed) to ManagedIdentityCredential.",
            error.ToString(),
            StringComparison.Ordinal);
        Assert.DoesNotContain(identity.Secret, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readyz_IdentityEndpointFails_Answers503WithThePlainReason()
    {
        await using var scene = await Scene.StartAsync(identityFails: true);
        var (identity, role, database) = (scene.Identity, scene.Role, scene.Database);

        // Started without the start-up check, which would stop it: readiness must say why the store is not usable.
        await using var app = Build(NewClientId(), role.ConnectionStringWithoutPassword(database));
        app.MapBotEndpoints();
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };

        // Azure.Identity retries a 500 with pauses, which may outlast the first probe's time limit.
        var (status, checks) = await ReadyAsync(client);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (checks[StoreHealthCheck.Name].Description == "The check did not finish in time." && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            (status, checks) = await ReadyAsync(client);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(
            ("Unhealthy", "The store cannot be reached: No access token for PostgreSQL: The identity service answered 500 (managed_identity_request_failed) to ManagedIdentityCredential."),
            checks[StoreHealthCheck.Name]);
        await app.StopAsync();
    }

    [Fact]
    public async Task Readyz_TokenNotAccepted_Answers503SayingTheSignInWasRefused()
    {
        await using var scene = await Scene.StartAsync(identityFails: false);
        var (identity, role, database) = (scene.Identity, scene.Role, scene.Database);
        var connectionString = new NpgsqlConnectionStringBuilder(role.ConnectionStringWithoutPassword(database)) { Pooling = false }.ConnectionString;
        await using var bot = await StartBotAsync(NewClientId(), connectionString);

        // The role's password changes under the bot: its token is no longer accepted at the next sign-in.
        await role.SetPasswordAsync(NewToken("other"));
        var (status, checks) = await ReadyAsync(bot.Host.Client);
        var exception = await Assert.ThrowsAsync<PostgresException>(() => bot.Host.Services.GetRequiredService<IDigestStore>().CheckAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(
            ("Unhealthy", "The store refused the sign-in (28P01): the role's password, or with Store:Authentication=ManagedIdentity the identity's token, was not accepted."),
            checks[StoreHealthCheck.Name]);
        Assert.Equal(PostgresErrorCodes.InvalidPassword, exception.SqlState);
        Assert.DoesNotContain(scene.Password, exception.Message, StringComparison.Ordinal);
    }

    private static TokenCredential Credential(string clientId) => ConnectorCredentialFactory.CreateManagedIdentity(new BotCredentialsOptions
    {
        MicrosoftAppType = BotCredentialsOptions.UserAssignedMsi,
        MicrosoftAppId = clientId,
        MicrosoftAppTenantId = Activities.TenantId,
    });

    private static IOptions<StoreOptions> ManagedIdentityOptions(string connectionString) => Options.Create(new StoreOptions
    {
        Provider = StoreOptions.Postgres,
        Authentication = StoreOptions.ManagedIdentityAuthentication,
        ConnectionString = connectionString,
    });

    /// <summary>The program's host with a user-assigned identity and the store on it; OpenID metadata on a closed port.</summary>
    private static WebApplication Build(string clientId, string connectionString) => BotHost.Build(
        ["--urls", "http://127.0.0.1:0", "--environment", "Development"],
        builder =>
        {
            var settings = Settings(clientId, connectionString);
            settings["Bot:OpenIdMetadataUrl"] = "http://127.0.0.1:9/.well-known/openidconfiguration";
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.ClearProviders();
        });
    /// <summary>
    /// The loopback identity endpoint (named in the process environment), a login role whose password is the token it
    /// hands out (when <c>identityFails</c>, an endpoint that answers 500 instead), and a
    /// new database the role may create tables in. Disposed in reverse: the database before the role.
    /// </summary>
    private sealed class Scene : IAsyncDisposable
    {
        private EnvironmentScope? _environment;

        private Scene(LoopbackManagedIdentityServer identity) => Identity = identity;

        public LoopbackManagedIdentityServer Identity { get; }

        /// <summary>The role's password: the token the endpoint hands out unless it fails.</summary>
        public string Password { get; } = NewToken("pg-token");

        public TempPostgresRole Role { get; private set; } = null!;

        public TempPostgresDatabase Database { get; private set; } = null!;

        public static async Task<Scene> StartAsync(bool identityFails)
        {
            var scene = new Scene(await LoopbackManagedIdentityServer.StartAsync());
            try
            {
                scene._environment = new EnvironmentScope(scene.Identity.Environment);
                if (identityFails)
                {
                    scene.Identity.Enqueue([.. Enumerable.Repeat(ScriptedResponse.Json(500, """{"error":"boom"}"""), 50)]);
                }
                else
                {
                    scene.Identity.Token = scene.Password;
                }

                scene.Role = await TempPostgresRole.CreateAsync(scene.Password);
                scene.Database = await TempPostgresDatabase.CreateAsync();
                await scene.Role.GrantAsync(scene.Database);
                return scene;
            }
            catch
            {
                await scene.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (Database is not null)
            {
                await Database.DisposeAsync();
            }

            if (Role is not null)
            {
                await Role.DisposeAsync();
            }

            _environment?.Dispose();
            await Identity.DisposeAsync();
        }
    }
}
