using System.Text.Json.Nodes;
using CooperationBot.Testing.OpenAI;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CooperationBot.Tests.Phrasing;

/// <summary>
/// Answers phrased by a (loopback, real HTTP, real SDK client) Azure OpenAI deployment through the real host: shown
/// only when the guard finds nothing the cited items do not say; otherwise the extractive answer, unchanged.
/// </summary>
public sealed class PhrasedAnswerTests
{
    private const string Question = "Hoeveel Marokkanen zijn teruggekeerd?";
    private const string ApiKey = "test-key-do-not-log-7f3a";
    private const string Extract = "Sinds de samenwerking aan het actieplan keerden 125 Marokkaanse vreemdelingen terug.";

    [Fact]
    public async Task Message_FaithfulPhrasing_ShownWithNumberedCitationsAndAiLabel()
    {
        await using var model = await LoopbackAzureOpenAIServer.StartAsync();
        model.Enqueue(LoopbackAzureOpenAIServer.Completion(
            "Sinds de samenwerking aan het actieplan zijn 125 Marokkaanse vreemdelingen teruggekeerd [terugkeer-125]. "
            + "De terugkeersamenwerking met Marokko is sterk verbeterd [terugkeer-verbeterd]."));
        var logs = new FakeLogCollector();
        await using var host = await StartAsync(model, logs);

        var reply = await ReplyAsync(host);

        Assert.Equal(
            "Sinds de samenwerking aan het actieplan zijn 125 Marokkaanse vreemdelingen teruggekeerd [1] De terugkeersamenwerking met Marokko is sterk verbeterd [2]",
            ((string)reply["text"]!).Replace(". [", " [", StringComparison.Ordinal).TrimEnd('.'));
        var entity = reply["entities"]!.AsArray().Single()!;
        Assert.Equal("Message", (string?)entity["@type"]);
        Assert.Contains("AIGeneratedContent", entity.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal([1, 2], entity["citation"]!.AsArray().Select(c => (int)c!["position"]!));
        var card = reply["attachments"]![0]!["content"]!.ToJsonString();
        Assert.Contains("Samengevat door AI", card, StringComparison.Ordinal);
        Assert.Contains(Extract, card, StringComparison.Ordinal);
        Assert.DoesNotContain("[1]", card, StringComparison.Ordinal);

        var request = Assert.Single(model.Requests);
        Assert.Equal(ApiKey, request.Headers["api-key"]);
        Assert.Contains("terugkeer-125", request.Body, StringComparison.Ordinal);
        Assert.Contains("125 Marokkaanse vreemdelingen", request.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.GetSnapshot(), entry => entry.Message.Contains(ApiKey, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sinds het actieplan keerden 150 Marokkaanse vreemdelingen terug [terugkeer-125].", "NumberNotInSources")]
    [InlineData("Minister Rabat zag 125 Marokkaanse vreemdelingen terugkeren [terugkeer-125].", "NameNotInSources")]
    [InlineData("Er keerden 125 Marokkaanse vreemdelingen terug. De samenwerking is verbeterd [terugkeer-verbeterd].", "UncitedSentence")]
    [InlineData("Er keerden 125 Marokkaanse vreemdelingen terug [verzonnen-id].", "UnknownCitation")]
    public async Task Message_UnfaithfulPhrasing_ExtractiveAnswerSent(string modelText, string problem)
    {
        await using var model = await LoopbackAzureOpenAIServer.StartAsync();
        model.Enqueue(LoopbackAzureOpenAIServer.Completion(modelText));
        var logs = new FakeLogCollector();
        await using var host = await StartAsync(model, logs);

        var reply = await ReplyAsync(host);

        AssertExtractive(reply);
        Assert.Contains(logs.GetSnapshot(), entry => entry.Message.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Message_SlowModel_TimeoutThenExtractiveAnswer()
    {
        await using var model = await LoopbackAzureOpenAIServer.StartAsync();
        model.Enqueue(LoopbackAzureOpenAIServer.Completion("Er keerden 125 Marokkaanse vreemdelingen terug [terugkeer-125].") with
        {
            Delay = TimeSpan.FromSeconds(20),
        });
        await using var host = await StartAsync(model, new FakeLogCollector());
        var started = TimeProvider.System.GetTimestamp();

        var reply = await ReplyAsync(host);

        AssertExtractive(reply);
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Message_PartlyKnownAndModelFillsTheGap_RejectedAndLogged()
    {
        await using var model = await LoopbackAzureOpenAIServer.StartAsync();
        model.Enqueue(LoopbackAzureOpenAIServer.Completion("Sinds het actieplan keerden 125 vrouwen terug [terugkeer-125]."));
        var logs = new FakeLogCollector();
        await using var host = await StartAsync(model, logs);

        var reply = await ReplyAsync(host, "Hoeveel vrouwen keerden terug naar Marokko?");

        Assert.DoesNotContain("AIGeneratedContent", reply.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("125 vrouwen", reply.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(logs.GetSnapshot(), entry => entry.Message.Contains("AnswersMissingPart", StringComparison.Ordinal));
        var user = LoopbackAzureOpenAIServer.MessageOf(Assert.Single(model.Requests), "user");
        Assert.Contains("\"vrouwen\" (een groep mensen)", user, StringComparison.Ordinal);
        Assert.Contains("Beantwoord dit niet", user, StringComparison.Ordinal);
    }

    private static void AssertExtractive(JsonObject reply)
    {
        Assert.Equal(Extract + " [1]", (string?)reply["text"]);
        Assert.DoesNotContain("AIGeneratedContent", reply["entities"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Samengevat door AI", reply["attachments"]![0]!["content"]!.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task<JsonObject> ReplyAsync(BotTestHost host, string question = Question)
    {
        using var response = await host.PostActivityAsync(Activities.Message(question));
        return (await BotTestHost.ReadRepliesAsync(response)).Single()!.AsObject();
    }

    private static Task<BotTestHost> StartAsync(LoopbackAzureOpenAIServer model, FakeLogCollector logs) => BotTestHost.StartAsync(
        new Dictionary<string, string?>
        {
            ["AzureOpenAI:Endpoint"] = model.Endpoint.AbsoluteUri,
            ["AzureOpenAI:Deployment"] = "gpt-test",
            ["AzureOpenAI:ApiKey"] = ApiKey,
            ["AzureOpenAI:TimeoutSeconds"] = "2",
        },
        logging: builder => builder.AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Debug));
}
