using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// Every card the bot can produce, in each language. Answer cards come from the real answering pipeline: the
/// answer to each topic's example question, the partly-known card for a question next to the knowledge ("how many
/// women"), and the not-found card for a question outside the knowledge.
/// Visit cards come from the knowledge's visits: the list, a choice, the not-found card and each visit's summary
/// (with an example "Briefing (Word)" link, so the button is validated too). The message extension's fact card shows
/// the newest item. The digest cards come with sample data
/// (<see cref="DigestCardSamples"/>).
/// The tests validate each one against the Adaptive Card 1.5 schema and the official renderer.
/// </summary>
public static class CardCatalog
{
    private static readonly (UserLanguage Language, string Question)[] NearMiss =
    [
        (UserLanguage.Dutch, "Hoeveel vrouwen keerden terug naar Marokko?"),
        (UserLanguage.English, "How many Moroccan women have returned?"),
    ];

    private static readonly (UserLanguage Language, string Question)[] OutOfScope =
    [
        (UserLanguage.Dutch, "Wat is de hoofdstad van Frankrijk?"),
        (UserLanguage.English, "What is the capital of France?"),
    ];

    /// <summary>The example briefing address the catalog's visit cards carry.</summary>
    public static readonly Uri ExampleBriefingLink = new("http://127.0.0.1:3978/briefings/example");

    public static IEnumerable<(string Name, AdaptiveCard Card)> All(Answerer answerer)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        var topics = answerer.Index.Snapshot.Knowledge.Topics;
        foreach (var language in Enum.GetValues<UserLanguage>())
        {
            var code = CardParts.Code(language);
            yield return ($"welcome.{code}", WelcomeCard.Create(language));
            yield return ($"help.{code}", HelpCard.Create(language));
            yield return ($"not-understood.{code}", NotUnderstoodCard.Create(language));
            foreach (var topic in topics)
            {
                var question = language == UserLanguage.English ? topic.ExampleQuestion?.En : topic.ExampleQuestion?.Nl;
                if (question is not null && answerer.Answer(question, language) is { Answered: true } result)
                {
                    yield return ($"answer.{topic.Id}.{code}", AnswerCard.Create(result));
                }
            }

            foreach (var item in answerer.Newest(language, 0, 1))
            {
                yield return ($"fact.{code}", FactCard.Create(item, language));
            }

            if (answerer.Answer(NearMiss.Single(q => q.Language == language).Question, language) is { Outcome: AnswerOutcome.Partly } partly)
            {
                yield return ($"partly-known.{code}", PartlyKnownCard.Create(partly));
            }

            var refusal = answerer.Answer(OutOfScope.Single(q => q.Language == language).Question, language);
            if (!refusal.Answered)
            {
                yield return ($"not-found.{code}", NotFoundCard.Create(refusal));
            }

            foreach (var card in VisitCards(answerer.Index.Snapshot, language).Concat(DigestCardSamples.For(answerer.Index.Snapshot, language)))
            {
                yield return card;
            }
        }
    }

    private static IEnumerable<(string Name, AdaptiveCard Card)> VisitCards(KnowledgeSnapshot snapshot, UserLanguage language)
    {
        var code = CardParts.Code(language);
        var visits = VisitFinder.Find(snapshot.Knowledge, null);
        var headlines = VisitHeadline.From(visits, language);
        yield return ($"visit-not-found.{code}", VisitNotFoundCard.Create("Atlantis", headlines, language));
        if (visits.Count == 0)
        {
            yield break;
        }

        yield return ($"visits.{code}", VisitListCard.Create(headlines, null, language));
        yield return ($"visit-choice.{code}", VisitChoiceCard.Create(headlines, visits[0].Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), language));
        foreach (var visit in visits)
        {
            yield return ($"visit.{visit.Id}.{code}", VisitCard.Create(VisitSummaryBuilder.Build(snapshot, visit, language), ExampleBriefingLink));
        }
    }
}
