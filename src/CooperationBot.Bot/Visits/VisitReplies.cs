using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Phrasing;

namespace CooperationBot.Bot.Visits;

/// <summary>
/// The card for each visit request: the list (optionally filtered), the summary of one visit, a choice when
/// several match, or the not-found card with the known visits. Each call reads the current knowledge once.
/// </summary>
public sealed class VisitReplies
{
    private readonly IKnowledgeSource _knowledge;
    private readonly IBriefingLinks _links;
    private readonly VisitPhrasing? _phrasing;

    public VisitReplies(IKnowledgeSource knowledge, IBriefingLinks links, VisitPhrasing? phrasing = null)
    {
        _knowledge = knowledge;
        _links = links;
        _phrasing = phrasing;
    }

    /// <summary><c>bezoeken [filter]</c>: the visits matching <paramref name="filter"/> (all when empty), newest first.</summary>
    public AdaptiveCard List(string? filter, UserLanguage language)
    {
        var snapshot = _knowledge.Current;
        var matches = VisitFinder.Find(snapshot.Knowledge, filter);
        return matches.Count == 0
            ? NotFound(snapshot, filter, language)
            : VisitListCard.Create(VisitHeadline.From(matches, language), filter, language);
    }

    /// <summary><c>bezoek &lt;words&gt;</c>: the summary of the one matching visit, a choice, or not found.</summary>
    public AdaptiveCard Find(string words, UserLanguage language)
    {
        var snapshot = _knowledge.Current;
        var matches = VisitFinder.Find(snapshot.Knowledge, words);
        return matches.Count switch
        {
            0 => NotFound(snapshot, words, language),
            1 => Summary(snapshot, matches[0], language),
            _ => VisitChoiceCard.Create(VisitHeadline.From(matches, language), words, language),
        };
    }

    /// <summary>A visit button: the summary of <paramref name="visitId"/>, or not found when the knowledge lost it.</summary>
    public AdaptiveCard ForId(string? visitId, UserLanguage language)
    {
        var snapshot = _knowledge.Current;
        var visit = snapshot.Knowledge.Visits.FirstOrDefault(v => v.Id == visitId);
        return visit is null ? NotFound(snapshot, null, language) : Summary(snapshot, visit, language);
    }

    /// <summary>The summary card of <paramref name="visit"/>, with the Word button when briefing links exist.</summary>
    public AdaptiveCard Summary(KnowledgeSnapshot snapshot, Visit visit, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(visit);
        return VisitCard.Create(VisitSummaryBuilder.Build(snapshot, visit, language), _links.CreateLink(visit.Id, language));
    }

    /// <summary><see cref="Find"/>, with the summary phrased by the model when one is configured (and the guard agrees).</summary>
    public async Task<AdaptiveCard> FindAsync(string words, UserLanguage language, CancellationToken cancellationToken)
    {
        var snapshot = _knowledge.Current;
        var matches = VisitFinder.Find(snapshot.Knowledge, words);
        return matches.Count == 1
            ? await SummaryAsync(snapshot, matches[0], language, cancellationToken).ConfigureAwait(false)
            : Find(words, language);
    }

    /// <summary><see cref="ForId"/>, with the summary phrased by the model when one is configured (and the guard agrees).</summary>
    public async Task<AdaptiveCard> ForIdAsync(string? visitId, UserLanguage language, CancellationToken cancellationToken)
    {
        var snapshot = _knowledge.Current;
        var visit = snapshot.Knowledge.Visits.FirstOrDefault(v => v.Id == visitId);
        return visit is null
            ? NotFound(snapshot, null, language)
            : await SummaryAsync(snapshot, visit, language, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> SummaryAsync(KnowledgeSnapshot snapshot, Visit visit, UserLanguage language, CancellationToken cancellationToken)
    {
        var summary = VisitSummaryBuilder.Build(snapshot, visit, language);
        if (_phrasing is { IsEnabled: true })
        {
            summary = await _phrasing.PhraseAsync(summary, cancellationToken).ConfigureAwait(false);
        }

        return VisitCard.Create(summary, _links.CreateLink(visit.Id, language));
    }

    private static AdaptiveCard NotFound(KnowledgeSnapshot snapshot, string? words, UserLanguage language) =>
        VisitNotFoundCard.Create(words, VisitHeadline.From(VisitFinder.Find(snapshot.Knowledge, null), language), language);
}
