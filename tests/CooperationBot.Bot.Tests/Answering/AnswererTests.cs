using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Language;
using Microsoft.Extensions.Logging.Abstractions;

namespace CooperationBot.Bot.Tests.Answering;

public class AnswererTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Answer_DutchQuestion_AnswersWithTheFigureItsSourceAndFollowUps()
    {
        using var answerer = Create(new InMemoryKnowledgeSource(TestKnowledge.Snapshot));

        var result = answerer.Answer("Hoeveel Marokkanen zijn teruggekeerd?");

        Assert.True(result.Answered);
        Assert.Equal(UserLanguage.Dutch, result.Language);
        Assert.Equal("terugkeer-aantal", result.Best!.Id);
        Assert.Contains("125", result.Best.Text, StringComparison.Ordinal);
        Assert.False(result.Best.IsTranslation);
        Assert.Equal(10, result.Best.Source.Paragraph);
        Assert.Equal(new DateOnly(2023, 2, 21), result.Best.Document!.Date);
        Assert.Equal("fixture-1", result.KnowledgeVersion);
        Assert.InRange(result.FollowUpQuestions.Count, 1, 3);
        Assert.NotEmpty(result.Related);
        Assert.DoesNotContain(result.Related, r => r.Id == "terugkeer-aantal");
    }

    [Fact]
    public void Answer_EnglishQuestionWithoutLanguage_AnswersWithTheEnglishTranslation()
    {
        using var answerer = Create(new InMemoryKnowledgeSource(TestKnowledge.Snapshot));

        var result = answerer.Answer("What did the Council of State rule?");

        Assert.Equal(UserLanguage.English, result.Language);
        Assert.Equal("raad-van-state", result.Best!.Id);
        Assert.True(result.Best.IsTranslation);
        Assert.StartsWith("On 15 November 2022", result.Best.Text, StringComparison.Ordinal);
        Assert.All(result.FollowUpQuestions, q => Assert.EndsWith("?", q, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Wat is de hoofdstad van Frankrijk?")]
    [InlineData("Wie won de Champions League?")]
    [InlineData("Hoe wordt het weer morgen in Marokko?")]
    public void Answer_OutOfScope_RefusedWithTopicSuggestions(string question)
    {
        using var answerer = Create(new InMemoryKnowledgeSource(TestKnowledge.Snapshot));

        var result = answerer.Answer(question);

        Assert.False(result.Answered);
        Assert.Null(result.Best);
        Assert.True(result.OutOfScope);
        Assert.Equal(TestKnowledge.Snapshot.Knowledge.Topics.Count, result.Suggestions.Count);
        Assert.All(result.Suggestions, s => Assert.False(string.IsNullOrEmpty(s.ExampleQuestion)));
    }

    [Fact]
    public void Answer_TwoQuestionsOneUnknown_IsPartlyKnownWithTheKnownOneAndNamesTheOther()
    {
        using var answerer = Create(new InMemoryKnowledgeSource(TestKnowledge.Snapshot));

        var result = answerer.Answer("Hoeveel Marokkanen zijn teruggekeerd en wat is de hoofdstad van Frankrijk?");

        Assert.Equal(AnswerOutcome.Partly, result.Outcome);
        Assert.False(result.Answered);
        Assert.Equal("terugkeer-aantal", result.Best!.Id);
        Assert.Equal("wat is de hoofdstad van Frankrijk", result.NotKnown);
    }

    [Fact]
    public void Answer_OneQuestionWithAnd_IsNotTreatedAsPartial()
    {
        using var answerer = Create(new InMemoryKnowledgeSource(TestKnowledge.Snapshot));

        var result = answerer.Answer("Waarover spraken Van der Burg en Laftit?");

        Assert.True(result.Answered);
        Assert.Null(result.NotKnown);
    }

    [Fact]
    public async Task Answer_DuringRebuild_AnswersFromThePreviousIndexUntilTheSwap()
    {
        var source = new InMemoryKnowledgeSource(TestKnowledge.Snapshot);
        using var gate = new ManualResetEventSlim(initialState: true);
        using var answerer = Create(source, snapshot =>
        {
            gate.Wait(Patience);
            return KnowledgeIndex.Build(snapshot);
        });
        var swapped = new TaskCompletionSource<KnowledgeIndex>(TaskCreationOptions.RunContinuationsAsynchronously);
        answerer.IndexSwapped += (_, index) => swapped.TrySetResult(index);
        gate.Reset();

        source.Publish(TestKnowledge.Snapshot with { Version = "fixture-2" });
        var during = answerer.Answer("Hoeveel Marokkanen zijn teruggekeerd?");
        gate.Set();
        await swapped.Task.WaitAsync(Patience);
        var after = answerer.Answer("Hoeveel Marokkanen zijn teruggekeerd?");

        Assert.Equal("fixture-1", during.KnowledgeVersion);
        Assert.Equal("terugkeer-aantal", during.Best!.Id);
        Assert.Equal("fixture-2", after.KnowledgeVersion);
        Assert.Equal("terugkeer-aantal", after.Best!.Id);
    }

    [Fact]
    public async Task Answer_RebuildFails_KeepsThePreviousIndexUntilTheNextGoodOne()
    {
        var source = new InMemoryKnowledgeSource(TestKnowledge.Snapshot);
        var failed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var answerer = Create(source, snapshot =>
        {
            if (snapshot.Version == "broken")
            {
                failed.TrySetResult();
                throw new InvalidOperationException("broken knowledge");
            }

            return KnowledgeIndex.Build(snapshot);
        });
        var swapped = new TaskCompletionSource<KnowledgeIndex>(TaskCreationOptions.RunContinuationsAsynchronously);
        answerer.IndexSwapped += (_, index) => swapped.TrySetResult(index);

        source.Publish(TestKnowledge.Snapshot with { Version = "broken" });
        await failed.Task.WaitAsync(Patience);
        var afterFailure = answerer.Answer("UNCHR");
        source.Publish(TestKnowledge.Snapshot with { Version = "fixture-3" });
        var next = await swapped.Task.WaitAsync(Patience);

        Assert.Equal("fixture-1", afterFailure.KnowledgeVersion);
        Assert.Equal("fixture-3", next.Snapshot.Version);
        Assert.Equal("fixture-3", answerer.Answer("UNCHR").KnowledgeVersion);
    }

    private static Answerer Create(IKnowledgeSource source, Func<KnowledgeSnapshot, KnowledgeIndex>? build = null) =>
        new(source, new AnsweringOptions(), NullLogger<Answerer>.Instance, TimeProvider.System, build);
}
