using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Answering;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>The honest "that is not in my knowledge", with the topics the bot does know as question buttons.</summary>
public static class NotFoundCard
{
    private const int MaxSuggestions = 5;

    public static AdaptiveCard Create(AnswerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var language = result.Language;
        var body = new List<CardElement>
        {
            Heading(Pick(language, "Dat staat niet in mijn kennis", "That is not in my knowledge")),
            Paragraph(result.OutOfScope
                ? Pick(
                    language,
                    "Deze vraag valt buiten het migratiepartnerschap tussen Nederland en Marokko. Ik antwoord alleen met feiten uit mijn kennisbank, met bron en datum.",
                    "This question is outside the migration partnership between the Netherlands and Morocco. I only answer with facts from my knowledge base, with source and date.")
                : Pick(
                    language,
                    "Ik vond hierover geen feit in mijn kennisbank, en ik gok niet.",
                    "I found no fact about this in my knowledge base, and I do not guess.")),
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

        return Card(language, Pick(language, "Dat staat niet in mijn kennis.", "That is not in my knowledge."), body, actions);
    }
}
