using System.Threading.Channels;
using CooperationBot.Bot.Curators;
using CooperationBot.Bot.Storage;
using CooperationBot.Bot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CooperationBot.Bot.Tests.Curators;

/// <summary>The daily retention cleanup on a real SQLite store, its clock moved by a <see cref="FakeTimeProvider"/>.</summary>
public sealed class GapCleanupServiceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly SqliteStoreBackend _backend = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly Channel<int> _cleaned = Channel.CreateUnbounded<int>();
    private IKnowledgeGapStore _store = null!;
    private GapCleanupService _service = null!;

    public Task InitializeAsync()
    {
        _store = _backend.CreateGapStore(_time);
        _service = new GapCleanupService(_store, Options.Create(new CuratorOptions { RetentionDays = 30 }), _time, NullLogger<GapCleanupService>.Instance);
        _service.Cleaned += (_, deleted) => _cleaned.Writer.TryWrite(deleted);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _service.StopAsync(None);
        _service.Dispose();
        await _backend.DisposeAsync();
    }

    private Task RecordAsync(string question, DateTimeOffset at) =>
        _store.RecordGapAsync(new KnowledgeGap(KnowledgeGapKind.Unanswered, question, "nl", at, [], null, []), None);

    private async Task<int> NextCleanupAsync() => await _cleaned.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    private async Task<IEnumerable<string?>> QuestionsAsync() => (await _store.ListGapsAsync(null, None)).Select(g => g.Question);

    [Fact]
    public async Task Start_DeletesWhatIsOlderThanTheRetention()
    {
        await RecordAsync("te oud", Now.AddDays(-31));
        await RecordAsync("net goed", Now.AddDays(-29));
        await ((IFeedbackStore)_store).RecordAnswerAsync(new AnswerRecord("m1", "te oud", "nl", false, [], "v1", Now.AddDays(-40)), None);

        await _service.StartAsync(None);

        Assert.Equal(2, await NextCleanupAsync());
        Assert.Equal(["net goed"], await QuestionsAsync());
        Assert.Null(await ((IFeedbackStore)_store).FindAnswerAsync("m1", None));
    }

    [Fact]
    public async Task NextDay_DeletesWhatHasGrownTooOldSince()
    {
        await RecordAsync("bijna te oud", Now.AddDays(-29.5));
        await _service.StartAsync(None);
        Assert.Equal(0, await NextCleanupAsync());

        _time.Advance(TimeSpan.FromHours(23));
        Assert.False(_cleaned.Reader.TryRead(out _));
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(1, await NextCleanupAsync());
        Assert.Empty(await QuestionsAsync());
    }
}
