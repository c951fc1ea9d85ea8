using CooperationBot.Bot.Answering.Checking;
using CooperationBot.Bot.Answering.Indexing;
using CooperationBot.Bot.Answering.Timeline;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Answering;

/// <summary>Makes an <see cref="AnswerResult"/> of a search: the item in the answer language, related items, follow-ups, suggestions.</summary>
internal sealed class AnswerComposer(KnowledgeIndex index, UserLanguage language, AnsweringOptions options)
{
    /// <summary>The item answers the question; a why-question gets the items the knowledge gives as its reason.</summary>
    public AnswerResult Answered(string question, SearchHit hit, QuestionNeeds needs)
    {
        var times = AnswerTimes.ForAnswer(index, hit.ItemId, needs);
        var item = index.Find(times.BestId)!;
        var reasons = needs.Asked == AskedFor.Reason
            ? item.Because.Select(index.Find).OfType<IndexedItem>().ToList()
            : [];
        var related = RelatedOf(item).Where(r => !reasons.Any(reason => reason.Id == r.Id));
        return new AnswerResult
        {
            Outcome = AnswerOutcome.Answered,
            Language = language,
            Question = question,
            Best = ToAnswerItem(item),
            Reasons = [.. reasons.Select(ToAnswerItem)],
            Related = [.. related.Take(options.MaxRelated).Select(ToAnswerItem)],
            FollowUpQuestions = [.. FollowUps(item, related).Take(options.MaxFollowUps)],
            Confidence = hit.Confidence,
            KnowledgeVersion = index.Snapshot.Version,
        }.WithTimes(times, Dated);
    }

    /// <summary>
    /// The knowledge has <paramref name="hit"/> near the question but not what it asks: the missing parts, and the
    /// item as what is known (never as the answer).
    /// </summary>
    public AnswerResult Partly(string question, SearchHit hit, IReadOnlyList<MissingPart> missing, QuestionNeeds needs)
    {
        var times = AnswerTimes.ForPartly(index, hit.ItemId, needs);
        var item = index.Find(times.BestId)!;
        var related = RelatedOf(item);
        return new AnswerResult
        {
            Outcome = AnswerOutcome.Partly,
            Language = language,
            Question = question,
            Best = ToAnswerItem(item),
            Related = [.. related.Take(options.MaxRelated).Select(ToAnswerItem)],
            FollowUpQuestions = [.. FollowUps(item, related).Take(options.MaxFollowUps)],
            Confidence = hit.Confidence,
            KnowledgeVersion = index.Snapshot.Version,
            Missing = missing,
            NotKnown = NotKnownWords(missing),
        }.WithTimes(times, Dated);
    }

    /// <summary>
    /// The missing parts in the user's words, each once: a part whose words hold another part's is left out
    /// ("vrouwen", not also "Hoeveel Marokkaanse vrouwen").
    /// </summary>
    private static string NotKnownWords(IReadOnlyList<MissingPart> missing)
    {
        var words = missing.Select(m => m.Words).Where(w => w.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return string.Join("; ", words.Where(w => !words.Any(other => other.Length < w.Length && w.Contains(other, StringComparison.OrdinalIgnoreCase))));
    }

    public AnswerResult Refused(string question, SearchResult result) => new()
    {
        Outcome = AnswerOutcome.NotKnown,
        Language = language,
        Question = question,
        Confidence = result.Best?.Confidence ?? 0,
        KnowledgeVersion = index.Snapshot.Version,
        OutOfScope = !result.InDomain,
        Candidates = result.Hits,
        Suggestions = [.. index.Snapshot.Knowledge.Topics.Select(t => new TopicSuggestion(
            t.Id, In(t.Name), t.ExampleQuestion is null ? null : In(t.ExampleQuestion)))],
    };

    /// <summary>The item with this id in the answer language, dated, with a figure's value.</summary>
    private DatedAnswerItem Dated(string id, DateOnly? until) => new(
        Item(id)!,
        index.Timeline.DateOf(id) ?? DateOnly.MinValue,
        index.Timeline.Figure(id)?.Value,
        until);

    /// <summary>The item with this id in the answer language, or null when the knowledge has no such item.</summary>
    public AnswerItem? Item(string id) => index.Find(id) is { } item ? ToAnswerItem(item) : null;

    /// <summary>
    /// The items that report something (facts, figures, quotes, visits: not people or organisations), newest source
    /// first, in knowledge order within a date; superseded items are history and left out. Lazy: only the items taken are made.
    /// </summary>
    public IEnumerable<AnswerItem> NewestFirst()
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var source in index.Snapshot.Knowledge.Sources)
        {
            dates.TryAdd(source.Id, source.Date);
        }

        return index.Items
            .Where(i => i.Kind is not (AnswerItemKind.Person or AnswerItemKind.Organisation) && !index.Timeline.IsSuperseded(i.Id))
            .OrderByDescending(i => dates.TryGetValue(i.Source.Source, out var date) ? date : DateOnly.MinValue)
            .Select(ToAnswerItem);
    }

    /// <summary>
    /// The item's own related ids, then the visits that hold it, then the other items of its topic; a superseded item
    /// is history, shown only as such, never as related.
    /// </summary>
    private IEnumerable<IndexedItem> RelatedOf(IndexedItem item)
    {
        // Lazy: an answer takes the first few, so a large topic is never walked to its end.
        return item.Related.Select(index.Find).OfType<IndexedItem>()
            .Concat(index.VisitsHolding(item.Id))
            .Concat(index.OfTopic(item.Topic))
            .Where(i => i.Id != item.Id && !index.Timeline.IsSuperseded(i.Id))
            .DistinctBy(i => i.Id);
    }

    private IEnumerable<string> FollowUps(IndexedItem item, IEnumerable<IndexedItem> related) =>
        related.SelectMany(i => i.Questions.Take(1))
            .Concat(related.SelectMany(i => i.Questions.Skip(1)))
            .Select(In)
            .Except(item.Questions.Select(In), StringComparer.Ordinal)
            .Distinct(StringComparer.Ordinal);

    private AnswerItem ToAnswerItem(IndexedItem item)
    {
        var english = language == UserLanguage.English && item.Text.En is not null;
        var document = index.Snapshot.Knowledge.Sources.FirstOrDefault(s => s.Id == item.Source.Source);
        return new AnswerItem(
            item.Id,
            item.Kind,
            item.Topic,
            english ? item.Text.En! : item.Text.Nl,
            english ? UserLanguage.English : UserLanguage.Dutch,
            english,
            item.Source,
            document);
    }

    private string In(LocalizedText text) =>
        language == UserLanguage.English && text.En is not null ? text.En : text.Nl;
}
