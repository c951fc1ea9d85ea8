using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Knowledge;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Bot.Tests.Cards;

/// <summary>
/// The digest sample cards, the answer cards and the visit cards over the growing test knowledge, named
/// <c>growing.&lt;name&gt;</c>: only that knowledge changes over time, so only there do the samples show a series change
/// and a replacement (<c>growing.digest-over-time.nl</c>), the answers earlier values, a changed minister and two
/// sources that differ (<c>growing.answer.programma.nl</c>), and the earlier visit what changed since
/// (<c>growing.visit.bezoek-voorbeeldstad-2024-03-04.nl</c>). The card rules that check every catalog card check these too.
/// </summary>
internal static class GrowingCardSamples
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> Digests() =>
        Enum.GetValues<UserLanguage>()
            .SelectMany(language => DigestCardSamples.For(GrowingTestData.Snapshot, language))
            .Select(sample => ($"growing.{sample.Name}", sample.Card));

    /// <summary>The answer card of each topic's example question, in Dutch and English.</summary>
    public static IEnumerable<(string Name, AdaptiveCard Card)> Answers()
    {
        using var answerer = GrowingTestData.Answerer();
        return [.. CardCatalog.All(answerer).Where(sample => sample.Name.StartsWith("answer.", StringComparison.Ordinal))
            .Select(sample => ($"growing.{sample.Name}", sample.Card))];
    }

    /// <summary>Each visit's summary card in Dutch and English, with the example "Briefing (Word)" link.</summary>
    public static IEnumerable<(string Name, AdaptiveCard Card)> Visits() =>
        from language in Enum.GetValues<UserLanguage>()
        from visit in GrowingTestData.Snapshot.Knowledge.Visits
        select ($"growing.visit.{visit.Id}.{CardParts.Code(language)}",
            VisitCard.Create(VisitSummaryBuilder.Build(GrowingTestData.Snapshot, visit, language), CardCatalog.ExampleBriefingLink));
}
