using System.Globalization;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Visits;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// Lets the model phrase a visit summary as a short paragraph from the summary's own sourced lines, through the same
/// <see cref="GuardedPhraser"/> as answers; otherwise the summary stays as it is, with the reason.
/// </summary>
public sealed class VisitPhrasing
{
    private readonly GuardedPhraser _phraser;

    public VisitPhrasing(GuardedPhraser phraser) => _phraser = phraser;

    /// <summary>False when no model is configured: summaries stay exactly as they were.</summary>
    public bool IsEnabled => _phraser.IsEnabled;

    public async Task<VisitSummary> PhraseAsync(VisitSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (!IsEnabled)
        {
            return summary;
        }

        var question = Pick(
            summary.Language,
            "Vat dit werkbezoek samen in een korte alinea: wie, wanneer, waar en waarover.",
            "Summarise this working visit in a short paragraph: who, when, where and about what.");
        var phrasing = await _phraser.PhraseAsync(new PhrasingRequest(question, summary.Language, Items(summary)), cancellationToken)
            .ConfigureAwait(false);
        return summary with { Phrased = phrasing.Phrased, PhrasingFallback = phrasing.Fallback };
    }

    /// <summary>The summary's sourced lines as the model sees them.</summary>
    public static IReadOnlyList<PhrasingItem> Items(VisitSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var language = summary.Language;
        var source = summary.Sources.Count > 0
            ? $"{summary.Sources[0].Title} ({summary.Sources[0].Publisher}, {CardDates.Format(summary.Sources[0].Date, language)})"
            : string.Empty;
        var date = CardDates.Format(summary.Date, language);
        var items = new List<PhrasingItem>
        {
            new("visit", $"{summary.Title}, {date}, {summary.Place}. {summary.Purpose}", source, date),
        };
        items.AddRange(summary.Delegation.Concat(summary.Counterparts).Select(person =>
            new PhrasingItem(person.Id, $"{person.Name}, {person.Role}", Describe(person.Source, language), date)));
        items.AddRange(summary.Discussed.Select((line, i) => new PhrasingItem($"discussed-{i + 1}", line, source, date)));
        items.AddRange(summary.Outcomes.Select((line, i) => new PhrasingItem($"outcome-{i + 1}", line, source, date)));
        items.AddRange(summary.Figures.Select(f => new PhrasingItem(f.Id, f.Meaning, Describe(f.Source, language), CardDates.Format(f.AsOf, language))));
        items.AddRange(summary.Quotes.Select(q => new PhrasingItem(
            q.Id, $"{q.Speaker} ({q.SpeakerRole}): \u201C{q.Text}\u201D", Describe(q.Source, language), CardDates.Format(q.Date, language))));
        items.AddRange(summary.RelatedFacts.Select((fact, i) => new PhrasingItem($"fact-{i + 1}", fact.Text, Describe(fact.Source, language), null)));
        return items;
    }

    private static string Describe(SourceCitation source, Language.UserLanguage language) => string.Create(
        CultureInfo.InvariantCulture,
        $"{source.Title} ({source.Publisher}, {CardDates.Format(source.Date, language)}), {Pick(language, "alinea", "paragraph")} {source.Paragraph}");
}
