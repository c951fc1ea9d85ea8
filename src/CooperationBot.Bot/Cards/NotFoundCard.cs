using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Answering;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The honest "that is not in my knowledge", with the topics the bot does know as question buttons; the message text
/// says why there is no answer.
/// </summary>
public static class NotFoundCard
{
    private const int MaxSuggestions = 5;

    public static AdaptiveCard Create(AnswerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var language = result.Language;

        // The top of the card: the heading, then what the bot does know. Why it has no answer (outside the
        // partnership, or no fact about it) is the message text above the card (AnswerLead), so it is not repeated.
        var body = new List<CardElement>
        {
            Heading(Pick(language, "Dat staat niet in mijn kennis", "That is not in my knowledge")),
        };
        var suggestions = result.Suggestions.Take(MaxSuggestions).ToList();
        if (suggestions.Count > 0)
        {
            body.Add(new TextBlock(Pick(language, "Waar ik wel iets over weet:", "What I do know about:"))
            {
                Weight = TextWeight.Bolder,
                Wrap = true,
                Spacing = Spacing.Medium,
            });
            foreach (var suggestion in suggestions)
            {
                var line = suggestion.ExampleQuestion is null ? suggestion.Name : $"{suggestion.Name}: {suggestion.ExampleQuestion}";
                body.Add(new TextBlock("- " + line) { Wrap = true, Spacing = Spacing.Small });
            }
        }

        IList<CardAction>? actions = null;
        var questions = suggestions.Where(s => s.ExampleQuestion is not null).Take(3).ToList();
        if (questions.Count > 0)
        {
            actions = [.. questions.Select(s => (CardAction)AskButton.Create(s.ExampleQuestion!, language))];
        }

        return Card(language, AnswerLead.For(result).Plain, body, actions);
    }
}
