using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// Every card the bot can produce, in each language. Answer cards come from the real answering pipeline: the
/// answer to each topic's example question, and the not-found card for a question outside the knowledge.
/// The tests validate each one against the Adaptive Card 1.5 schema and the official renderer.
/// </summary>
public static class CardCatalog
{
    private static readonly (UserLanguage Language, string Question)[] OutOfScope =
    [
        (UserLanguage.Dutch, "Wat is de hoofdstad van Frankrijk?"),
        (UserLanguage.English, "What is the capital of France?"),
    ];

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

            var refusal = answerer.Answer(OutOfScope.Single(q => q.Language == language).Question, language);
            if (!refusal.Answered)
            {
                yield return ($"not-found.{code}", NotFoundCard.Create(refusal));
            }
        }
    }
}
