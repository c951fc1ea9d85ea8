using System.Net;
using System.Net.Sockets;
using CooperationBot.Host;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace CooperationBot.Tests.Configuration;

/// <summary>Store:Provider and ConnectionStrings:Store at start-up: plain messages, never the password.</summary>
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

    private static async Task<string> ValidateAsync(string provider, string connectionString)
    {
        await using var app = BotHost.Build(
            ["--environment", "Development"],
            builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:Provider"] = provider,
                ["ConnectionStrings:Store"] = connectionString,
            }));
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
