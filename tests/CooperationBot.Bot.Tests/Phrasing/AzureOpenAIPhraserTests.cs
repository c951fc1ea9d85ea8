using System.Diagnostics;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Phrasing;
using CooperationBot.Testing.Connector;
using CooperationBot.Testing.OpenAI;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Phrasing;

public class AzureOpenAIPhraserTests
{
    private const string Faithful = "Marokko neemt sinds 2023 weer onderdanen terug [fact-terugkeer-2023].";

    [Fact]
    public async Task PhraseAsync_ScriptedReply_ReturnsTextAndCountsPhrased()
    {
        await using var bed = await PhraserTestBed.StartAsync();
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion(Faithful));

        var reply = await bed.Phraser.PhraseAsync(PhraserTestBed.Request(), CancellationToken.None);

        Assert.Equal(new PhrasingReply(Faithful, null), reply);
        Assert.True(reply.Succeeded);
        Assert.Equal(1, bed.Counters.Phrased);
    }

    [Fact]
    public async Task PhraseAsync_Request_CarriesQuestionItemsTemperatureDeploymentAndKey()
    {
        await using var bed = await PhraserTestBed.StartAsync();
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion(Faithful));

        await bed.Phraser.PhraseAsync(PhraserTestBed.Request(), CancellationToken.None);

        var request = Assert.Single(bed.Server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(PhraserTestBed.Deployment, LoopbackAzureOpenAIServer.DeploymentOf(request));
        Assert.Contains("api-version=", request.RawTarget, StringComparison.Ordinal);
        Assert.Equal(PhraserTestBed.ApiKey, request.Headers["api-key"]);
        Assert.Equal(0, request.BodyJson()!["temperature"]!.GetValue<double>());
        var user = LoopbackAzureOpenAIServer.MessageOf(request, "user");
        Assert.Contains(PhraserTestBed.Question, user, StringComparison.Ordinal);
        foreach (var item in PhraserTestBed.Request().Items)
        {
            Assert.Contains(item.Id, user, StringComparison.Ordinal);
            Assert.Contains(item.Text, user, StringComparison.Ordinal);
            Assert.Contains(item.Source, user, StringComparison.Ordinal);
        }

        Assert.Contains("2023-06-01", user, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "uitsluitend")]
    [InlineData(UserLanguage.English, "Answer only")]
    public async Task PhraseAsync_Language_SystemPromptInThatLanguageAsksForCitations(UserLanguage language, string onlyFromItems)
    {
        await using var bed = await PhraserTestBed.StartAsync();
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion(Faithful));

        await bed.Phraser.PhraseAsync(PhraserTestBed.Request(language), CancellationToken.None);

        var system = LoopbackAzureOpenAIServer.MessageOf(Assert.Single(bed.Server.Requests), "system");
        Assert.Contains(onlyFromItems, system, StringComparison.Ordinal);
        Assert.Contains("[fact-", system, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhraseAsync_ServerSlowerThanTimeout_ReturnsTimeoutWithinAboutOneSecond()
    {
        await using var bed = await PhraserTestBed.StartAsync(timeoutSeconds: 1);
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion(Faithful) with { Delay = TimeSpan.FromSeconds(30) });
        var clock = Stopwatch.StartNew();

        var reply = await bed.Phraser.PhraseAsync(PhraserTestBed.Request(), CancellationToken.None);

        Assert.Equal(PhrasingFailure.Timeout, reply.Failure);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(3));
        Assert.Equal(1, bed.Counters.Failed(PhrasingFailure.Timeout));
    }

    [Fact]
    public async Task PhraseAsync_InjectedClockPassesTimeout_ReturnsTimeout()
    {
        var time = new FakeTimeProvider();
        await using var bed = await PhraserTestBed.StartAsync(time, timeoutSeconds: 5);
        var never = new TaskCompletionSource();
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion(Faithful) with { HoldUntil = never.Task });

        var phrasing = bed.Phraser.PhraseAsync(PhraserTestBed.Request(), CancellationToken.None);
        await bed.Server.WaitForRequestsAsync(1, TimeSpan.FromSeconds(10));
        time.Advance(TimeSpan.FromSeconds(5));
        var reply = await phrasing.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(PhrasingFailure.Timeout, reply.Failure);
    }

    [Fact]
    public async Task PhraseAsync_CallerCancels_Throws()
    {
        await using var bed = await PhraserTestBed.StartAsync();
        var never = new TaskCompletionSource();
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion(Faithful) with { HoldUntil = never.Task });
        using var caller = new CancellationTokenSource();

        var phrasing = bed.Phraser.PhraseAsync(PhraserTestBed.Request(), caller.Token);
        await bed.Server.WaitForRequestsAsync(1, TimeSpan.FromSeconds(10));
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => phrasing.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task PhraseAsync_Server500_ReturnsErrorWithoutRetry()
    {
        await using var bed = await PhraserTestBed.StartAsync();
        bed.Server.Enqueue(ScriptedResponse.Error(500, "InternalServerError"), LoopbackAzureOpenAIServer.Completion(Faithful));

        var reply = await bed.Phraser.PhraseAsync(PhraserTestBed.Request(), CancellationToken.None);

        Assert.Equal(PhrasingReply.Failed(PhrasingFailure.Error), reply);
        Assert.Equal(1, bed.Server.RequestCount);
        Assert.Equal(1, bed.Counters.Failed(PhrasingFailure.Error));
    }

    [Fact]
    public async Task PhraseAsync_ServerUnreachable_ReturnsError()
    {
        var bed = await PhraserTestBed.StartAsync();
        await bed.DisposeAsync();

        var reply = await bed.Phraser.PhraseAsync(PhraserTestBed.Request(), CancellationToken.None);

        Assert.Equal(PhrasingFailure.Error, reply.Failure);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    [InlineData(null)]
    public async Task PhraseAsync_EmptyContent_ReturnsEmpty(string? content)
    {
        await using var bed = await PhraserTestBed.StartAsync();
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion(content));

        var reply = await bed.Phraser.PhraseAsync(PhraserTestBed.Request(), CancellationToken.None);

        Assert.Equal(PhrasingReply.Failed(PhrasingFailure.Empty), reply);
    }

    [Fact]
    public async Task PhraseAsync_ModelRefuses_ReturnsRefusal()
    {
        await using var bed = await PhraserTestBed.StartAsync();
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion(null, refusal: "I cannot help with that."));

        var reply = await bed.Phraser.PhraseAsync(PhraserTestBed.Request(), CancellationToken.None);

        Assert.Equal(PhrasingFailure.Refusal, reply.Failure);
    }

    [Fact]
    public async Task PhraseAsync_AnswerFiltered_ReturnsRefusal()
    {
        await using var bed = await PhraserTestBed.StartAsync();
        bed.Server.Enqueue(LoopbackAzureOpenAIServer.Completion("Half", finishReason: "content_filter"));

        var reply = await bed.Phraser.PhraseAsync(PhraserTestBed.Request(), CancellationToken.None);

        Assert.Equal(PhrasingFailure.Refusal, reply.Failure);
    }

    [Fact]
    public async Task PhraseAsync_PromptFiltered_ReturnsRefusal()
    {
        await using var bed = await PhraserTestBed.StartAsync();
        bed.Server.Enqueue(ScriptedResponse.Error(400, "content_filter"));

        var reply = await bed.Phraser.PhraseAsync(PhraserTestBed.Request(), CancellationToken.None);

        Assert.Equal(PhrasingFailure.Refusal, reply.Failure);
        Assert.Equal(1, bed.Counters.Failed(PhrasingFailure.Refusal));
    }

    [Fact]
    public async Task PhraseAsync_SuccessErrorAndTimeout_LogsNeitherKeyNorQuestionNorAnswer()
    {
        await using var bed = await PhraserTestBed.StartAsync(timeoutSeconds: 1);
        bed.Server.Enqueue(
            LoopbackAzureOpenAIServer.Completion(Faithful),
            ScriptedResponse.Error(500, "InternalServerError"),
            LoopbackAzureOpenAIServer.Completion(Faithful) with { Delay = TimeSpan.FromSeconds(30) });

        for (var i = 0; i < 3; i++)
        {
            await bed.Phraser.PhraseAsync(PhraserTestBed.Request(), CancellationToken.None);
        }

        var records = bed.Logger.Collector.GetSnapshot();
        Assert.True(records.Count >= 4);
        var logged = string.Join("\n", records.Select(r =>
            $"{r.Message} {r.Exception} {string.Join(" ", r.StructuredState?.Select(s => s.Value) ?? [])}"));
        Assert.DoesNotContain(PhraserTestBed.ApiKey, logged, StringComparison.Ordinal);
        Assert.DoesNotContain(PhraserTestBed.Question, logged, StringComparison.Ordinal);
        Assert.DoesNotContain("onderdanen", logged, StringComparison.Ordinal);
    }
}
