using CooperationBot.Bot.Answering.Checking;
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
    /// <summary>
    /// How much less of the question a lower-ranked item may match than the best one and still answer it when the best
    /// one does not: an item that matches much less is about something else ("Wanneer werd Laftit minister?" is not
    /// answered with the date of the visit).
    /// </summary>
    private const double AnswerMargin = 0.2;

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

    /// <summary>
    /// Answers a question in its language (detected when not given; Dutch by default). An item that the search finds
    /// with enough confidence answers only when it has what the question asks for and covers its constraints; when
    /// none does, the question is partly known: what is missing, and the nearest item as what is known.
    /// </summary>
    public AnswerResult Answer(string question, UserLanguage? language = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        var index = Index;
        var answerLanguage = language ?? LanguageDetector.Detect(question, locale: null);
        var composer = new AnswerComposer(index, answerLanguage, _options);
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var whole = Decide(index, question, today);

        var parts = QuestionSplitter.Split(question);
        if (parts.Count > 1)
        {
            var decided = parts.Select(part => (Part: part, Decision: Decide(index, part, today))).ToList();
            var known = decided.Where(d => d.Decision.Outcome == AnswerOutcome.Answered).ToList();
            var unknown = decided.Where(d => d.Decision.Outcome != AnswerOutcome.Answered && d.Decision.Search.InformativeWords > 0).ToList();
            if (known.Count > 0 && unknown.Count > 0)
            {
                // One part is answered, another is not: the whole question is partly known, its unknown parts named.
                var missing = unknown.SelectMany(u => u.Decision.Missing.Count > 0
                    ? u.Decision.Missing
                    : [new MissingPart(u.Part, null, null, u.Decision.Needs.Asked)]).ToList();
                var result = composer.Partly(question, known[0].Decision.Hit!, missing, known[0].Decision.Needs);
                Log.PartlyKnown(_logger, result.Best!.Id, result.Confidence, missing.Count);
                return result;
            }

            if (known.Count > 0 && whole.Outcome != AnswerOutcome.Answered)
            {
                whole = known[0].Decision;
            }
        }

        switch (whole.Outcome)
        {
            case AnswerOutcome.Answered:
                {
                    var result = composer.Answered(question, whole.Hit!, whole.Needs);
                    Log.Answered(_logger, result.Best!.Id, result.Confidence);
                    return result;
                }

            case AnswerOutcome.Partly:
                {
                    var result = composer.Partly(question, whole.Hit!, whole.Missing, whole.Needs);
                    Log.PartlyKnown(_logger, result.Best!.Id, result.Confidence, whole.Missing.Count);
                    return result;
                }

            default:
                {
                    var refusal = composer.Refused(question, whole.Search);
                    Log.Refused(_logger, refusal.Confidence, refusal.OutOfScope);
                    return refusal;
                }
        }
    }

    /// <summary>
    /// The items a search text finds, best first, in <paramref name="language"/>: the same retrieval as answers, without
    /// the answer threshold (a search lists what matches; it does not decide what answers). When the search finds
    /// nothing, a half-typed text still finds the items with words that start with the typed ones (<see cref="PrefixMatch"/>).
    /// A superseded item is history: a search never lists it as a statement to share.
    /// </summary>
    public IReadOnlyList<AnswerItem> Search(string text, UserLanguage language, int maxItems)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = Index;
        var composer = new AnswerComposer(index, language, _options);
        var hits = index.Search(text, maxItems).Hits.Where(hit => !index.Timeline.IsSuperseded(hit.ItemId)).ToList();
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

    /// <summary>
    /// The outcome of one question (or part): the first found item, best first and within <see cref="AnswerMargin"/>
    /// of the best, that answers it; else the best item the search is confident of, with what it does not answer;
    /// else not known.
    /// </summary>
    private Decision Decide(KnowledgeIndex index, string text, DateOnly today)
    {
        var search = index.Search(text);
        var needs = index.Needs(text, today);
        var found = search.Hits.Where(IsConfident).ToList();
        if (found.Count == 0 && needs.NamesTime)
        {
            // A time the found items lack makes the search unsure ("in 2023"): search again without it, and let the
            // check say that the time is what is not known, with the values nearest to it.
            var untimed = index.Search(WithoutTime(text, needs));
            if (untimed.Hits.Any(IsConfident))
            {
                search = untimed;
                found = [.. untimed.Hits.Where(IsConfident)];
            }
        }

        if (found.Count == 0)
        {
            return new Decision(AnswerOutcome.NotKnown, search, needs, null, []);
        }

        // A superseded item is not the answer while the item that replaced it is: that one is tried first. Only when it
        // does not answer and the old one does ("het akkoord van 2022") is the old one given, as history ("Tot …").
        List<MissingPart>? nearest = null;
        var tried = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hit in found.Where(h => h.Confidence >= found[0].Confidence - AnswerMargin).SelectMany(h => new[] { index.Current(h, needs), h }))
        {
            if (!tried.Add(hit.ItemId))
            {
                continue;
            }

            var missing = index.Missing(hit.ItemId, needs);
            if (missing.Count == 0)
            {
                return new Decision(AnswerOutcome.Answered, search, needs, hit, []);
            }

            nearest ??= missing;
        }

        return new Decision(AnswerOutcome.Partly, search, needs, index.Current(found[0], needs), nearest!);
    }

    private static string WithoutTime(string text, QuestionNeeds needs) =>
        needs.Constraints.Where(c => c.Kind is ConstraintKind.Year or ConstraintKind.Period)
            .Aggregate(text, (rest, time) => rest.Replace(time.Words, " ", StringComparison.OrdinalIgnoreCase));

    private bool IsConfident(SearchHit hit) => hit.HasEvidence && hit.Confidence >= _options.MinimumConfidence;

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

    private sealed record Decision(AnswerOutcome Outcome, SearchResult Search, QuestionNeeds Needs, SearchHit? Hit, IReadOnlyList<MissingPart> Missing);
}
