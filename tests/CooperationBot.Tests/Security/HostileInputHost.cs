using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Security;

/// <summary>
/// One development host (anonymous, expectReplies, the default 256 KB body limit) shared by a class of hostile-input
/// tests, the way the fuzz command (bench, issue 8) meets the bot; requests are sent as raw bytes with any Content-Type.
/// </summary>
public sealed class HostileInputHost : IAsyncLifetime
{
    public const string Json = "application/json; charset=utf-8";
    public const int LimitBytes = 256 * 1024;

    private BotTestHost? _host;

    public BotTestHost Host => _host ?? throw new InvalidOperationException("The host has not started.");

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    public Task<HttpResponseMessage> SendAsync(string body, string? contentType = Json, bool chunked = false) =>
        chunked ? Send(new UnknownLengthContent(body), contentType) : SendAsync(Encoding.UTF8.GetBytes(body), contentType);

    public Task<HttpResponseMessage> SendAsync(byte[] body, string? contentType = Json) => Send(new ByteArrayContent(body), contentType);

    /// <summary>Asserts a problem document with exactly this status, title and detail.</summary>
    public static async Task AssertProblemAsync(HttpResponseMessage response, int status, string title, string detail)
    {
        Assert.Equal((HttpStatusCode)status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(status, (int?)problem["status"]);
        Assert.Equal(title, (string?)problem["title"]);
        Assert.Equal(detail, (string?)problem["detail"]);
    }

    public static Task AssertBadRequestAsync(HttpResponseMessage response, string detail) =>
        AssertProblemAsync(response, 400, "Bad Request", detail);

    /// <summary>Asserts 200 with one reply and returns its card's heading (or its text when it has no card).</summary>
    public static async Task<string?> SingleReplyHeadingAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await BotTestHost.ReadRepliesAsync(response))!;
        return reply["attachments"] is JsonArray { Count: > 0 } attachments
            ? (string?)attachments[0]!["content"]!["body"]![0]!["text"]
            : (string?)reply["text"];
    }

    private Task<HttpResponseMessage> Send(HttpContent content, string? contentType)
    {
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return Host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content });
    }
}
