using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CooperationBot.Host;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Tests.Infrastructure;

/// <summary>
/// The real bot host (Kestrel on 127.0.0.1, a free port) built exactly as the program builds it, with
/// configuration given by the test. Use <see cref="StartAsync"/>, then send requests with <see cref="Client"/>.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts a host. <paramref name="settings"/> override appsettings.json (keys like <c>Bot:AllowedTenants:0</c>);
    /// <paramref name="time"/> replaces the clock; <paramref name="overrideServices"/> replaces services after the
    /// bot's own registrations (e.g. a router that records calls); <paramref name="logging"/> adds log providers;
    /// <paramref name="mapMore"/> maps further endpoints after the bot's (behind its error handling).
    /// </summary>
    public static async Task<BotTestHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        string environment = "Development",
        TimeProvider? time = null,
        Action<IServiceCollection>? overrideServices = null,
        Action<ILoggingBuilder>? logging = null,
        Action<WebApplication>? mapMore = null)
    {
        var app = BotHost.Build(
            ["--urls", "http://127.0.0.1:0", "--environment", environment],
            builder =>
            {
                // Each host gets its own SQLite file unless the test names one.
                var store = Path.Combine(Path.GetTempPath(), $"cooperationbot-test-{Guid.NewGuid():N}.db");
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Store"] = $"Data Source={store};Pooling=False" });
                builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
                builder.Logging.ClearProviders();
                logging?.Invoke(builder.Logging);
                if (time is not null)
                {
                    builder.Services.AddSingleton(time);
                }
            },
            overrideServices);
        if (!BotHost.TryValidateConfiguration(app, TextWriter.Null))
        {
            throw new InvalidOperationException("The test host's configuration is not valid.");
        }

        app.MapBotEndpoints();
        mapMore?.Invoke(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BotTestHost(app, new Uri(address));
    }

    /// <summary>POSTs an activity (a JSON object or any serializable value) to /api/messages.</summary>
    public Task<HttpResponseMessage> PostActivityAsync(object activity, string? authorization = null)
    {
        var json = activity is JsonNode node ? node.ToJsonString() : JsonSerializer.Serialize(activity);
        return PostRawAsync(json, authorization);
    }

    public Task<HttpResponseMessage> PostRawAsync(string body, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Reads the <c>activities</c> of an expectReplies answer.</summary>
    public static async Task<JsonArray> ReadRepliesAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["activities"]!.AsArray();
    }

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
