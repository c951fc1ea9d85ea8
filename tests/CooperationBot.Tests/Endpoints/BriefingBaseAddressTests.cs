using System.Net;
using CooperationBot.Bot.Briefings;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;
using CooperationBot.Host;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CooperationBot.Tests.Endpoints;

/// <summary>
/// Issue 19: briefing links that work where the bot runs. The host listens on a free port (never the default 3978);
/// in Development the link follows that port, elsewhere <c>Bot:PublicBaseUrl</c> is used, with a warning at start-up
/// when it matches none of the addresses the bot listens on.
/// </summary>
public sealed class BriefingBaseAddressTests
{
    private const string VisitId = "bezoek-marokko-2023-02-21";
    private const string SigningKey = "YnJpZWZpbmctYmFzZS1hZGRyZXNzLXRlc3RzLTMyYnk=";
    private const int NotListenedOnEvent = 5301;

    private static async Task<(BotTestHost Host, FakeLogCollector Logs)> StartAsync(string environment, string? publicBaseUrl = null)
    {
        var logs = new FakeLogCollector();
        var settings = Credentials();
        if (publicBaseUrl is not null)
        {
            settings["Bot:PublicBaseUrl"] = publicBaseUrl;
        }

        var host = await BotTestHost.StartAsync(settings, environment, logging: logging => logging.AddProvider(new FakeLoggerProvider(logs)));
        return (host, logs);
    }

    private static Dictionary<string, string?> Credentials() => new()
    {
        ["MicrosoftAppId"] = "c0ffee00-b0d1-4a5e-9f1a-5ec0de000001",
        ["MicrosoftAppPassword"] = "secret",
        ["Bot:BriefingSigningKey"] = SigningKey,
    };

    private static Uri Link(BotTestHost host) =>
        host.Services.GetRequiredService<IBriefingLinks>().CreateLink(VisitId, UserLanguage.Dutch)!;

    private static bool Warned(FakeLogCollector logs) =>
        logs.GetSnapshot().Any(record => record.Id.Id == NotListenedOnEvent && record.Level == LogLevel.Warning);

    [Fact]
    public async Task Development_DefaultBaseAddressOnAnotherPort_LinkUsesTheListeningAddressAndDownloads()
    {
        var (host, logs) = await StartAsync("Development");
        await using var _ = host;

        var link = Link(host);
        using var response = await host.Client.GetAsync(link);

        Assert.Equal(host.BaseAddress.GetLeftPart(UriPartial.Authority), link.GetLeftPart(UriPartial.Authority));
        Assert.NotEqual(3978, link.Port);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BriefingDocument.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.True(Warned(logs), "the configured http://127.0.0.1:3978 is not listened on");
    }

    [Fact]
    public async Task Development_PublicBaseAddress_IsKept()
    {
        var (host, _) = await StartAsync("Development", "https://tunnel.example.nl");
        await using var _host = host;

        Assert.StartsWith("https://tunnel.example.nl/briefings/", Link(host).AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_BaseAddressNotListenedOn_LinkKeepsItAndAWarningIsLogged()
    {
        var (host, logs) = await StartAsync("Production", "http://127.0.0.1:3978");
        await using var _ = host;

        Assert.StartsWith("http://127.0.0.1:3978/briefings/", Link(host).AbsoluteUri, StringComparison.Ordinal);
        Assert.True(Warned(logs), "a start-up warning names the mismatch");
    }

    [Fact]
    public async Task Production_BaseAddressThatIsListenedOn_NoWarning()
    {
        // Start once to learn a free port, then start again configured with exactly that address.
        int port;
        await using (var probe = await BotTestHost.StartAsync(new Dictionary<string, string?> { ["Bot:BriefingSigningKey"] = SigningKey }))
        {
            port = probe.BaseAddress.Port;
        }

        var logs = new FakeLogCollector();
        await using var app = BotHost.Build(
            ["--urls", $"http://127.0.0.1:{port}", "--environment", "Production"],
            builder =>
            {
                var store = Path.Combine(Path.GetTempPath(), $"cooperationbot-test-{Guid.NewGuid():N}.db");
                var settings = Credentials();
                settings["ConnectionStrings:Store"] = $"Data Source={store};Pooling=False";
                settings["Bot:PublicBaseUrl"] = $"http://127.0.0.1:{port}";
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.ClearProviders().AddProvider(new FakeLoggerProvider(logs));
            });
        Assert.True(BotHost.TryValidateConfiguration(app, TextWriter.Null));
        await app.StartAsync();
        try
        {
            Assert.False(Warned(logs));
            Assert.Contains(logs.GetSnapshot(), record => record.Message.Contains($"http://127.0.0.1:{port}", StringComparison.Ordinal));
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task OutsideDevelopment_NoPublicBaseUrl_StartUpFailsNamingIt(string environment)
    {
        await using var app = BotHost.Build(
            ["--environment", environment],
            builder =>
            {
                var settings = Credentials();
                settings["Bot:PublicBaseUrl"] = "";
                builder.Configuration.AddInMemoryCollection(settings);
            });
        using var error = new StringWriter();

        Assert.False(BotHost.TryValidateConfiguration(app, error));
        Assert.Contains("PublicBaseUrl", error.ToString(), StringComparison.Ordinal);
    }
}
