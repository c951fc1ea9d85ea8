using System.Net;
using CooperationBot.Bot.Briefings;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Tests.Endpoints;

/// <summary>GET /briefings/{token} through the real host: the document for a genuine link, plain refusals otherwise.</summary>
public sealed class BriefingEndpointTests
{
    private const string VisitId = "bezoek-marokko-2023-02-21";
    private const string SigningKey = "YnJpZWZpbmctZW5kcG9pbnQtdGVzdHMtMzItYnl0ZXM=";

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Bot:BriefingSigningKey"] = SigningKey };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    private static Uri Link(BotTestHost host, string visitId = VisitId, UserLanguage language = UserLanguage.Dutch) =>
        host.Services.GetRequiredService<IBriefingLinks>().CreateLink(visitId, language)!;

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string words)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains(words, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "briefing-2023-02-21-marokko-nl.docx", "Datum en plaats")]
    [InlineData(UserLanguage.English, "briefing-2023-02-21-morocco-en.docx", "Date and place")]
    public async Task Get_BotsLink_Answers200WithTheWordNote(UserLanguage language, string fileName, string heading)
    {
        await using var host = await BotTestHost.StartAsync(Settings());
        var link = Link(host, language: language);

        using var response = await host.Client.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(new Uri(host.BaseAddress, "briefings/").AbsoluteUri, link.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(BriefingDocument.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var text = WordText.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(heading, text, StringComparison.Ordinal);
        Assert.Contains("Laftit", text, StringComparison.Ordinal);
        Assert.Contains("UNHCR", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateLink_PublicBaseUrlWithPath_LinkUnderIt()
    {
        await using var host = await BotTestHost.StartAsync(Settings(("Bot:PublicBaseUrl", "https://bot.example.nl/teams/")));

        Assert.StartsWith("https://bot.example.nl/teams/briefings/", Link(host).AbsoluteUri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TamperedMalformedOrForeignTokens_Answer403PlainText()
    {
        await using var host = await BotTestHost.StartAsync(Settings());
        var token = Link(host).Segments[^1];
        var foreign = new BriefingTokens(new byte[32], TimeSpan.FromHours(1), TimeProvider.System).Create(VisitId, UserLanguage.Dutch);
        string[] refused =
        [
            (token[0] == 'A' ? "B" : "A") + token[1..],
            token[..^1] + (token[^1] == 'A' ? "B" : "A"),
            foreign,
            "not-a-token",
            new string('A', 2000),
        ];

        foreach (var bad in refused)
        {
            using var response = await host.Client.GetAsync("/briefings/" + Uri.EscapeDataString(bad));
            await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "This briefing link is not valid.");
        }
    }

    [Fact]
    public async Task Get_AfterTheLifetime_Answers403SayingExpired()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var host = await BotTestHost.StartAsync(Settings(("Bot:BriefingTokenLifetimeHours", "2")), time: time);
        var link = Link(host);

        time.Advance(TimeSpan.FromHours(2));
        using var response = await host.Client.GetAsync(link.PathAndQuery);

        await AssertRefusedAsync(response, HttpStatusCode.Forbidden, "expired");
    }

    [Fact]
    public async Task Get_VisitNoLongerInTheKnowledge_Answers404PlainText()
    {
        await using var host = await BotTestHost.StartAsync(Settings());

        using var response = await host.Client.GetAsync(Link(host, "bezoek-dat-niet-meer-bestaat").PathAndQuery);

        await AssertRefusedAsync(response, HttpStatusCode.NotFound, "no longer in the knowledge base");
    }

    [Fact]
    public async Task Get_DevelopmentWithoutKey_KeyFileCreatedOnceAndReusedByTheNextHost()
    {
        var folder = Directory.CreateTempSubdirectory("cooperationbot-briefing-key-").FullName;
        try
        {
            var keyFile = Path.Combine(folder, ".data", "briefing-signing.key");
            var settings = new Dictionary<string, string?> { ["Bot:BriefingKeyFile"] = keyFile };
            Uri link;
            await using (var first = await BotTestHost.StartAsync(settings))
            {
                link = Link(first);
            }

            var key = await File.ReadAllTextAsync(keyFile);
            await using var second = await BotTestHost.StartAsync(settings);
            using var response = await second.Client.GetAsync(link.PathAndQuery);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(key, await File.ReadAllTextAsync(keyFile));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Get_ServedAndRefused_LogsNeitherTokenNorKey()
    {
        var logs = new FakeLogCollector();
        await using var host = await BotTestHost.StartAsync(Settings(), logging: logging => logging.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace));
        var token = Link(host).Segments[^1];

        using (var served = await host.Client.GetAsync("/briefings/" + token))
        using (var refused = await host.Client.GetAsync("/briefings/" + token[1..]))
        {
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var all = logs.GetSnapshot();
        Assert.Contains(all, r => r.Message.Contains("Briefing note for visit " + VisitId, StringComparison.Ordinal));
        Assert.Contains(all, r => r.Message.Contains("Briefing link refused: invalid", StringComparison.Ordinal));
        Assert.DoesNotContain(all, r => r.Message.Contains(token[1..20], StringComparison.Ordinal) || r.Message.Contains(SigningKey[..20], StringComparison.Ordinal));
        Assert.DoesNotContain(all, r => r.StructuredState?.Any(kv => kv.Value?.Contains(token[1..20], StringComparison.Ordinal) == true) == true);
    }
}
