using System.Net;
using System.Net.Sockets;
using CooperationBot.Bot.Storage;
using CooperationBot.Host;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CooperationBot.Tests.Configuration;

/// <summary>Store:Provider, Store:Authentication and ConnectionStrings:Store at start-up: plain messages, never the password.</summary>
public sealed class StoreConfigurationTests
{
    private const string Password = "pw-must-not-be-printed";

    [Fact]
    public async Task TryValidateConfiguration_PostgresUnreachable_ReturnsFalseWithAPlainMessage()
    {
        var error = await ValidateAsync("postgres", $"Host=127.0.0.1;Port={ClosedPort()};Username=bot;Password={Password};Timeout=5");

        Assert.Contains("the store (Store:Provider, ConnectionStrings:Store) cannot be opened or migrated", error, StringComparison.Ordinal);
        AssertPlain(error);
    }

    [Fact]
    public async Task TryValidateConfiguration_UnknownProvider_ReturnsFalseNamingTheChoices()
    {
        var error = await ValidateAsync("mysql", "Data Source=x.db");

        Assert.Contains("Store:Provider must be 'sqlite' or 'postgres', not 'mysql'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData($"Database=bot;Username=bot;Password={Password}", "must name a Host")]
    [InlineData($"Data Source=x.db;Password={Password}", "is not a valid PostgreSQL connection string")]
    public async Task TryValidateConfiguration_BadPostgresConnectionString_ReturnsFalseWithoutThePassword(string connectionString, string expected)
    {
        var error = await ValidateAsync("Postgres", connectionString);

        Assert.Contains(expected, error, StringComparison.Ordinal);
        AssertPlain(error);
    }

    // The real program, as a child process: start-up stops with exit code 1 and one plain line.
    [Fact]
    public async Task Program_PostgresUnreachable_ExitsWithCode1AndAPlainMessage()
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Store__Provider"] = "postgres",
            ["ConnectionStrings__Store"] = $"Host=127.0.0.1;Port={ClosedPort()};Username=bot;Password={Password};Timeout=5",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Knowledge__Watch"] = "false",
        };
        using var process = BotProcess.Start(environment, ["--urls", "http://127.0.0.1:0"]);

        Assert.Equal(1, await process.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("cannot be opened or migrated", process.Error, StringComparison.Ordinal);
        AssertPlain(process.Output + process.Error);
    }

    [Theory]
    [InlineData("sqlite", "Data Source=x.db",
        "Store:Authentication=ManagedIdentity needs Store:Provider=postgres: a SQLite file has no sign-in.")]
    [InlineData("postgres", $"Host=db.example.nl;Database=bot;Username=bot-identity;Password={Password}",
        "ConnectionStrings:Store has a Password, but Store:Authentication=ManagedIdentity signs in with the managed identity's token: remove the password.")]
    [InlineData("postgres", "Host=db.example.nl;Database=bot;SSL Mode=Require",
        "ConnectionStrings:Store has no Username: with Store:Authentication=ManagedIdentity it must name the PostgreSQL role of the managed identity (Username=<identity name>).")]
    public async Task TryValidateConfiguration_ManagedIdentityMisconfigured_ReturnsFalseWithAPlainMessage(
        string provider, string connectionString, string expected)
    {
        var settings = new Dictionary<string, string?> { ["Store:Authentication"] = "ManagedIdentity" };
        AddManagedIdentity(settings);

        var error = await ValidateAsync(provider, connectionString, settings);

        Assert.Contains(expected, error, StringComparison.Ordinal);
        AssertPlain(error);
    }

    [Theory]
    [InlineData("MultiTenant")]
    [InlineData(null)]
    public async Task TryValidateConfiguration_ManagedIdentityWithoutTheBotsIdentity_SaysToSetIt(string? appType)
    {
        var settings = new Dictionary<string, string?> { ["Store:Authentication"] = "ManagedIdentity" };
        if (appType is not null)
        {
            settings["MicrosoftAppType"] = appType;
            settings["MicrosoftAppId"] = "c0ffee00-b0d1-4a5e-9f1a-5ec0de000001";
            settings["MicrosoftAppPassword"] = Password;
        }

        var error = await ValidateAsync("postgres", "Host=db.example.nl;Database=bot;Username=bot-identity", settings);

        Assert.Contains(
            "Store:Authentication=ManagedIdentity signs in to PostgreSQL with the bot's managed identity, but the bot has none: "
            + "set MicrosoftAppType=UserAssignedMSI and MicrosoftAppId to the client id of the user-assigned managed identity",
            error,
            StringComparison.Ordinal);
        AssertPlain(error);
    }

    [Fact]
    public async Task TryValidateConfiguration_UnknownAuthentication_ReturnsFalseNamingTheChoices()
    {
        var error = await ValidateAsync("postgres", "Host=db.example.nl;Database=bot;Username=bot", new() { ["Store:Authentication"] = "Kerberos" });

        Assert.Contains("Store:Authentication must be 'Password' or 'ManagedIdentity', not 'Kerberos'.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ManagedIdentity")]
    [InlineData("managedidentity")]
    public async Task StoreOptions_ManagedIdentityWithTheBotsIdentity_AreValidInAnyCase(string authentication)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Store:Provider"] = "postgres",
            ["Store:Authentication"] = authentication,
            ["ConnectionStrings:Store"] = "Host=db.example.nl;Database=bot;Username=bot-identity;SSL Mode=Require",
        };
        AddManagedIdentity(settings);
        await using var app = BotHost.Build(["--environment", "Development"], builder => builder.Configuration.AddInMemoryCollection(settings));

        var options = app.Services.GetRequiredService<IOptions<StoreOptions>>().Value;

        Assert.True(options.UsesManagedIdentity);
        Assert.NotNull(app.Services.GetService<PostgresAccessTokenPassword>());
    }

    private static void AddManagedIdentity(Dictionary<string, string?> settings)
    {
        settings["MicrosoftAppType"] = "UserAssignedMSI";
        settings["MicrosoftAppId"] = "c0ffee00-b0d1-4a5e-9f1a-5ec0de000001";
        settings["MicrosoftAppTenantId"] = "tenant-1";
    }

    private static async Task<string> ValidateAsync(string provider, string connectionString, Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>(more ?? [])
        {
            ["Store:Provider"] = provider,
            ["ConnectionStrings:Store"] = connectionString,
        };
        await using var app = BotHost.Build(
            ["--environment", "Development"],
            builder => builder.Configuration.AddInMemoryCollection(settings));
        using var error = new StringWriter();

        Assert.False(BotHost.TryValidateConfiguration(app, error));
        return error.ToString();
    }

    private static void AssertPlain(string text)
    {
        Assert.DoesNotContain(Password, text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    /// <summary>A loopback port nothing listens on (one just given by the system and closed again).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
