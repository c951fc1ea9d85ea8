using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Security;

/// <summary>
/// Well-formed but hostile activities (issue 8, the fuzz command's activity classes): unknown types, missing fields,
/// malformed invokes and submits, odd Unicode, hostile text. Each gets its exact status and answer.
/// </summary>
public sealed class HostileActivityTests(HostileInputHost bot) : IClassFixture<HostileInputHost>
{
    private const string Help = "CooperationBot: wat ik kan";
    private const string NotUnderstood = "Daar heb ik geen antwoord op";
    private const string NotKnown = "Dat staat niet in mijn kennis";
    private const string NotKnownEnglish = "That is not in my knowledge";

    // Class UnknownType: acknowledged, nothing answered.
    [Theory]
    [InlineData("zzz")]
    [InlineData("typing")]
    [InlineData("event")]
    [InlineData("Message")]
    [InlineData("message ")]
    [InlineData("\u202Emessage")]
    public async Task PostActivity_UnknownType_Answers200WithoutReplies(string type)
    {
        var activity = Activities.Message("hulp");
        activity["type"] = type;

        using var response = await bot.SendAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"activities\":[]}", await response.Content.ReadAsStringAsync());
    }

    // Class MissingFields: what a channel always sends may be missing; the bot still answers the message.
    [Theory]
    [InlineData("from")]
    [InlineData("recipient")]
    [InlineData("conversation")]
    [InlineData("channelId")]
    [InlineData("channelData")]
    [InlineData("id")]
    [InlineData("serviceUrl")]
    public async Task PostActivity_MessageWithoutField_StillAnswersHelp(string field)
    {
        var message = Activities.Message("hulp");
        message.Remove(field);

        using var response = await bot.SendAsync(message.ToJsonString());

        Assert.Equal(Help, await HostileInputHost.SingleReplyHeadingAsync(response));
    }

    // Class MissingFields: without expectReplies and serviceUrl there is nowhere to reply: acknowledged with an empty 200.
    [Fact]
    public async Task PostActivity_NoServiceUrlNoExpectReplies_Answers200Empty()
    {
        var message = Activities.Message("hulp", expectReplies: false);
        message.Remove("serviceUrl");

        using var response = await bot.SendAsync(message.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    // Class MalformedInvoke: adaptiveCard/action gets 200 with a statusCode 400 body naming what is wrong.
    [Theory]
    [InlineData(null, "The invoke value has no 'action' object.")]
    [InlineData("[1,2]", "The invoke value has no 'action' object.")]
    [InlineData("{\"action\":\"help\"}", "The invoke value has no 'action' object.")]
    [InlineData("{\"action\":{\"type\":\"Action.Submit\",\"verb\":\"help\"}}", "The action type must be 'Action.Execute'.")]
    [InlineData("{\"action\":{\"type\":\"action.execute\",\"verb\":\"help\"}}", "The action type must be 'Action.Execute'.")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"verb\":5}}", "The action has no verb.")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"help\",\"data\":[1]}}", "The action data must be an object.")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"verb\":\"no-such-verb\"}}", "Unknown verb 'no-such-verb'.")]
    public async Task PostInvoke_MalformedCardAction_Returns200WithBadRequestMessage(string? value, string message)
    {
        var invoke = Activities.Invoke("adaptiveCard/action", value is null ? null : JsonNode.Parse(value));

        using var response = await bot.SendAsync(invoke.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal("BadRequest", (string?)body["value"]!["code"]);
        Assert.Equal(message, (string?)body["value"]!["message"]);
    }

    // Class MalformedInvoke: a feedback vote that is not one is refused with a problem-shaped 400.
    [Theory]
    [InlineData("[1]")]
    [InlineData("\"x\"")]
    [InlineData("{\"actionName\":\"other\",\"actionValue\":{}}")]
    public async Task PostInvoke_SubmitActionNotAFeedbackVote_Returns400(string value)
    {
        using var response = await bot.SendAsync(Activities.Invoke("message/submitAction", JsonNode.Parse(value)).ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("{\"status\":400,\"title\":\"Bad Request\",\"detail\":\"Not a feedback action.\"}", await response.Content.ReadAsStringAsync());
    }

    // Class MalformedInvoke: a vote whose free-text feedback is not JSON still counts: empty 200.
    [Fact]
    public async Task PostInvoke_FeedbackVoteWithBrokenFeedbackText_Returns200Empty()
    {
        var value = JsonNode.Parse("""{"actionName":"feedback","actionValue":{"reaction":"like","feedback":"{not json"}}""");

        using var response = await bot.SendAsync(Activities.Invoke("message/submitAction", value).ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    // Class MalformedInvoke: invoke names the bot does not implement get the protocol's 501, with no body.
    [Theory]
    [InlineData("task/fetch")]
    [InlineData("signin/verifyState")]
    [InlineData("ADAPTIVECARD/ACTION")]
    [InlineData("../../etc/passwd")]
    public async Task PostInvoke_UnknownName_Returns501Empty(string name)
    {
        using var response = await bot.SendAsync(Activities.Invoke(name, new JsonObject()).ToJsonString());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    // Class MalformedSubmit: a value that is not a submit of a known verb is not understood; a bad visit id finds no visit.
    [Theory]
    [InlineData("\"x\"", NotUnderstood)]
    [InlineData("[]", NotUnderstood)]
    [InlineData("{\"verb\":5}", NotUnderstood)]
    [InlineData("{\"verb\":\"nope\"}", NotUnderstood)]
    [InlineData("{\"verb\":\"ask\",\"question\":5}", NotUnderstood)]
    [InlineData("{\"verb\":\"visit\",\"visitId\":[]}", "Geen bezoek gevonden")]
    [InlineData("{\"verb\":\"visit\",\"visitId\":\"no-such-visit\"}", "Geen bezoek gevonden")]
    public async Task PostActivity_MalformedSubmit_AnswersWithCard(string value, string heading)
    {
        var message = Activities.Message("");
        message.Remove("text");
        message["value"] = JsonNode.Parse(value);

        using var response = await bot.SendAsync(message.ToJsonString());

        Assert.Equal(heading, await HostileInputHost.SingleReplyHeadingAsync(response));
    }

    // Class MalformedSubmit: a digest form with every field wrong is refused with the reasons, nothing saved.
    [Fact]
    public async Task PostActivity_DigestSaveWithWrongTypes_AnswersWhatIsWrong()
    {
        var message = Activities.Message("");
        message.Remove("text");
        message["value"] = JsonNode.Parse("""{"verb":"digestSave","time":[]}""");

        using var response = await bot.SendAsync(message.ToJsonString());

        var text = await HostileInputHost.SingleReplyHeadingAsync(response);
        Assert.StartsWith("Niet opgeslagen: '[]' is geen tijd: gebruik uu:mm tussen 00:00 en 23:59", text, StringComparison.Ordinal);
    }

    // Class OddUnicode: a lone surrogate escape or bytes that are not UTF-8 make the field unreadable: 400 naming it.
    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"x\\udc00y\"")]
    [InlineData("\"\\ud83d\"")]
    [InlineData("\u00FF")]
    [InlineData("\u00C0\u00AF")]
    [InlineData("\u00ED\u00A0\u0080")]
    public async Task PostActivity_TextNotValidUnicode_Returns400AtText(string raw)
    {
        // Escapes are spliced in as written; other characters stand for single raw bytes (Latin-1), invalid as UTF-8.
        var rawBytes = raw.StartsWith('"') ? Encoding.ASCII.GetBytes(raw) : [(byte)'"', .. Encoding.Latin1.GetBytes(raw), (byte)'"'];
        var json = Activities.Message("PLACEHOLDER").ToJsonString().Split("\"PLACEHOLDER\"");
        byte[] body = [.. Encoding.UTF8.GetBytes(json[0]), .. rawBytes, .. Encoding.UTF8.GetBytes(json[1])];

        using var response = await bot.SendAsync(body);

        await HostileInputHost.AssertBadRequestAsync(response, "The body is not a valid activity (at $.text).");
    }

    // Class OddUnicode: valid but odd characters are answered like any text.
    [Theory]
    [InlineData("\u0000\u0001")]
    [InlineData("\U0001F600\U0001F468\u200D\U0001F469 hoeveel?")]
    [InlineData("\uFFFF\uFFFE\uFDFD")]
    [InlineData("\u0645\u0631\u062D\u0628\u0627")]
    public async Task PostActivity_OddButValidUnicode_AnswersNotKnown(string text)
    {
        using var response = await bot.SendAsync(Activities.Message(text).ToJsonString());

        Assert.Equal(NotKnown, await HostileInputHost.SingleReplyHeadingAsync(response));
    }

    // Class OddUnicode: bidi overrides, NUL and combining marks around "hulp" are no help command: answered from the knowledge.
    [Theory]
    [InlineData("\u202Ehulp")]
    [InlineData("hulp\u0000")]
    [InlineData("h\u0336u\u0336l\u0336p")]
    public async Task PostActivity_HulpWithOddCharacters_IsNoHelpCommand(string text)
    {
        using var response = await bot.SendAsync(Activities.Message(text).ToJsonString());

        Assert.NotEqual(Help, await HostileInputHost.SingleReplyHeadingAsync(response));
    }

    // Class OddUnicode (found by the fuzzer): U+FFFE and lone surrogates made Unicode normalization throw, so the
    // question or visit search failed with "something went wrong".
    [Theory]
    [InlineData("\uFFFE", NotKnown)]
    [InlineData("hoeveel \uFFFE terugkeer", "Antwoord uit de kennisbank")]
    [InlineData("bezoek \uFFFE", "Geen bezoek gevonden")]
    public async Task PostActivity_TextWithUFFFE_AnsweredNormally(string text, string heading)
    {
        using var response = await bot.SendAsync(Activities.Message(text).ToJsonString());

        Assert.Equal(heading, await HostileInputHost.SingleReplyHeadingAsync(response));
    }

    // Class HostileText: injections are just questions the knowledge cannot answer, in whichever language their few
    // words lean to ("drop table subscriptions", a lone "a": English). Each in a conversation of its own, so that one
    // text's language does not become the next one's stored language.
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("'; DROP TABLE subscriptions; --")]
    [InlineData("${{7*7}} {{7*7}} ${jndi:ldap://127.0.0.1/a}")]
    [InlineData("{0}{1} %s%n")]
    [InlineData("(a+)+$ aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!")]
    public async Task PostActivity_HostileText_AnswersNotKnown(string text)
    {
        var message = Activities.Message(text);
        message["conversation"]!["id"] = $"a:hostile-{Guid.NewGuid():N}";

        using var response = await bot.SendAsync(message.ToJsonString());

        Assert.Contains(await HostileInputHost.SingleReplyHeadingAsync(response), (string[])[NotKnown, NotKnownEnglish]);
    }

    // Class HostileText (found by the fuzzer): a 100,000-character mention of the bot is stripped literally and quickly.
    [Fact]
    public async Task PostActivity_HugeRegexSpecialMention_StrippedAndHelpAnsweredQuickly()
    {
        var mention = new string('(', 100_000);
        var message = Activities.Message($"{mention} hulp");
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = Activities.BotId },
            ["text"] = mention,
        });
        var clock = Stopwatch.StartNew();

        using var response = await bot.SendAsync(message.ToJsonString());

        Assert.Equal(Help, await HostileInputHost.SingleReplyHeadingAsync(response));
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 3);
    }
}
