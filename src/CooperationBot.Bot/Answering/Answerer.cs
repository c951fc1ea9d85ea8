using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Language;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Answering;

/// <summary>
/// Answers questions from the current knowledge. Keeps the knowledge and its index together and rebuilds the
/// index in the background when the knowledge changes, then swaps it in at once: questions never wait for a
/// rebuild and never see a half-built index. A failed rebuild keeps the previous index serving.
/// </summary>
public sealed class Answerer : IDisposable
{
    private readonly IKnowledgeSource _source;
    private readonly AnsweringOptions _options;
    private readonly ILogger<Answerer> _logger;
    private readonly TimeProvider _time;
    private readonly Func<KnowledgeSnapshot, KnowledgeIndex> _build;
    private readonly Lock _swapLock = new();
    private KnowledgeIndex _index;
    private long _requested;
    private long _applied;

    public Answerer(IKnowledgeSource source, IOptions<AnsweringOptions> options, ILogger<Answerer> logger, TimeProvider time)
        : this(source, options?.Value ?? throw new ArgumentNullException(nameof(options)), logger, time, null)
    {
    }

    internal Answerer(
        IKnowledgeSource source,
        AnsweringOptions options,
        ILogger<Answerer> logger,
        TimeProvider time,
        Func<KnowledgeSnapshot, KnowledgeIndex>? build)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _options = options;
        _logger = logger;
        _time = time;
        _build = build ?? (snapshot => KnowledgeIndex.Build(snapshot, options));
        _index = BuildLogged(source.Current);
        source.Changed += OnChanged;
    }

    /// <summary>Raised after a rebuilt index became the one questions use.</summary>
    public event EventHandler<KnowledgeIndex>? IndexSwapped;

    /// <summary>The index questions are answered from now.</summary>
    public KnowledgeIndex Index => Volatile.Read(ref _index);

    /// <summary>Answers a question in its language (detected when not given; Dutch by default).</summary>
    public AnswerResult Answer(string question, UserLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var index = Index;
        var answerLanguage = language ?? LanguageDetector.Detect(question, locale: null);
        var composer = new AnswerComposer(index, answerLanguage, _options);
        var whole = index.Search(question);

        var parts = QuestionSplitter.Split(question);
        if (parts.Count > 1)
        {
            var results = parts.Select(part => (Part: part, Result: index.Search(part))).ToList();
            var known = results.Where(r => IsAnswer(r.Result)).ToList();
            var unknown = results.Where(r => !IsAnswer(r.Result) && r.Result.InformativeWords > 0).ToList();
            if (known.Count > 0 && unknown.Count > 0)
            {
                var result = composer.Answered(question, known[0].Result.Best!);
                Log.Answered(_logger, result.Best!.Id, result.Confidence, partial: true);
                return result with { NotKnown = string.Join("; ", unknown.Select(u => u.Part)) };
            }

            if (known.Count > 0 && !IsAnswer(whole))
            {
                whole = known[0].Result;
            }
        }

        if (IsAnswer(whole))
        {
            var result = composer.Answered(question, whole.Best!);
            Log.Answered(_logger, result.Best!.Id, result.Confidence, partial: false);
            return result;
        }

        var refusal = composer.Refused(question, whole);
        Log.Refused(_logger, refusal.Confidence, refusal.OutOfScope);
        return refusal;
    }

    /// <summary>
    /// The items a search text finds, best first, in <paramref name="language"/>: the same retrieval as answers, without
    /// the answer threshold (a search lists what matches; it does not decide what answers). When the search finds
    /// nothing, a half-typed text still finds the items with words that start with the typed ones (<see cref="PrefixMatch"/>).
    /// </summary>
    public IReadOnlyList<AnswerItem> Search(string text, UserLanguage language, int maxItems)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = Index;
        var composer = new AnswerComposer(index, language, _options);
        var hits = index.Search(text, maxItems).Hits;
        return hits.Count > 0
            ? [.. hits.Select(hit => composer.Item(hit.ItemId)!)]
            : [.. PrefixMatch.Filter(composer.NewestFirst(), text).Take(maxItems)];
    }

    /// <summary>The items that report something, newest source first, from the <paramref name="skip"/>th on.</summary>
    public IReadOnlyList<AnswerItem> Newest(UserLanguage language, int skip, int count) =>
        [.. new AnswerComposer(Index, language, _options).NewestFirst().Skip(skip).Take(count)];

    /// <summary>The item with this id in <paramref name="language"/>, or null when the current knowledge has none.</summary>
    public AnswerItem? Find(string id, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new AnswerComposer(Index, language, _options).Item(id);
    }

    public void Dispose() => _source.Changed -= OnChanged;

    private bool IsAnswer(SearchResult result) =>
        result.Best is { HasEvidence: true } best && best.Confidence >= _options.MinimumConfidence;

    private void OnChanged(object? sender, KnowledgeSnapshot snapshot)
    {
        var request = Interlocked.Increment(ref _requested);
        _ = Task.Run(() => Rebuild(snapshot, request));
    }

    private void Rebuild(KnowledgeSnapshot snapshot, long request)
    {
        KnowledgeIndex index;
        try
        {
            index = BuildLogged(snapshot);
        }
#pragma warning disable CA1031 // A broken rebuild must leave the serving index alone, whatever broke it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.IndexBuildFailed(_logger, exception, snapshot.Version);
            return;
        }

        lock (_swapLock)
        {
            if (request <= _applied)
            {
                return;
            }

            _applied = request;
            Volatile.Write(ref _index, index);
        }

        IndexSwapped?.Invoke(this, index);
    }

    private KnowledgeIndex BuildLogged(KnowledgeSnapshot snapshot)
    {
        var started = _time.GetTimestamp();
        var index = _build(snapshot);
        Log.IndexBuilt(_logger, snapshot.Version, index.Count, (long)_time.GetElapsedTime(started).TotalMilliseconds);
        return index;
    }
}
