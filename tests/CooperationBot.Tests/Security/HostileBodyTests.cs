using System.Text;
using System.Text.Json.Nodes;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Security;

/// <summary>
/// Hostile bodies (issue 8, the fuzz command's body classes): each gets its exact status and problem text, before
/// any handler runs. Shapes RequestShapeTests already covers (status only) are here with their exact message.
/// </summary>
public sealed class HostileBodyTests(HostileInputHost bot) : IClassFixture<HostileInputHost>
{
    private const string NotAnActivity = "The body is not a JSON object holding an activity.";
    private const string Empty = "The body is empty: send the activity as a JSON object.";
    private const string TooLarge = "The body is larger than 256 KB.";
    private const string Twice = "The body has a property twice in one object.";

    // Class InvalidJson: truncated, garbage, JSON extensions no channel sends, a property twice.
    [Theory]
    [InlineData("{\"type\":\"message\"", NotAnActivity)]
    [InlineData("{\"type\":\"mess", "The body is not a valid activity (at $.type).")]
    [InlineData("not json", NotAnActivity)]
    [InlineData("{'type':'message'}", NotAnActivity)]
    [InlineData("{\"type\":\"message\",}", NotAnActivity)]
    [InlineData("/* c */{\"type\":\"message\"}", NotAnActivity)]
    [InlineData("{\"type\":\"message\"} x", NotAnActivity)]
    [InlineData("{\"type\":\"message\",\"text\":NaN}", "The body is not a valid activity (at $.text).")]
    [InlineData("{\"type\":\"message\",\"type\":\"invoke\"}", "The body is not a valid activity (at $.type).")]
    [InlineData("{\"type\":\"message\",\"x\":1,\"x\":2}", "The body is not a valid activity (at $.x).")]
    [InlineData("{\"type\":\"message\",\"value\":{\"verb\":\"help\",\"verb\":\"visit\"}}", Twice)]
    [InlineData("{\"type\":\"message\",\"channelData\":{\"tenant\":{\"id\":\"a\"},\"tenant\":{\"id\":\"b\"}}}", Twice)]
    public async Task PostActivity_InvalidJson_Returns400WithReason(string body, string detail)
    {
        using var response = await bot.SendAsync(body);

        await HostileInputHost.AssertBadRequestAsync(response, detail);
    }

    // Class WrongTypes: the path of the first field of the wrong type.
    [Theory]
    [InlineData("{\"type\":5}", "$.type")]
    [InlineData("{\"type\":\"message\",\"text\":{\"a\":1}}", "$.text")]
    [InlineData("{\"type\":\"message\",\"from\":\"29:user\"}", "$.from")]
    [InlineData("{\"type\":\"message\",\"conversation\":[]}", "$.conversation")]
    [InlineData("{\"type\":\"message\",\"entities\":{}}", "$.entities")]
    [InlineData("{\"type\":\"message\",\"timestamp\":\"yesterday\"}", "$.timestamp")]
    [InlineData("{\"type\":\"conversationUpdate\",\"membersAdded\":\"x\"}", "$.membersAdded")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":7}", "$.serviceUrl")]
    public async Task PostActivity_FieldOfWrongType_Returns400NamingIt(string body, string path)
    {
        using var response = await bot.SendAsync(body);

        await HostileInputHost.AssertBadRequestAsync(response, $"The body is not a valid activity (at {path}).");
    }

    // Class WrongTypes (control): value and channelData may hold any JSON; a value that is not a submit is not understood.
    [Fact]
    public async Task PostActivity_ValueIsANumber_AnswersNotUnderstood()
    {
        var message = Activities.Message("");
        message.Remove("text");
        message["value"] = 5;
        message["channelData"] = new JsonArray(1, 2);

        using var response = await bot.SendAsync(message.ToJsonString());

        Assert.Equal("Daar heb ik geen antwoord op", await HostileInputHost.SingleReplyHeadingAsync(response));
    }

    // Class DeepNesting: beyond 64 levels the reader stops at the field; the whole body nested is not an activity.
    [Theory]
    [InlineData("value", "[", "]", 10_000, "The body is not a valid activity (at $.value).")]
    [InlineData("channelData", "{\"a\":", "}", 100, "The body is not a valid activity (at $.channelData).")]
    [InlineData(null, "[", "]", 10_000, NotAnActivity)]
    [InlineData(null, "{\"a\":", "}", 10_000, "The body is not a valid activity (at $.a).")]
    public async Task PostActivity_DeepNesting_Returns400(string? field, string open, string close, int depth, string detail)
    {
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        var body = field is null ? nested : $"{{\"type\":\"message\",\"{field}\":{nested}}}";

        using var response = await bot.SendAsync(body);

        await HostileInputHost.AssertBadRequestAsync(response, detail);
    }

    // Class DeepNesting (control): 62 levels in the value are within the limit.
    [Fact]
    public async Task PostActivity_ValueNested62Levels_Answers200()
    {
        var message = Activities.Message("");
        message.Remove("text");
        var value = new JsonArray();
        for (var i = 1; i < 61; i++)
        {
            value = new JsonArray(value);
        }

        message["value"] = value;

        using var response = await bot.SendAsync(message.ToJsonString());

        Assert.Equal("Daar heb ik geen antwoord op", await HostileInputHost.SingleReplyHeadingAsync(response));
    }

    // Class EmptyBody
    [Theory]
    [InlineData("", false)]
    [InlineData("", true)]
    [InlineData("  \r\n\t", false)]
    [InlineData("\uFEFF", false)]
    [InlineData("\uFEFF \n", true)]
    public async Task PostActivity_EmptyBody_Returns400SayingSo(string body, bool chunked)
    {
        using var response = await bot.SendAsync(body, chunked: chunked);

        await HostileInputHost.AssertBadRequestAsync(response, Empty);
    }

    // Class WrongContentType: 415 before the body is read.
    [Theory]
    [InlineData(null, "The request has no Content-Type: send the activity as application/json.")]
    [InlineData("text/plain", "The Content-Type must be application/json.")]
    [InlineData("text/plain; charset=utf-8", "The Content-Type must be application/json.")]
    [InlineData("application/x-www-form-urlencoded", "The Content-Type must be application/json.")]
    [InlineData("multipart/form-data; boundary=x", "The Content-Type must be application/json.")]
    [InlineData("application/xml", "The Content-Type must be application/json.")]
    [InlineData(";;;", "The Content-Type must be application/json.")]
    [InlineData("application/json; charset=utf-16", "The body must be UTF-8 (Content-Type: application/json; charset=utf-8).")]
    [InlineData("application/json; charset=iso-8859-1", "The body must be UTF-8 (Content-Type: application/json; charset=utf-8).")]
    public async Task PostActivity_NotJsonContentType_Returns415(string? contentType, string detail)
    {
        using var response = await bot.SendAsync(Activities.Message("hulp").ToJsonString(), contentType);

        await HostileInputHost.AssertProblemAsync(response, 415, "Unsupported Media Type", detail);
    }

    // Class WrongContentType (control): JSON in any spelling is accepted.
    [Theory]
    [InlineData("application/json")]
    [InlineData("APPLICATION/JSON; Charset=UTF-8")]
    [InlineData("application/json; charset=\"utf-8\"")]
    [InlineData("application/json;charset=utf8")]
    [InlineData("application/vnd.example+json")]
    public async Task PostActivity_JsonContentType_Answers200(string contentType)
    {
        using var response = await bot.SendAsync(Activities.Message("hulp").ToJsonString(), contentType);

        Assert.Equal("CooperationBot: wat ik kan", await HostileInputHost.SingleReplyHeadingAsync(response));
    }

    // Class HugeStrings: a text that fills the body up to the limit is answered; one byte more is refused.
    [Theory]
    [InlineData(0, false)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(1, true)]
    public async Task PostActivity_TextFillingTheLimit_AnsweredUpToItAnd413Beyond(int over, bool chunked)
    {
        var message = Activities.Message("");
        var room = HostileInputHost.LimitBytes - Encoding.UTF8.GetByteCount(message.ToJsonString());
        message["text"] = new string('a', room + over);

        using var response = await bot.SendAsync(message.ToJsonString(), chunked: chunked);

        if (over == 0)
        {
            Assert.Equal("Dat staat niet in mijn kennis", await HostileInputHost.SingleReplyHeadingAsync(response));
        }
        else
        {
            await HostileInputHost.AssertProblemAsync(response, 413, "Payload Too Large", TooLarge);
        }
    }

    // Class OversizedBody: megabytes, declared or chunked, JSON or not: 413 with the limit named.
    [Theory]
    [InlineData(3, false, true)]
    [InlineData(3, true, true)]
    [InlineData(1, false, false)]
    [InlineData(1, true, false)]
    public async Task PostActivity_MegabytesOfBody_Returns413(int megabytes, bool chunked, bool json)
    {
        var size = megabytes * 1024 * 1024;
        var body = json ? Activities.Message(new string('a', size)).ToJsonString() : new string('x', size);

        using var response = await bot.SendAsync(body, chunked: chunked);

        await HostileInputHost.AssertProblemAsync(response, 413, "Payload Too Large", TooLarge);
    }
}
