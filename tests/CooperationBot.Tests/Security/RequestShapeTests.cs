using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace CooperationBot.Tests.Security;

/// <summary>Security cases 31-32: the body's size and shape are checked before anything reads it as an activity.</summary>
public sealed class RequestShapeTests
{
    private const int LimitKilobytes = 4;

    // Case 31: over the limit, with a declared Content-Length and chunked: 413 before parsing (the body is not even
    // JSON) and before authentication (no header).
    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task PostActivity_OversizedBody_Returns413BeforeParsing(bool chunked, bool validActivity)
    {
        await using var bot = await SecureBot.StartAsync(o => o.Settings["Bot:MaxRequestBodyKilobytes"] = $"{LimitKilobytes}");
        var body = validActivity ? Padded(bot.Message(), (LimitKilobytes * 1024) + 1).ToJsonString() : new string('x', 64 * 1024);

        using var response = await SendAsync(bot, body, chunked, authorization: validActivity ? bot.Header() : null);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        bot.AssertNothingHandled();
    }

    // Case 31 (control): just under the limit passes, declared and chunked.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PostActivity_BodyJustUnderLimit_Returns200(bool chunked)
    {
        await using var bot = await SecureBot.StartAsync(o => o.Settings["Bot:MaxRequestBodyKilobytes"] = $"{LimitKilobytes}");
        var activity = Padded(bot.Message(), (LimitKilobytes * 1024) - 16);

        using var response = await SendAsync(bot, activity.ToJsonString(), chunked, bot.Header());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bot.Recorder.Turns);
    }

    // Case 32
    [Theory]
    [InlineData("not json")]
    [InlineData("{\"type\":\"message\"")]
    [InlineData("[]")]
    [InlineData("[{\"type\":\"message\"}]")]
    [InlineData("\"message\"")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("{}")]
    [InlineData("{\"text\":\"hallo\"}")]
    [InlineData("{\"type\":\"\"}")]
    [InlineData("{\"type\":\"  \"}")]
    [InlineData("{\"type\":5}")]
    [InlineData("{\"type\":[\"message\"]}")]
    [InlineData("{\"type\":\"message\",\"text\":{\"a\":1}}")]
    [InlineData("{\"type\":\"message\",\"from\":\"29:user\"}")]
    [InlineData("{\"type\":\"message\",\"entities\":{}}")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":7}")]
    public async Task PostActivity_WrongJsonShape_Returns400WithProblemBody(string body)
    {
        await using var bot = await SecureBot.StartAsync();

        using var response = await bot.Host.PostRawAsync(body, bot.Header());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int?)problem["status"]);
        Assert.Equal("Bad Request", (string?)problem["title"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
        bot.AssertNothingHandled();
    }

    /// <summary>The activity with its text padded so the serialized body is <paramref name="size"/> bytes.</summary>
    private static JsonObject Padded(JsonObject activity, int size)
    {
        activity["text"] = "";
        var padding = size - activity.ToJsonString().Length;
        activity["text"] = new string('a', padding);
        return activity;
    }

    private static Task<HttpResponseMessage> SendAsync(SecureBot bot, string body, bool chunked, string? authorization)
    {
        var content = chunked ? new UnknownLengthContent(body) : (HttpContent)new StringContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        Assert.Equal(chunked, content.Headers.ContentLength is null);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return bot.Host.Client.SendAsync(request);
    }
}
